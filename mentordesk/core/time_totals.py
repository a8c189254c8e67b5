"""Time invested: entries and held meetings summed per task, goal and mentor per week."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from mentordesk.core.enums import TextEnum


class TotalBy(TextEnum):
    """What time is summed per."""

    TASK = "task"
    GOAL = "goal"
    MENTORSHIP = "mentorship"


@dataclass(frozen=True)
class TimeItem:
    """Minutes invested on a day, with what they were for (ids, None when not linked)."""

    day: date
    minutes: int
    task: int | None = None
    goal: int | None = None
    mentorship: int | None = None
    meeting: int | None = None


@dataclass(frozen=True)
class HeldMeeting:
    """A meeting that took place: when (UTC), how long, and whose mentorship."""

    id: int
    start: datetime
    minutes: int
    mentorship: int | None


def week_start(day: date) -> date:
    """The Monday of the ISO week `day` falls in."""
    return day - timedelta(days=day.weekday())


def local_day(instant: datetime, zone: tzinfo | None = None) -> date:
    """The calendar day of an aware instant in `zone` (the computer's zone by default)."""
    return instant.astimezone(zone).date()


def meeting_items(
    meetings: Iterable[HeldMeeting], logged: Iterable[TimeItem], zone: tzinfo | None = None
) -> list[TimeItem]:
    """Held meetings as time, except those that already have time logged against them."""
    covered = {item.meeting for item in logged if item.meeting is not None}
    return [
        TimeItem(local_day(m.start, zone), max(0, m.minutes), mentorship=m.mentorship, meeting=m.id)
        for m in meetings
        if m.id not in covered
    ]


def weekly_totals(items: Iterable[TimeItem], by: TotalBy) -> dict[tuple[date, int], int]:
    """Minutes per (Monday of the week, id of the task, goal or mentorship); unlinked left out."""
    totals: dict[tuple[date, int], int] = defaultdict(int)
    for item in items:
        key = getattr(item, by.value)
        if key is not None:
            totals[(week_start(item.day), key)] += item.minutes
    return dict(totals)


def total_minutes(items: Iterable[TimeItem], by: TotalBy, key: int) -> int:
    """All the minutes ever invested in one task, goal or mentorship."""
    return sum(item.minutes for item in items if getattr(item, by.value) == key)


def elapsed_minutes(started: datetime, now: datetime) -> int:
    """Whole minutes a timer has run (never negative, at least 1 once started)."""
    return max(1, round((now - started).total_seconds() / 60)) if now > started else 0
