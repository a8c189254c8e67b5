"""The Today summary: next meetings, tasks due, and people to reach out to."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from mentordesk.core.enums import MeetingStatus
from mentordesk.core.relationships import (
    InteractionFact,
    last_real_contact,
    nudges,
    overdue_follow_ups,
)
from mentordesk.db import models as m
from mentordesk.services.calendar import OccurrenceRow, list_occurrences
from mentordesk.services.tasks import TaskRow, list_tasks

MEETING_HORIZON = timedelta(days=7)
TASK_HORIZON = timedelta(days=3)


@dataclass(frozen=True)
class ReachOutRow:
    """Someone to contact, and why."""

    contact_id: int
    name: str
    reason: str
    due: datetime


@dataclass(frozen=True)
class TodaySummary:
    """What the start page shows."""

    meetings: list[OccurrenceRow]
    tasks: list[TaskRow]
    reach_out: list[ReachOutRow]

    def is_empty(self) -> bool:
        """True when there is nothing to show at all."""
        return not (self.meetings or self.tasks or self.reach_out)


def today_summary(*, now: datetime, today: date) -> TodaySummary:
    """Meetings in the next week, open tasks overdue or due soon, and overdue contacts."""
    meetings = [
        row
        for row in list_occurrences(window_start=now, window_end=now + MEETING_HORIZON, now=now)
        if row.status != MeetingStatus.CANCELLED.value
    ]
    tasks = sorted(
        (
            t
            for t in list_tasks()
            if t.due and t.status in ("todo", "doing") and t.due <= today + TASK_HORIZON
        ),
        key=lambda t: (t.due, -t.priority),
    )
    return TodaySummary(meetings=meetings[:8], tasks=tasks[:10], reach_out=reach_out(now=now))


def reach_out(*, now: datetime) -> list[ReachOutRow]:
    """Overdue follow-ups first, then stay-in-touch nudges timed from the last real contact."""
    facts = _interaction_facts()
    held = _held_meeting_times(now)
    names = dict(m.ContactRecord.select(m.ContactRecord.id, m.ContactRecord.name).tuples())
    rows: list[ReachOutRow] = []
    cadences = []
    for contact_id, agreement in _agreements_by_contact().items():
        mine = facts.get(contact_id, []) + _meeting_facts(held.get(contact_id, []))
        if agreement.their_reply_hours:
            agreed = timedelta(hours=agreement.their_reply_hours)
            for late in overdue_follow_ups(mine, agreed_reply=agreed, now=now):
                rows.append(
                    ReachOutRow(
                        contact_id,
                        names[contact_id],
                        "No reply yet: follow up",
                        late.occurred_at + agreed,
                    )
                )
        if agreement.meeting_cadence_days:
            last = last_real_contact(mine, held.get(contact_id, []), now=now)
            cadences.append((contact_id, last, timedelta(days=agreement.meeting_cadence_days)))
    booked = _contacts_with_meetings(now, now + MEETING_HORIZON)
    for nudge in nudges(cadences, now=now):
        if nudge.contact_id in booked:
            continue
        rows.append(
            ReachOutRow(
                nudge.contact_id, names[nudge.contact_id], "Time to stay in touch", nudge.due
            )
        )
    return rows


def _interaction_facts() -> dict[int, list[InteractionFact]]:
    """Every interaction as a core fact, grouped by contact."""
    facts: dict[int, list[InteractionFact]] = defaultdict(list)
    for record in m.InteractionRecord.select():
        facts[record.contact_id].append(
            InteractionFact(
                id=record.id,
                occurred_at=record.occurred_at,
                direction=record.direction,
                kind=record.kind,
                reply_to_id=record.reply_to_id,
            )
        )
    return facts


def _meeting_facts(times: list[datetime]) -> list[InteractionFact]:
    """Held meetings as incoming contact, so a meeting answers the messages before it."""
    return [
        InteractionFact(id=-(i + 1), occurred_at=t, direction="in", kind="meeting")
        for i, t in enumerate(sorted(times))
    ]


def _held_meeting_times(now: datetime) -> dict[int, list[datetime]]:
    """Start times of meetings each contact attended, up to now (cancelled ones excluded)."""
    times: dict[int, list[datetime]] = defaultdict(list)
    window_start = now - timedelta(days=365)
    for row in list_occurrences(window_start=window_start, window_end=now, now=now):
        if row.status == MeetingStatus.HELD.value:
            for contact_id in row.attendee_ids:
                times[contact_id].append(row.start.astimezone(UTC))
    return times


def _contacts_with_meetings(start: datetime, end: datetime) -> set[int]:
    """Contacts who attend a meeting that is not cancelled between start and end."""
    rows = list_occurrences(window_start=start, window_end=end, now=start)
    return {i for r in rows if r.status != MeetingStatus.CANCELLED.value for i in r.attendee_ids}


def _agreements_by_contact() -> dict[int, m.AgreementRecord]:
    """Each contact's agreement (from their most recent mentorship)."""
    query = m.AgreementRecord.select(m.AgreementRecord, m.MentorshipRecord).join(m.MentorshipRecord)
    return {a.mentorship.contact_id: a for a in query.order_by(m.MentorshipRecord.id)}
