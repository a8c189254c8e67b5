"""Applying a review: its adaptations and the review itself, saved in one transaction."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from peewee import JOIN

from mentordesk.core.errors import UserError, ValidationError
from mentordesk.core.review_cycle import check_cadence
from mentordesk.db import models as m
from mentordesk.db.database import db
from mentordesk.services.reviews.summary_codes import encode_summary
from mentordesk.services.tasks import editing, goals


@dataclass(frozen=True)
class MoveTaskDue:
    """Give a task a new due date (None: no due date)."""

    task_id: int
    due: date | None


@dataclass(frozen=True)
class MoveExpectationDue:
    """Give an expectation a new due date (None: no due date)."""

    expectation_id: int
    due: date | None


@dataclass(frozen=True)
class ChangeGoalTarget:
    """Give a goal a new target date."""

    goal_id: int
    target_date: date | None


@dataclass(frozen=True)
class AddExpectation:
    """Agree a new expectation in this mentorship."""

    text: str
    expected_by: str
    expected_of: str
    due: date | None = None


@dataclass(frozen=True)
class SetExpectationStatus:
    """Retire an expectation as met or missed, or take it up again (agreed)."""

    expectation_id: int
    status: str


@dataclass(frozen=True)
class RenegotiateExpectation:
    """Replace an expectation by a new version; the old one stays, marked replaced."""

    expectation_id: int
    text: str
    due: date | None = None


@dataclass(frozen=True)
class SetReviewCadence:
    """Review this mentorship every so many days from now on."""

    days: int


Change = (
    MoveTaskDue
    | MoveExpectationDue
    | ChangeGoalTarget
    | AddExpectation
    | SetExpectationStatus
    | RenegotiateExpectation
    | SetReviewCadence
)


@dataclass(frozen=True)
class ReviewPlan:
    """A finished guided review: period, facts, reflections and the changes to make."""

    mentorship_id: int
    period_start: date
    period_end: date
    snapshot: dict[str, Any] = field(default_factory=dict)
    went_well: str = ""
    kinks: str = ""
    changes: tuple[Change, ...] = ()


@dataclass(frozen=True)
class Adaptation:
    """One change made: the record, a short summary, and the changed fields before and after."""

    entity: str
    record_id: int
    summary: str
    before: dict[str, Any]
    after: dict[str, Any]


def apply_review(plan: ReviewPlan) -> int:
    """Make every change and save the review with its adaptations; all or nothing. Its id."""
    _check_plan(plan)
    with db.atomic():
        ship = m.MentorshipRecord.get_or_none(m.MentorshipRecord.id == plan.mentorship_id)
        if ship is None:
            raise UserError("this mentorship no longer exists; the review was not saved")
        review = m.ReviewRecord.create(
            mentorship=ship.id,
            period_start=plan.period_start,
            period_end=plan.period_end,
            snapshot=plan.snapshot,
            went_well=plan.went_well.strip(),
            kinks=plan.kinks.strip(),
        )
        for change in plan.changes:
            adaptation = apply_change(change, plan)
            if adaptation is not None:
                _save_adaptation(review.id, adaptation)
        return review.id


def _check_plan(plan: ReviewPlan) -> None:
    """Refuse a period that ends before it starts."""
    if plan.period_end < plan.period_start:
        raise ValidationError("a review period ends on or after its start", field="period_end")


def _save_adaptation(review_id: int, adaptation: Adaptation) -> None:
    """Keep one adaptation with the review."""
    m.AdaptationRecord.create(
        review=review_id,
        entity=adaptation.entity,
        record_id=adaptation.record_id,
        summary=adaptation.summary,
        before=adaptation.before,
        after=adaptation.after,
    )


def apply_change(change: Change, plan: ReviewPlan) -> Adaptation | None:
    """Make one change; what it did, or None when it changed nothing."""
    return _HANDLERS[type(change)](change, plan)


def _iso(value: date | None) -> str | None:
    """A date as ISO text (None stays None)."""
    return value.isoformat() if value else None


@dataclass(frozen=True)
class _Dated:
    """How one kind of record's date is moved: where it is, its field, and how it is saved."""

    entity: str
    word: str
    field: str
    find: Callable[[int, ReviewPlan], Any]
    save: Callable[[int, date | None], None]
    name: Callable[[Any], str]


def _move_date(
    change: MoveTaskDue | MoveExpectationDue | ChangeGoalTarget, plan: ReviewPlan
) -> Adaptation | None:
    """Move a task's or expectation's due date or a goal's target date."""
    kind = _DATED[type(change)]
    record_id, new = dataclasses.astuple(change)
    record = kind.find(record_id, plan)
    before = getattr(record, kind.field)
    if before == new:
        return None
    kind.save(record.id, new)
    return Adaptation(
        kind.entity,
        record.id,
        encode_summary(
            f"{kind.entity}.{kind.word}",
            name=kind.name(record),
            before=_iso(before),
            after=_iso(new),
        ),
        {kind.field: _iso(before)},
        {kind.field: _iso(new)},
    )


