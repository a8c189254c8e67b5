"""The review dashboard: every mentorship's metrics for a period, gathered in a few queries."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from dateutil.tz import tzlocal
from peewee import JOIN, fn

from mentordesk.core.enums import GoalStatus, ProgressMode, Stage
from mentordesk.core.errors import UserError
from mentordesk.core.goals import goal_progress
from mentordesk.core.relationships import InteractionFact
from mentordesk.core.review_metrics import GoalFact, MeetingFact, Period, ReviewFact, TaskFact
from mentordesk.core.review_metrics_summary import (
    AgreementTerms,
    MentorInputs,
    MentorMetrics,
    OverallMetrics,
    mentor_metrics,
    overall_metrics,
)
from mentordesk.core.time_totals import HeldMeeting, TimeItem, local_day, meeting_items
from mentordesk.db import models as m
from mentordesk.services.calendar.occurrences import OccurrenceRow, list_occurrences

CONTACT_LOOKBACK = timedelta(days=365)  # how far before the period a last contact is sought


@dataclass(frozen=True)
class Dashboard:
    """The metrics of the period: per mentorship shown, overall, and every mentorship to pick."""

    period: Period
    mentors: list[MentorMetrics]
    overall: OverallMetrics
    choices: list[tuple[int, str]]  # (mentorship id, the other person's name), by name


@dataclass(frozen=True)
class _Mentorship:
    """A mentorship's id, the other person and their agreement."""

    id: int
    contact_id: int
    name: str
    agreement: AgreementTerms | None


def dashboard(
    period_start: date,
    period_end: date,
    *,
    mentorship_ids: Iterable[int] | None = None,
    now: datetime,
    zone: tzinfo | None = None,
) -> Dashboard:
    """The dashboard for the period (days read in ``zone``, the computer's by default)."""
    period = Period(period_start, period_end, zone or tzlocal())
    everyone = _mentorships()
    wanted = None if mentorship_ids is None else set(mentorship_ids)
    shown = [x for x in everyone if wanted is None or x.id in wanted]
    reviews = _reviews_by_mentorship()
    inputs = _inputs(shown, everyone, reviews, period, now)
    mentors = [mentor_metrics(item, period, now=now) for item in inputs]
    shown_reviews = [r for x in inputs for r in x.reviews]
    if wanted is None:
        shown_reviews += reviews.get(None, [])
    choices = [(x.id, x.name) for x in everyone]
    return Dashboard(period, mentors, overall_metrics(mentors, shown_reviews, period), choices)


def _mentorships() -> list[_Mentorship]:
    """Mentorships past the prospect stage, with their agreements, by name."""
    ship = m.MentorshipRecord
    terms = {a.mentorship_id: _terms(a) for a in m.AgreementRecord.select()}
    query = (
        ship.select(ship.id, ship.contact, m.ContactRecord.name)
        .join(m.ContactRecord)
        .where(ship.stage != Stage.PROSPECT.value)
        .order_by(m.ContactRecord.name, ship.id)
        .tuples()
    )
    return [_Mentorship(i, contact, name, terms.get(i)) for i, contact, name in query]


def mentorships_named(name: str) -> list[int]:
    """The mentorships with the person named (exactly, else the one whose name contains it)."""
    wanted = name.strip().casefold()
    everyone = _mentorships()
    exact = [x.id for x in everyone if x.name.casefold() == wanted]
    if exact:
        return exact
    partial = [x for x in everyone if wanted and wanted in x.name.casefold()]
    if len({x.name for x in partial}) == 1:
        return [x.id for x in partial]
    if partial:
        names = ", ".join(sorted({x.name for x in partial}))
        raise UserError(f"{name!r} matches several mentors ({names}): give the full name")
    raise UserError(f"no mentor named {name!r}: check the name in Contacts")


def _terms(a: m.AgreementRecord) -> AgreementTerms:
    """An agreement as plain terms."""
    return AgreementTerms(
        meeting_cadence_days=a.meeting_cadence_days or None,
        their_reply_hours=a.their_reply_hours,
        my_reply_hours=a.my_reply_hours,
        agreed_on=a.agreed_on,
    )


def _inputs(
    shown: list[_Mentorship],
    everyone: list[_Mentorship],
    reviews: dict[int | None, list[ReviewFact]],
    period: Period,
    now: datetime,
) -> list[MentorInputs]:
    """Each shown mentorship's facts, read once for all of them."""
    by_contact = {x.contact_id: x.id for x in reversed(everyone)}  # first mentorship wins
    meetings = _meetings_by_mentorship(_occurrences(period, now), by_contact)
    talks = _interactions_by_contact({x.contact_id for x in shown})
    tasks = _tasks_by_mentorship(by_contact)
    goals = _goals_by_mentorship()
    time = _time_by_mentorship(meetings, period, now)
    return [
        MentorInputs(
            mentorship_id=x.id,
            name=x.name,
            agreement=x.agreement,
            meetings=[fact for _, fact in meetings.get(x.id, [])],
            interactions=talks.get(x.contact_id, []),
            tasks=tasks.get(x.id, []),
            goals=goals.get(x.id, []),
            time=time.get(x.id, []),
            reviews=reviews.get(x.id, []),
        )
        for x in shown
    ]


