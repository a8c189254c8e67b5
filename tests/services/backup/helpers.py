"""Helpers for backup tests: fixed test keys, known data, byte surgery on files."""

from __future__ import annotations

import hashlib
import struct
from pathlib import Path

from mentordesk.paths import Workspace
from mentordesk.services.backup import crypto
from mentordesk.services.backup.keys import KeyFile, wrap_master_key

TEST_MASTER = bytes(range(32))  # fixed so golden files can be regenerated; never used for real
TEST_RECOVERY = bytes(range(100, 120))
OTHER_MASTER = bytes(range(1, 33))
KNOWN_NOTE = "Priya worries about the Lisbon reorg; keep this between us (canary 7f3a)"
KNOWN_DELIVERABLE = "Quarterly deck draft: margins slipped in Q3 (canary 91bd)"


def test_key_file(master: bytes = TEST_MASTER, recovery: bytes = TEST_RECOVERY) -> KeyFile:
    """A key file whose recovery slot is cheap to open (small Argon2id cost)."""
    slot = wrap_master_key(master, recovery, label="recovery", memory_kib=8192, iterations=1)
    return KeyFile(key_id=crypto.key_id(master), slots=[slot])


test_key_file.__test__ = False  # not a test


def add_data(workspace: Workspace) -> None:
    """Known records (in the open database) and known deliverable files."""
    from mentordesk.db import models as m
    from mentordesk.services.demo import seed_demo

    seed_demo()
    contact = m.ContactRecord.select().first()
    contact.notes = KNOWN_NOTE
    contact.save()
    files = workspace.root / "files" / "deliverables"
    files.mkdir(parents=True)
    (files / "deck.md").write_text(KNOWN_DELIVERABLE, encoding="utf-8")
    (files / "photo.bin").write_bytes(bytes(range(256)) * 40)
    (workspace.root / "files" / "empty-folder").mkdir()


def header_end(data: bytes) -> int:
    """Where the payload starts in a backup's bytes."""
    length = struct.unpack(">I", data[10:14])[0]
    return 14 + length + 64


def reseal_checksum(data: bytearray) -> bytearray:
    """Recompute the header's plain checksum after a deliberate edit (a forger would)."""
    length = struct.unpack(">I", data[10:14])[0]
    data[14 + length : 14 + length + 32] = hashlib.sha256(bytes(data[: 14 + length])).digest()
    return data


def edit_header(data: bytes, change) -> bytes:
    """Rewrite the JSON header with `change(fields)`, fixing lengths and the checksum."""
    import json

    length = struct.unpack(">I", data[10:14])[0]
    fields = json.loads(data[14 : 14 + length])
    change(fields)
    body = json.dumps(fields, sort_keys=True, separators=(",", ":")).encode()
    head = data[:10] + struct.pack(">I", len(body)) + body
    rest = data[14 + length + 32 :]
    return bytes(reseal_checksum(bytearray(head + bytes(32) + rest)))


def files_of(folder: Path) -> dict[str, bytes]:
    """Every file below a folder, by relative path, with its bytes."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }
