"""Backup keys: the master key, the recovery key (grouped Base32) and passphrase key slots."""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from mentordesk.services.backup import crypto
from mentordesk.services.backup.errors import BackupSetupError, CorruptBackupError, WrongKeyError
from mentordesk.services.backup.markers import KEY_FILE_NAME

RECOVERY_BYTES = 20  # 160 random bits: 32 Base32 characters, plus a 4-character check group
LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})


def new_master_key() -> bytes:
    """A fresh 32-byte master key."""
    return crypto.random_bytes(crypto.KEY_BYTES)


def new_recovery_key() -> bytes:
    """A fresh recovery key."""
    return crypto.random_bytes(RECOVERY_BYTES)


def format_recovery_key(raw: bytes) -> str:
    """The recovery key as nine groups of four Base32 characters, the last one a check."""
    text = base64.b32encode(raw).decode() + _check_group(raw)
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    """The recovery key typed or saved by the user; a typo is named as one."""
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
    cleaned = "".join("".join(lines).split()).replace("-", "").upper().translate(LOOKALIKES)
    if len(cleaned) != 36:
        raise WrongKeyError(
            f"a recovery key has 36 letters and digits in nine groups; this one has {len(cleaned)}"
        )
    try:
        raw = base64.b32decode(cleaned[:32])
    except ValueError as error:
        raise WrongKeyError("the recovery key holds characters that are not in it") from error
    if _check_group(raw) != cleaned[32:]:
        raise WrongKeyError("the recovery key has a typo: its last group does not match")
    return raw


def _check_group(raw: bytes) -> str:
    """Four Base32 characters that catch a mistyped recovery key."""
    return base64.b32encode(hashlib.sha256(b"mentordesk recovery " + raw).digest()[:5]).decode()[:4]


def recovery_key_file_text(raw: bytes, key_id: str) -> str:
    """The text of a saved recovery key file."""
    return (
        f"# MentorDesk recovery key for backup key {key_id}.\n"
        "# Anyone with this key and a backup can read it: keep it somewhere safe.\n"
        f"{format_recovery_key(raw)}\n"
    )


def _slot_aad(key_id: str, label: str) -> bytes:
    """What a master-key slot is bound to: the key id and the kind of secret."""
    return f"mentordesk backup v1 master key {key_id} {label}".encode()


def wrap_master_key(master: bytes, secret: bytes, *, label: str, **cost: int) -> dict:
    """A key slot: the master key sealed under a key derived from a secret (Argon2id)."""
    params = crypto.new_kdf_params(**cost)
    sealed = crypto.seal(
        crypto.derive(secret, params), master, aad=_slot_aad(crypto.key_id(master), label)
    )
    return {"label": label, **params.to_json(), **{k: v.hex() for k, v in sealed.items()}}


def unwrap_master_key(slot: dict, secret: bytes, *, key_id: str) -> bytes:
    """The master key from a slot, or WrongKeyError; parameters are checked before the KDF."""
    params = crypto.kdf_params_from_json(slot)
    label = slot.get("label")
    body = {
        "nonce": crypto.hex_field(slot.get("nonce"), crypto.SLOT_NONCE_BYTES, "key slot nonce"),
        "sealed": crypto.hex_field(
            slot.get("sealed"), crypto.KEY_BYTES + crypto.TAG_BYTES, "key slot"
        ),
    }
    master = crypto.open_sealed(
        crypto.derive(secret, params), body, aad=_slot_aad(key_id, str(label))
    )
    if master is None or crypto.key_id(master) != key_id:
        what = "recovery key" if label == "recovery" else "passphrase"
        raise WrongKeyError(f"that {what} does not open backups made with key {key_id}")
    return master


@dataclass
class KeyFile:
    """The workspace's backup-key.json: the key id and its wrapped copies (never plain)."""

    key_id: str
    slots: list[dict] = field(default_factory=list)

    def slot(self, label: str) -> dict | None:
        """The slot with a label ('recovery' or 'passphrase'), if any."""
        return next((s for s in self.slots if s.get("label") == label), None)


def key_file_path(root: Path) -> Path:
    """Where a workspace keeps its backup-key.json."""
    return Path(root) / KEY_FILE_NAME


def read_key_file(root: Path) -> KeyFile:
    """The workspace's key file, or BackupSetupError when backups are not set up."""
    path = key_file_path(root)
    if not path.exists():
        raise BackupSetupError(
            f"backups are not set up in {root}: run 'mentordesk init-backups' first"
        )
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return KeyFile(key_id=str(data["key_id"]), slots=list(data["slots"]))
    except (ValueError, KeyError, TypeError) as error:
        raise CorruptBackupError(f"{path} is damaged; restore it from a backup") from error


def write_key_file(root: Path, key_file: KeyFile) -> None:
    """Write backup-key.json all or nothing, readable by the user only."""
    from mentordesk.services.files import write_text_atomic

    path = key_file_path(root)
    text = json.dumps({"version": 1, "key_id": key_file.key_id, "slots": key_file.slots}, indent=2)
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    write_text_atomic(path, text + "\n")
