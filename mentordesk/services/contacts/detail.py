"""Everything the contact page shows about one person, computed from the agreement rules."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from peewee import fn

from mentordesk.core.enums import Direction, InteractionKind, MentorshipDirection, Stage
from mentordesk.core.relationships import (
    AvailabilityWindow,
    InteractionFact,
    ReplyStats,
    inside_window,
    local_time,
    next_window_start,
    reply_stats,
)
from mentordesk.db import models as m
from mentordesk.services.calendar.occurrences import OccurrenceRow, upcoming
from mentordesk.services.contacts.attention import (
    days,
    follow_ups,
    hours,
    meeting_activity,
    meeting_facts,
    occurrences_around,
    stay_in_touch,
)
from mentordesk.services.contacts.records import get_contact, main_mentorship, mentorship_agreement
from mentordesk.services.tasks.listing import GoalRow, TaskRow, list_goals, list_tasks

UPCOMING_HORIZON = timedelta(days=30)
INTERACTION_PAGE = 100  # the newest interactions the page lists (TIMELINE_ITEMS); the log: all
_ROW = m.InteractionRecord


@dataclass(frozen=True)
class InteractionRow:
    """One logged interaction as the contact page lists it."""

    id: int
    occurred_at: datetime
    channel: str
    direction: str
    kind: str
    summary: str
    overdue: bool


@dataclass(frozen=True)
class AgreementTerms:
    """How we agreed to work together: channels, availability, reply times, cadence."""

    channels: list[str]  # preferred first
    availability: list[AvailabilityWindow]  # in the contact's zone
    their_reply: timedelta | None
    my_reply: timedelta | None
    cadence: timedelta | None


@dataclass(frozen=True)
class GaveBack:
    """How often the mentee gave something back, and when last."""

    count: int = 0
    last: datetime | None = None


@dataclass(frozen=True)
class ContactDetail:
    """A contact's profile, relationship, agreement, activity and what is due."""

    id: int
    name: str
    organisation: str
    role: str
    emails: list[dict[str, str]]
    phones: list[dict[str, str]]
    links: list[dict[str, str]]
    timezone: str
    tags: tuple[str, ...]
    notes: str
    birthday: str
    met_channel: str
    met_detail: str
    met_on: date | None
    mentorship_id: int | None
    direction: str
    stage: str
    stage_history: list[tuple[str, datetime]]
    agreement: AgreementTerms | None
    local_time: datetime | None
    inside_window: bool | None
    next_window: datetime | None
    interactions: list[InteractionRow]  # the latest INTERACTION_PAGE, newest first
    their_reply_stats: ReplyStats
    my_reply_stats: ReplyStats
    stay_in_touch_due: datetime | None
    upcoming_meetings: list[OccurrenceRow]
    open_tasks: list[TaskRow]
    goals: list[GoalRow]
    photo: bytes | None = None
    photo_url: str = ""
    interaction_count: int = 0  # all of them, listed or not
    gave_back: GaveBack = GaveBack()


def get_contact_detail(contact_id: int, *, now: datetime) -> ContactDetail:
    """The contact page for ``contact_id`` as of ``now``; ContactNotFoundError if missing."""
    contact = get_contact(contact_id)
    ship = main_mentorship(contact_id)
    agreement = mentorship_agreement(ship)
    windows = _windows(agreement)
    meetings = occurrences_around(now=now, ahead=UPCOMING_HORIZON, contact_id=contact_id)
    held = meeting_activity(now=now, occurrences=meetings).held.get(contact_id, [])
    logged = _interaction_facts(contact_id)
    facts = logged + meeting_facts(held)
    return ContactDetail(
        **_profile(contact),
        **_relationship(ship),
        agreement=_agreement_terms(agreement, windows),
        **_clock(contact.timezone, windows, now),
        interactions=_interaction_rows(_latest_interactions(contact_id), facts, agreement, now),
        interaction_count=len(logged),
        gave_back=_gave_back(contact_id),
        **_reply_stats(facts, agreement),
        stay_in_touch_due=stay_in_touch(
            facts, held, agreement=agreement, now=now, created_at=contact.created_at
        ),
        upcoming_meetings=_upcoming(meetings, contact_id, now),
        open_tasks=list_tasks(contact_id=contact_id, open_only=True),
        goals=list_goals(today=now.date(), contact_id=contact_id),
    )


def _profile(contact: m.ContactRecord) -> dict:
    """The contact's own fields."""
    return {
        "id": contact.id,
        "name": contact.name,
        "organisation": contact.organisation,
        "role": contact.role,
        "emails": list(contact.emails or []),
        "phones": list(contact.phones or []),
        "links": list(contact.links or []),
        "timezone": contact.timezone,
        "tags": tuple(contact.tags or ()),
        "notes": contact.notes,
        "birthday": contact.birthday,
        "met_channel": contact.met_channel,
        "met_detail": contact.met_detail,
        "met_on": contact.met_on,
        "photo": bytes(contact.photo) if contact.photo else None,
        "photo_url": contact.photo_url,
    }


