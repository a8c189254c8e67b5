"""Settling a record the server deleted and this workspace kept for its history: keep it (it goes
back up) or delete it here too (undoable; nothing goes back). Real Radicale, two workspaces."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from mentordesk.db import models as m
from mentordesk.services.sync.conflicts import DELETED_THERE, list_conflicts, needs_look_ids
from mentordesk.services.sync.private_history import DELETED_ON_SERVER
from mentordesk.services.sync.settle import (
    ConflictFieldError,
    NoConflictError,
    NotDeletedThereError,
    delete_here,
    describe,
    resolve,
)
from mentordesk.services.tombstones import delete_records
from mentordesk.services.undo import record_changes, undo_changes
from tests.sync.helpers import add_account, opened, run, sync

WHEN = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
MENTOR, MEETING = "Jordan Lee", "Coffee with Elena"


@pytest.fixture
def kept(tmp_path, radicale, memory_keyring):
    """A (demo data) and B synced; B logs history on Jordan and notes on a meeting, A deletes
    both; after A's sync and B's, B holds both back, marked "deleted on the server"."""
    a, b = tmp_path / "a", tmp_path / "b"
    assert run(a, "seed-demo")[0] == 0
    for workspace in (a, b):
        add_account(workspace, radicale.url)
    sync(a)
    sync(b)
    with opened(b):
        _history_here()
    with opened(a):
        delete_records(m.ContactRecord, [_jordan().id])
        delete_records(m.MeetingRecord, [_meeting().id])
    sync(a)
    assert sync(b).count("deleted on the server; kept here") == 2
    return a, b


def _jordan() -> m.ContactRecord:
    return m.ContactRecord.get(m.ContactRecord.name == MENTOR)


def _meeting() -> m.MeetingRecord:
    return m.MeetingRecord.get(m.MeetingRecord.title == MEETING)


def _history_here() -> None:
    """Three interactions and an undated task with Jordan; notes on the meeting."""
    jordan = _jordan()
    for summary in ("Intro", "Follow-up", "Thanks!"):
        m.InteractionRecord.create(
            contact=jordan, occurred_at=WHEN, channel="email", direction="out", summary=summary
        )
    m.TaskRecord.create(title="Send Jordan the draft", contact=jordan)
    meeting = _meeting()
    meeting.notes = "She suggested the RFC process"
    meeting.save()


def _uids() -> tuple[str, str]:
    return _jordan().uid, _meeting().uid


def test_both_are_listed_as_deleted_on_the_server(kept):
    _, b = kept
    with opened(b):
        listed = {c.title: c for c in list_conflicts()}
        jordan_id = _jordan().id
    assert set(listed) == {MENTOR, MEETING}
    assert all(c.deleted_there and not c.deleted_here for c in listed.values())
    assert listed[MENTOR].kind == "contact" and listed[MENTOR].record_id == jordan_id
    assert DELETED_THERE == DELETED_ON_SERVER


def test_describe_says_deleted_there_with_what_it_holds_and_no_fields(kept):
    _, b = kept
    with opened(b):
        contact_uid, meeting_uid = _uids()
        contact = describe("contact", contact_uid)
        meeting = describe("meeting", meeting_uid)
    assert contact.deleted_there and not contact.deleted_here and contact.fields == ()
    assert contact.kept_history == (("interaction", 3), ("task", 1))
    assert meeting.deleted_there and meeting.fields == ()
    assert meeting.kept_history == (("notes", 1),)


def test_deleted_on_the_server_is_not_a_field_to_take(kept):
    _, b = kept
    with opened(b):
        uid, _ = _uids()
        with pytest.raises(ConflictFieldError):
            resolve("contact", uid, take_server_fields=[DELETED_ON_SERVER])
        assert needs_look_ids(m.ContactRecord) == {_jordan().id}


def test_keep_it_sends_both_back_up_and_a_new_workspace_gets_them(kept, tmp_path, radicale):
    a, b = kept
    with opened(b):
        contact_uid, meeting_uid = _uids()
        assert resolve("contact", contact_uid) == 0
        assert resolve("meeting", meeting_uid) == 0
        assert not list_conflicts()
    assert "sent 2 new" in sync(b)
    assert "sent nothing; received nothing" in sync(b)
    c = tmp_path / "c"
    add_account(c, radicale.url)
    sync(c)
    with opened(c):
        assert _jordan().uid == contact_uid and _meeting().uid == meeting_uid
        assert not m.SyncConflictRecord.select().exists()
    assert "received 2 brought back" in sync(a)  # rule 4: the workspace that deleted them
    with opened(a):  # takes them back once someone deliberately brought them back
        assert _jordan().uid == contact_uid and _meeting().uid == meeting_uid
    assert "sent nothing; received nothing" in sync(a)


def test_delete_here_tombstones_sends_nothing_and_undo_brings_it_back(kept):
    _, b = kept
    with opened(b):
        uid, _ = _uids()
        jordan_id = _jordan().id
        gone, changes = record_changes(
            "Delete Jordan here too", lambda: delete_here("contact", uid)
        )
        assert gone is True
        row = m.ContactRecord.select_with_tombstones().where(m.ContactRecord.uid == uid).get()
        assert row.deleted_at is not None
        assert not m.InteractionRecord.select().where(m.InteractionRecord.contact == jordan_id)
        assert [c.title for c in list_conflicts()] == [MEETING]
    assert "sent nothing; received nothing" in sync(b)
    with opened(b):
        assert not m.SyncStateRecord.select().where(m.SyncStateRecord.uid == uid).exists()
        undo_changes(changes)
        assert _jordan().id == jordan_id
        assert m.InteractionRecord.select().where(m.InteractionRecord.contact == jordan_id).count()
        assert (
            m.TaskRecord.get(m.TaskRecord.title == "Send Jordan the draft").contact_id == jordan_id
        )


def test_delete_here_on_a_meeting_takes_its_notes_and_settles_it(kept):
    _, b = kept
    with opened(b):
        _, uid = _uids()
        assert delete_here("meeting", uid) is True
        assert not m.MeetingRecord.select().where(m.MeetingRecord.uid == uid).exists()
        assert [c.title for c in list_conflicts()] == [MENTOR]
        with pytest.raises(NoConflictError):
            describe("meeting", uid)
    assert "sent nothing; received nothing" in sync(b)


def test_a_record_the_user_deleted_meanwhile_is_settled_and_no_longer_listed(kept):
    _, b = kept
    with opened(b):
        uid, _ = _uids()
        delete_records(m.ContactRecord, [_jordan().id])  # from the contacts view
        assert [c.title for c in list_conflicts()] == [MEETING]
        assert describe("contact", uid).deleted_here
        assert delete_here("contact", uid) is False  # only unmarks
        assert not m.SyncConflictRecord.select().where(m.SyncConflictRecord.uid == uid).exists()


def test_delete_here_refuses_a_record_the_server_still_has(demo_database):
    from mentordesk.services.sync.example_conflicts import add_example_conflicts

    uid = add_example_conflicts()[0]
    with pytest.raises(NotDeletedThereError):
        delete_here("contact", uid)
    assert m.ContactRecord.select().where(m.ContactRecord.uid == uid).exists()
    assert not describe("contact", uid).deleted_there
