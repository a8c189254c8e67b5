"""A mentor's review metrics in one value, the overall sums, and a headline as codes."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from mentordesk.core.goals import Pace
from mentordesk.core.relationships import InteractionFact
from mentordesk.core.review_metrics import (
    GoalFact,
    GoalStanding,
    LastContact,
    MeetingCounts,
    MeetingFact,
    Period,
    ReplyMetrics,
    ReviewFact,
    TaskFact,
    TaskOutcomes,
    WeekValue,
    cadence_per_week,
    changes_per_review,
    goal_standings,
    last_contact,
    meeting_counts,
    reply_metrics,
    task_outcomes,
    weekly_meetings,
    weekly_minutes,
)
from mentordesk.core.time_totals import TimeItem

HeadlinePart = tuple[str, dict[str, Any]]  # (code, values), worded by the UI or the report
MAX_HEADLINE_PARTS = 3


@dataclass(frozen=True)
class AgreementTerms:
    """What was agreed: meeting cadence, reply times each way, and since when."""

    meeting_cadence_days: int | None = None
    their_reply_hours: int | None = None
    my_reply_hours: int | None = None
    agreed_on: date | None = None


@dataclass(frozen=True)
class MentorInputs:
    """Everything the metrics read about one mentorship, as plain values."""

    mentorship_id: int
    name: str
    agreement: AgreementTerms | None = None
    meetings: Sequence[MeetingFact] = ()
    interactions: Sequence[InteractionFact] = ()
    tasks: Sequence[TaskFact] = ()
    goals: Sequence[GoalFact] = ()
    time: Sequence[TimeItem] = ()
    reviews: Sequence[ReviewFact] = ()


@dataclass(frozen=True)
class MentorMetrics:
    """One mentorship's figures for the period, and its headline."""

    mentorship_id: int
    name: str
    has_agreement: bool
    meetings: MeetingCounts
    meetings_by_week: list[WeekValue]
    cadence_per_week: float | None
    last_contact: LastContact
    replies: ReplyMetrics
    tasks: TaskOutcomes
    goals: list[GoalStanding]
    minutes_by_week: list[WeekValue]
    reviews: list[ReviewFact]
    headline: list[HeadlinePart] = field(default_factory=list)

    @property
    def minutes(self) -> int:
        """All the minutes invested in the period."""
        return int(sum(week.value for week in self.minutes_by_week))


@dataclass(frozen=True)
class OverallMetrics:
    """The sums over the mentors shown."""

    meetings_held: int
    meetings_expected: int
    tasks: TaskOutcomes
    goals_by_pace: dict[Pace, int]
    meetings_by_week: list[WeekValue]
    cadence_per_week: float
    minutes_by_week: list[WeekValue]
    reviews: list[ReviewFact]

    @property
    def minutes(self) -> int:
        """All the minutes invested in the period."""
        return int(sum(week.value for week in self.minutes_by_week))


def mentor_metrics(inputs: MentorInputs, period: Period, *, now: datetime) -> MentorMetrics:
    """Every metric for one mentorship in the period, measured at ``now``."""
    terms = inputs.agreement or AgreementTerms()
    cadence = terms.meeting_cadence_days
    metrics = MentorMetrics(
        mentorship_id=inputs.mentorship_id,
        name=inputs.name,
        has_agreement=inputs.agreement is not None,
        meetings=meeting_counts(
            inputs.meetings, period, cadence_days=cadence, now=now, since=terms.agreed_on
        ),
        meetings_by_week=weekly_meetings(inputs.meetings, period),
        cadence_per_week=cadence_per_week(cadence),
        last_contact=last_contact(
            inputs.interactions,
            inputs.meetings,
            period,
            cadence_days=cadence,
            agreed_on=terms.agreed_on,
            now=now,
        ),
        replies=reply_metrics(
            inputs.interactions,
            period,
            their_hours=terms.their_reply_hours,
            my_hours=terms.my_reply_hours,
        ),
        tasks=task_outcomes(inputs.tasks, period, now=now),
        goals=goal_standings(inputs.goals, period, now=now),
        minutes_by_week=weekly_minutes(inputs.time, period),
        reviews=changes_per_review(inputs.reviews, period),
    )
    return _with_headline(metrics)


