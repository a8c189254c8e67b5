"""A record a workspace deleted comes back to it when another device deliberately brought it back
to the server (docs/sync.md rule 4); one it deleted before the account knew it stays deleted.
Real Radicale, two workspaces."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from mentordesk.db import models as m
from mentordesk.services.contacts.detail import get_contact_detail
from mentordesk.services.contacts.listing import list_contacts
from mentordesk.services.sync import content
from mentordesk.services.sync.engine import sync_account
from mentordesk.services.sync.settle import resolve
from mentordesk.services.tombstones import delete_records
from tests.sync.helpers import add_account, exported, opened, run, sync, synced_view

WHEN = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
MENTOR = "Jordan Lee"


class SimulatedKillError(Exception):
    """Stands for the process dying inside the revive's transaction."""


def _jordan() -> m.ContactRecord:
    return m.ContactRecord.get(m.ContactRecord.name == MENTOR)


def _tombstones() -> set[tuple[str, str]]:
    """Every deleted record here, by table and UID."""
    found = set()
    for model in (m.ContactRecord, m.MeetingRecord, m.TaskRecord, m.MentorshipRecord):
        rows = model.select_with_tombstones().where(model.deleted_at.is_null(False))
        found |= {(model.__name__, r.uid) for r in rows}
    return found


def _a_deletes_jordan_and_b_keeps_him(a, b) -> str:
    """B logs an interaction with Jordan, A deletes him; B keeps him (Keep it) and sends him
    back up. Returns his UID."""
    with opened(b):
        m.InteractionRecord.create(
            contact=_jordan(), occurred_at=WHEN, channel="email", direction="out", summary="Hi"
        )
    with opened(a):
        uid = _jordan().uid
        delete_records(m.ContactRecord, [_jordan().id])
    assert "1 deleted" in sync(a)  # and the meetings he was a guest of changed
    assert "deleted on the server; kept here" in sync(b)
    with opened(b):
        resolve("contact", uid)  # Keep it
    assert "sent 1 new" in sync(b)
    return uid


def _contact_in(workspace, uid) -> dict:
    """A contact's synced fields in a workspace's export."""
    return synced_view(exported(workspace))["contacts"][uid]


def test_a_record_kept_on_another_device_comes_back_alone(pair):
    a, b = pair
    with opened(a):
        interactions_before = m.InteractionRecord.select().count()
    uid = _a_deletes_jordan_and_b_keeps_him(a, b)
    with opened(a):
        gone_before = _tombstones()
        interactions_gone = interactions_before - m.InteractionRecord.select().count()
    assert ("ContactRecord", uid) in gone_before and interactions_gone > 0
    assert "received 1 brought back" in sync(a)
    with opened(a):
        assert _jordan().uid == uid
        assert get_contact_detail(_jordan().id, now=WHEN).name == MENTOR  # his page opens
        assert MENTOR in {r.name for r in list_contacts(now=WHEN)}
        assert _tombstones() == gone_before - {("ContactRecord", uid)}  # nothing else revived
        assert interactions_before - m.InteractionRecord.select().count() == interactions_gone
        assert not m.SyncConflictRecord.select().exists()
    assert _contact_in(a, uid) == _contact_in(b, uid)
    assert "sent nothing; received nothing" in sync(a)
    assert "sent nothing; received nothing" in sync(b)


def test_a_record_changed_elsewhere_after_the_delete_comes_back(pair):
    a, b = pair
    with opened(a):
        meeting = m.MeetingRecord.get(m.MeetingRecord.title == "Coffee with Elena")
        uid = meeting.uid
        delete_records(m.MeetingRecord, [meeting.id])
    with opened(b):  # changed here, deleted there: the local record goes back up
        m.MeetingRecord.update(location="The park").where(m.MeetingRecord.uid == uid).execute()
    assert "sent 1 deleted" in sync(a)
    assert "sent 1 new" in sync(b)
    assert "received 1 brought back" in sync(a)
    with opened(a):
        assert m.MeetingRecord.get(m.MeetingRecord.uid == uid).location == "The park"
    assert synced_view(exported(a)) == synced_view(exported(b))


def test_a_record_deleted_before_the_account_knew_it_is_left_alone(
    tmp_path, radicale, memory_keyring
):
    a, b = tmp_path / "a", tmp_path / "b"
    for workspace in (a, b):  # the demo's UIDs are stable: both hold the same records
        assert run(workspace, "seed-demo")[0] == 0
    add_account(b, radicale.url)
    sync(b)
    with opened(a):
        uid = _jordan().uid
        delete_records(m.ContactRecord, [_jordan().id])
    add_account(a, radicale.url)
    sync(a)
    assert "sent nothing; received nothing" in sync(a)
    with opened(a):
        assert not m.ContactRecord.select().where(m.ContactRecord.uid == uid).exists()
        assert not m.SyncStateRecord.select().where(m.SyncStateRecord.uid == uid).exists()
    sync(b)  # receives the meetings A changed (Jordan is no guest there), but not his delete
    with opened(b):
        assert _jordan().uid == uid


def test_a_revive_cut_off_midway_changes_nothing_and_the_next_sync_completes(pair, monkeypatch):
    a, b = pair
    uid = _a_deletes_jordan_and_b_keeps_him(a, b)

    def killed(*_args, **_kwargs):
        raise SimulatedKillError

    monkeypatch.setattr(content, "apply_remote", killed)
    with opened(a):
        with pytest.raises(SimulatedKillError):
            sync_account()
        assert not m.ContactRecord.select().where(m.ContactRecord.uid == uid).exists()
        state = m.SyncStateRecord.get(m.SyncStateRecord.uid == uid)
        assert state.content == "" and state.etag == ""  # still the mark: it may come back
    monkeypatch.undo()
    assert "received 1 brought back" in sync(a)
    assert _contact_in(a, uid) == _contact_in(b, uid)
    assert "sent nothing; received nothing" in sync(a)


def test_a_third_workspace_that_took_the_delete_takes_the_record_back_too(pair, tmp_path, radicale):
    a, b = pair
    c = tmp_path / "c"
    add_account(c, radicale.url)
    sync(c)
    with opened(b):
        m.InteractionRecord.create(
            contact=_jordan(), occurred_at=WHEN, channel="email", direction="out", summary="Hi"
        )
    with opened(a):
        uid = _jordan().uid
        delete_records(m.ContactRecord, [_jordan().id])
    sync(a)
    assert "1 deleted" in sync(c)  # C holds no history of Jordan: it takes the delete
    sync(b)
    with opened(b):
        resolve("contact", uid)
    sync(b)
    assert "received 1 brought back" in sync(c)
    with opened(c):
        assert _jordan().uid == uid
