"""A delete from the server never takes private data along: a record with history that stayed here
is kept and needs a look; one without is deleted as before (real Radicale)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from mentordesk.db import models as m
from mentordesk.services.sync.conflicts import dismiss, needs_look_ids
from mentordesk.services.sync.private_history import DELETED_ON_SERVER
from mentordesk.services.tombstones import delete_records
from tests.sync.helpers import opened, sync

WHEN = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def _contact(name):
    """The contact with that name (B's copy has no private history yet)."""
    return m.ContactRecord.get(m.ContactRecord.name == name)


def _an_interaction(name) -> m.ContactRecord:
    """Log an interaction with the contact: private history."""
    contact = _contact(name)
    m.InteractionRecord.create(
        contact=contact, occurred_at=WHEN, channel="email", direction="out", summary="Thanks!"
    )
    return contact


def _meeting_notes(title) -> m.MeetingRecord:
    """Write notes on the meeting (they never leave the machine)."""
    meeting = m.MeetingRecord.get(m.MeetingRecord.title == title)
    m.MeetingRecord.update(notes="She suggested the RFC process").where(
        m.MeetingRecord.id == meeting.id
    ).execute()
    return meeting


def _time_on_a_task(_title) -> m.TaskRecord:
    """Record time on the first dated task."""
    task = m.TaskRecord.select().where(m.TaskRecord.due.is_null(False)).order_by(m.TaskRecord.id)
    task = task.first()
    m.TimeEntryRecord.create(task=task, started_at=WHEN, minutes=25)
    return task


CASES = {
    "contact-with-interactions": (m.ContactRecord, "Jordan Lee", _an_interaction, "1 interaction"),
    "meeting-with-notes": (m.MeetingRecord, "Coffee with Elena", _meeting_notes, "notes"),
    "task-with-time": (m.TaskRecord, "", _time_on_a_task, "1 time entry"),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_a_server_delete_keeps_a_record_with_private_history_until_settled(pair, case):
    model, name, make_history, history = CASES[case]
    a, b = pair
    with opened(b):
        uid = make_history(name).uid
    with opened(a):
        record = model.get(model.uid == uid)
        delete_records(model, [record.id])
    assert "1 deleted; received" in sync(a)
    out = sync(b)
    assert "received 1 deleted" not in out
    assert f"{uid}: deleted on the server; kept here" in out and history in out
    with opened(b):
        kept = model.get_or_none(model.uid == uid)
        assert kept is not None and kept.id in needs_look_ids(model)
        conflict = m.SyncConflictRecord.get(m.SyncConflictRecord.uid == uid)
        assert conflict.fields == [DELETED_ON_SERVER]
    assert "sent nothing; received nothing" in sync(b)  # stays off the server while pending
    assert "sent nothing; received nothing" in sync(a)
    with opened(b):
        assert dismiss(conflict.kind, uid) == 1
    assert "sent 1 new" in sync(b)  # kept: it goes back up
    with opened(b):
        assert not needs_look_ids(model)
        assert m.SyncStateRecord.select().where(m.SyncStateRecord.uid == uid).exists()


def test_deleting_the_kept_record_here_settles_it_for_good(pair):
    a, b = pair
    with opened(b):
        uid = _an_interaction("Jordan Lee").uid
    with opened(a):
        delete_records(m.ContactRecord, [_contact("Jordan Lee").id])
    sync(a)
    assert "needs a look" in sync(b)
    with opened(b):
        delete_records(m.ContactRecord, [_contact("Jordan Lee").id])  # the user's own delete
        assert not needs_look_ids(m.ContactRecord)
    assert "sent nothing; received nothing" in sync(b)
    with opened(b):
        row = m.ContactRecord.select_with_tombstones().where(m.ContactRecord.uid == uid).get()
        assert row.deleted_at is not None
        assert not m.SyncStateRecord.select().where(m.SyncStateRecord.uid == uid).exists()


def test_a_contact_without_private_history_is_deleted_as_before(pair):
    a, b = pair
    with opened(a):
        uid = _contact("Jordan Lee").uid
        delete_records(m.ContactRecord, [_contact("Jordan Lee").id])
    sync(a)
    out = sync(b)
    assert "received 1 deleted" in out and "needs a look" not in out
    with opened(b):
        assert not m.ContactRecord.select().where(m.ContactRecord.uid == uid).exists()
        assert not m.SyncConflictRecord.select().exists()


def test_a_delete_of_a_record_left_mid_sync_keeps_the_servers_newer_version(pair, radicale):
    """A blank ETag (a record the user changed mid-sync) is no licence to delete unseen."""
    from mentordesk.services.sync import dav
    from tests.sync.conftest import PASSWORD, USERNAME

    a, b = pair
    with opened(b):
        m.ContactRecord.update(role="Head of Design").where(
            m.ContactRecord.name == "Sam Whitfield"
        ).execute()
    sync(b)
    with opened(a):
        uid = _contact("Sam Whitfield").uid
        account = m.SyncAccountRecord.get()
        client = dav.open_client(radicale.url, USERNAME, PASSWORD)
        tag = dav.collection_tag(client, account.addressbook_url)
        account.addressbook_ctag = tag  # the ctag kept when nothing else moved in that pass
        account.save()
        m.SyncStateRecord.update(etag="").where(m.SyncStateRecord.uid == uid).execute()
        delete_records(m.ContactRecord, [_contact("Sam Whitfield").id])
    sync(a)
    with opened(a):
        kept = m.SyncConflictRecord.get(m.SyncConflictRecord.uid == uid)
        assert "Head of Design" in kept.remote_content
