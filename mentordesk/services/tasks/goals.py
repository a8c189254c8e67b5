"""Create and edit goals; expectations both ways, renegotiated without losing the old one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from mentordesk.core.enums import ExpectationStatus, GoalStatus, Party, ProgressMode
from mentordesk.core.errors import UserError, ValidationError
from mentordesk.db import models as m
from mentordesk.db.database import db

GOAL_FIELDS = frozenset(
    {
        "title",
        "why",
        "success_criteria",
        "started_on",
        "target_date",
        "status",
        "progress_mode",
        "manual_progress",
        "mentorship",
    }
)


def create_goal(*, title: str, started_on: date | None = None, **fields: Any) -> int:
    """Create a goal (personal when no mentorship); returns its id."""
    values = _clean_goal({"title": title, **fields})
    values["started_on"] = started_on or date.today()
    with db.atomic():
        return m.GoalRecord.create(**values).id


def update_goal(goal_id: int, **changes: Any) -> None:
    """Change some fields of a goal."""
    values = _clean_goal(changes)
    with db.atomic():
        if not m.GoalRecord.select().where(m.GoalRecord.id == goal_id).exists():
            raise UserError(f"goal {goal_id} no longer exists")
        m.GoalRecord.update(values).where(m.GoalRecord.id == goal_id).execute()


def _clean_goal(fields: dict[str, Any]) -> dict[str, Any]:
    """Validated goal fields."""
    unknown = set(fields) - GOAL_FIELDS
    if unknown:
        raise ValueError(f"not editable goal fields: {sorted(unknown)}")
    values = dict(fields)
    if "title" in values and not (values["title"] or "").strip():
        raise ValidationError("a goal needs a title", field="title")
    if "status" in values and values["status"] not in GoalStatus.values():
        raise ValidationError(f"unknown goal status {values['status']!r}", field="status")
    if "progress_mode" in values and values["progress_mode"] not in ProgressMode.values():
        raise ValidationError("progress comes from tasks or by hand", field="progress_mode")
    if not 0 <= int(values.get("manual_progress", 0)) <= 100:
        raise ValidationError("progress is a percent from 0 to 100", field="manual_progress")
    return values


def create_expectation(
    *,
    mentorship_id: int,
    text: str,
    expected_by: str,
    expected_of: str,
    agreed_on: date | None = None,
    due: date | None = None,
    status: str = ExpectationStatus.AGREED.value,
) -> int:
    """Record what one side expects of the other; returns its id."""
    _check_expectation(text, expected_by, expected_of, status)
    with db.atomic():
        record = m.ExpectationRecord.create(
            mentorship=mentorship_id,
            text=text.strip(),
            expected_by=expected_by,
            expected_of=expected_of,
            agreed_on=agreed_on or date.today(),
            due=due,
            status=status,
        )
        return record.id


def renegotiate_expectation(
    expectation_id: int, *, text: str, agreed_on: date | None = None, due: date | None = None
) -> int:
    """Replace an expectation by a new version; the old one stays, marked replaced and linked."""
    with db.atomic():
        old = m.ExpectationRecord.get_or_none(m.ExpectationRecord.id == expectation_id)
        if old is None:
            raise UserError(f"expectation {expectation_id} no longer exists")
        if old.replaced_by_id is not None:
            raise UserError("this expectation was already renegotiated; change the newest one")
        new_id = create_expectation(
            mentorship_id=old.mentorship_id,
            text=text,
            expected_by=old.expected_by,
            expected_of=old.expected_of,
            agreed_on=agreed_on,
            due=due if due is not None else old.due,
        )
        m.ExpectationRecord.update(
            replaced_by=new_id, status=ExpectationStatus.REPLACED.value
        ).where(m.ExpectationRecord.id == old.id).execute()
        return new_id


def set_expectation_status(expectation_id: int, status: str) -> None:
    """Mark an expectation met, missed or agreed again."""
    if status not in ExpectationStatus.values() or status == ExpectationStatus.REPLACED.value:
        raise ValidationError(f"cannot set an expectation to {status!r}", field="status")
    with db.atomic():
        m.ExpectationRecord.update(status=status).where(
            m.ExpectationRecord.id == expectation_id
        ).execute()


def expectation_history(expectation_id: int) -> list[m.ExpectationRecord]:
    """The versions of an expectation, oldest first, ending with the current one."""
    by_id = {e.id: e for e in m.ExpectationRecord.select()}
    first = by_id[expectation_id]
    earlier = {e.replaced_by_id: e for e in by_id.values() if e.replaced_by_id}
    while first.id in earlier:
        first = earlier[first.id]
    chain = [first]
    while chain[-1].replaced_by_id in by_id:
        chain.append(by_id[chain[-1].replaced_by_id])
    return chain


def _check_expectation(text: str, by: str, of: str, status: str) -> None:
    """Refuse an empty text, a side that is not me/them, or one expecting of itself."""
    if not text.strip():
        raise ValidationError("an expectation needs a text", field="text")
    if {by, of} != {Party.ME.value, Party.THEM.value}:
        raise ValidationError("an expectation is of one side by the other", field="expected_by")
    if status not in ExpectationStatus.values():
        raise ValidationError(f"unknown status {status!r}", field="status")


@dataclass(frozen=True)
class ExpectationRow:
    """One expectation with whom it is with and what it replaced or was replaced by."""

    id: int
    mentorship_id: int
    mentor_id: int
    mentor: str
    text: str
    expected_by: str
    expected_of: str
    agreed_on: date | None
    due: date | None
    status: str
    replaced_by_id: int | None
    replaces: str = ""


def list_expectations() -> list[ExpectationRow]:
    """Every expectation, oldest first, each with the text of the version it replaced."""
    exp, ship, contact = m.ExpectationRecord, m.MentorshipRecord, m.ContactRecord
    query = (
        exp.select(exp, ship.contact.alias("mentor_id"), contact.name.alias("mentor"))
        .join(ship)
        .join(contact)
        .order_by(exp.id)
    )
    records = list(query.objects())
    replaced = {r.replaced_by_id: r.text for r in records if r.replaced_by_id}
    return [
        ExpectationRow(
            id=r.id,
            mentorship_id=r.mentorship_id,
            mentor_id=r.mentor_id,
            mentor=r.mentor,
            text=r.text,
            expected_by=r.expected_by,
            expected_of=r.expected_of,
            agreed_on=r.agreed_on,
            due=r.due,
            status=r.status,
            replaced_by_id=r.replaced_by_id,
            replaces=replaced.get(r.id, ""),
        )
        for r in records
    ]
