"""Merge a duplicate contact into another, undoably.

The rules:

- The merged contact's interactions, tasks and meeting attendances move to the kept contact;
  an attendance of a meeting the kept contact already attends is dropped (one per pair).
- One mentorship per contact and direction: a merged mentorship whose direction the kept
  contact has no mentorship in moves over whole. Otherwise it is folded into the kept one
  (the most recent in that direction): its goals, expectations, time entries, reviews and
  meetings move; its agreement moves only if the kept one has none; empty dates and notes
  of the kept mentorship are filled from it; its stage and stage history give way to the
  kept mentorship's and leave with it.
- Emails, phones, links and tags are joined without repeats (ignoring case); empty profile
  fields of the kept contact are filled from the merged one, and differing notes appended.
- The merged contact is then deleted. The returned snapshot holds every deleted row and the
  old value of every changed one, so ``undo_merge`` restores both contacts exactly.
"""

from __future__ import annotations

from typing import Any

from peewee import Field

from mentordesk.db import models as m
from mentordesk.db.database import db
from mentordesk.services.contacts.form import LABELLED_FIELDS
from mentordesk.services.contacts.records import get_contact
from mentordesk.services.contacts.removal import DeletedContact, UndoRecorder, restore_contact

FILLED_FIELDS = (
    "organisation",
    "role",
    "timezone",
    "photo",
    "photo_url",
    "birthday",
    "met_channel",
    "met_detail",
    "met_on",
)
SHIP_FILLED_FIELDS = ("started_on", "ended_on", "notes")
KEPT_WITH_FOLDED = (m.StageChangeRecord, m.AgreementRecord)  # not moved wholesale by a fold


def merge_contacts(*, keep_id: int, merge_id: int) -> DeletedContact:
    """Merge contact ``merge_id`` into ``keep_id`` and delete it; returns the undo snapshot."""
    if keep_id == merge_id:
        raise ValueError("A contact cannot be merged into itself.")
    with db.atomic():
        keep, other = get_contact(keep_id), get_contact(merge_id)
        recorder = UndoRecorder()
        _merge_profile(recorder, keep, other)
        _move_links(recorder, keep_id, merge_id)
        _merge_mentorships(recorder, keep_id, merge_id)
        recorder.collect(m.ContactRecord, [merge_id])
        snapshot = recorder.snapshot((keep_id, merge_id))
        recorder.apply()
    return snapshot


def undo_merge(snapshot: DeletedContact) -> tuple[int, int]:
    """Restore both contacts of a merge exactly as they were; returns (keep_id, merge_id)."""
    restore_contact(snapshot)
    keep_id, merge_id = snapshot.contact_ids
    return keep_id, merge_id


def _merge_profile(recorder: UndoRecorder, keep: m.ContactRecord, other: m.ContactRecord) -> None:
    """Join lists, fill empty fields and append notes on the kept contact."""
    values: dict[str, Any] = {}
    for name in LABELLED_FIELDS:
        joined = _join(getattr(keep, name) or [], getattr(other, name) or [], key=_item_key)
        if joined != getattr(keep, name):
            values[name] = joined
    tags = _join(keep.tags or [], other.tags or [], key=str.casefold)
    if tags != keep.tags:
        values["tags"] = tags
    values.update(_fill(keep, other, FILLED_FIELDS))
    if other.notes.strip() and other.notes.strip() not in keep.notes:
        values["notes"] = f"{keep.notes.rstrip()}\n\n{other.notes.strip()}".strip()
    if values:
        values["updated_at"] = m.utc_now()
        _update_one(recorder, keep, values)


def _item_key(item: dict) -> str:
    """What makes two emails, phones or links the same: the value, ignoring case and spaces."""
    return "".join(str(item.get("value", "")).split()).casefold()


def _join(first: list, second: list, *, key) -> list:
    """``first`` followed by the items of ``second`` whose key it lacks."""
    seen = {key(item) for item in first}
    extra = [item for item in second if key(item) not in seen]
    return [*first, *extra]


def _fill(target: m.BaseRecord, source: m.BaseRecord, names: tuple[str, ...]) -> dict[str, Any]:
    """Values of ``source`` for the fields that are empty on ``target``."""
    return {
        name: getattr(source, name)
        for name in names
        if not getattr(target, name) and getattr(source, name)
    }


def _update_one(recorder: UndoRecorder, record: m.BaseRecord, values: dict[str, Any]) -> None:
    """Update one record's named fields through the recorder."""
    model = type(record)
    fields: dict[Field, Any] = {model._meta.fields[name]: value for name, value in values.items()}
    recorder.update(model, model.id == record.id, fields)


def _move_links(recorder: UndoRecorder, keep_id: int, merge_id: int) -> None:
    """Point interactions, tasks and attendances of the merged contact at the kept one."""
    interaction, task, attendee = m.InteractionRecord, m.TaskRecord, m.MeetingAttendeeRecord
    recorder.update(interaction, interaction.contact == merge_id, {interaction.contact: keep_id})
    recorder.update(task, task.contact == merge_id, {task.contact: keep_id})
    attended = attendee.select(attendee.meeting).where(attendee.contact == keep_id)
    duplicate = attendee.meeting.in_(attended)
    recorder.update(
        attendee, (attendee.contact == merge_id) & ~duplicate, {attendee.contact: keep_id}
    )


def _merge_mentorships(recorder: UndoRecorder, keep_id: int, merge_id: int) -> None:
    """Move or fold each merged mentorship: one mentorship per contact and direction."""
    ship = m.MentorshipRecord
    kept = {s.direction: s for s in ship.select().where(ship.contact == keep_id).order_by(ship.id)}
    for source in ship.select().where(ship.contact == merge_id).order_by(ship.id):
        target = kept.get(source.direction)
        if target is None:
            recorder.update(ship, ship.id == source.id, {ship.contact: keep_id})
            kept[source.direction] = source
        else:
            _fold(recorder, source, target)


def _fold(recorder: UndoRecorder, source: m.MentorshipRecord, target: m.MentorshipRecord) -> None:
    """Move what hangs off ``source`` to ``target``; the rest leaves with ``source``."""
    for fk, child in m.MentorshipRecord._meta.backrefs.items():
        if child not in KEPT_WITH_FOLDED:
            recorder.update(child, fk == source.id, {fk: target.id})
    agreement = m.AgreementRecord
    if not agreement.select().where(agreement.mentorship == target.id).exists():
        recorder.update(
            agreement, agreement.mentorship == source.id, {agreement.mentorship: target.id}
        )
    filled = _fill(target, source, SHIP_FILLED_FIELDS)
    if filled:
        _update_one(recorder, target, filled)
