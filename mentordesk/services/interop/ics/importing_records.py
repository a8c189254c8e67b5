"""Meeting rows written from imported events: the fields, and insert-or-update by comparison."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from mentordesk.core.enums import MeetingStatus
from mentordesk.db import models as m
from mentordesk.services.interop.ics.importing_people import EventPeople
from mentordesk.services.interop.ics.parse_events import IcsEvent

Fields = dict[str, Any]
# Compared to decide whether a re-import changes anything (derived UTC columns follow the walls).
COMPARED = [
    "title",
    "time_kind",
    "start_wall",
    "end_wall",
    "timezone",
    "rrule",
    "exdates",
    "rdates",
    "recurrence_id",
    "location",
    "url",
    "agenda",
    "status",
    "reminder_minutes",
    "organizer",
    "guests",
    "ical_extra",
    "sequence",
]


def meeting_fields(event: IcsEvent, people: EventPeople, *, sequence: int) -> Fields:
    """The meeting columns an event sets (the series link is added by the caller)."""
    start, end = event.when.to_storage()
    return {
        "title": event.title,
        "time_kind": event.when.kind.value,
        "start_wall": start,
        "end_wall": end,
        "timezone": event.when.zone,
        "starts_at": event.when.start_utc(),
        "ends_at": event.when.end_utc(),
        "rrule": event.rrule,
        "exdates": event.exdates,
        "rdates": event.rdates,
        "location": event.location,
        "url": event.url,
        "agenda": event.agenda,
        "status": event.status,
        "reminder_minutes": event.reminder_minutes,
        "organizer": people.organizer,
        "guests": people.guests,
        "ical_extra": event.ical_extra,
        "sequence": sequence,
    }


def cancel_fields(record: m.MeetingRecord, sequence: int) -> Fields:
    """What a cancellation changes on a meeting already here: status and SEQUENCE only."""
    return {"status": MeetingStatus.CANCELLED.value, "sequence": max(sequence, record.sequence)}


def changed_fields(record: m.MeetingRecord, fields: Fields) -> Fields:
    """The fields whose value differs from the record's (with the derived columns kept along)."""
    changed = {k: v for k, v in fields.items() if k in COMPARED and getattr(record, k) != v}
    if "recurrence_of" in fields and record.recurrence_of_id != fields["recurrence_of"]:
        changed["recurrence_of"] = fields["recurrence_of"]
    if changed.keys() & {"start_wall", "end_wall", "timezone", "time_kind"}:
        changed.update(starts_at=fields["starts_at"], ends_at=fields["ends_at"])
    if record.deleted_at is not None:
        changed["deleted_at"] = None
    return changed


def insert_meeting(fields: Fields, *, uid: str | None = None) -> m.MeetingRecord:
    """A new meeting row (a random UID unless one is given)."""
    values = dict(fields)
    if uid is not None:
        values["uid"] = uid
    return m.MeetingRecord.create(**values)


@dataclass(frozen=True)
class NewMeeting:
    """A meeting to insert in bulk: its UID, its fields and its contacts (id -> response)."""

    uid: str
    fields: Fields
    contacts: dict[int, str]


def insert_meetings(new: list[NewMeeting], *, per_query: int = 300) -> None:
    """Insert meetings and their contact links a few hundred rows per query."""
    meeting, attendee = m.MeetingRecord, m.MeetingAttendeeRecord
    for first in range(0, len(new), per_query):
        chunk = new[first : first + per_query]
        now = m.utc_now()
        rows = [dict(x.fields, uid=x.uid, updated_at=now, created_at=now) for x in chunk]
        meeting.insert_many(rows).execute()
        ids = dict(
            meeting.select(meeting.uid, meeting.id)
            .where(meeting.uid.in_([x.uid for x in chunk]))
            .tuples()
        )
        links = [
            {"meeting": ids[x.uid], "contact": contact, "response": response}
            for x in chunk
            for contact, response in x.contacts.items()
        ]
        if links:
            attendee.insert_many(links).execute()


def update_meeting(record: m.MeetingRecord, changed: Fields) -> None:
    """Write changed fields (stamping `updated_at`) and keep the in-memory record in step."""
    m.MeetingRecord.update(**changed).where(m.MeetingRecord.id == record.id).execute()
    for name, value in changed.items():
        setattr(record, name, value)


def link_attendees(meeting_id: int, contacts: dict[int, str]) -> bool:
    """Make the meeting's contact links exactly `contacts` (id -> response); True if changed."""
    attendee = m.MeetingAttendeeRecord
    rows = attendee.select(attendee.contact, attendee.response).where(
        attendee.meeting == meeting_id
    )
    if {r.contact_id: r.response for r in rows} == contacts:
        return False
    attendee.delete().where(attendee.meeting == meeting_id).execute()
    if contacts:
        attendee.insert_many(
            [{"meeting": meeting_id, "contact": c, "response": r} for c, r in contacts.items()]
        ).execute()
    return True
