"""The faster backup keeps its guarantees: checked snapshots, exact chunks, checked restores."""

from __future__ import annotations

import io
import random
import sqlite3
import threading

import pytest

from mentordesk.db.database import db
from mentordesk.services.backup import create, crypto
from mentordesk.services.backup.create import create_backup
from mentordesk.services.backup.errors import CorruptBackupError
from mentordesk.services.backup.reader import Secrets
from mentordesk.services.backup.restore import restore_backup
from mentordesk.services.backup.snapshot import check_database
from mentordesk.services.backup.stream import ChunkWriter
from tests.services.backup.helpers import TEST_MASTER

KEY = Secrets(master_key=TEST_MASTER, use_keyring=False)


def _sealed(pieces: list[bytes], chunk: int) -> bytes:
    """What a ChunkWriter writes for these pieces, given one write each."""
    out = io.BytesIO()
    total = sum(len(p) for p in pieces)
    writer = ChunkWriter(out, key=bytes(32), aad=b"aad", chunk_size=chunk, total=total)
    for piece in pieces:
        assert writer.write(piece) == len(piece)
    writer.close()
    return out.getvalue()


@pytest.mark.parametrize("total", [0, 1, 63, 64, 65, 128, 200, 640])
def test_any_split_of_the_writes_seals_the_same_chunks(total):
    chunk, data = 64, random.Random(total).randbytes(total)
    whole = _sealed([data], chunk)
    assert len(whole) == max(1, -(-total // chunk)) * crypto.TAG_BYTES + total
    for seed in range(20):
        rng, pieces, at = random.Random(seed), [], 0
        while at < total:
            size = rng.choice((1, 7, 63, 64, 65, 130, 500))
            pieces.append(data[at : at + size])
            at += size
        assert _sealed(pieces, chunk) == whole


def test_a_payload_longer_than_announced_is_refused():
    writer = ChunkWriter(io.BytesIO(), key=bytes(32), aad=b"", chunk_size=64, total=64)
    writer.write(bytes(64))
    writer.write(b"x")
    with pytest.raises(ValueError, match="65 bytes, not 64"):
        writer.close()


def _break_an_index() -> None:
    """Give two indexes of one table each other's pages: the pages are sound, the indexes wrong."""
    db.execute_sql("CREATE TABLE probe (a INTEGER, b INTEGER)")
    db.execute_sql("CREATE INDEX probe_a ON probe (a)")
    db.execute_sql("CREATE INDEX probe_b ON probe (b)")
    db.execute_sql("INSERT INTO probe VALUES (1, 9), (2, 8), (3, 7)")
    rows = db.execute_sql(
        "SELECT name, rootpage FROM sqlite_schema WHERE name IN ('probe_a', 'probe_b')"
    ).fetchall()
    pages = dict(rows)
    db.execute_sql("PRAGMA writable_schema = ON")
    for name, other in (("probe_a", "probe_b"), ("probe_b", "probe_a")):
        db.execute_sql("UPDATE sqlite_schema SET rootpage = ? WHERE name = ?", (pages[other], name))
    db.execute_sql("PRAGMA writable_schema = OFF")
    db.close()
    db.connect()


def test_a_snapshot_failing_integrity_check_leaves_no_backup(filled, key_file, tmp_path):
    _break_an_index()
    quick = sqlite3.connect(filled.database).execute("PRAGMA quick_check").fetchall()
    assert quick == [("ok",)]  # only the full check, run beside the encryption, sees it
    target = tmp_path / "out" / "b.mdbk"
    target.parent.mkdir()
    with pytest.raises(CorruptBackupError, match="the snapshot fails its check"):
        create_backup(filled, master_key=TEST_MASTER, key_file=key_file, out=target)
    assert list(target.parent.iterdir()) == []
    assert not list(filled.root.glob(".backup-*"))


def test_restore_still_checks_the_database_it_unpacks(filled, key_file, monkeypatch, tmp_path):
    real = create.snapshot_database

    def damaged(live, target, **options):
        real(live, target, **options)
        with open(target, "r+b") as handle:  # garbage over the second page, after the header
            handle.seek(4096)
            handle.write(b"\xa5" * 4096)

    monkeypatch.setattr(create, "snapshot_database", damaged)
    monkeypatch.setattr(create, "check_database", lambda path, what: 0)  # made without a check
    out = tmp_path / "b.mdbk"
    create_backup(filled, master_key=TEST_MASTER, key_file=key_file, out=out)
    before = filled.database.read_bytes()
    with pytest.raises(CorruptBackupError, match="fails its check"):
        restore_backup(filled, out, secrets=KEY)
    assert filled.database.read_bytes() == before


def test_quick_and_full_checks_accept_a_sound_database(filled):
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    assert check_database(filled.database, what="it") == check_database(
        filled.database, what="it", full=False
    )


def test_a_commit_while_the_backup_is_unpacked_is_in_the_safety_copy(made, filled, monkeypatch):
    from mentordesk.services.backup import restore
    from mentordesk.services.backup.safety import SafetyCopy

    copied = threading.Event()

    class Watched(SafetyCopy):
        def _take(self):
            taken = super()._take()
            copied.set()
            return taken

    real_stage = restore._stage

    def stage_then_commit(*args):
        real_stage(*args)
        assert copied.wait(30)  # the first copy is made: this change comes after it
        with sqlite3.connect(filled.database) as other:
            other.execute("CREATE TABLE late_change (x)")

    monkeypatch.setattr(restore, "SafetyCopy", Watched)
    monkeypatch.setattr(restore, "_stage", stage_then_commit)
    result = restore_backup(filled, made.path, secrets=KEY)
    with sqlite3.connect(result.safety_copy) as kept:
        names = {row[0] for row in kept.execute("SELECT name FROM sqlite_schema")}
    assert "late_change" in names
    assert "late_change" not in {r[0] for r in db.execute_sql("SELECT name FROM sqlite_schema")}


def test_a_failed_restore_keeps_no_safety_copy(made, filled, monkeypatch):
    from mentordesk.services.backup import restore

    def broken(*args):
        raise CorruptBackupError("the backup is damaged")

    monkeypatch.setattr(restore, "_stage", broken)
    with pytest.raises(CorruptBackupError):
        restore_backup(filled, made.path, secrets=KEY)
    assert not filled.safety_dir.exists() or not list(filled.safety_dir.iterdir())
