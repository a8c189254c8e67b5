"""A database per workspace: two open at once never mix; writers wait their turn."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from mentordesk.core.errors import WorkspaceBusyError
from mentordesk.db import models as m
from mentordesk.db.database import WorkspaceDatabase, close_database, db, open_database
from mentordesk.services.contacts.records import add_contact
from mentordesk.services.interop.export_json import export_json_text

VCARDS = Path(__file__).resolve().parents[1] / "data" / "vcards"


@pytest.fixture
def second(tmp_path, template_database):
    """A second workspace database (empty), open beside the app's own."""
    path = tmp_path / "second" / "mentordesk.sqlite3"
    path.parent.mkdir()
    shutil.copyfile(template_database, path)
    other = WorkspaceDatabase(path)
    other.open()
    yield other
    other.close()


def _names() -> list[str]:
    return [c.name for c in m.ContactRecord.select().order_by(m.ContactRecord.name)]


def test_a_second_workspace_reads_beside_the_first(database, second):
    add_contact(name="Ada in the first")
    with second.bound():
        add_contact(name="Grace in the second")
        assert _names() == ["Grace in the second"]
        second_export = export_json_text()
    assert _names() == ["Ada in the first"]
    assert "Grace" in second_export and "Ada" not in second_export


def test_threads_bound_to_different_workspaces_never_mix(database, second):
    add_contact(name="Ada")
    with second.bound():
        add_contact(name="Grace")
    seen: dict[str, set[tuple[str, ...]]] = {"first": set(), "second": set()}

    def read(key: str, bind) -> None:
        with bind():
            for _ in range(200):
                seen[key].add(tuple(_names()))
            db.close()

    threads = [
        threading.Thread(target=read, args=("first", contextlib.nullcontext)),
        threading.Thread(target=read, args=("second", second.bound)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen == {"first": {("Ada",)}, "second": {("Grace",)}}


def _hold_write_lock(path: Path, seconds: float) -> threading.Thread:
    """Another connection holds the write lock for a while, as another writer would."""
    ready = threading.Event()

    def hold() -> None:
        raw = sqlite3.connect(path, isolation_level=None)
        raw.execute("BEGIN IMMEDIATE")
        raw.execute("UPDATE contact_record SET notes = notes")
        ready.set()
        time.sleep(seconds)
        raw.execute("COMMIT")
        raw.close()

    thread = threading.Thread(target=hold)
    thread.start()
    ready.wait()
    return thread


def test_a_writer_waits_for_another_and_then_succeeds(workspace):
    open_database(workspace.database)
    holder = _hold_write_lock(workspace.database, 0.5)
    started = time.monotonic()
    with db.atomic():  # reads first, then writes: a deferred transaction failed here at once
        assert m.ContactRecord.select().count() == 0
        add_contact(name="Waited")
    waited = time.monotonic() - started
    holder.join()
    assert waited >= 0.4
    assert _names() == ["Waited"]
    close_database()


def test_when_the_wait_runs_out_the_error_says_busy(workspace):
    space = WorkspaceDatabase(workspace.database, busy_timeout=0.2)
    space.open()
    holder = _hold_write_lock(workspace.database, 1.0)
    with space.bound(), pytest.raises(WorkspaceBusyError, match="the workspace is busy"):
        add_contact(name="Too late")
    holder.join()
    with space.bound():
        assert _names() == []
    space.close()
