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
DAY_MARGIN = timedelta(days=2)  # time entries read this far around the period (zones' days)


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
    talks = _interactions_by_contact({x.contact_id for x in shown}, _first_read(period, now))
    tasks = _tasks_by_mentorship(by_contact, period)
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


def _interactions_by_contact(
    contact_ids: set[int], since: datetime | None = None
) -> dict[int, list[InteractionFact]]:
    """The interactions with some contacts that the period's metrics read, as core facts.

    Replies are measured for messages sent in the period, and a message's reply never comes
    before it; the last contact is the latest one by the period's close (or now). So the facts
    from ``since`` (`_first_read`) on, and each contact's latest one before it, give the same
    metrics as the whole history (``since=None`` reads the whole history).
    """
    talk = m.InteractionRecord
    columns = (talk.id, talk.contact, talk.occurred_at, talk.direction, talk.kind, talk.reply_to)
    query = talk.select(*columns).where(talk.contact.in_(list(contact_ids)))
    if since is not None:
        query = query.where(talk.occurred_at >= since) + _latest_before(contact_ids, since)
    facts: dict[int, list[InteractionFact]] = defaultdict(list)
    for id_, contact_id, occurred_at, direction, kind, reply_to in query.tuples():
        facts[contact_id].append(InteractionFact(id_, occurred_at, direction, kind, reply_to))
    return facts


def _first_read(period: Period, now: datetime) -> datetime:
    """The period's first instant (in UTC), or the moment it is measured at if that is sooner."""
    opening = datetime.combine(period.start, time(0), period.zone).astimezone(UTC)
    return min(opening, period.as_of(now))


def _latest_before(contact_ids: set[int], since: datetime):
    """Each contact's latest interaction before ``since`` (SQLite takes the row of the MAX)."""
    talk = m.InteractionRecord
    return (
        talk.select(
            talk.id,
            talk.contact,
            fn.MAX(talk.occurred_at),
            talk.direction,
            talk.kind,
            talk.reply_to,
        )
        .where(talk.contact.in_(list(contact_ids)) & (talk.occurred_at < since))
        .group_by(talk.contact)
    )


def _tasks_by_mentorship(
    by_contact: dict[int, int], period: Period | None = None
) -> dict[int, list[TaskFact]]:
    """Dated tasks (due in the period, if given) per mentorship: the goal's, else the contact's."""
    task, goal = m.TaskRecord, m.GoalRecord
    query = (
        task.select(task.due, task.status, task.completed_at, task.contact, goal.mentorship)
        .join(goal, JOIN.LEFT_OUTER)
        .where(task.due.is_null(False))
    )
    if period is not None:
        query = query.where(task.due.between(period.start, period.end))
    found: dict[int, list[TaskFact]] = defaultdict(list)
    for due, status, completed_at, contact_id, goal_ship in query.tuples():
        ship = goal_ship or by_contact.get(contact_id)
        if ship is not None:
            found[ship].append(TaskFact(due, status, completed_at))
    return found


def _goals_by_mentorship() -> dict[int, list[GoalFact]]:
    """Goals per mentorship with their progress, in two queries."""
    goal, task = m.GoalRecord, m.TaskRecord
    statuses: dict[int, list[str]] = defaultdict(list)
    counted = (
        task.select(task.goal, task.status, fn.COUNT(task.id))
        .where(task.goal.is_null(False))
        .group_by(task.goal, task.status)
        .tuples()
    )
    for goal_id, status, count in counted:
        statuses[goal_id] += [status] * count
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
    """Logged time and held meetings (without logged time) per mentorship, on local days.

    Only the entries around the period are read (the metrics count its days alone); which
    meetings have time logged against them is asked of all of them.
    """
    entry = m.TimeEntryRecord
    logged_to_ships = ~entry.running & entry.mentorship.is_null(False)
    opening = datetime.combine(period.start, time(0), period.zone).astimezone(UTC)
    first, last = opening - DAY_MARGIN, period.closing_instant() + DAY_MARGIN
    near = entry.started_at.between(first, last)
    rows = entry.select(
        entry.started_at, entry.minutes, entry.task, entry.goal, entry.mentorship, entry.meeting
    ).where(logged_to_ships & (near | entry.meeting.is_null(False)))
    logged, covered = [], set()
    for started, minutes, task, goal, ship, meeting in rows.tuples():
        covered.add(meeting)
        if first <= started <= last:
            logged.append(
                TimeItem(local_day(started, period.zone), minutes, task, goal, ship, meeting)
            )
    held = [
        HeldMeeting(row.meeting_id, row.start, _minutes(row), ship)
        for ship, pairs in meetings.items()
        for row, fact in pairs
        if fact.held and row.start <= now and row.meeting_id not in covered
    ]
    found: dict[int, list[TimeItem]] = defaultdict(list)
    for item in logged + meeting_items(held, [], period.zone):
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