def _gone(what: str, record_id: int) -> UserError:
    """The one-line error for a record missing from the plan's mentorship."""
    return UserError(
        f"{what} {record_id} no longer exists in this mentorship; the review was not saved"
    )


def _task(task_id: int, plan: ReviewPlan) -> m.TaskRecord:
    """A task of the plan's mentorship (through its goal or its contact), or a one-line error."""
    ship = m.MentorshipRecord.get_by_id(plan.mentorship_id)
    task, goal = m.TaskRecord, m.GoalRecord
    record = (
        task.select()
        .join(goal, JOIN.LEFT_OUTER)
        .where(task.id == task_id)
        .where((goal.mentorship == ship.id) | (task.contact == ship.contact_id))
        .first()
    )
    if record is None:
        raise _gone("task", task_id)
    return record


def _goal(goal_id: int, plan: ReviewPlan) -> m.GoalRecord:
    """A goal of the plan's mentorship, or a one-line error."""
    record = m.GoalRecord.get_or_none(m.GoalRecord.id == goal_id)
    if record is None or record.mentorship_id != plan.mentorship_id:
        raise _gone("goal", goal_id)
    return record


def _expectation(expectation_id: int, plan: ReviewPlan) -> m.ExpectationRecord:
    """An expectation of the plan's mentorship, or a one-line error."""
    record = m.ExpectationRecord.get_or_none(m.ExpectationRecord.id == expectation_id)
    if record is None or record.mentorship_id != plan.mentorship_id:
        raise _gone("expectation", expectation_id)
    return record


def _save_expectation_due(expectation_id: int, due: date | None) -> None:
    """Store an expectation's new due date."""
    m.ExpectationRecord.update(due=due).where(m.ExpectationRecord.id == expectation_id).execute()


_DATED = {
    MoveTaskDue: _Dated(
        "task",
        "due",
        "due",
        _task,
        lambda i, d: editing.update_task(i, due=d),
        lambda r: r.title,
    ),
    MoveExpectationDue: _Dated(
        "expectation",
        "due",
        "due",
        _expectation,
        _save_expectation_due,
        lambda r: r.text,
    ),
    ChangeGoalTarget: _Dated(
        "goal",
        "target",
        "target_date",
        _goal,
        lambda i, d: goals.update_goal(i, target_date=d),
        lambda r: r.title,
    ),
}


def _add_expectation(change: AddExpectation, plan: ReviewPlan) -> Adaptation:
    """Agree a new expectation, as of the review's end."""
    new_id = goals.create_expectation(
        mentorship_id=plan.mentorship_id,
        text=change.text,
        expected_by=change.expected_by,
        expected_of=change.expected_of,
        agreed_on=plan.period_end,
        due=change.due,
    )
    after = {
        "text": change.text.strip(),
        "expected_of": change.expected_of,
        "due": _iso(change.due),
    }
    return Adaptation(
        "expectation", new_id, encode_summary("expectation.new", name=after["text"]), {}, after
    )


def _set_expectation_status(change: SetExpectationStatus, plan: ReviewPlan) -> Adaptation | None:
    """Mark an expectation met, missed or agreed (by the expectations' own rules)."""
    record = _expectation(change.expectation_id, plan)
    if record.status == change.status:
        return None
    before = record.status
    goals.set_expectation_status(record.id, change.status)
    return Adaptation(
        "expectation",
        record.id,
        encode_summary("expectation.status", name=record.text, before=before, after=change.status),
        {"status": before},
        {"status": change.status},
    )


def _renegotiate(change: RenegotiateExpectation, plan: ReviewPlan) -> Adaptation:
    """Replace an expectation by a new version agreed at the review."""
    old = _expectation(change.expectation_id, plan)
    new_id = goals.renegotiate_expectation(
        old.id, text=change.text, agreed_on=plan.period_end, due=change.due
    )
    new = m.ExpectationRecord.get_by_id(new_id)
    return Adaptation(
        "expectation",
        old.id,
        encode_summary("expectation.renegotiated", name=old.text, new=new.text),
        {"text": old.text, "due": _iso(old.due)},
        {"text": new.text, "due": _iso(new.due), "replaced_by": new_id},
    )


def _set_review_cadence(change: SetReviewCadence, plan: ReviewPlan) -> Adaptation | None:
    """Change how often the mentorship is reviewed."""
    days = check_cadence(change.days)
    ship = m.MentorshipRecord.get_by_id(plan.mentorship_id)
    if ship.review_cadence_days == days:
        return None
    before = ship.review_cadence_days
    m.MentorshipRecord.update(review_cadence_days=days).where(
        m.MentorshipRecord.id == ship.id
    ).execute()
    return Adaptation(
        "mentorship",
        ship.id,
        encode_summary("mentorship.cadence", before=before, after=days),
        {"review_cadence_days": before},
        {"review_cadence_days": days},
    )


_HANDLERS = {
    MoveTaskDue: _move_date,
    MoveExpectationDue: _move_date,
    ChangeGoalTarget: _move_date,
    AddExpectation: _add_expectation,
    SetExpectationStatus: _set_expectation_status,
    RenegotiateExpectation: _renegotiate,
    SetReviewCadence: _set_review_cadence,
}
