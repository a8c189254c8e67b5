"""Regenerate the golden backups: one good v1 file and one per failure class, with test keys.

Run from the repository root: `.venv/bin/python tests/data/backups/make_golden.py`.
The keys are the fixed test keys of tests/services/backup/helpers.py; the files differ on each
run only in their random nonces. tests/services/backup/test_golden.py reads the committed files.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import struct
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from mentordesk.db.database import close_database, open_database  # noqa: E402
from mentordesk.paths import Workspace  # noqa: E402
from mentordesk.services.backup import create  # noqa: E402
from mentordesk.services.backup.create import create_backup  # noqa: E402
from tests.services.backup.helpers import (  # noqa: E402
    OTHER_MASTER,
    TEST_MASTER,
    TEST_RECOVERY,
    edit_header,
    header_end,
    test_key_file,
)

WHEN = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
FILES = {
    "files/deliverables/plan.md": "Plan: ship the talk outline by Friday (golden)\n",
    "files/notes/a.txt": "first file\n",
}


def build_workspace(root: Path) -> Workspace:
    """A small workspace: two contacts, a deliverable task, two files; 1 KiB pages."""
    from mentordesk.db import models as m

    space = Workspace(root).ensure()
    open_database(space.database, safety_dir=space.safety_dir)
    priya = m.ContactRecord.create(name="Priya Raman", notes="golden note: mentor since 2024")
    m.ContactRecord.create(name="Tomás Ortega", notes="")
    del priya
    close_database()
    with sqlite3.connect(space.database) as connection:
        connection.execute("PRAGMA journal_mode = DELETE")
        connection.execute("PRAGMA page_size = 1024")
        connection.execute("VACUUM")
    for name, text in FILES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return space


def make(space: Workspace, out: Path, master: bytes = TEST_MASTER, recovery=TEST_RECOVERY) -> bytes:
    """One backup of the workspace with 4 KiB chunks; its bytes."""
    keys = test_key_file(master, recovery)
    create_backup(space, master_key=master, key_file=keys, out=out, now=WHEN, chunk_size=4096)
    return out.read_bytes()


NEWER_SCHEMA = 9999  # far past any migration this code will have (latest + 1 stops being newer)


def newer_schema(space: Workspace, out: Path) -> None:
    """A genuine backup whose database claims a schema newer than this code knows."""
    real_snapshot, real_check = create.snapshot_database, create.check_database
    real_version = create.read_schema_version

    def snapshot(live, target, **options):
        real_snapshot(live, target, **options)
        with sqlite3.connect(target) as connection:
            connection.execute(f"PRAGMA user_version = {NEWER_SCHEMA}")

    create.snapshot_database = snapshot
    create.check_database = lambda path, what: NEWER_SCHEMA
    create.read_schema_version = lambda path, what: NEWER_SCHEMA
    try:
        make(space, out)
    finally:
        create.snapshot_database, create.check_database = real_snapshot, real_check
        create.read_schema_version = real_version


def main(out: Path = HERE) -> None:
    """Write every golden file into `out` (beside this script unless told)."""
    with tempfile.TemporaryDirectory() as scratch:
        space = build_workspace(Path(scratch) / "workspace")
        good = make(space, out / "good.mdbk")
        make(space, out / "wrong-key.mdbk", master=OTHER_MASTER, recovery=bytes(range(200, 220)))
        newer_schema(space, out / "newer-schema.mdbk")
        shutil.copyfile(space.database, Path(scratch) / "db")
    start, sealed = header_end(good), 4096 + 16
    corrupt = bytearray(good)
    corrupt[start + 2 * sealed + 100] ^= 0x01
    (out / "corrupt-chunk-3.mdbk").write_bytes(bytes(corrupt))
    (out / "truncated.mdbk").write_bytes(good[: start + 3 * sealed])
    (out / "newer-format.mdbk").write_bytes(good[:8] + struct.pack(">H", 2) + good[10:])

    def greedy(fields):
        fields["master_key_slots"][0]["memory_kib"] = 64 * 1024 * 1024

    (out / "kdf-out-of-bounds.mdbk").write_bytes(edit_header(good, greedy))
    (out / "not-a-backup.txt").write_text("MentorDesk export notes, not a backup\n")
    _tiny_sqlite(out / "not-a-backup.sqlite3")
    expected = {"contacts": ["Priya Raman", "Tomás Ortega"], "files": FILES}
    (out / "expected.json").write_text(json.dumps(expected, indent=2, ensure_ascii=False) + "\n")


def _tiny_sqlite(path: Path) -> None:
    """Another program's small SQLite database."""
    path.unlink(missing_ok=True)
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
        connection.execute("INSERT INTO notes VALUES ('hello')")
    connection.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
