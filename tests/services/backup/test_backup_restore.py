"""Backup and restore end to end: exact round trip, no plain text, failures change nothing."""

from __future__ import annotations

import errno
import shutil
import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from mentordesk.db import models as m
from mentordesk.db.database import close_database, open_database
from mentordesk.paths import Workspace
from mentordesk.services.backup.create import create_backup
from mentordesk.services.backup.errors import (
    BackupError,
    CorruptBackupError,
    NoSpaceError,
    WrongKeyError,
)
from mentordesk.services.backup.listing import last_good_backup, list_backup_files
from mentordesk.services.backup.reader import Secrets
from mentordesk.services.backup.restore import restore_backup
from mentordesk.services.backup.rotation import backups_to_keep, rotate
from mentordesk.services.backup.verify import verify_backup
from mentordesk.services.interop.export_json import export_json_text
from tests.services.backup.helpers import (
    KNOWN_DELIVERABLE,
    KNOWN_NOTE,
    TEST_MASTER,
    TEST_RECOVERY,
    files_of,
    header_end,
)

KEY = Secrets(master_key=TEST_MASTER, use_keyring=False)


def workspace_state(space: Workspace) -> tuple[bytes, dict]:
    """The database file's bytes and every file below files/: what must not change."""
    return space.database.read_bytes(), files_of(space.root / "files")


def test_round_trip_gives_exactly_the_backed_up_data(made, filled):
    exported, files = export_json_text(), files_of(filled.root / "files")
    contact = m.ContactRecord.select().first()
    contact.name = "Changed after the backup"
    contact.save()
    m.TaskRecord.delete().where(m.TaskRecord.id > 3).execute()
    (filled.root / "files" / "deliverables" / "deck.md").write_text("changed")
    (filled.root / "files" / "new.txt").write_text("added later")
    result = restore_backup(filled, made.path, secrets=KEY)
    assert export_json_text() == exported
    assert files_of(filled.root / "files") == files
    assert (filled.root / "files" / "empty-folder").is_dir()
    assert result.safety_copy.exists()
    assert "Changed after the backup" in _text(result.safety_copy)


def _text(path: Path) -> str:
    """A database's contact names, as one string."""
    with sqlite3.connect(path) as connection:
        return " ".join(r[0] for r in connection.execute("SELECT name FROM contact_record"))


def test_no_plain_text_in_the_backup(made):
    data = made.path.read_bytes()
    for secret in (KNOWN_NOTE, KNOWN_DELIVERABLE, "canary", "SQLite format 3", "deliverables"):
        assert secret.encode() not in data
        assert secret.encode("utf-16-le") not in data


def test_the_backup_file_is_private_and_no_partial_is_left(made):
    assert made.path.stat().st_mode & 0o077 == 0
    assert not list(made.path.parent.glob("*.partial"))
    assert not list(made.path.parent.parent.glob(".backup-*"))


def test_a_new_machine_restores_with_the_recovery_key_alone(made, tmp_path, memory_keyring):
    exported = export_json_text()
    close_database()
    memory_keyring.secrets.clear()
    fresh = Workspace(tmp_path / "new-machine").ensure()
    with pytest.raises(WrongKeyError):
        restore_backup(fresh, made.path, secrets=Secrets())
    with pytest.raises(WrongKeyError):
        restore_backup(fresh, made.path, secrets=Secrets(recovery_key=bytes(20)))
    assert not fresh.database.exists()
    result = restore_backup(fresh, made.path, secrets=Secrets(recovery_key=TEST_RECOVERY))
    assert result.key_stored is True
    assert list(memory_keyring.secrets) == [("MentorDesk", f"backup-key:{made_key_id(made)}")]
    open_database(fresh.database, safety_dir=fresh.safety_dir)
    assert export_json_text() == exported
    from mentordesk.services.backup.setup import workspace_master_key

    assert workspace_master_key(fresh.root)[0] == TEST_MASTER  # later backups just work


def made_key_id(made) -> str:
    """The key id of a backup."""
    from mentordesk.services.backup.reader import read_backup_header

    return read_backup_header(made.path).key_id


