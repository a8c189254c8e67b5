"""Small builders for the calendar service tests."""

from __future__ import annotations

from datetime import datetime, timedelta

from mentordesk.core.meeting_time import MeetingTime
from mentordesk.db import models as m
from mentordesk.services.calendar.editing import MeetingDraft, create_meeting
from mentordesk.services.contacts.records import add_contact


def person(name: str, zone: str = "", windows: list[tuple[int, str, str]] | None = None) -> int:
    """A contact in a zone, with an agreement holding these windows when given."""
    contact_id = add_contact(name=name)
    m.ContactRecord.update(timezone=zone).where(m.ContactRecord.id == contact_id).execute()
    if windows is not None:
        ship = m.MentorshipRecord.get(m.MentorshipRecord.contact == contact_id)
        m.AgreementRecord.create(
            mentorship=ship,
            availability=[{"weekday": d, "start": s, "end": e} for d, s, e in windows],
        )
    return contact_id


def berlin(start: datetime, minutes: int = 30) -> MeetingTime:
    """A timed meeting at a Berlin wall time."""
    return MeetingTime.timed(start, start + timedelta(minutes=minutes), "Europe/Berlin")


def meeting(title: str, when: MeetingTime, *contacts: int, **fields) -> int:
    """A stored meeting."""
    return create_meeting(MeetingDraft(title=title, when=when, contact_ids=contacts, **fields))
