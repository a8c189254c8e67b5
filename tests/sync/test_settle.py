"""Looking at and settling a real conflict: built by the engine against a real Radicale server."""

from __future__ import annotations

from datetime import date

import pytest

from mentordesk.db import models as m
from tests.sync.helpers import add_account, opened, run, sync

TASK_TITLE = "Get Priya's feedback on the design doc"


@pytest.fixture
def conflicted(tmp_path, radicale, memory_keyring):
    """A and B synced, then a contact's role, a meeting's place and a task's due date
    changed differently on both; A syncs first, so B holds the conflicts."""
    a, b = tmp_path / "a", tmp_path / "b"
    assert run(a, "seed-demo")[0] == 0
    for workspace in (a, b):
        add_account(workspace, radicale.url)
    sync(a)
    sync(b)
    for workspace, side in ((a, "A"), (b, "B")):
        with opened(workspace):
            _edit(side)
    sync(a)
    assert "needs a look" in sync(b)
    return a, b


def _edit(side: str) -> None:
    """The same three records changed, each side its own way."""
    m.ContactRecord.update(role=f"Role from {side}").where(
        m.ContactRecord.name == "Jordan Lee"
    ).execute()
    m.MeetingRecord.update(location=f"Room {side}").where(
        m.MeetingRecord.title == "Coffee with Elena"
    ).execute()
    task = _dated_task()
    task.due = date(2027, 3, 1) if side == "A" else date(2027, 3, 2)
    task.save()


def _dated_task() -> m.TaskRecord:
    """A task with a due date (ids differ between the workspaces; the title does not)."""
    return m.TaskRecord.get(m.TaskRecord.title == TASK_TITLE)


def _jordan() -> m.ContactRecord:
    """Jordan Lee as stored."""
    return m.ContactRecord.get(m.ContactRecord.name == "Jordan Lee")


def test_every_conflicting_record_is_listed_with_its_title(conflicted):
    from mentordesk.services.sync.conflicts import list_conflicts

    _, b = conflicted
    with opened(b):
        listed = {(c.kind, c.title) for c in list_conflicts()}
        jordan = next(c for c in list_conflicts() if c.kind == "contact")
        assert jordan.record_id == _jordan().id
        assert not jordan.deleted_here
    assert ("contact", "Jordan Lee") in listed
    assert ("meeting", "Coffee with Elena") in listed
    assert ("task", TASK_TITLE) in listed


def test_describe_shows_both_values_decoded(conflicted):
    from mentordesk.services.sync.conflicts import list_conflicts
    from mentordesk.services.sync.settle import describe

    _, b = conflicted
    with opened(b):
        looks = {c.kind: c for c in list_conflicts()}
        contact = describe("contact", looks["contact"].uid)
        meeting = describe("meeting", looks["meeting"].uid)
        task = describe("task", looks["task"].uid)
    assert [(f.name, f.here, f.there) for f in contact.fields] == [
        ("TITLE", ("Role from B",), ("Role from A",))
    ]
    assert [(f.name, f.here, f.there) for f in meeting.fields] == [
        ("LOCATION", ("Room B",), ("Room A",))
    ]
    assert [(f.name, f.here, f.there) for f in task.fields] == [
        ("DUE", (date(2027, 3, 2),), (date(2027, 3, 1),))
    ]


def test_taking_the_servers_value_changes_it_here_and_the_next_sync_sends_it(conflicted):
    from mentordesk.services.sync.conflicts import list_conflicts
    from mentordesk.services.sync.settle import describe, resolve

    a, b = conflicted
    with opened(b):
        uid = _jordan().uid
        key = describe("contact", uid).fields[0].key
        assert resolve("contact", uid, take_server_fields=[key]) == 1
        assert _jordan().role == "Role from A"
        assert "contact" not in {c.kind for c in list_conflicts()}
    assert "sent 1 changed" in sync(b)
    sync(a)
    with opened(a):
        assert _jordan().role == "Role from A"


def test_taking_a_servers_date_writes_the_date(conflicted):
    from mentordesk.services.sync.conflicts import list_conflicts
    from mentordesk.services.sync.settle import describe, resolve

    _, b = conflicted
    with opened(b):
        uid = next(c.uid for c in list_conflicts() if c.kind == "task")
        resolve("task", uid, take_server_fields=[f.key for f in describe("task", uid).fields])
        assert m.TaskRecord.get(m.TaskRecord.uid == uid).due == date(2027, 3, 1)


def test_keeping_mine_only_unmarks_and_the_other_side_already_has_mine(conflicted):
    from mentordesk.services.sync.conflicts import needs_look_ids
    from mentordesk.services.sync.settle import resolve

    a, b = conflicted
    with opened(b):
        jordan = _jordan()
        assert jordan.id in needs_look_ids(m.ContactRecord)
        assert resolve("contact", jordan.uid) == 0
        assert _jordan().role == "Role from B"
        assert jordan.id not in needs_look_ids(m.ContactRecord)
    sync(a)
    with opened(a):
        assert _jordan().role == "Role from B"


def test_an_unknown_field_is_refused_and_nothing_changes(conflicted):
    from mentordesk.services.sync.conflicts import needs_look_ids
    from mentordesk.services.sync.settle import ConflictFieldError, resolve

    _, b = conflicted
    with opened(b):
        jordan = _jordan()
        with pytest.raises(ConflictFieldError, match="not a field in conflict"):
            resolve("contact", jordan.uid, take_server_fields=["VCARD TITLE", "VCARD ORG"])
        assert _jordan().role == "Role from B"
        assert jordan.id in needs_look_ids(m.ContactRecord)


def test_a_record_without_a_conflict_says_so(database):
    from mentordesk.services.sync.settle import NoConflictError, describe, resolve

    with pytest.raises(NoConflictError, match="no sync conflict"):
        describe("contact", "no-such-uid")
    with pytest.raises(NoConflictError):
        resolve("contact", "no-such-uid")


def test_a_record_deleted_here_shows_no_fields_and_can_only_stay_deleted(demo_database):
    from mentordesk.services.sync.conflicts import list_conflicts
    from mentordesk.services.sync.example_conflicts import add_example_account
    from mentordesk.services.sync.settle import ConflictFieldError, describe, resolve
    from mentordesk.services.tombstones import delete_records

    jordan = _jordan()
    delete_records(m.ContactRecord, [jordan.id])
    m.SyncConflictRecord.create(
        account=add_example_account(),
        kind="contact",
        uid=jordan.uid,
        remote_content="BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Jordan Lee\r\nEND:VCARD\r\n",
        fields=["deleted here"],
    )
    [listed] = list_conflicts()
    assert (listed.title, listed.record_id, listed.deleted_here) == ("Jordan Lee", None, True)
    detail = describe("contact", jordan.uid)
    assert detail.deleted_here and detail.fields == ()
    with pytest.raises(ConflictFieldError):
        resolve("contact", jordan.uid, take_server_fields=["deleted here"])
    assert resolve("contact", jordan.uid) == 0
    assert list_conflicts() == []
    assert not m.ContactRecord.select().where(m.ContactRecord.uid == jordan.uid).exists()
