"""Editing contacts, logging interactions and stages, delete with undo, merge with undo."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta

import pytest

from mentordesk.db import models as m
from mentordesk.services.contacts.detail import get_contact_detail
from mentordesk.services.contacts.editing import (
    ContactForm,
    add_interaction,
    contact_form,
    save_contact,
    set_stage,
)
from mentordesk.services.contacts.listing import list_contacts
from mentordesk.services.contacts.merge import merge_contacts
from mentordesk.services.contacts.records import ContactNotFoundError, add_contact
from mentordesk.services.contacts.removal import delete_contact
from mentordesk.services.interop.export_json import export_json_text
from mentordesk.services.undo import (
    ChangeSet,
    UndoConflictError,
    record_changes,
    redo_changes,
    undo_changes,
)
from tests.conftest import FIXED_NOW

OLD = datetime(2020, 1, 1, tzinfo=UTC)


def _id(name: str) -> int:
    return m.ContactRecord.get(m.ContactRecord.name == name).id


def _stages(contact_id: int) -> list[str]:
    return [s for s, _ in get_contact_detail(contact_id, now=FIXED_NOW).stage_history]


def _age(contact_id: int) -> None:
    m.ContactRecord.update(updated_at=OLD).where(m.ContactRecord.id == contact_id).execute()


def _updated_at(contact_id: int) -> datetime:
    return m.ContactRecord.get_by_id(contact_id).updated_at


def test_contact_form_reads_profile_mentorship_and_agreement(demo_database):
    form = contact_form(_id("Priya Raman"))
    assert form.name == "Priya Raman" and form.timezone == "Europe/Berlin"
    assert form.emails == ["priya@northwind.example"] and form.phones == []
    assert form.tags == ["engineering", "leadership"]
    assert (form.direction, form.stage) == ("they_mentor_me", "active")
    assert form.channels == ["video_call", "chat"]
    assert form.availability == [
        {"weekday": 0, "start": "09:00", "end": "17:00"},
        {"weekday": 3, "start": "16:00", "end": "19:00"},
    ]
    assert (form.their_reply_hours, form.my_reply_hours, form.meeting_cadence_days) == (48, 24, 7)
    assert contact_form(_id("Aiko Tanaka")).channels == []


def test_create_a_full_contact(demo_database):
    form = ContactForm(
        name="  Noor Haddad ",
        organisation="Atlas",
        emails=["noor@atlas.example", "NOOR@atlas.example", ""],
        timezone="Asia/Dubai",
        tags=["design", "design"],
        birthday="--04-17",
        met_channel="social_media",
        met_on=date(2026, 10, 1),
        direction="i_mentor_them",
        stage="active",
        channels=["chat"],
        availability=[{"weekday": 6, "start": "18:00", "end": "20:00"}],
        their_reply_hours=24,
        meeting_cadence_days=14,
    )
    new_id = save_contact(form)
    detail = get_contact_detail(new_id, now=FIXED_NOW)
    assert detail.name == "Noor Haddad"
    assert detail.emails == [{"value": "noor@atlas.example", "label": ""}]
    assert detail.tags == ("design",) and detail.birthday == "--04-17"
    assert (detail.direction, detail.stage) == ("i_mentor_them", "active")
    assert detail.stage_history[0][0] == "active"
    assert detail.agreement.cadence == timedelta(days=14) and detail.agreement.my_reply is None
    assert m.MentorshipRecord.get(m.MentorshipRecord.contact == new_id).started_on is not None
    assert new_id in [r.id for r in list_contacts(now=FIXED_NOW)]


def test_edit_changes_fields_keeps_labels_and_appends_stage_history(demo_database):
    priya = _id("Priya Raman")
    _age(priya)
    form = contact_form(priya)
    form.role = "Principal Engineer"
    form.emails = ["priya@northwind.example", "priya@home.example"]
    form.stage = "paused"
    form.their_reply_hours = 72
    form.availability = [{"weekday": 1, "start": "10:00", "end": "11:30"}]
    assert save_contact(form, contact_id=priya) == priya
    detail = get_contact_detail(priya, now=FIXED_NOW)
    assert detail.role == "Principal Engineer"
    assert detail.emails == [
        {"value": "priya@northwind.example", "label": "work"},
        {"value": "priya@home.example", "label": ""},
    ]
    assert detail.stage == "paused"
    assert _stages(priya) == ["prospect", "reached_out", "building_rapport", "active", "paused"]
    assert detail.agreement.their_reply == timedelta(hours=72)
    assert [w.weekday for w in detail.agreement.availability] == [1]
    assert _updated_at(priya) > OLD


def test_saving_an_unchanged_form_changes_nothing(demo_database):
    priya = _id("Priya Raman")
    _age(priya)
    before = export_json_text()
    save_contact(contact_form(priya), contact_id=priya)
    assert export_json_text() == before
    assert _updated_at(priya) == OLD


def test_agreement_change_alone_bumps_updated_at(demo_database):
    aiko = _id("Aiko Tanaka")
    _age(aiko)
    form = contact_form(aiko)
    form.meeting_cadence_days = 30
    save_contact(form, contact_id=aiko)
    assert get_contact_detail(aiko, now=FIXED_NOW).agreement.cadence == timedelta(days=30)
    assert _updated_at(aiko) > OLD


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"name": "   "}, "needs a name"),
        ({"timezone": "Mars/Olympus_Mons"}, "Unknown time zone 'Mars/Olympus_Mons'"),
        ({"availability": [{"weekday": 7, "start": "09:00", "end": "10:00"}]}, "weekday"),
        ({"availability": [{"weekday": 1, "start": "25:00", "end": "26:00"}]}, "'25:00'"),
        ({"availability": [{"weekday": 1, "start": "09:00"}]}, "window 1: end"),
        ({"their_reply_hours": -1}, "Their reply time cannot be negative"),
        ({"my_reply_hours": -5}, "My reply time cannot be negative"),
        ({"meeting_cadence_days": 0}, "at least 1 day"),
        ({"stage": "friends"}, "Stage 'friends'"),
        ({"channels": ["pigeon"]}, "Channel 'pigeon'"),
        ({"birthday": "1990-02-30"}, "Birthday"),
    ],
)
def test_validation_errors_are_one_clear_line(demo_database, change, message):
    before = export_json_text()
    form = dataclasses.replace(contact_form(_id("Priya Raman")), **change)
    with pytest.raises(ValueError, match=message) as caught:
        save_contact(form, contact_id=_id("Priya Raman"))
    assert "\n" not in str(caught.value)
    assert export_json_text() == before


def test_saving_a_missing_contact_raises(demo_database):
    with pytest.raises(ContactNotFoundError):
        save_contact(ContactForm(name="Ghost"), contact_id=999)


def test_add_interaction_validates_and_links_replies(demo_database):
    marcus = _id("Marcus Okafor")
    asked = m.InteractionRecord.get(m.InteractionRecord.summary.startswith("Asked which"))
    new_id = add_interaction(
        contact_id=marcus,
        occurred_at=FIXED_NOW - timedelta(hours=2),
        channel="email",
        direction="in",
        kind="message",
        summary="  PyCon, definitely ",
        reply_to_id=asked.id,
    )
    record = m.InteractionRecord.get_by_id(new_id)
    assert (record.reply_to_id, record.summary) == (asked.id, "PyCon, definitely")
    detail = get_contact_detail(marcus, now=FIXED_NOW)
    assert detail.interactions[0].id == new_id and not any(i.overdue for i in detail.interactions)
    assert detail.their_reply_stats.count == 2


@pytest.mark.parametrize(
    ("change", "error", "message"),
    [
        ({"occurred_at": datetime(2026, 11, 20, 9, 0)}, ValueError, "timezone-aware"),
        ({"channel": "fax"}, ValueError, "Channel 'fax'"),
        ({"direction": "sideways"}, ValueError, "Direction"),
        ({"kind": "gossip"}, ValueError, "Kind"),
        ({"contact_id": 999}, ContactNotFoundError, "999"),
        ({"reply_to_id": 1}, ValueError, "not one of this contact's"),  # Priya's message
    ],
)
def test_add_interaction_rejects_bad_values(demo_database, change, error, message):
    values = {
        "contact_id": _id("Marcus Okafor"),
        "occurred_at": FIXED_NOW,
        "channel": "email",
        "direction": "in",
        "kind": "message",
        "summary": "",
    } | change
    with pytest.raises(error, match=message):
        add_interaction(**values)


def test_set_stage_appends_history_with_a_note(demo_database):
    elena = _id("Elena Petrova")
    set_stage(contact_id=elena, stage="active", note="Agreed to meet monthly")
    set_stage(contact_id=elena, stage="active")  # no change, no new step
    assert _stages(elena)[-2:] == ["building_rapport", "active"]
    last = m.StageChangeRecord.select().order_by(m.StageChangeRecord.id.desc()).get()
    assert last.note == "Agreed to meet monthly"
    with pytest.raises(ValueError, match="Stage 'friends'"):
        set_stage(contact_id=elena, stage="friends")


def _deleted(changes: ChangeSet, table: str) -> list[int]:
    """Ids of the rows of a table a change deleted (tombstoned or removed)."""
    return sorted(
        row.row_id
        for row in changes.rows
        if row.table == table
        and row.before is not None
        and (row.after is None or (row.after.get("deleted_at") and not row.before["deleted_at"]))
    )


def _changed(changes: ChangeSet, table: str) -> dict[int, tuple[dict, dict]]:
    """Rows of a table a change altered but kept, by id: (before, after)."""
    return {
        row.row_id: (row.before, row.after)
        for row in changes.rows
        if row.table == table and row.row_id not in _deleted(changes, table) and row.before
    }


def _delete(contact_id: int) -> ChangeSet:
    return record_changes("delete", lambda: delete_contact(contact_id))[1]


def test_delete_leaves_tombstones_and_undo_is_byte_identical(demo_database):
    priya = _id("Priya Raman")
    before = export_json_text()
    adaptation, review, ship = m.AdaptationRecord, m.ReviewRecord, m.MentorshipRecord
    hers = adaptation.select(adaptation.id).join(review).join(ship).where(ship.contact == priya)
    her_adaptations = sorted(i for (i,) in hers.tuples())
    changes = _delete(priya)
    assert m.ContactRecord.get_or_none(m.ContactRecord.id == priya) is None
    tombstone = m.ContactRecord.select_with_tombstones().where(m.ContactRecord.id == priya).get()
    assert tombstone.deleted_at is not None
    assert _deleted(changes, "contact_record") == [priya]
    assert len(her_adaptations) == 7  # her three demo reviews' changes
    assert _deleted(changes, "adaptation_record") == her_adaptations  # through her reviews
    assert set(_changed(changes, "task_record")) == {1, 2}
    assert m.TaskRecord.get_by_id(2).contact_id is None
    assert m.GoalRecord.get_by_id(1).mentorship_id is None
    assert export_json_text() != before
    undo_changes(changes)
    assert export_json_text() == before


def test_every_sample_contact_round_trips(demo_database):
    before = export_json_text()
    for contact_id in [c.id for c in m.ContactRecord.select()]:
        undo_changes(_delete(contact_id))
        assert export_json_text() == before, contact_id


def test_links_from_other_contacts_are_relinked(demo_database):
    priya_first = m.InteractionRecord.get_by_id(1)
    answer = m.InteractionRecord.create(
        contact=_id("Marcus Okafor"),
        occurred_at=FIXED_NOW,
        channel="email",
        direction="in",
        kind="message",
        reply_to=priya_first,
    )
    before = export_json_text()
    changes = _delete(_id("Priya Raman"))
    assert m.InteractionRecord.get_by_id(answer.id).reply_to_id is None
    was, now = _changed(changes, "interaction_record")[answer.id]
    assert (was["reply_to_id"], now["reply_to_id"]) == (1, None)
    undo_changes(changes)
    assert export_json_text() == before


def test_undoing_twice_is_a_clear_conflict(demo_database):
    changes = _delete(_id("Jordan Lee"))
    undo_changes(changes)
    before = export_json_text()
    with pytest.raises(UndoConflictError, match="could not undo"):
        undo_changes(changes)
    assert export_json_text() == before


def test_undo_then_redo_then_undo(demo_database):
    before = export_json_text()
    changes = _delete(_id("Jordan Lee"))
    after = export_json_text()
    undo_changes(changes)
    redo_changes(changes)
    assert export_json_text() == after
    undo_changes(changes)
    assert export_json_text() == before


def test_delete_missing_contact_raises(demo_database):
    with pytest.raises(ContactNotFoundError):
        delete_contact(999)


def _duplicate_of_priya() -> int:
    dup = save_contact(
        ContactForm(
            name="Priya R.",
            emails=["PRIYA@northwind.example", "priya@personal.example"],
            phones=["+49 30 1234567"],
            tags=["Engineering", "running"],
            notes="Imported from my phone.",
            birthday="--03-14",
            stage="prospect",
            their_reply_hours=12,
        )
    )
    ship = m.MentorshipRecord.get(m.MentorshipRecord.contact == dup)
    m.GoalRecord.create(mentorship=ship, title="Run a half marathon")
    m.ExpectationRecord.create(
        mentorship=ship, text="Run together", expected_by="me", expected_of="them"
    )
    weekly = m.MeetingRecord.get(m.MeetingRecord.title == "Weekly check-in with Priya")
    rehearsal = m.MeetingRecord.get(m.MeetingRecord.title == "Talk rehearsal")
    m.MeetingAttendeeRecord.create(meeting=weekly, contact=dup, response="tentative")
    m.MeetingAttendeeRecord.create(meeting=rehearsal, contact=dup)
    m.TaskRecord.create(title="Ask Priya about races", contact=dup)
    add_interaction(
        contact_id=dup,
        occurred_at=FIXED_NOW - timedelta(days=1),
        channel="text",
        direction="in",
        kind="message",
        summary="See you at the run",
    )
    return dup


def test_merge_moves_everything_and_joins_the_profile(demo_database):
    priya, dup = _id("Priya Raman"), _duplicate_of_priya()
    kept_id, changes = record_changes("merge", lambda: merge_contacts(keep_id=priya, merge_id=dup))
    assert kept_id == priya
    assert m.ContactRecord.get_or_none(m.ContactRecord.id == dup) is None
    kept = m.ContactRecord.get_by_id(priya)
    assert [e["value"] for e in kept.emails] == [
        "priya@northwind.example",
        "priya@personal.example",
    ]
    assert [p["value"] for p in kept.phones] == ["+49 30 1234567"]
    assert kept.tags == ["engineering", "leadership", "running"]
    assert kept.birthday == "--03-14" and kept.organisation == "Northwind Labs"
    assert kept.notes.endswith("\n\nImported from my phone.")
    detail = get_contact_detail(priya, now=FIXED_NOW)
    assert "See you at the run" in [i.summary for i in detail.interactions]
    assert "Ask Priya about races" in [t.title for t in detail.open_tasks]
    assert {g.title for g in detail.goals} == {"Lead a cross-team project", "Run a half marathon"}
    assert m.MentorshipRecord.select().where(m.MentorshipRecord.contact == priya).count() == 1
    assert detail.stage == "active" and detail.agreement.their_reply == timedelta(hours=48)
    attending = m.MeetingAttendeeRecord.select().where(m.MeetingAttendeeRecord.contact == priya)
    assert sorted(a.meeting.title for a in attending) == [
        "Talk rehearsal",
        *["Weekly check-in with Priya"] * 3,  # the series, one held and one moved occurrence
    ]
    assert len(_deleted(changes, "meeting_attendee_record")) == 1  # the duplicate weekly one


def test_merge_then_undo_is_byte_identical(demo_database):
    priya, dup = _id("Priya Raman"), _duplicate_of_priya()
    before = export_json_text()
    _, changes = record_changes("merge", lambda: merge_contacts(keep_id=priya, merge_id=dup))
    assert export_json_text() != before
    undo_changes(changes)
    assert export_json_text() == before


def test_merging_another_direction_moves_the_mentorship_whole(demo_database):
    priya, jordan = _id("Priya Raman"), _id("Jordan Lee")
    before = export_json_text()
    _, changes = record_changes("merge", lambda: merge_contacts(keep_id=priya, merge_id=jordan))
    ships = m.MentorshipRecord.select().where(m.MentorshipRecord.contact == priya)
    assert sorted(s.direction for s in ships) == ["i_mentor_them", "they_mentor_me"]
    assert _deleted(changes, "mentorship_record") == []
    undo_changes(changes)
    assert export_json_text() == before


def test_merging_two_sample_mentors_folds_their_mentorships(demo_database):
    priya, marcus = _id("Priya Raman"), _id("Marcus Okafor")
    before = export_json_text()
    _, changes = record_changes("merge", lambda: merge_contacts(keep_id=priya, merge_id=marcus))
    assert _deleted(changes, "mentorship_record") == [2]
    assert len(_deleted(changes, "agreement_record")) == 1  # Priya kept hers
    goals = m.GoalRecord.select().where(m.GoalRecord.mentorship == 1)
    assert {g.title for g in goals} == {
        "Lead a cross-team project",
        "Give my first conference talk",
    }
    undo_changes(changes)
    assert export_json_text() == before


def test_merge_refuses_itself_and_missing_contacts(demo_database):
    with pytest.raises(ValueError, match="itself"):
        merge_contacts(keep_id=1, merge_id=1)
    with pytest.raises(ContactNotFoundError):
        merge_contacts(keep_id=1, merge_id=999)


def test_undo_refuses_when_a_record_it_touches_changed_since(demo_database):
    changes = _delete(_id("Marcus Okafor"))
    m.MeetingRecord.update(title="Renamed").where(
        m.MeetingRecord.title == "Talk rehearsal"
    ).execute()
    m.TaskRecord.update(title="Edited since").where(m.TaskRecord.contact.is_null()).execute()
    before = export_json_text()
    with pytest.raises(UndoConflictError):
        undo_changes(changes)
    assert export_json_text() == before


def test_undo_refuses_to_cascade_into_records_added_since(demo_database):
    contact_id, changes = record_changes("add", lambda: add_contact(name="Zed"))
    m.InteractionRecord.create(
        contact=contact_id, occurred_at=FIXED_NOW, channel="email", direction="in"
    )
    before = export_json_text()
    with pytest.raises(UndoConflictError):
        undo_changes(changes)
    assert export_json_text() == before