def test_an_empty_database_round_trips(database, workspace, key_file):
    exported = export_json_text()
    made = create_backup(workspace, master_key=TEST_MASTER, key_file=key_file)
    assert verify_backup(made.path, secrets=KEY).summary["counts"]["contacts"] == 0
    restore_backup(workspace, made.path, secrets=KEY)
    assert export_json_text() == exported


def test_verify_leaves_the_workspace_untouched(made, filled):
    before = workspace_state(filled)
    listing = sorted(p.name for p in filled.root.rglob("*"))
    verify_backup(made.path, secrets=KEY)
    assert workspace_state(filled) == before
    assert sorted(p.name for p in filled.root.rglob("*")) == listing


@pytest.mark.parametrize("damage", ["chunk", "truncate", "wrong-key"])
def test_a_failed_restore_leaves_the_workspace_byte_identical(made, filled, tmp_path, damage):
    m.ContactRecord.update(name="Edited").execute()
    db_path = filled.database
    open_database(db_path)  # make sure WAL content is in the file before comparing
    from mentordesk.db.database import db

    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    before = workspace_state(filled)
    data = bytearray(made.path.read_bytes())
    if damage == "chunk":
        data[len(data) - 100] ^= 1
    elif damage == "truncate":
        data = data[: header_end(bytes(data)) + 5000]
    broken = tmp_path / "broken.mdbk"
    broken.write_bytes(bytes(data))
    secrets = KEY if damage != "wrong-key" else Secrets(recovery_key=bytes(20))
    with pytest.raises(BackupError):
        restore_backup(filled, broken, secrets=secrets)
    assert workspace_state(filled) == before
    assert not (filled.root / ".restore-incoming").exists()
    assert (
        not list(filled.safety_dir.glob("before-restore-*")) if filled.safety_dir.exists() else True
    )


def test_a_writer_committing_during_backup_gives_a_consistent_snapshot(filled, key_file):
    stop = threading.Event()

    def writer() -> None:
        connection = sqlite3.connect(filled.database, timeout=10)
        while not stop.is_set():
            with connection:  # two rows per transaction: a torn snapshot would show an odd count
                for _ in range(2):
                    connection.execute(
                        "INSERT INTO meta_record (key, value) VALUES (?, 'x')",
                        (f"k{threading.get_ident()}-{datetime.now().timestamp()}-{_}",),
                    )
        connection.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        made = [
            create_backup(filled, master_key=TEST_MASTER, key_file=key_file, out=_out(filled, i))
            for i in range(3)
        ]
    finally:
        stop.set()
        thread.join()
    for backup in made:
        restored = Workspace(filled.root.parent / f"r-{backup.path.stem}").ensure()
        restore_backup(restored, backup.path, secrets=KEY)
        with sqlite3.connect(restored.database) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            count = connection.execute("SELECT count(*) FROM meta_record WHERE value='x'")
            assert count.fetchone()[0] % 2 == 0


def _out(space: Workspace, index: int) -> Path:
    """A named output file for a backup."""
    return space.root.parent / f"out-{index}.mdbk"


def test_disk_full_during_backup_leaves_nothing_behind(filled, key_file, monkeypatch):
    import mentordesk.services.backup.stream as stream

    real = stream.ChunkWriter._seal
    calls = []

    def full(self, plain, *, last):
        calls.append(1)
        if len(calls) > 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(self, plain, last=last)

    monkeypatch.setattr(stream.ChunkWriter, "_seal", full)
    with pytest.raises(NoSpaceError, match="disk filled up"):
        create_backup(filled, master_key=TEST_MASTER, key_file=key_file, chunk_size=4096)
    assert list(filled.backups.iterdir()) == []
    assert not list(filled.root.glob(".backup-*"))


def test_too_little_free_space_is_said_before_writing(filled, key_file, monkeypatch):
    monkeypatch.setattr(shutil, "disk_usage", lambda p: shutil._ntuple_diskusage(10, 10, 1000))
    with pytest.raises(NoSpaceError, match="not enough free space"):
        create_backup(filled, master_key=TEST_MASTER, key_file=key_file)
    assert list(filled.backups.iterdir()) == []


