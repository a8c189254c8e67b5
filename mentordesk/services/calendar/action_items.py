"""Action items in a meeting's notes become tasks, linked to the meeting and its contact."""

from __future__ import annotations

from collections.abc import Iterable

from mentordesk.core.action_items import parse_action_items
from mentordesk.db import models as m
from mentordesk.db.database import db
from mentordesk.services.calendar.editing import get_meeting
from mentordesk.services.tasks.editing import create_task


def action_items_of(meeting_id: int) -> list[str]:
    """The action items in a meeting's stored notes."""
    return parse_action_items(get_meeting(meeting_id).notes)


def create_tasks_from_notes(meeting_id: int, items: Iterable[str]) -> list[int]:
    """One task per item (items already a task of this meeting are skipped); the new ids."""
    with db.atomic():
        meeting = get_meeting(meeting_id)
        contact_id = meeting_contact(meeting)
        existing = {
            t
            for (t,) in m.TaskRecord.select(m.TaskRecord.title)
            .where(m.TaskRecord.meeting == meeting_id)
            .tuples()
        }
        created = []
        for title in dict.fromkeys(i.strip() for i in items):
            if title and title not in existing:
                created.append(create_task(title=title, meeting=meeting_id, contact=contact_id))
        return created


def meeting_contact(meeting: m.MeetingRecord) -> int | None:
    """The contact a meeting's tasks belong to: its mentorship's, else its first attendee."""
    ship = m.MentorshipRecord
    if meeting.mentorship_id is not None:
        mentor = ship.select(ship.contact).where(ship.id == meeting.mentorship_id).scalar()
        if mentor is not None:
            return mentor
    attendee = m.MeetingAttendeeRecord
    first = (
        attendee.select(attendee.contact)
        .join(m.ContactRecord)
        .where(attendee.meeting == meeting.id)
        .order_by(m.ContactRecord.name)
        .first()
    )
    return first.contact_id if first else None
