"""The analyse-and-adapt cycle: when reviews are due, plan against actual, size of the changes."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from mentordesk.core.enums import ExpectationStatus, TaskStatus, TextEnum
from mentordesk.core.errors import ValidationError

MIN_CADENCE_DAYS = 7
MAX_CADENCE_DAYS = 365
DATE_FIELDS = frozenset({"due", "target_date"})


class TaskOutcome(TextEnum):
    """How a task planned for a period turned out by the period's end."""

    ON_TIME = "on_time"
    LATE = "late"  # done, but after its due date
    OVERDUE = "overdue"  # still open past its due date
    OPEN = "open"  # still open, not yet due
    DROPPED = "dropped"


def review_due_date(
    *, last_review_end: date | None, started_on: date | None, cadence_days: int
) -> date | None:
    """The day the next review is due: a cadence after the last review, or after the start."""
    anchor = last_review_end or started_on
    if anchor is None or cadence_days <= 0:
        return None
    return anchor + timedelta(days=cadence_days)


def days_overdue(due: date, today: date) -> int:
    """Days past the due date (0 when due today, negative when still ahead)."""
    return (today - due).days


def default_period(
    *, last_review_end: date | None, started_on: date | None, cadence_days: int, today: date
) -> tuple[date, date]:
    """The period a new review covers: since the last review's end (or start) up to today."""
    start = last_review_end or started_on or today - timedelta(days=max(cadence_days, 1))
    return min(start, today), today


def check_cadence(days: int) -> int:
    """A review cadence in days, refused outside one week to one year."""
    if not MIN_CADENCE_DAYS <= days <= MAX_CADENCE_DAYS:
        raise ValidationError(
            f"review every {MIN_CADENCE_DAYS} to {MAX_CADENCE_DAYS} days",
            field="review_cadence_days",
        )
    return days


def task_outcome(
    *, due: date, status: str, completed_on: date | None, period_end: date
) -> TaskOutcome:
    """How a task due in a period stood at the period's end."""
    if status == TaskStatus.DROPPED.value:
        return TaskOutcome.DROPPED
    done = status == TaskStatus.DONE.value and (completed_on is None or completed_on <= period_end)
    if done:
        return (
            TaskOutcome.LATE
            if completed_on is not None and completed_on > due
            else TaskOutcome.ON_TIME
        )
    return TaskOutcome.OVERDUE if due < period_end else TaskOutcome.OPEN


@dataclass(frozen=True)
class TaskTally:
    """Tasks planned for a period (due in it, not dropped), done, and late."""

    planned: int
    done: int
    late: int  # done late plus still overdue


def tally_tasks(outcomes: Iterable[TaskOutcome]) -> TaskTally:
    """Count the outcomes of the tasks due in a period."""
    live = [o for o in outcomes if o is not TaskOutcome.DROPPED]
    done = sum(o in (TaskOutcome.ON_TIME, TaskOutcome.LATE) for o in live)
    late = sum(o in (TaskOutcome.LATE, TaskOutcome.OVERDUE) for o in live)
    return TaskTally(planned=len(live), done=done, late=late)


def expected_meetings(*, period_start: date, period_end: date, cadence_days: int | None) -> int:
    """How many meetings the agreed cadence asks for in a period (0 without a cadence)."""
    if not cadence_days or cadence_days <= 0 or period_end < period_start:
        return 0
    return ((period_end - period_start).days + 1) // cadence_days


@dataclass(frozen=True)
class ExpectationTally:
    """Expectations in force during a period: met, missed, and still open."""

    met: int
    missed: int
    open: int


def tally_expectations(statuses: Iterable[str]) -> ExpectationTally:
    """Count met, missed and open (agreed or proposed) expectations; replaced ones are left out."""
    items = [s for s in statuses if s != ExpectationStatus.REPLACED.value]
    met = items.count(ExpectationStatus.MET.value)
    missed = items.count(ExpectationStatus.MISSED.value)
    return ExpectationTally(met=met, missed=missed, open=len(items) - met - missed)


def days_moved(before: Mapping[str, Any], after: Mapping[str, Any]) -> int:
    """Total days the date fields (due, target date) moved between two states, either way."""
    total = 0
    for name in DATE_FIELDS & set(before) & set(after):
        old, new = _as_date(before[name]), _as_date(after[name])
        if old is not None and new is not None:
            total += abs((new - old).days)
    return total


def _as_date(value: Any) -> date | None:
    """A date from a date or ISO text; None for anything else."""
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


@dataclass(frozen=True)
class CycleSize:
    """How big a review cycle's changes were: how many, and how many days dates moved."""

    adaptations: int
    days_moved: int


def cycle_size(changes: Iterable[tuple[Mapping[str, Any], Mapping[str, Any]]]) -> CycleSize:
    """The size of a cycle from each adaptation's (before, after)."""
    pairs = list(changes)
    return CycleSize(
        adaptations=len(pairs), days_moved=sum(days_moved(before, after) for before, after in pairs)
    )


def is_shrinking(sizes: list[CycleSize]) -> bool:
    """True when the changes per cycle, oldest first, never grew and did shrink overall."""
    counts = [s.adaptations for s in sizes]
    if len(counts) < 2:
        return False
    return all(b <= a for a, b in zip(counts, counts[1:], strict=False)) and counts[-1] < counts[0]
