"""A process killed at random points during restore leaves the old or the new workspace."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from mentordesk.db.database import WorkspaceDatabase
from mentordesk.paths import Workspace
from mentordesk.services.backup.create import create_backup
from mentordesk.services.backup.reader import Secrets
from mentordesk.services.backup.restore import finish_restore, restore_backup, restore_pending
from mentordesk.services.interop.export_json import export_json_text
from tests.services.backup.helpers import TEST_MASTER, files_of, test_key_file

RUNS = 24
KEY = Secrets(master_key=TEST_MASTER, use_keyring=False)

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")


def _export(path: Path) -> str:
    """The export-json of a workspace database, opened on its own handle."""
    other = WorkspaceDatabase(path)
    other.open(safety_dir=path.parent / "safety")
    try:
        with other.bound():
            return hashlib.sha256(export_json_text().encode()).hexdigest()
    finally:
        other.close()


def _digest(path: Path) -> str:
    """A digest of every row of every table, read with plain SQLite (cheaper than export-json)."""
    digest = hashlib.sha256()
    with sqlite3.connect(path) as connection:
        tables = connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name LIKE '%_record' ORDER BY 1"
        ).fetchall()
        for (table,) in tables:
            for row in connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid'):
                digest.update(repr(row).encode())
    connection.close()
    return digest.hexdigest()


def _contacts(path: Path) -> int:
    """Integrity-checked count of contacts, read with plain SQLite."""
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return connection.execute("SELECT count(*) FROM contact_record").fetchone()[0]


@pytest.fixture(scope="module")
def scene(tmp_path_factory, template_database):
    """An OLD workspace and a backup of a NEW state (bigger, other files)."""
    root = tmp_path_factory.mktemp("killed")
    space = Workspace(root / "old").ensure()
    shutil.copyfile(template_database, space.database)
    handle = WorkspaceDatabase(space.database)
    handle.open()
    with handle.bound():
        from mentordesk.db import models as m

        rows = [{"name": f"Person {i}", "notes": "n" * 2000} for i in range(1500)]
        with m.ContactRecord._meta.database.atomic():
            m.ContactRecord.insert_many(rows).execute()
        (space.root / "files").mkdir()
        (space.root / "files" / "new.txt").write_text("new state")
        backup = create_backup(
            space, master_key=TEST_MASTER, key_file=test_key_file(), out=root / "new.mdbk"
        )
        new_export = hashlib.sha256(export_json_text().encode()).hexdigest()
        m.ContactRecord.delete().where(m.ContactRecord.id > 3).execute()
        m.ContactRecord.insert(name="Only in the old state").execute()
        handle.handle.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    handle.close()
    shutil.rmtree(space.root / "files")
    (space.root / "files").mkdir()
    (space.root / "files" / "old.txt").write_text("old state")
    old_export, old_digest = _export(space.database), _digest(space.database)
    return space, backup.path, {"old": old_export, "new": new_export, "old_rows": old_digest}


def _copy(space: Workspace, target: Path) -> Workspace:
    """A fresh copy of the OLD workspace."""
    shutil.copytree(space.root, target)
    return Workspace(target)


def _restore_in_child(space: Workspace, backup: Path) -> int:
    """Fork a process that restores; returns its pid."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        code = 0
        try:
            restore_backup(space, backup, secrets=KEY)
        except BaseException:
            code = 1
        os._exit(code)
    return pid


def test_killed_restores_leave_old_or_new_never_a_mix(scene, tmp_path):
    space, backup, exports = scene
    start = time.perf_counter()
    probe = _copy(space, tmp_path / "probe")
    _, status = os.waitpid(_restore_in_child(probe, backup), 0)
    duration = time.perf_counter() - start
    assert status == 0 and _export(probe.database) == exports["new"]  # export-json identical
    exports = {"old": exports["old_rows"], "new": _digest(probe.database)}
    rng, seen = random.Random(11), []
    for run in range(RUNS):
        copy = _copy(space, tmp_path / f"run-{run}")
        pid = _restore_in_child(copy, backup)
        time.sleep(rng.uniform(0, duration * 1.1))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        seen.append(_check_after_kill(copy, exports))
    assert len(seen) == RUNS
    print("states after the kills:", {s: seen.count(s) for s in set(seen)}, f"{duration:.2f} s")
    assert "old" in seen and "new" in seen, seen  # the kills landed before and after the swap


def _check_after_kill(copy: Workspace, exports: dict[str, str]) -> str:
    """Right after the kill and after the next open: old or new, never a mix."""
    count = _contacts(copy.database)
    assert count in (4, 1500), count  # old or new rows, as SQLite sees the file
    if restore_pending(copy):
        finish_restore(copy)  # what the next start does
    found = _digest(copy.database)
    state = "new" if found == exports["new"] else "old"
    assert found == exports[state]
    expected = {"new.txt": b"new state"} if state == "new" else {"old.txt": b"old state"}
    assert files_of(copy.root / "files") == expected
    assert not (copy.root / ".restore-incoming").exists()
    return state
