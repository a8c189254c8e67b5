"""The Today summary: next meetings, tasks due, and people to reach out to."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from mentordesk.core.enums import MeetingStatus
from mentordesk.core.relationships import last_real_contact, nudges
from mentordesk.db import models as m
from mentordesk.services.calendar import OccurrenceRow, list_occurrences
from mentordesk.services.contact_facts import (
    BOOKED_HORIZON,
    FOLLOW_UP_REASON,
    STAY_IN_TOUCH_REASON,
    agreements_by_contact,
    days,
    follow_ups,
    interaction_facts,
    meeting_activity,
    meeting_facts,
)
from mentordesk.services.tasks import TaskRow, list_tasks

MEETING_HORIZON = BOOKED_HORIZON
TASK_HORIZON = timedelta(days=3)


@dataclass(frozen=True)
class ReachOutRow:
    """Someone to contact, and why."""

    contact_id: int
    name: str
    reason: str
    due: datetime
    about: str = ""  # the unanswered message, for a follow-up
    last_contact: datetime | None = None  # for a stay-in-touch nudge


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
    facts = interaction_facts()
    activity = meeting_activity(now=now)
    names = dict(m.ContactRecord.select(m.ContactRecord.id, m.ContactRecord.name).tuples())
    rows: list[ReachOutRow] = []
    cadences = []
    lasts: dict[int, datetime | None] = {}
    for contact_id, agreement in agreements_by_contact().items():
        held = activity.held.get(contact_id, [])
        mine = facts.get(contact_id, []) + meeting_facts(held)
        late = follow_ups(mine, agreement=agreement, now=now)
        summaries = _summaries([f.interaction.id for f in late])
        for item in late:
            about = summaries.get(item.interaction.id, "")
            rows.append(
                ReachOutRow(contact_id, names[contact_id], FOLLOW_UP_REASON, item.due, about)
            )
        if agreement.meeting_cadence_days:
            lasts[contact_id] = last_real_contact(mine, held, now=now)
            cadences.append((contact_id, lasts[contact_id], days(agreement.meeting_cadence_days)))
    for nudge in nudges(cadences, now=now):
        if nudge.contact_id not in activity.booked:
            name, last = names[nudge.contact_id], lasts[nudge.contact_id]
            rows.append(
                ReachOutRow(
                    nudge.contact_id, name, STAY_IN_TOUCH_REASON, nudge.due, last_contact=last
                )
            )
    return rows


def _summaries(interaction_ids: list[int]) -> dict[int, str]:
    """The summaries of some interactions, by id (one query, none when there are no ids)."""
    if not interaction_ids:
        return {}
    query = m.InteractionRecord.select(m.InteractionRecord.id, m.InteractionRecord.summary)
    return dict(query.where(m.InteractionRecord.id.in_(interaction_ids)).tuples())
