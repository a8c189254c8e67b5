"""Contact listing and the small contact operations the shell needs."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from peewee import fn

from mentordesk.core.enums import MentorshipDirection, MetChannel, Stage
from mentordesk.db import models as m
from mentordesk.db.database import db


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


def list_contacts() -> list[ContactRow]:
    """Every contact with their main mentorship and last interaction, in two queries."""
    last = dict(
        m.InteractionRecord.select(
            m.InteractionRecord.contact, fn.MAX(m.InteractionRecord.occurred_at)
        )
        .group_by(m.InteractionRecord.contact)
        .tuples()
    )
    ships = {
        s.contact_id: s for s in m.MentorshipRecord.select().order_by(m.MentorshipRecord.id.desc())
    }
    return [_contact_row(c, ships.get(c.id), last.get(c.id)) for c in m.ContactRecord.select()]


def _contact_row(contact: m.ContactRecord, ship, last: datetime | None) -> ContactRow:
    """Combine a contact, its mentorship and last-contact instant into a row."""
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
    )


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
            uid=f"{uuid.uuid4()}@mentordesk",
            name=name,
            organisation=organisation.strip(),
            met_channel=met_channel.value if met_channel else "",
        )
        ship = m.MentorshipRecord.create(
            contact=contact, direction=direction.value, stage=stage.value
        )
        m.StageChangeRecord.create(mentorship=ship, stage=stage.value)
    return contact.id


def count_contacts() -> int:
    """How many contacts the workspace holds."""
    return m.ContactRecord.select().count()
