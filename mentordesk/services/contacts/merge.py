"""Merge a duplicate contact into another, undoably.

The rules:

- The merged contact's interactions, tasks and meeting attendances move to the kept contact;
  an attendance of a meeting the kept contact already attends is dropped (one per pair).
- One mentorship per contact and direction: a merged mentorship whose direction the kept
  contact has no mentorship in moves over whole. Otherwise it is folded into the kept one
  (the most recent in that direction): its goals, expectations, time entries, reviews and
  meetings move; its agreement moves only if the kept one has none; empty dates and notes
  of the kept mentorship are filled from it; the two stage histories become one, and the
  kept mentorship ends at the furthest stage of the two (a step noting the merge is added
  when that changes its stage).
- Emails, phones, links and tags are joined without repeats (ignoring case); empty profile
  fields of the kept contact are filled from the merged one, and differing notes appended.
- The merged contact is then deleted (a tombstone). Run it through ``services.undo`` to be
  able to take it back exactly.
"""

from __future__ import annotations

from typing import Any

from peewee import Field

from mentordesk.core.stages import furthest_stage
from mentordesk.db import models as m
from mentordesk.db.database import db
from mentordesk.services.contacts.form import LABELLED_FIELDS
from mentordesk.services.contacts.records import change_stage, get_contact
from mentordesk.services.tombstones import delete_records

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
KEPT_WITH_FOLDED = (m.AgreementRecord,)  # not moved wholesale by a fold


def merge_contacts(*, keep_id: int, merge_id: int) -> int:
    """Merge contact ``merge_id`` into ``keep_id`` and delete it; returns the kept id."""
    if keep_id == merge_id:
        raise ValueError("A contact cannot be merged into itself.")
    with db.atomic():
        keep, other = get_contact(keep_id), get_contact(merge_id)
        _merge_profile(keep, other)
        _move_links(keep_id, merge_id)
        _merge_mentorships(keep_id, merge_id)
        delete_records(m.ContactRecord, [merge_id])
    return keep_id


def _merge_profile(keep: m.ContactRecord, other: m.ContactRecord) -> None:
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
        _update_one(keep, values)


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


def _update_one(record: m.BaseRecord, values: dict[str, Any]) -> None:
    """Update one record's named fields."""
    model = type(record)
    fields: dict[Field, Any] = {model._meta.fields[name]: value for name, value in values.items()}
    model.update(fields).where(model.id == record.id).execute()


def _move_links(keep_id: int, merge_id: int) -> None:
    """Point interactions, tasks and attendances of the merged contact at the kept one."""
    interaction, task, attendee = m.InteractionRecord, m.TaskRecord, m.MeetingAttendeeRecord
    interaction.update({interaction.contact: keep_id}).where(
        interaction.contact == merge_id
    ).execute()
    task.update({task.contact: keep_id}).where(task.contact == merge_id).execute()
    attended = attendee.select(attendee.meeting).where(attendee.contact == keep_id)
    duplicate = attendee.meeting.in_(attended)
    attendee.update({attendee.contact: keep_id}).where(
        (attendee.contact == merge_id) & ~duplicate
    ).execute()


def _merge_mentorships(keep_id: int, merge_id: int) -> None:
    """Move or fold each merged mentorship: one mentorship per contact and direction."""
    ship = m.MentorshipRecord
    kept = {s.direction: s for s in ship.select().where(ship.contact == keep_id).order_by(ship.id)}
    for source in ship.select().where(ship.contact == merge_id).order_by(ship.id):
        target = kept.get(source.direction)
        if target is None:
            ship.update({ship.contact: keep_id}).where(ship.id == source.id).execute()
            kept[source.direction] = source
        else:
            _fold(source, target)


def _fold(source: m.MentorshipRecord, target: m.MentorshipRecord) -> None:
    """Move what hangs off ``source`` to ``target``; the rest leaves with ``source``."""
    for fk, child in m.MentorshipRecord._meta.backrefs.items():
        if child not in KEPT_WITH_FOLDED:
            child.update({fk: target.id}).where(fk == source.id).execute()
    agreement = m.AgreementRecord
    if not agreement.select().where(agreement.mentorship == target.id).exists():
        agreement.update({agreement.mentorship: target.id}).where(
            agreement.mentorship == source.id
        ).execute()
    filled = _fill(target, source, SHIP_FILLED_FIELDS)
    if source.started_on and target.started_on and source.started_on < target.started_on:
        filled["started_on"] = source.started_on
    if filled:
        _update_one(target, filled)
    _keep_furthest_stage(source, target)


def _keep_furthest_stage(source: m.MentorshipRecord, target: m.MentorshipRecord) -> None:
    """Move the kept mentorship to the further of the two stages, noting why in its history."""
    stage = furthest_stage(source.stage, target.stage)
    if stage != target.stage:
        contact = (
            m.ContactRecord.select_with_tombstones()
            .where(m.ContactRecord.id == source.contact_id)
            .get()
        )
        change_stage(target, stage, note=f"Merged with {contact.name}")
