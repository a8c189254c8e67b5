"""Prepare: draft a meeting's agenda from what is open with the people attending it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from mentordesk.core.enums import ExpectationStatus, GoalStatus, MeetingStatus, TaskStatus
from mentordesk.core.goals import Pace
from mentordesk.core.relationships import overdue_follow_ups
from mentordesk.db import models as m
from mentordesk.services.calendar.occurrences import OccurrenceRow, list_occurrences
from mentordesk.services.contacts.attention import interaction_fact, meeting_facts
from mentordesk.services.tasks.listing import list_goals

LOOK_BACK = timedelta(days=365)  # how far back the last meeting is looked for
LOOK_AHEAD = timedelta(days=366)  # how far ahead the next one is
EXPECTATION_HORIZON = timedelta(days=30)
DONE_WITHOUT_LAST = timedelta(days=30)  # "done lately" when there was no meeting before
OPEN = (TaskStatus.TODO.value, TaskStatus.DOING.value)


@dataclass(frozen=True)
class _Context:
    """The people of a meeting and the meetings with them just before and after it."""

    ids: frozenset[int]
    start: datetime
    now: datetime
    before: list[OccurrenceRow]
    next: OccurrenceRow | None

    @property
    def last(self) -> OccurrenceRow | None:
        """The last meeting with them before this one."""
        return self.before[-1] if self.before else None


def draft_agenda(meeting_id: int, occurrence_start: datetime, *, now: datetime) -> str:
    """An agenda draft for one occurrence (its UTC start) of a meeting, from its attendees."""
    attendee = m.MeetingAttendeeRecord
    ids = [
        c
        for (c,) in attendee.select(attendee.contact).where(attendee.meeting == meeting_id).tuples()
    ]
    return draft_agenda_for(ids, occurrence_start, now=now)


def draft_agenda_for(
    contact_ids: Iterable[int], occurrence_start: datetime, *, now: datetime
) -> str:
    """An agenda draft for a meeting with these contacts at `occurrence_start` (aware).

    Short headed sections, empty ones left out: tasks done since the last meeting and open
    tasks due by this one (its date as `occurrence_start` gives it), expectations coming
    due, goals behind plan, my messages awaiting a reply, and the last meeting's notes.
    """
    ids = frozenset(contact_ids)
    if not ids:
        return ""
    context = _context(ids, occurrence_start, now)
    sections = [
        _done(context),
        _due(context),
        _expectations(context),
        _goals(context),
        _waiting(context),
        _last_notes(context),
    ]
    return "\n\n".join(s for s in sections if s)


def _context(ids: frozenset[int], start: datetime, now: datetime) -> _Context:
    """The meetings with these contacts just before and just after `start`."""
    rows = [
        row
        for row in list_occurrences(
            window_start=start - LOOK_BACK, window_end=start + LOOK_AHEAD, now=now
        )
        if ids & set(row.attendee_ids) and row.status != MeetingStatus.CANCELLED.value
    ]
    before = [row for row in rows if row.start < start]
    after = [row for row in rows if row.start > start]
    return _Context(ids, start, now, before, after[0] if after else None)


def _section(heading: str, lines: list[str]) -> str:
    """A heading and its "- " lines; "" when there are no lines."""
    return "\n".join([heading, *(f"- {line}" for line in lines)]) if lines else ""


def _their_tasks(ids: frozenset[int]):
    """Tasks linked to these contacts, directly or through a goal of their mentorship."""
    task, goal, ship = m.TaskRecord, m.GoalRecord, m.MentorshipRecord
    goals = goal.select(goal.id).join(ship).where(ship.contact.in_(ids))
    return (
        task.select()
        .where(task.contact.in_(ids) | task.goal.in_(goals))
        .order_by(task.due, task.id)
    )


def _done(context: _Context) -> str:
    """Tasks completed since the last meeting (or lately, when there was none)."""
    since = context.last.start if context.last else context.now - DONE_WITHOUT_LAST
    done = [
        t.title
        for t in _their_tasks(context.ids)
        if t.status == TaskStatus.DONE.value
        and t.completed_at is not None
        and since <= t.completed_at <= context.now
    ]
    heading = (
        f"Done since we last met ({_day(context.last.start)})" if context.last else "Done lately"
    )
    return _section(heading, done)


def _due(context: _Context) -> str:
    """Open tasks due on or before the meeting's day."""
    day = context.start.date()
    due = [
        f"{t.title} (due {t.due.isoformat()})"
        for t in _their_tasks(context.ids)
        if t.status in OPEN and t.due is not None and t.due <= day
    ]
    return _section("Tasks due", due)


def _expectations(context: _Context) -> str:
    """Agreed expectations due within 30 days or before the next meeting, whichever is later."""
    horizon = context.now.date() + EXPECTATION_HORIZON
    if context.next is not None:
        horizon = max(horizon, context.next.start.date())
    expectation, ship = m.ExpectationRecord, m.MentorshipRecord
    query = (
        expectation.select()
        .join(ship)
        .where(
            ship.contact.in_(context.ids)
            & (expectation.status == ExpectationStatus.AGREED.value)
            & expectation.due.is_null(False)
            & (expectation.due <= horizon)
        )
        .order_by(expectation.due, expectation.id)
    )
    return _section(
        "Expectations coming due", [f"{e.text} (due {e.due.isoformat()})" for e in query]
    )


def _goals(context: _Context) -> str:
    """Open goals of these mentorships that are behind their straight-line plan."""
    behind = [
        f"{g.title} ({round(g.progress * 100)}% done)"
        for g in list_goals(today=context.now.date())
        if g.mentor_id in context.ids
        and g.pace is Pace.BEHIND
        and g.status == GoalStatus.OPEN.value
    ]
    return _section("Goals behind plan", behind)


def _waiting(context: _Context) -> str:
    """My messages and calls to these contacts that are still unanswered (a meeting answers)."""
    lines = []
    for contact_id in sorted(context.ids):
        records = m.InteractionRecord.select().where(m.InteractionRecord.contact == contact_id)
        by_id = {r.id: r for r in records}
        held = [
            r.start
            for r in context.before
            if contact_id in r.attendee_ids and r.status == MeetingStatus.HELD.value
        ]
        facts = [interaction_fact(r) for r in by_id.values()] + meeting_facts(held)
        for fact in overdue_follow_ups(facts, agreed_reply=timedelta(0), now=context.now):
            record = by_id[fact.id]
            lines.append(f"{record.summary} (sent {_day(record.occurred_at)})")
    return _section("Waiting for a reply", lines)


def _last_notes(context: _Context) -> str:
    """The notes of the last meeting, as written."""
    if context.last is None:
        return ""
    notes = m.MeetingRecord.get_by_id(context.last.meeting_id).notes.strip()
    return f"Notes from last time ({_day(context.last.start)})\n{notes}" if notes else ""


def _day(moment: datetime | date) -> str:
    """An instant's date as ISO text."""
    return (moment.date() if isinstance(moment, datetime) else moment).isoformat()