def test_disk_full_during_restore_changes_nothing(made, filled, monkeypatch):
    from mentordesk.services.backup import archive

    before = workspace_state(filled)
    real = archive._copy_out

    def full(tar, member, target):
        if target is not None and "deck" in member.name:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(tar, member, target)

    monkeypatch.setattr(archive, "_copy_out", full)
    with pytest.raises(NoSpaceError, match="nothing was changed"):
        restore_backup(filled, made.path, secrets=KEY)
    assert workspace_state(filled) == before
    monkeypatch.setattr(shutil, "disk_usage", lambda p: shutil._ntuple_diskusage(10, 10, 1000))
    with pytest.raises(NoSpaceError, match="not enough free space to restore"):
        restore_backup(filled, made.path, secrets=KEY)
    assert workspace_state(filled) == before


def test_an_older_backup_is_migrated_on_the_copy(made, filled, monkeypatch):
    from mentordesk.services.backup import restore

    migrated = []
    monkeypatch.setattr(restore, "latest_schema_version", lambda: 99)
    monkeypatch.setattr(restore, "check_database", lambda path, what, full=True: 3)
    monkeypatch.setattr(restore, "_migrate_copy", lambda db, stage: migrated.append(db))
    restore_backup(filled, made.path, secrets=KEY)
    assert migrated and migrated[0].parent.name == ".restore-incoming"


def test_rotation_keeps_7_daily_4_weekly_12_monthly(tmp_path):
    start = datetime(2025, 1, 1, 3, tzinfo=UTC)
    paths = []
    for day in range(400):
        for hour in (0, 12):
            when = start + timedelta(days=day, hours=hour)
            paths.append(tmp_path / f"mentordesk-{when:%Y%m%dT%H%M%SZ}.mdbk")
    kept = backups_to_keep(paths)
    assert len(kept) <= 7 + 4 + 12 and len(kept) >= 12
    newest = sorted(paths)[-1]
    assert newest in kept
    days = sorted({p.name[11:19] for p in kept})
    assert len(days) == len(kept)  # one per period, the newest of its day
    for path in paths[:5]:
        path.write_bytes(b"x")
    (tmp_path / "mine.mdbk").write_bytes(b"x")
    removed = rotate(tmp_path, keep={"daily": 2, "weekly": 0, "monthly": 0})
    assert len(removed) == 3 and (tmp_path / "mine.mdbk").exists()


def test_the_list_shows_state_and_the_last_good_backup(made, filled, tmp_path):
    damaged = filled.backups / "mentordesk-20200101T000000Z.mdbk"
    damaged.write_bytes(made.path.read_bytes()[:-10])
    (filled.backups / "x.mdbk.partial").write_bytes(b"")
    rows = list_backup_files(
        backups_dir=filled.backups, safety_dir=filled.safety_dir, master_key=TEST_MASTER
    )
    states = {r.path.name: r.state for r in rows}
    problems = {r.path.name: r.problem for r in rows}
    assert states[made.path.name] == "ok" and states[damaged.name] == "unusable"
    assert "incomplete" in problems[damaged.name]
    assert states["x.mdbk.partial"] == "incomplete"
    good = last_good_backup(rows)
    assert good.path == made.path and good.summary["counts"]["contacts"] == 6
    unchecked = list_backup_files(backups_dir=filled.backups, safety_dir=filled.safety_dir)
    states = {r.path.name: r.state for r in unchecked}
    assert states[made.path.name] == "unchecked"  # the header alone is checked
    assert "incomplete" in {r.path.name: r.problem for r in unchecked}[damaged.name]


def test_foreign_entries_in_an_authentic_payload_are_refused(filled, key_file, monkeypatch):
    from mentordesk.services.backup import archive

    real = archive.collect_members

    def with_escape(snapshot, files_dir):
        members = real(snapshot, files_dir)
        members[-1].info.name = "../escape.txt"
        return members

    monkeypatch.setattr(archive, "collect_members", with_escape)
    import mentordesk.services.backup.create as create

    monkeypatch.setattr(create, "collect_members", with_escape)
    with pytest.raises(CorruptBackupError, match="unexpected entry"):
        create_backup(filled, master_key=TEST_MASTER, key_file=key_file)  # its read-back refuses
    assert not (filled.root.parent / "escape.txt").exists()
    assert list(filled.backups.iterdir()) == []  # a backup failing its read-back is not kept


