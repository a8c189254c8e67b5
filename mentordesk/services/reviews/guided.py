"""What a guided review pre-fills: the plan for a period against what got done."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from peewee import JOIN

from mentordesk.core.enums import ExpectationStatus, MeetingStatus, TaskStatus
from mentordesk.core.errors import UserError, ValidationError
from mentordesk.core.meeting_time import local_instant
from mentordesk.core.review_cycle import (
    ExpectationTally,
    TaskOutcome,
    TaskTally,
    expected_meetings,
    tally_expectations,
    tally_tasks,
    task_outcome,
)
from mentordesk.db import models as m
from mentordesk.services.calendar.occurrences import OccurrenceRow, list_occurrences
from mentordesk.services.tasks.listing import list_goals
from mentordesk.services.tasks.time_invested import time_items

OPEN_TASK = (TaskStatus.TODO.value, TaskStatus.DOING.value)


@dataclass(frozen=True)
class TaskFact:
    """A task of the mentorship: planned for the period (due in it), or still open."""

    id: int
    title: str
    due: date | None
    status: str
    outcome: str  # TaskOutcome value; "" when not due in the period
    goal: str = ""

    @property
    def is_open(self) -> bool:
        """True while the task is to do or in progress."""
        return self.status in OPEN_TASK


@dataclass(frozen=True)
class GoalFact:
    """A goal of the mentorship with its progress and pace at the period's end."""

    id: int
    title: str
    target_date: date | None
    status: str
    progress: float
    pace: str


@dataclass(frozen=True)
class ExpectationFact:
    """An expectation in force (not replaced), who holds it of whom, and where it stands."""

    id: int
    text: str
    expected_by: str
    expected_of: str
    due: date | None
    status: str


@dataclass(frozen=True)
class ReviewFacts:
    """A mentorship's plan against actual for one period, as a guided review shows it."""

    mentorship_id: int
    contact_name: str
    period_start: date
    period_end: date
    cadence_days: int
    meetings_planned: int
    meetings_held: int
    meetings_cancelled: int
    meetings_expected: int  # what the agreed meeting cadence asks for
    tasks: list[TaskFact] = field(default_factory=list)
    task_tally: TaskTally = TaskTally(0, 0, 0)
    goals: list[GoalFact] = field(default_factory=list)
    expectations: list[ExpectationFact] = field(default_factory=list)
    expectation_tally: ExpectationTally = ExpectationTally(0, 0, 0)
    minutes: int = 0

    def snapshot(self) -> dict[str, Any]:
        """The facts as JSON-ready values, kept with the review (the list reads its keys)."""
        return _jsonable(
            {
                "meetings_planned": self.meetings_planned,
                "meetings_held": self.meetings_held,
                "meetings_cancelled": self.meetings_cancelled,
                "meetings_expected": self.meetings_expected,
                "tasks_planned": self.task_tally.planned,
                "tasks_done": self.task_tally.done,
                "tasks_late": self.task_tally.late,
                "expectations_met": self.expectation_tally.met,
                "expectations_missed": self.expectation_tally.missed,
                "expectations_open": self.expectation_tally.open,
                "minutes": self.minutes,
                "goals": [asdict(g) for g in self.goals],
            }
        )


def _jsonable(value: Any) -> Any:
    """Dates as ISO text, floats rounded, containers walked."""
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return round(value, 3)
    return value


