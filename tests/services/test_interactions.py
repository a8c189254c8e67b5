"""The interaction log: no future times, edit and delete (tombstones), undo byte for byte."""

from __future__ import annotations

from datetime import timedelta

import pytest

from mentordesk.core.errors import UserError, ValidationError
from mentordesk.db import models as m
from mentordesk.services.contacts.interactions import (
    InteractionNotFoundError,
    add_interaction,
    delete_interaction,
    get_interaction,
    interaction_log,
    list_interactions,
    update_interaction,
)
from mentordesk.services.interop.export_json import export_json_text
from mentordesk.services.undo import record_changes, redo_changes, undo_changes
from tests.conftest import FIXED_NOW


def _id(name: str) -> int:
    return m.ContactRecord.get(m.ContactRecord.name == name).id


def _interaction(prefix: str) -> m.InteractionRecord:
    return m.InteractionRecord.get(m.InteractionRecord.summary.startswith(prefix))


def _values(**change) -> dict:
    values = {
        "occurred_at": FIXED_NOW - timedelta(hours=1),
        "channel": "email",
        "direction": "out",
        "kind": "message",
        "summary": "Sent the draft",
        "now": FIXED_NOW,
    }
    return values | change


def test_add_refuses_a_time_in_the_future_but_allows_clock_drift(demo_database):
    priya = _id("Priya Raman")
    with pytest.raises(ValidationError, match="future") as caught:
        add_interaction(contact_id=priya, **_values(occurred_at=FIXED_NOW + timedelta(hours=1)))
    assert caught.value.field == "occurred_at"
    assert isinstance(caught.value, UserError)
    add_interaction(contact_id=priya, **_values(occurred_at=FIXED_NOW + timedelta(minutes=2)))


def test_list_is_newest_first_with_reply_links(demo_database):
    rows = list_interactions(_id("Priya Raman"))
    assert [r.occurred_at for r in rows] == sorted((r.occurred_at for r in rows), reverse=True)
    thanks = next(r for r in rows if r.summary.startswith("Thanked her"))
    assert thanks.reply_to_id == _interaction("Detailed comments").id


def test_the_log_names_the_contact_and_their_channels(demo_database):
    log = interaction_log(_id("Priya Raman"))
    assert (log.name, log.channels[0]) == ("Priya Raman", "video_call")
    assert len(log.interactions) == 4


def test_update_changes_only_what_differs(demo_database):
    asked = _interaction("Asked which")
    stamp = asked.updated_at
    same = {
        "occurred_at": asked.occurred_at,
        "channel": asked.channel,
        "direction": asked.direction,
        "kind": asked.kind,
        "summary": asked.summary,
        "now": FIXED_NOW,
    }
    assert update_interaction(interaction_id=asked.id, **same) is False
    assert m.InteractionRecord.get_by_id(asked.id).updated_at == stamp
    assert update_interaction(
        interaction_id=asked.id, **(same | {"summary": " Call ", "kind": "call"})
    )
    row = get_interaction(asked.id)
    assert (row.summary, row.kind) == ("Call", "call")


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"occurred_at": FIXED_NOW + timedelta(days=1)}, "occurred_at"),
        ({"channel": "fax"}, "channel"),
        ({"kind": "gossip"}, "kind"),
        ({"reply_to_id": 1}, "reply_to"),  # Priya's message, not Marcus's
    ],
)
def test_update_rejects_bad_values(demo_database, change, field):
    asked = _interaction("Asked which")
    with pytest.raises(ValidationError) as caught:
        update_interaction(interaction_id=asked.id, **_values(**change))
    assert caught.value.field == field


def test_update_refuses_a_reply_to_itself(demo_database):
    asked = _interaction("Asked which")
    with pytest.raises(ValidationError, match="itself"):
        update_interaction(interaction_id=asked.id, **_values(reply_to_id=asked.id))


def test_delete_leaves_a_tombstone_and_unlinks_replies(demo_database):
    comments = _interaction("Detailed comments")
    thanks = _interaction("Thanked her")
    delete_interaction(comments.id)
    record = m.InteractionRecord.select_with_tombstones().where(
        m.InteractionRecord.id == comments.id
    )
    assert record.get().deleted_at is not None
    assert m.InteractionRecord.get_by_id(thanks.id).reply_to_id is None
    assert comments.id not in [r.id for r in list_interactions(_id("Priya Raman"))]
    with pytest.raises(InteractionNotFoundError):
        delete_interaction(comments.id)
    with pytest.raises(InteractionNotFoundError):
        update_interaction(interaction_id=comments.id, **_values())


@pytest.mark.parametrize("write", ["update", "delete"])
def test_edit_and_delete_undo_byte_for_byte(demo_database, write):
    comments = _interaction("Detailed comments")
    before = export_json_text()
    work = {
        "update": lambda: update_interaction(
            interaction_id=comments.id, **_values(summary="Rewritten", direction="in")
        ),
        "delete": lambda: delete_interaction(comments.id),
    }[write]
    _, changes = record_changes(write, work)
    after = export_json_text()
    assert after != before
    undo_changes(changes)
    assert export_json_text() == before
    redo_changes(changes)
    assert export_json_text() == after