def _with_headline(metrics: MentorMetrics) -> MentorMetrics:
    """The same metrics with their headline filled in."""
    return MentorMetrics(**{**metrics.__dict__, "headline": headline(metrics)})


def headline(metrics: MentorMetrics) -> list[HeadlinePart]:
    """What matters most about a mentorship, at most three parts, worst news first."""
    parts = _goal_parts(metrics.goals)
    parts += _contact_parts(metrics.last_contact)
    parts += _meeting_parts(metrics.meetings)
    parts += _task_parts(metrics.tasks)
    parts += _reply_parts(metrics.replies)
    if not metrics.has_agreement:
        parts.append(("no_agreement", {}))
    return parts[:MAX_HEADLINE_PARTS] or [("on_track", {})]


def _goal_parts(goals: list[GoalStanding]) -> list[HeadlinePart]:
    """The goal furthest behind (or, if none is, the one furthest ahead)."""
    behind = [g for g in goals if g.pace is Pace.BEHIND]
    if behind:
        worst = behind[0]
        return [("goal_behind", {"goal": worst.title, "weeks": max(1, -worst.weeks)})]
    ahead = [g for g in goals if g.pace is Pace.AHEAD]
    if ahead:
        best = ahead[-1]
        return [("goal_ahead", {"goal": best.title, "weeks": max(1, best.weeks)})]
    return []


def _contact_parts(contact: LastContact) -> list[HeadlinePart]:
    """Last contact, when it is longer ago than agreed."""
    if not contact.overdue:
        return []
    if contact.days is None:
        return [("no_contact", {"agreed": contact.agreed})]
    return [("last_contact", {"days": contact.days, "agreed": contact.agreed})]


def _meeting_parts(meetings: MeetingCounts) -> list[HeadlinePart]:
    """Fewer meetings held than the cadence asks for."""
    if not meetings.below_cadence:
        return []
    return [("meetings_below", {"held": meetings.held, "expected": meetings.expected})]


def _task_parts(tasks: TaskOutcomes) -> list[HeadlinePart]:
    """Overdue tasks."""
    return [("tasks_overdue", {"count": tasks.overdue})] if tasks.overdue else []


def _reply_parts(replies: ReplyMetrics) -> list[HeadlinePart]:
    """Replies slower than agreed, either way."""
    parts = []
    for code, stats in (("their_replies_slow", replies.theirs), ("my_replies_slow", replies.mine)):
        if stats.within_agreement is False:
            hours = round(stats.median.total_seconds() / 3600)
            parts.append(
                (code, {"hours": hours, "agreed": round(stats.agreed.total_seconds() / 3600)})
            )
    return parts


def overall_metrics(
    mentors: Sequence[MentorMetrics], reviews: Iterable[ReviewFact], period: Period
) -> OverallMetrics:
    """The sums over ``mentors``; ``reviews`` are every cycle shown (overall ones too)."""
    paces = {pace: 0 for pace in Pace}
    for mentor in mentors:
        for goal in mentor.goals:
            paces[goal.pace] += 1
    return OverallMetrics(
        meetings_held=sum(x.meetings.held for x in mentors),
        meetings_expected=sum(x.meetings.expected or 0 for x in mentors),
        tasks=_sum_tasks(x.tasks for x in mentors),
        goals_by_pace=paces,
        meetings_by_week=_sum_weeks(period, (x.meetings_by_week for x in mentors)),
        cadence_per_week=sum(x.cadence_per_week or 0 for x in mentors),
        minutes_by_week=_sum_weeks(period, (x.minutes_by_week for x in mentors)),
        reviews=changes_per_review(reviews, period),
    )


def _sum_tasks(outcomes: Iterable[TaskOutcomes]) -> TaskOutcomes:
    """Task outcomes added up."""
    items = list(outcomes)
    return TaskOutcomes(
        on_time=sum(t.on_time for t in items),
        late=sum(t.late for t in items),
        overdue=sum(t.overdue for t in items),
        open=sum(t.open for t in items),
    )


def _sum_weeks(period: Period, series: Iterable[list[WeekValue]]) -> list[WeekValue]:
    """Weekly figures added up week by week."""
    totals = dict.fromkeys(period.weeks(), 0.0)
    for weeks in series:
        for week in weeks:
            totals[week.week] += week.value
    return [WeekValue(week, value) for week, value in totals.items()]