def review_facts(
    mentorship_id: int, period_start: date, period_end: date, *, now: datetime
) -> ReviewFacts:
    """Meetings, tasks, goals, expectations and time of a mentorship over a period."""
    if period_end < period_start:
        raise ValidationError("a review period ends on or after its start", field="period_end")
    ship = _mentorship(mentorship_id)
    meetings = _meetings(ship, period_start, period_end, now)
    tasks = _task_facts(ship, period_start, period_end)
    expectations = _expectation_facts(ship.id)
    agreement = m.AgreementRecord.get_or_none(m.AgreementRecord.mentorship == ship.id)
    cadence = agreement.meeting_cadence_days if agreement else None
    return ReviewFacts(
        mentorship_id=ship.id,
        contact_name=ship.contact.name,
        period_start=period_start,
        period_end=period_end,
        cadence_days=ship.review_cadence_days,
        meetings_planned=len(meetings),
        meetings_held=sum(r.status == MeetingStatus.HELD.value for r in meetings),
        meetings_cancelled=sum(r.status == MeetingStatus.CANCELLED.value for r in meetings),
        meetings_expected=expected_meetings(
            period_start=period_start, period_end=period_end, cadence_days=cadence
        ),
        tasks=tasks,
        task_tally=tally_tasks(TaskOutcome(t.outcome) for t in tasks if t.outcome),
        goals=_goal_facts(ship.id, period_end),
        expectations=expectations,
        expectation_tally=tally_expectations(e.status for e in expectations),
        minutes=_minutes(ship.id, period_start, period_end),
    )


def _mentorship(mentorship_id: int) -> m.MentorshipRecord:
    """The mentorship, or a one-line error when it is gone."""
    ship = m.MentorshipRecord.get_or_none(m.MentorshipRecord.id == mentorship_id)
    if ship is None:
        raise UserError(f"mentorship {mentorship_id} no longer exists")
    return ship


def _meetings(
    ship: m.MentorshipRecord, start: date, end: date, now: datetime
) -> list[OccurrenceRow]:
    """The mentorship's meeting occurrences in the period (its own, or with its contact)."""
    rows = list_occurrences(
        window_start=local_instant(start),
        window_end=local_instant(end + timedelta(days=1)),
        now=now,
    )
    own = {
        i
        for (i,) in m.MeetingRecord.select(m.MeetingRecord.id)
        .where(m.MeetingRecord.mentorship == ship.id)
        .tuples()
    }
    return [
        r
        for r in rows
        if r.meeting_id in own or r.series_id in own or ship.contact_id in r.attendee_ids
    ]


def _task_facts(ship: m.MentorshipRecord, start: date, end: date) -> list[TaskFact]:
    """Tasks of the mentorship (through its goals or its contact) due in the period or open."""
    task, goal = m.TaskRecord, m.GoalRecord
    query = (
        task.select(task, goal.title.alias("goal_title"))
        .join(goal, JOIN.LEFT_OUTER)
        .where((goal.mentorship == ship.id) | (task.contact == ship.contact_id))
        .order_by(task.due, task.id)
    )
    facts = []
    for record in query.objects():
        in_period = record.due is not None and start <= record.due <= end
        if in_period or record.status in OPEN_TASK:
            facts.append(_task_fact(record, end if in_period else None))
    return facts


def _task_fact(record: m.TaskRecord, period_end: date | None) -> TaskFact:
    """A task as a fact; its outcome only when it was due in the period."""
    outcome = ""
    if period_end is not None:
        completed = record.completed_at.astimezone().date() if record.completed_at else None
        outcome = task_outcome(
            due=record.due, status=record.status, completed_on=completed, period_end=period_end
        ).value
    return TaskFact(
        record.id, record.title, record.due, record.status, outcome, record.goal_title or ""
    )


def _goal_facts(mentorship_id: int, period_end: date) -> list[GoalFact]:
    """The mentorship's goals with progress and pace as of the period's end."""
    return [
        GoalFact(g.id, g.title, g.target_date, g.status, g.progress, g.pace.value)
        for g in list_goals(today=period_end)
        if g.mentorship_id == mentorship_id
    ]


def _expectation_facts(mentorship_id: int) -> list[ExpectationFact]:
    """The mentorship's expectations in force (renegotiated old versions left out)."""
    exp = m.ExpectationRecord
    query = (
        exp.select()
        .where(exp.mentorship == mentorship_id, exp.status != ExpectationStatus.REPLACED.value)
        .order_by(exp.id)
    )
    return [
        ExpectationFact(e.id, e.text, e.expected_by, e.expected_of, e.due, e.status) for e in query
    ]


def _minutes(mentorship_id: int, start: date, end: date) -> int:
    """Minutes invested in the mentorship in the period (entries and held meetings)."""
    return sum(
        item.minutes
        for item in time_items()
        if item.mentorship == mentorship_id and start <= item.day <= end
    )
