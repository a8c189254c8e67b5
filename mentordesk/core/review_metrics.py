"""Review metrics: plan against what happened in a period, one pure function per measure."""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from mentordesk.core.enums import Direction, MeetingStatus, TaskStatus
from mentordesk.core.goals import Pace, goal_pace, planned_progress
from mentordesk.core.relationships import (
    InteractionFact,
    ReplyStats,
    last_real_contact,
    replies,
    stay_in_touch_due,
)
from mentordesk.core.review_cycle import task_outcome
from mentordesk.core.time_totals import TimeItem, local_day, week_start


@dataclass(frozen=True)
class Period:
    """The days ``start`` to ``end`` (both included), read on the wall clock of ``zone``."""

    start: date
    end: date
    zone: tzinfo

    def __post_init__(self) -> None:
        """Refuse a period that ends before it starts."""
        if self.end < self.start:
            raise ValueError(f"the period ends ({self.end}) before it starts ({self.start})")

    @property
    def days(self) -> int:
        """How many days the period has."""
        return (self.end - self.start).days + 1

    def has_day(self, day: date) -> bool:
        """Whether a calendar day falls in the period."""
        return self.start <= day <= self.end

    def has(self, instant: datetime) -> bool:
        """Whether an aware instant falls on one of the period's days, in its zone."""
        return self.has_day(local_day(instant, self.zone))

    def closing_instant(self) -> datetime:
        """The first instant after the period (UTC): midnight after its last day."""
        after = datetime.combine(self.end + timedelta(days=1), time(0), self.zone)
        return after.astimezone(UTC)

    def as_of(self, now: datetime) -> datetime:
        """The moment the period is measured at: ``now``, or its close if that came first."""
        return min(now, self.closing_instant() - timedelta(microseconds=1))

    def elapsed_days(self, now: datetime, since: date | None = None) -> int:
        """How many of the period's days (from ``since``, if later) have begun by ``now``."""
        today = local_day(now, self.zone)
        first = max(self.start, since) if since else self.start
        return max(0, (min(today, self.end) - first).days + 1)

    def weeks(self) -> list[date]:
        """The Mondays of the ISO weeks the period touches, in order."""
        first, last = week_start(self.start), week_start(self.end)
        return [first + timedelta(weeks=n) for n in range((last - first).days // 7 + 1)]


@dataclass(frozen=True)
class MeetingFact:
    """One meeting occurrence: when it starts (aware) and its status."""

    start: datetime
    status: str

    @property
    def held(self) -> bool:
        """Whether the meeting took place."""
        return self.status == MeetingStatus.HELD.value


@dataclass(frozen=True)
class TaskFact:
    """A task reduced to what the outcome rule needs; ``completed_at`` is aware, or None."""

    due: date | None
    status: str
    completed_at: datetime | None = None


@dataclass(frozen=True)
class GoalFact:
    """A goal's progress (0..1) and its plan from start to target date."""

    title: str
    progress: float
    start: date | None
    target: date | None
    finished: bool = False


@dataclass(frozen=True)
class ReviewFact:
    """One review cycle: its period and how many changes it applied."""

    period_start: date
    period_end: date
    changes: int


@dataclass(frozen=True)
class WeekValue:
    """A figure for the ISO week starting on ``week`` (a Monday)."""

    week: date
    value: float


@dataclass(frozen=True)
class MeetingCounts:
    """Meetings in the period, against how many the agreed cadence asks for by now."""

    held: int
    planned: int
    cancelled: int
    expected: int | None  # None without an agreed cadence

    @property
    def below_cadence(self) -> bool:
        """Whether fewer meetings were held than the cadence asks for."""
        return self.expected is not None and self.held < self.expected


@dataclass(frozen=True)
class LastContact:
    """Whole days since the last real contact, against the agreed cadence in days."""

    days: int | None  # None: no contact yet
    agreed: int | None  # None: no cadence agreed
    overdue: bool


@dataclass(frozen=True)
class ReplyMetrics:
    """Reply times both ways for the messages sent in the period."""

    theirs: ReplyStats  # how fast they answered my messages
    mine: ReplyStats  # how fast I answered theirs


@dataclass(frozen=True)
class TaskOutcomes:
    """Tasks due in the period: done on time, done late, overdue, or not due yet."""

    on_time: int = 0
    late: int = 0
    overdue: int = 0
    open: int = 0

    @property
    def total(self) -> int:
        """Every task due in the period (dropped ones left out)."""
        return self.on_time + self.late + self.overdue + self.open


@dataclass(frozen=True)
class GoalStanding:
    """A goal's pace at the end of the period, and how many weeks ahead (+) or behind (-)."""

    title: str
    pace: Pace
    actual: float
    planned: float | None
    weeks: int


def meeting_counts(
    meetings: Iterable[MeetingFact],
    period: Period,
    *,
    cadence_days: int | None,
    now: datetime,
    since: date | None = None,
) -> MeetingCounts:
    """Held, planned and cancelled meetings in the period.

    Expected: the whole cadences in the days gone by, counted from ``since`` (the agreement)
    when that is later than the period's start.
    """
    inside = [meeting for meeting in meetings if period.has(meeting.start)]
    statuses = [meeting.status for meeting in inside]
    days = period.elapsed_days(now, since)
    expected = days // cadence_days if cadence_days else None
    return MeetingCounts(
        held=statuses.count(MeetingStatus.HELD.value),
        planned=statuses.count(MeetingStatus.PLANNED.value),
        cancelled=statuses.count(MeetingStatus.CANCELLED.value),
        expected=expected,
    )


def weekly_meetings(meetings: Iterable[MeetingFact], period: Period) -> list[WeekValue]:
    """Meetings held in each week of the period (weeks without any show 0)."""
    counts = dict.fromkeys(period.weeks(), 0)
    for meeting in meetings:
        if meeting.held and period.has(meeting.start):
            counts[week_start(local_day(meeting.start, period.zone))] += 1
    return [WeekValue(week, value) for week, value in counts.items()]


def last_contact(
    interactions: Iterable[InteractionFact],
    meetings: Iterable[MeetingFact],
    period: Period,
    *,
    cadence_days: int | None,
    agreed_on: date | None,
    now: datetime,
) -> LastContact:
    """Days from the last contact (message, call or held meeting) to the period's close.

    Overdue follows the stay-in-touch clock: the cadence after the later of the last contact
    and the agreement (core.relationships.stay_in_touch_due).
    """
    moment = period.as_of(now)
    held = [meeting.start for meeting in meetings if meeting.held]
    last = last_real_contact(interactions, held, now=moment)
    days = None if last is None else _days_between(last, moment, period.zone)
    if not cadence_days:
        return LastContact(days=days, agreed=None, overdue=False)
    started = None if agreed_on is None else datetime.combine(agreed_on, time(0), period.zone)
    cadence = timedelta(days=cadence_days)
    due = stay_in_touch_due(last_contact=last, cadence=cadence, now=moment, started=started)
    return LastContact(days=days, agreed=cadence_days, overdue=due is not None and due < moment)


def _days_between(earlier: datetime, later: datetime, zone: tzinfo) -> int:
    """Calendar days from one instant to another, on the wall clock of ``zone``."""
    return (local_day(later, zone) - local_day(earlier, zone)).days


def reply_metrics(
    interactions: Iterable[InteractionFact],
    period: Period,
    *,
    their_hours: int | None,
    my_hours: int | None,
) -> ReplyMetrics:
    """Median reply times for messages sent in the period, each way, against the agreement.

    Pairs come from core.relationships.replies over every interaction, so an answer that
    arrives after the period still counts for the message sent in it.
    """
    pairs = [pair for pair in replies(interactions) if period.has(pair[0].occurred_at)]
    return ReplyMetrics(
        theirs=_stats(pairs, Direction.OUT, their_hours),
        mine=_stats(pairs, Direction.IN, my_hours),
    )


def _stats(pairs: list, direction: Direction, agreed_hours: int | None) -> ReplyStats:
    """Count and median of the reply delays to messages sent in ``direction``."""
    delays = [
        reply.occurred_at - sent.occurred_at for sent, reply in pairs if sent.direction is direction
    ]
    median = statistics.median(delays) if delays else None
    agreed = None if agreed_hours is None else timedelta(hours=agreed_hours)
    within = None if median is None or agreed is None else median <= agreed
    return ReplyStats(count=len(delays), median=median, agreed=agreed, within_agreement=within)


def task_outcomes(tasks: Iterable[TaskFact], period: Period, *, now: datetime) -> TaskOutcomes:
    """Tasks due in the period: done by the due day (in the period's zone), late, overdue, open."""
    today = local_day(now, period.zone)
    counts = {"on_time": 0, "late": 0, "overdue": 0, "open": 0}
    for task in tasks:
        if task.due is None or not period.has_day(task.due):
            continue
        if task.status == TaskStatus.DROPPED.value:
            continue
        counts[_outcome(task, today, period.zone)] += 1
    return TaskOutcomes(**counts)


def _outcome(task: TaskFact, today: date, zone: tzinfo) -> str:
    """on_time, late, overdue or open for one dated task, as the guided review judges it today."""
    done_on = local_day(task.completed_at, zone) if task.completed_at else None
    return task_outcome(
        due=task.due, status=task.status, completed_on=done_on, period_end=today
    ).value


def goal_standings(
    goals: Iterable[GoalFact], period: Period, *, now: datetime
) -> list[GoalStanding]:
    """Each goal's pace on the period's last day (or today, if sooner), worst first."""
    day = local_day(period.as_of(now), period.zone)
    standings = [_standing(goal, day) for goal in goals]
    return sorted(standings, key=lambda s: (s.weeks, s.title))


def _standing(goal: GoalFact, day: date) -> GoalStanding:
    """One goal's pace on ``day`` and the weeks of plan its progress is off by."""
    planned = planned_progress(start=goal.start, target=goal.target, today=day)
    pace = goal_pace(
        actual=goal.progress,
        start=goal.start,
        target=goal.target,
        today=day,
        finished=goal.finished,
    )
    weeks = 0
    if planned is not None and pace in (Pace.AHEAD, Pace.BEHIND):
        span = (goal.target - goal.start).days
        weeks = round((goal.progress - planned) * span / 7)
    return GoalStanding(goal.title, pace, goal.progress, planned, weeks)


def weekly_minutes(items: Iterable[TimeItem], period: Period) -> list[WeekValue]:
    """Minutes invested in each week of the period (items' days are already local)."""
    totals = dict.fromkeys(period.weeks(), 0)
    for item in items:
        if period.has_day(item.day):
            totals[week_start(item.day)] += item.minutes
    return [WeekValue(week, value) for week, value in totals.items()]


def changes_per_review(reviews: Iterable[ReviewFact], period: Period) -> list[ReviewFact]:
    """The review cycles that closed by the period's end, oldest first: the adapt trend."""
    closed = [review for review in reviews if review.period_end <= period.end]
    return sorted(closed, key=lambda r: (r.period_end, r.period_start))


def cadence_per_week(cadence_days: int | None) -> float | None:
    """Meetings a week the agreed cadence asks for (1 every 14 days: 0.5)."""
    return 7 / cadence_days if cadence_days else None
