"""The contacts list: one row per contact with stage, last contact and attention."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

from mentordesk.core.enums import MentorshipDirection, Stage
from mentordesk.db import models as m
from mentordesk.services.calendar.held import FIRST_STEP, latest_held
from mentordesk.services.calendar.occurrences import list_occurrences, upcoming
from mentordesk.services.contacts.attention import (
    BOOKED_HORIZON,
    HELD_LOOKBACK,
    MeetingActivity,
    agreements_by_contact,
    attention_reason,
    meeting_facts,
)
from mentordesk.services.contacts.recent_interactions import recent_interaction_facts
from mentordesk.services.sync.conflicts import deleted_there_ids, needs_look_ids


@dataclass(frozen=True)
class ContactRow:
    """One line of the contacts list."""

    id: int
    name: str
    organisation: str
    role: str
    stage: str
    direction: str
    met_channel: str
    met_on: date | None
    timezone: str
    last_contact: datetime | None
    tags: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    needs_attention: bool = False
    attention_reason: str = ""
    met_detail: str = ""
    notes: str = ""
    needs_look: bool = False  # a sync kept the server's version of a conflicting edit
    deleted_there: bool = False  # ...or the server deleted it and it was kept for its history


def list_contacts(*, now: datetime | None = None) -> list[ContactRow]:
    """Every contact with mentorship, last interaction, attention and sync mark.

    Reads what the rules keep (tests/services/test_contact_list_reads.py): interactions from
    each contact's last answer on, and only their latest held meeting, walking back from now.
    """
    now = now or datetime.now(UTC)
    facts = recent_interaction_facts(now=now)
    activity = latest_activity(now=now)
    agreements = agreements_by_contact()
    ships = _main_mentorships()
    rows = []
    for contact in m.ContactRecord.select().order_by(m.ContactRecord.id):
        held = activity.held.get(contact.id, [])
        mine = facts.get(contact.id, [])
        reason = attention_reason(
            mine + meeting_facts(held),
            held,
            agreement=agreements.get(contact.id),
            booked=contact.id in activity.booked,
            now=now,
            created_at=contact.created_at,
        )
        last = max((f.occurred_at for f in mine), default=None)
        rows.append(_contact_row(contact, ships.get(contact.id), last, reason))
    looks = needs_look_ids(m.ContactRecord)
    gone = deleted_there_ids(m.ContactRecord) if looks else set()
    return [
        replace(r, needs_look=True, deleted_there=r.id in gone) if r.id in looks else r
        for r in rows
    ]


def latest_activity(*, now: datetime) -> MeetingActivity:
    """Each contact's latest held meeting in the last year, and who is booked within a week.

    Only the latest held meeting counts for the attention rules (it answers every message of
    mine before it and is the last contact a meeting gives), as on Today.
    """
    window = {"window_start": now - FIRST_STEP, "window_end": now + BOOKED_HORIZON}
    recent = list_occurrences(**window, now=now)
    held = latest_held(now=now, lookback=HELD_LOOKBACK, recent=recent)
    booked = upcoming(recent, now=now, until=now + BOOKED_HORIZON)
    return MeetingActivity(
        held={contact_id: [when] for contact_id, when in held.items()},
        booked={contact_id for row in booked for contact_id in row.attendee_ids},
    )


def _main_mentorships() -> dict[int, m.MentorshipRecord]:
    """Each contact's most recent mentorship, by contact id."""
    query = m.MentorshipRecord.select().order_by(m.MentorshipRecord.id)
    return {ship.contact_id: ship for ship in query}


def _contact_row(
    contact: m.ContactRecord, ship: m.MentorshipRecord | None, last: datetime | None, reason: str
) -> ContactRow:
    """Combine a contact, its mentorship, last-contact instant and attention into a row."""
    return ContactRow(
        id=contact.id,
        name=contact.name,
        organisation=contact.organisation,
        role=contact.role,
        stage=ship.stage if ship else Stage.PROSPECT.value,
        direction=ship.direction if ship else MentorshipDirection.THEY_MENTOR_ME.value,
        met_channel=contact.met_channel,
        met_on=contact.met_on,
        timezone=contact.timezone,
        last_contact=last,
        tags=tuple(contact.tags or ()),
        emails=tuple(e["value"] for e in contact.emails or ()),
        needs_attention=bool(reason),
        attention_reason=reason,
        met_detail=contact.met_detail,
        notes=contact.notes,
    )


def stage_counts() -> dict[str, int]:
    """How many contacts are at each stage (by main mentorship), every stage present."""
    counts = dict.fromkeys(Stage.values(), 0)
    ships = _main_mentorships()
    for (contact_id,) in m.ContactRecord.select(m.ContactRecord.id).tuples():
        ship = ships.get(contact_id)
        stage = ship.stage if ship else Stage.PROSPECT.value
        counts[stage] = counts.get(stage, 0) + 1
    return counts