def _relationship(ship: m.MentorshipRecord | None) -> dict:
    """Direction, stage and stage history of the main mentorship."""
    if ship is None:
        return {
            "mentorship_id": None,
            "direction": MentorshipDirection.THEY_MENTOR_ME.value,
            "stage": Stage.PROSPECT.value,
            "stage_history": [],
        }
    changes = ship.stage_changes.order_by(m.StageChangeRecord.changed_at, m.StageChangeRecord.id)
    return {
        "mentorship_id": ship.id,
        "direction": ship.direction,
        "stage": ship.stage,
        "stage_history": [(c.stage, c.changed_at) for c in changes],
    }


def _windows(agreement: m.AgreementRecord | None) -> list[AvailabilityWindow]:
    """The agreed availability as core windows."""
    return [
        AvailabilityWindow(
            weekday=w["weekday"],
            start=time.fromisoformat(w["start"]),
            end=time.fromisoformat(w["end"]),
        )
        for w in (agreement.availability if agreement else None) or []
    ]


def _agreement_terms(
    agreement: m.AgreementRecord | None, windows: list[AvailabilityWindow]
) -> AgreementTerms | None:
    """Channels, availability, reply times and cadence as durations; None without one."""
    if agreement is None:
        return None
    return AgreementTerms(
        channels=list(agreement.channels or []),
        availability=windows,
        their_reply=hours(agreement.their_reply_hours),
        my_reply=hours(agreement.my_reply_hours),
        cadence=days(agreement.meeting_cadence_days),
    )


def _clock(zone: str, windows: list[AvailabilityWindow], now: datetime) -> dict:
    """Their local time, whether they are inside a window, and when the next one opens."""
    if not zone:
        return {"local_time": None, "inside_window": None, "next_window": None}
    return {
        "local_time": local_time(now, zone),
        "inside_window": inside_window(now, zone, windows) if windows else None,
        "next_window": next_window_start(now, zone, windows) if windows else None,
    }


def _interaction_facts(contact_id: int) -> list[InteractionFact]:
    """All of the contact's logged interactions as core facts (plain tuples, id order)."""
    columns = (_ROW.id, _ROW.occurred_at, _ROW.direction, _ROW.kind, _ROW.reply_to)
    query = _ROW.select(*columns).where(_ROW.contact == contact_id).order_by(_ROW.id)
    return [InteractionFact(*values) for values in query.tuples()]


def _latest_interactions(contact_id: int) -> list[m.InteractionRecord]:
    """The contact's latest INTERACTION_PAGE logged interactions, newest first."""
    query = _ROW.select().where(_ROW.contact == contact_id)
    newest = query.order_by(_ROW.occurred_at.desc(), _ROW.id.desc())
    return list(newest.limit(INTERACTION_PAGE))


def _gave_back(contact_id: int) -> GaveBack:
    """How many give-backs the contact logged, and the latest one's time."""
    query = _ROW.select(fn.COUNT(_ROW.id), fn.MAX(_ROW.occurred_at)).where(
        (_ROW.contact == contact_id) & (_ROW.kind == InteractionKind.GAVE_BACK.value)
    )
    count, last = query.scalar(as_tuple=True)
    return GaveBack(count=count, last=last)


def _interaction_rows(
    records: list[m.InteractionRecord],
    facts: list[InteractionFact],
    agreement: m.AgreementRecord | None,
    now: datetime,
) -> list[InteractionRow]:
    """The interaction records as rows, each flagged when it is an overdue follow-up."""
    late = {f.interaction.id for f in follow_ups(facts, agreement=agreement, now=now)}
    return [
        InteractionRow(
            id=r.id,
            occurred_at=r.occurred_at,
            channel=r.channel,
            direction=r.direction,
            kind=r.kind,
            summary=r.summary,
            overdue=r.id in late,
        )
        for r in records
    ]


def _reply_stats(facts: list[InteractionFact], agreement: m.AgreementRecord | None) -> dict:
    """How fast they reply to me (my messages) and I to them (theirs), against the agreement."""
    theirs = hours(agreement.their_reply_hours) if agreement else None
    mine = hours(agreement.my_reply_hours) if agreement else None
    return {
        "their_reply_stats": reply_stats(facts, direction=Direction.OUT, agreed=theirs),
        "my_reply_stats": reply_stats(facts, direction=Direction.IN, agreed=mine),
    }


def _upcoming(meetings: list[OccurrenceRow], contact_id: int, now: datetime) -> list[OccurrenceRow]:
    """Meetings with the contact in the next 30 days, cancelled ones left out."""
    soon = upcoming(meetings, now=now, until=now + UPCOMING_HORIZON)
    return [row for row in soon if contact_id in row.attendee_ids]
