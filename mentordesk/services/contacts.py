"""Contact listing and the small contact operations the shell needs."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from mentordesk.core.enums import MentorshipDirection, MetChannel, Stage
from mentordesk.core.errors import UserError
from mentordesk.db import models as m
from mentordesk.db.database import db
from mentordesk.services.contact_facts import (
    agreements_by_contact,
    attention_reason,
    interaction_facts,
    meeting_activity,
    meeting_facts,
)


class ContactNotFoundError(UserError):
    """No contact has the id asked for: it was deleted or never existed."""


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


def get_contact(contact_id: int) -> m.ContactRecord:
    """The contact record with this id, or ContactNotFoundError."""
    contact = m.ContactRecord.get_or_none(m.ContactRecord.id == contact_id)
    if contact is None:
        message = f"contact {contact_id} does not exist (it may have been deleted)"
        raise ContactNotFoundError(message)
    return contact


def main_mentorship(contact_id: int) -> m.MentorshipRecord | None:
    """The contact's most recent mentorship, the one lists and details show."""
    query = m.MentorshipRecord.select().where(m.MentorshipRecord.contact == contact_id)
    return query.order_by(m.MentorshipRecord.id.desc()).first()


def mentorship_agreement(ship: m.MentorshipRecord | None) -> m.AgreementRecord | None:
    """The mentorship's agreement, if any."""
    if ship is None:
        return None
    return m.AgreementRecord.get_or_none(m.AgreementRecord.mentorship == ship.id)


def change_stage(ship: m.MentorshipRecord, stage: str, *, note: str = "") -> None:
    """Move a mentorship to a stage, append it to the history and date its start or end."""
    # started_on/ended_on are calendar dates of the person using the app: the local date
    today = date.today()
    values: dict[str, Any] = {"stage": stage}
    if stage == Stage.ACTIVE.value and ship.started_on is None:
        values["started_on"] = today
    if stage == Stage.ALUMNI.value and ship.ended_on is None:
        values["ended_on"] = today
    m.MentorshipRecord.update(values).where(m.MentorshipRecord.id == ship.id).execute()
    for key, value in values.items():
        setattr(ship, key, value)
    m.StageChangeRecord.create(mentorship=ship, stage=stage, note=note)


def list_contacts(*, now: datetime | None = None) -> list[ContactRow]:
    """Every contact with main mentorship, last interaction and attention, in six queries."""
    now = now or datetime.now(UTC)
    facts = interaction_facts()
    activity = meeting_activity(now=now)
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
        )
        last = max((f.occurred_at for f in mine), default=None)
        rows.append(_contact_row(contact, ships.get(contact.id), last, reason))
    return rows


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


def add_contact(
    *,
    name: str,
    organisation: str = "",
    met_channel: MetChannel | None = None,
    direction: MentorshipDirection = MentorshipDirection.THEY_MENTOR_ME,
    stage: Stage = Stage.PROSPECT,
) -> int:
    """Create a contact with a mentorship at the given stage; returns the contact id."""
    name = name.strip()
    if not name:
        raise ValueError("A contact needs a name.")
    with db.atomic():
        contact = m.ContactRecord.create(
            uid=new_contact_uid(),
            name=name,
            organisation=organisation.strip(),
            met_channel=met_channel.value if met_channel else "",
        )
        ship = m.MentorshipRecord.create(contact=contact, direction=direction.value)
        change_stage(ship, stage.value)
    return contact.id


def new_contact_uid() -> str:
    """A fresh, globally unique contact UID."""
    return f"{uuid.uuid4()}@mentordesk"


def count_contacts() -> int:
    """How many contacts the workspace holds."""
    return m.ContactRecord.select().count()
