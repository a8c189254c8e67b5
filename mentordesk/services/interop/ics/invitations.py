"""One meeting as an iTIP message: an invitation (METHOD:REQUEST) or a cancellation (CANCEL)."""

from __future__ import annotations

from icalendar import Event

from mentordesk.core.enums import MeetingStatus
from mentordesk.core.errors import UserError
from mentordesk.core.meeting_time import format_wall, parse_wall
from mentordesk.db import models as m
from mentordesk.services.interop.ics.event_people import contact_attendees, me, organizer_of
from mentordesk.services.interop.ics.events import (
    EventPeople,
    cancelled_occurrence,
    meeting_events,
    override_event,
)
from mentordesk.services.interop.ics.export import new_calendar, serialise

METHODS = ("request", "cancel")


class InvitationError(UserError):
    """The meeting cannot be sent as asked (unknown, nobody to invite, no organizer)."""


def invitation_ics(meeting: int | str, *, method: str = "request", occurrence: str = "") -> str:
    """The iTIP message for a meeting (id or UID); `occurrence` cancels one of a series."""
    if method not in METHODS:
        raise InvitationError(f"unknown method {method!r}; use request or cancel")
    record = find_meeting(meeting)
    people = _people(record)
    if method == "request":
        if occurrence:
            raise InvitationError("an invitation sends the whole meeting; leave out the occurrence")
        events = _request_events(record, people)
    else:
        events = _cancel_events(record, people, occurrence)
    calendar = new_calendar(method.upper())
    meetings = [record.recurrence_of or record, record]
    return serialise(calendar, meetings, [event.to_ical() for event in events])


def find_meeting(reference: int | str) -> m.MeetingRecord:
    """A live meeting by id or by UID (a series' moved occurrence by its own id)."""
    text = str(reference).strip()
    meeting = m.MeetingRecord
    found = meeting.get_or_none(meeting.uid == text)
    if found is None and text.isdigit():
        found = meeting.get_or_none(meeting.id == int(text))
    if found is None:
        raise InvitationError(f"no meeting has the id or UID {text!r}")
    return found


def _people(record: m.MeetingRecord) -> EventPeople:
    """Me and the contacts of the meeting, refusing a message nobody could receive."""
    myself = me()
    series = record.recurrence_of or record
    if organizer_of(record if record.organizer else series, myself) is None:
        raise InvitationError(
            "an invitation needs your email address as organizer; set it in Calendar settings"
        )
    related = [series.id, *(x.id for x in series.moved_instances)]
    contacts = contact_attendees(related)
    guests = [g for x in (record, series) for g in x.guests or [] if g.get("email")]
    if not (contacts.get(record.id) or contacts.get(series.id) or guests):
        raise InvitationError(
            f"nobody to send {record.title!r} to: link a contact who has an email address"
        )
    return EventPeople(myself, contacts)


def _request_events(record: m.MeetingRecord, people: EventPeople) -> list[Event]:
    """A one-off or a whole series with its overrides; a moved occurrence on its own."""
    if record.status == MeetingStatus.CANCELLED.value:
        raise InvitationError(f"{record.title!r} is cancelled; send a cancellation instead")
    if record.recurrence_of_id is not None:
        series = record.recurrence_of
        return [override_event(record, series, series.when, people)]
    overrides = list(record.moved_instances.order_by(m.MeetingRecord.id))
    live = [o for o in overrides if o.deleted_at is None]
    return meeting_events(record, live, people, skip_cancelled=True)


def _cancel_events(record: m.MeetingRecord, people: EventPeople, occurrence: str) -> list[Event]:
    """The whole meeting, a moved occurrence, or one occurrence of a series, cancelled."""
    if record.recurrence_of_id is not None:
        event = override_event(record, record.recurrence_of, record.recurrence_of.when, people)
    elif occurrence:
        event = _occurrence_cancelled(record, people, occurrence)
    else:
        event = meeting_events(record, [], people)[0]
    event["status"] = "CANCELLED"
    return [event]


def _occurrence_cancelled(record: m.MeetingRecord, people: EventPeople, occurrence: str) -> Event:
    """One occurrence of a series, by its wall text in the series' zone."""
    if not record.rrule:
        raise InvitationError(f"{record.title!r} does not repeat; cancel the whole meeting")
    try:
        wall = format_wall(parse_wall(occurrence.strip()))
    except ValueError:
        raise InvitationError(
            f"cannot read the occurrence {occurrence!r}; write it as YYYY-MM-DDTHH:MM:SS"
        ) from None
    for instance in record.moved_instances:
        if instance.recurrence_id == wall and instance.deleted_at is None:
            return override_event(instance, record, record.when, people)
    return cancelled_occurrence(record, wall, people)
