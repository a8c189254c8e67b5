"""The Today summary: next meetings, tasks due, and people to reach out to."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from mentordesk.core.relationships import clock_start, last_real_contact, nudges
from mentordesk.db import models as m
from mentordesk.services.calendar.held import FIRST_STEP, latest_held
from mentordesk.services.calendar.occurrences import OccurrenceRow, list_occurrences, upcoming
from mentordesk.services.contacts.attention import (
    BOOKED_HORIZON,
    FOLLOW_UP_REASON,
    HELD_LOOKBACK,
    STAY_IN_TOUCH_REASON,
    FollowUp,
    MeetingActivity,
    agreement_start,
    agreements_by_contact,
    days,
    follow_ups,
    meeting_activity,
    meeting_facts,
)
from mentordesk.services.contacts.recent_interactions import recent_interaction_facts
from mentordesk.services.contacts.records import count_contacts
from mentordesk.services.reviews.due import ReviewSchedule, reviews_due
from mentordesk.services.tasks.listing import TaskRow, list_tasks

MEETING_HORIZON = BOOKED_HORIZON
TASK_HORIZON = timedelta(days=3)


TODAY_TASKS = 10  # how many tasks Today lists


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
    contact_count: int = 0
    reviews_due: list[ReviewSchedule] = field(default_factory=list)

    def is_empty(self) -> bool:
        """True when there is nothing to show at all."""
        return not (self.meetings or self.tasks or self.reach_out or self.reviews_due)


def today_summary(*, now: datetime, today: date) -> TodaySummary:
    """Meetings in the next week, tasks overdue or due soon, overdue contacts, reviews due."""
    recent = _recent_occurrences(now)
    meetings = upcoming(recent, now=now, until=now + MEETING_HORIZON)
    tasks = sorted(
        list_tasks(open_only=True, due_by=today + TASK_HORIZON, soonest=TODAY_TASKS),
        key=lambda t: (t.due, -t.priority),
    )
    return TodaySummary(
        meetings=meetings[:8],
        tasks=tasks,
        reach_out=reach_out(now=now, activity=recent_activity(now=now, recent=recent)),
        contact_count=count_contacts(),
        reviews_due=reviews_due(today),
    )


def _recent_occurrences(now: datetime) -> list[OccurrenceRow]:
    """The occurrences from FIRST_STEP back to the meeting and booked horizons ahead."""
    ahead = max(MEETING_HORIZON, BOOKED_HORIZON)
    return list_occurrences(window_start=now - FIRST_STEP, window_end=now + ahead, now=now)


def recent_activity(*, now: datetime, recent: list[OccurrenceRow] | None = None) -> MeetingActivity:
    """Each contact's latest held meeting and who is booked soon, without a year of occurrences.

    Only the latest held meeting counts for the reach-out rules (it answers every message of
    mine before it, and it is the last contact a meeting gives), so this gives the same rows as
    meeting_activity (tests/services/test_today_held.py). ``recent`` are _recent_occurrences,
    when already listed.
    """
    recent = _recent_occurrences(now) if recent is None else recent
    held = latest_held(now=now, lookback=HELD_LOOKBACK, recent=recent)
    booked = upcoming(recent, now=now, until=now + BOOKED_HORIZON)
    return MeetingActivity(
        held={contact_id: [when] for contact_id, when in held.items()},
        booked={contact_id for row in booked for contact_id in row.attendee_ids},
    )


def reach_out(
    *,
    now: datetime,
    occurrences: list[OccurrenceRow] | None = None,
    activity: MeetingActivity | None = None,
) -> list[ReachOutRow]:
    """Overdue follow-ups first, then stay-in-touch nudges timed from the last real contact.

    ``activity`` (recent_activity by default) is who met whom lately and who is booked soon;
    ``occurrences`` from occurrences_around gives it the year-long way (meeting_activity).
    """
    facts = recent_interaction_facts(now=now)
    if activity is None:
        activity = (
            recent_activity(now=now)
            if occurrences is None
            else meeting_activity(now=now, occurrences=occurrences)
        )
    late: list[tuple[int, FollowUp]] = []
    lasts: dict[int, tuple[datetime | None, datetime | None, timedelta]] = {}
    contacts = m.ContactRecord.select(
        m.ContactRecord.id, m.ContactRecord.name, m.ContactRecord.created_at
    )
    names = {c.id: c.name for c in contacts}
    created = {c.id: c.created_at for c in contacts}
    for contact_id, agreement in agreements_by_contact().items():
        held = activity.held.get(contact_id, [])
        mine = facts.get(contact_id, []) + meeting_facts(held)
        late += [(contact_id, f) for f in follow_ups(mine, agreement=agreement, now=now)]
        if cadence := days(agreement.meeting_cadence_days):
            started = agreement_start(agreement, created.get(contact_id))
            lasts[contact_id] = last_real_contact(mine, held, now=now), started, cadence
    nudge_rows = _nudge_rows(lasts, names, booked=activity.booked, now=now)
    return _follow_up_rows(late, names) + nudge_rows


def _follow_up_rows(late: list[tuple[int, FollowUp]], names: dict[int, str]) -> list[ReachOutRow]:
    """A row per overdue follow-up, about the unanswered message."""
    summaries = _summaries([item.interaction.id for _, item in late])
    return [
        ReachOutRow(
            contact_id,
            names[contact_id],
            FOLLOW_UP_REASON,
            item.due,
            about=summaries.get(item.interaction.id, ""),
        )
        for contact_id, item in late
    ]


def _nudge_rows(
    lasts: dict[int, tuple[datetime | None, datetime | None, timedelta]],
    names: dict[int, str],
    *,
    booked: set[int],
    now: datetime,
) -> list[ReachOutRow]:
    """A row per stay-in-touch nudge, most overdue first; a meeting booked soon takes care.

    ``lasts`` holds each contact's last real contact, clock start (agreement) and cadence.
    """
    cadences = [
        (contact_id, clock_start(last, started), cadence)
        for contact_id, (last, started, cadence) in lasts.items()
    ]
    return [
        ReachOutRow(
            n.contact_id,
            names[n.contact_id],
            STAY_IN_TOUCH_REASON,
            n.due,
            last_contact=lasts[n.contact_id][0],
        )
        for n in nudges(cadences, now=now)
        if n.contact_id not in booked
    ]


def _summaries(interaction_ids: list[int]) -> dict[int, str]:
    """The summaries of some interactions, by id (one query, none when there are no ids)."""
    if not interaction_ids:
        return {}
    query = m.InteractionRecord.select(m.InteractionRecord.id, m.InteractionRecord.summary)
    return dict(query.where(m.InteractionRecord.id.in_(interaction_ids)).tuples())
