"""What a merge would give, before it is applied: computed by merging and rolling back."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from mentordesk.db import models as m
from mentordesk.db.database import db
from mentordesk.services.contacts.form import LABELLED_FIELDS
from mentordesk.services.contacts.merge import FILLED_FIELDS, merge_contacts
from mentordesk.services.contacts.records import get_contact, main_mentorship

SHOWN_FIELDS = ("name", *FILLED_FIELDS, *LABELLED_FIELDS, "tags", "notes")


@dataclass(frozen=True)
class FieldOutcome:
    """One field of the merged contact: both values before, the value after."""

    field: str
    kept: str
    other: str
    result: str

    @property
    def conflict(self) -> bool:
        """True when both had a different value and the other one is not in the result."""
        return bool(self.kept and self.other and self.kept != self.other) and (
            self.other not in self.result
        )


@dataclass(frozen=True)
class MergePreview:
    """The merge of `other_name` into `kept_name`, as it would turn out."""

    kept_name: str
    other_name: str
    fields: tuple[FieldOutcome, ...]
    stage_before: tuple[str, str]
    stage_after: str
    stage_steps: int
    moved: dict[str, int]

    def conflicts(self) -> list[FieldOutcome]:
        """The fields where the other contact's value is not kept."""
        return [f for f in self.fields if f.conflict]


def preview_merge(*, keep_id: int, merge_id: int) -> MergePreview:
    """Merge in a transaction, read the outcome, roll back: the preview is the real rule."""
    keep, other = get_contact(keep_id), get_contact(merge_id)
    before = (_stage(keep_id), _stage(merge_id))
    moved = _what_moves(merge_id)
    with db.atomic() as transaction:
        merge_contacts(keep_id=keep_id, merge_id=merge_id)
        after = get_contact(keep_id)
        ship = main_mentorship(keep_id)
        steps = ship.stage_changes.count() if ship else 0
        stage = ship.stage if ship else ""
        transaction.rollback()
    fields = tuple(
        FieldOutcome(name, _text(keep, name), _text(other, name), _text(after, name))
        for name in SHOWN_FIELDS
    )
    shown = tuple(f for f in fields if f.kept or f.other)
    return MergePreview(keep.name, other.name, shown, before, stage, steps, moved)


def _stage(contact_id: int) -> str:
    """The stage of a contact's main mentorship ("" without one)."""
    ship = main_mentorship(contact_id)
    return ship.stage if ship else ""


def _what_moves(merge_id: int) -> dict[str, int]:
    """How many interactions, tasks and meetings come over from the merged contact."""
    return {
        "interactions": m.InteractionRecord.select()
        .where(m.InteractionRecord.contact == merge_id)
        .count(),
        "tasks": m.TaskRecord.select().where(m.TaskRecord.contact == merge_id).count(),
        "meetings": m.MeetingAttendeeRecord.select()
        .where(m.MeetingAttendeeRecord.contact == merge_id)
        .count(),
    }


def _text(contact: m.ContactRecord, name: str) -> str:
    """A field's value as one line of text for the preview."""
    value: Any = getattr(contact, name)
    if name in LABELLED_FIELDS:
        return ", ".join(item["value"] for item in value or [])
    if name == "tags":
        return ", ".join(value or [])
    if name == "photo":
        return "a photo" if value else ""
    return "" if value is None else str(value)
