"""Finished tasks due long ago are history and stay home; open ones and recent ones travel."""

from __future__ import annotations

from datetime import date, timedelta

from mentordesk.core.enums import TaskStatus
from mentordesk.db import models as m
from mentordesk.services.sync import content, dav
from mentordesk.services.sync.engine import sync_account
from mentordesk.services.tasks.editing import create_task, set_status
from tests.sync.conftest import PASSWORD, USERNAME
from tests.sync.helpers import add_account, opened, sync

DONE, TODO, DROPPED = TaskStatus.DONE.value, TaskStatus.TODO.value, TaskStatus.DROPPED.value


def _task(title: str, days_ago: int, status: str) -> str:
    """Create a dated task; its UID."""
    task_id = create_task(title=title, due=date.today() - timedelta(days=days_ago), status=status)
    return m.TaskRecord.get_by_id(task_id).uid


def _server_texts(radicale, calendar_url: str) -> list[str]:
    """Every resource text in the calendar on the server."""
    client = dav.open_client(radicale.url, USERNAME, PASSWORD)
    return [dav.get(client, href).text for href in dav.list_etags(client, calendar_url)]


def test_the_rule_on_its_own():
    today = date(2026, 6, 1)
    old, recent = today - timedelta(days=91), today - timedelta(days=90)
    assert not content.task_travels(m.TaskRecord(due=old, status=DONE), today)
    assert not content.task_travels(m.TaskRecord(due=old, status=DROPPED), today)
    assert content.task_travels(m.TaskRecord(due=recent, status=DONE), today)
    assert content.task_travels(m.TaskRecord(due=old, status=TODO), today)
    assert not content.task_travels(m.TaskRecord(due=None, status=TODO), today)


def test_only_history_stays_home(tmp_path, radicale, memory_keyring):
    a = tmp_path / "a"
    add_account(a, radicale.url)
    with opened(a):
        history = _task("Filed the 2024 report", 400, DONE)
        dropped = _task("Old idea", 200, DROPPED)
        open_old = _task("Still to do from long ago", 400, TODO)
        recent = _task("Done last week", 7, DONE)
        report = sync_account()
        calendar_url = m.SyncAccountRecord.get().calendar_url
    assert report.sent == {"new": 2}
    texts = "\n".join(_server_texts(radicale, calendar_url))
    assert open_old in texts and recent in texts
    assert history not in texts and dropped not in texts
    assert "sent nothing; received nothing" in sync(a)


def test_a_task_on_the_server_keeps_travelling_once_finished(tmp_path, radicale, memory_keyring):
    a, b = tmp_path / "a", tmp_path / "b"
    add_account(a, radicale.url)
    add_account(b, radicale.url)
    with opened(a):
        uid = _task("Overdue for a year", 365, TODO)
    sync(a)
    sync(b)
    with opened(a):
        set_status([m.TaskRecord.get(m.TaskRecord.uid == uid).id], DONE)
    assert "sent 1 changed" in sync(a)
    sync(b)
    with opened(b):
        assert m.TaskRecord.get(m.TaskRecord.uid == uid).status == DONE
