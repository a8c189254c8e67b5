"""The contact records themselves: look-up, creation and the stage a mentorship is at."""

from __future__ import annotations

from datetime import date
from typing import Any

from mentordesk.core.enums import MentorshipDirection, MetChannel, Stage
from mentordesk.core.errors import UserError
from mentordesk.db import models as m
from mentordesk.db.database import db


class ContactNotFoundError(UserError):
    """No contact has the id asked for: it was deleted or never existed."""


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
    values = {"name": name, "organisation": organisation.strip()}
    values["met_channel"] = met_channel.value if met_channel else ""
    return insert_contact(values, direction=direction.value, stage=stage.value)


def insert_contact(values: dict[str, Any], *, direction: str, stage: str) -> int:
    """Insert a contact, its mentorship and first stage step in three statements (imports)."""
    now, today = m.utc_now(), date.today()
    dates = {"started_on": today} if stage == Stage.ACTIVE.value else {}
    with db.atomic():
        contact_id = m.ContactRecord.insert(created_at=now, updated_at=now, **values).execute()
        ship_id = m.MentorshipRecord.insert(
            contact=contact_id, direction=direction, stage=stage, updated_at=now, **dates
        ).execute()
        m.StageChangeRecord.insert(mentorship=ship_id, stage=stage, changed_at=now).execute()
    return contact_id


def count_contacts() -> int:
    """How many contacts the workspace holds."""
    return m.ContactRecord.select().count()