def _occurrences(period: Period, now: datetime) -> list[OccurrenceRow]:
    """Meeting occurrences from a year before the period to its close."""
    opening = datetime.combine(period.start, time(0), period.zone).astimezone(UTC)
    return list_occurrences(
        window_start=opening - CONTACT_LOOKBACK, window_end=period.closing_instant(), now=now
    )


def _meeting_mentorships() -> dict[int, int | None]:
    """Each meeting's mentorship id (None when it has none)."""
    meeting = m.MeetingRecord
    return dict(meeting.select(meeting.id, meeting.mentorship).tuples())


def _meetings_by_mentorship(
    rows: list[OccurrenceRow], by_contact: dict[int, int]
) -> dict[int, list[tuple[OccurrenceRow, MeetingFact]]]:
    """Occurrences per mentorship: the meeting's own, else its first attendee's."""
    links = _meeting_mentorships()
    found: dict[int, list[tuple[OccurrenceRow, MeetingFact]]] = defaultdict(list)
    for row in rows:
        ship = links.get(row.meeting_id) or next(
            (by_contact[c] for c in row.attendee_ids if c in by_contact), None
        )
        if ship is not None:
            found[ship].append((row, MeetingFact(row.start, row.status)))
    return found


def _interactions_by_contact(contact_ids: set[int]) -> dict[int, list[InteractionFact]]:
    """The interactions with some contacts, as core facts."""
    talk = m.InteractionRecord
    query = talk.select().where(talk.contact.in_(list(contact_ids)))
    facts: dict[int, list[InteractionFact]] = defaultdict(list)
    for record in query:
        facts[record.contact_id].append(
            InteractionFact(
                record.id, record.occurred_at, record.direction, record.kind, record.reply_to_id
            )
        )
    return facts


def _tasks_by_mentorship(by_contact: dict[int, int]) -> dict[int, list[TaskFact]]:
    """Dated tasks per mentorship: their goal's, else their contact's."""
    task, goal = m.TaskRecord, m.GoalRecord
    query = (
        task.select(task.due, task.status, task.completed_at, task.contact, goal.mentorship)
        .join(goal, JOIN.LEFT_OUTER)
        .where(task.due.is_null(False))
        .tuples()
    )
    found: dict[int, list[TaskFact]] = defaultdict(list)
    for due, status, completed_at, contact_id, goal_ship in query:
        ship = goal_ship or by_contact.get(contact_id)
        if ship is not None:
            found[ship].append(TaskFact(due, status, completed_at))
    return found


def _goals_by_mentorship() -> dict[int, list[GoalFact]]:
    """Goals per mentorship with their progress, in two queries."""
    goal, task = m.GoalRecord, m.TaskRecord
    statuses: dict[int, list[str]] = defaultdict(list)
    for goal_id, status in (
        task.select(task.goal, task.status).where(task.goal.is_null(False)).tuples()
    ):
        statuses[goal_id].append(status)
    found: dict[int, list[GoalFact]] = defaultdict(list)
    for record in goal.select().where(goal.mentorship.is_null(False)):
        manual = record.progress_mode == ProgressMode.MANUAL.value
        progress = goal_progress(
            manual=manual, manual_percent=record.manual_progress, statuses=statuses[record.id]
        )
        finished = record.status != GoalStatus.OPEN.value
        found[record.mentorship_id].append(
            GoalFact(record.title, progress, record.started_on, record.target_date, finished)
        )
    return found


def _time_by_mentorship(
    meetings: dict[int, list[tuple[OccurrenceRow, MeetingFact]]], period: Period, now: datetime
) -> dict[int, list[TimeItem]]:
    """Logged time and held meetings (without logged time) per mentorship, on local days."""
    entry = m.TimeEntryRecord
    logged = [
        TimeItem(
            local_day(e.started_at, period.zone),
            e.minutes,
            e.task_id,
            e.goal_id,
            e.mentorship_id,
            e.meeting_id,
        )
        for e in entry.select().where(~entry.running & entry.mentorship.is_null(False))
    ]
    held = [
        HeldMeeting(row.meeting_id, row.start, _minutes(row), ship)
        for ship, pairs in meetings.items()
        for row, fact in pairs
        if fact.held and row.start <= now
    ]
    found: dict[int, list[TimeItem]] = defaultdict(list)
    for item in logged + meeting_items(held, logged, period.zone):
        found[item.mentorship].append(item)
    return found


def _minutes(row: OccurrenceRow) -> int:
    """An occurrence's length in whole minutes."""
    return int((row.end - row.start).total_seconds() // 60)


def _reviews_by_mentorship() -> dict[int | None, list[ReviewFact]]:
    """Every review with its number of changes, per mentorship (None: overall reviews)."""
    adaptation, review = m.AdaptationRecord, m.ReviewRecord
    counts = dict(
        adaptation.select(adaptation.review, fn.COUNT(adaptation.id))
        .group_by(adaptation.review)
        .tuples()
    )
    found: dict[int | None, list[ReviewFact]] = defaultdict(list)
    for rid, ship, start, end in review.select(
        review.id, review.mentorship, review.period_start, review.period_end
    ).tuples():
        found[ship].append(ReviewFact(start, end, counts.get(rid, 0)))
    return found