def test_two_restores_in_one_second_keep_both_safety_copies(made, filled):
    when = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
    first = restore_backup(filled, made.path, secrets=KEY, now=when)
    second = restore_backup(filled, made.path, secrets=KEY, now=when)
    assert first.safety_copy != second.safety_copy and first.safety_copy.exists()
    asides = sorted(p.name for p in filled.safety_dir.glob("files-before-restore-*"))
    assert len(asides) == 2


def _peak_mib(work) -> float:
    """The peak of Python allocations while `work` runs, in MiB."""
    import tracemalloc

    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def test_memory_stays_flat_as_the_workspace_grows(database, workspace, key_file):
    import os

    peaks = []
    for megabytes in (2, 24):
        (workspace.root / "files").mkdir(exist_ok=True)
        (workspace.root / "files" / f"big-{megabytes}.bin").write_bytes(os.urandom(megabytes << 20))
        out = workspace.root.parent / f"size-{megabytes}.mdbk"

        def cycle(out=out):
            create_backup(workspace, master_key=TEST_MASTER, key_file=key_file, out=out)
            restore_backup(workspace, out, secrets=KEY)

        peaks.append(_peak_mib(cycle))
    small, large = peaks
    assert large < small + 4 and large < 24, peaks  # not proportional to the 24 MiB file


def test_a_backup_from_an_older_schema_is_migrated_on_the_copy_for_real(workspace, tmp_path):
    from peewee import SqliteDatabase
    from playhouse.migrations import Runner

    from mentordesk.db import database as database_module
    from mentordesk.db.database import APPLICATION_ID, PRAGMAS, latest_schema_version
    from tests.services.backup.helpers import test_key_file

    old = Workspace(tmp_path / "old").ensure()
    only_first = tmp_path / "migrations"
    only_first.mkdir()
    shutil.copy(database_module.MIGRATIONS_DIR / "0001_initial.py", only_first)
    handle = SqliteDatabase(str(old.database), pragmas=PRAGMAS)
    Runner(handle, directory=str(only_first)).up()
    handle.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    handle.execute_sql("PRAGMA user_version = 1")
    values = {"uid": "u-1", "name": "Schema One Person"}
    for _, name, kind, notnull, _, pk in handle.execute_sql("PRAGMA table_info(contact_record)"):
        if notnull and not pk and name not in values:
            values[name] = 0 if kind.upper() in ("INTEGER", "REAL") else "2026-01-01"
    marks = ", ".join("?" * len(values))
    handle.execute_sql(
        f"INSERT INTO contact_record ({', '.join(values)}) VALUES ({marks})", list(values.values())
    )
    handle.close()
    made = create_backup(old, master_key=TEST_MASTER, key_file=test_key_file())
    assert verify_backup(made.path, secrets=KEY).schema_version == 1
    before = workspace.database.read_bytes()
    restore_backup(workspace, made.path, secrets=KEY)
    assert workspace.database.read_bytes() != before
    with sqlite3.connect(workspace.database) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == latest_schema_version()
        assert connection.execute("SELECT name FROM contact_record").fetchall() == [
            ("Schema One Person",)
        ]
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_recovery_key_restore_never_replaces_this_workspaces_own_key(
    made, filled, memory_keyring
):
    from mentordesk.services.backup.keys import read_key_file
    from mentordesk.services.backup.setup import init_backups

    own = init_backups(filled.root)
    result = restore_backup(filled, made.path, secrets=Secrets(recovery_key=TEST_RECOVERY))
    assert result.key_stored is True and read_key_file(filled.root).key_id == own.key_id
    assert len(memory_keyring.secrets) == 2  # its own key, and the restored backup's key


def test_a_snapshot_left_by_a_killed_backup_is_cleared_later(filled, key_file):
    import os

    stale, fresh = filled.root / ".backup-stale", filled.root / ".backup-running"
    for folder in (stale, fresh):
        folder.mkdir()
        (folder / "snapshot.sqlite3").write_bytes(b"plain text that should not linger")
    os.utime(stale, (0, 0))
    create_backup(filled, master_key=TEST_MASTER, key_file=key_file)
    assert not stale.exists() and fresh.exists()  # a backup running elsewhere is left alone
