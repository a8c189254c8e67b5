"""ORGANIZER and ATTENDEE addresses of exported meetings: me, linked contacts, guests."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from icalendar import vCalAddress

from mentordesk.core.enums import AttendeeResponse
from mentordesk.db import models as m
from mentordesk.services.settings import MY_EMAIL, MY_NAME, get_setting

PARTSTAT = {
    AttendeeResponse.NEEDS_ACTION.value: "NEEDS-ACTION",
    AttendeeResponse.ACCEPTED.value: "ACCEPTED",
    AttendeeResponse.DECLINED.value: "DECLINED",
    AttendeeResponse.TENTATIVE.value: "TENTATIVE",
}


@dataclass(frozen=True)
class Person:
    """Someone an event names: an address and a display name."""

    email: str
    name: str = ""
    response: str = AttendeeResponse.NEEDS_ACTION.value


def me() -> Person | None:
    """Me as organizer, from the workspace settings; None until my address is set."""
    email = get_setting(MY_EMAIL).strip()
    return Person(email, get_setting(MY_NAME).strip()) if email else None


def organizer_of(meeting: m.MeetingRecord, myself: Person | None) -> Person | None:
    """The meeting's own organizer when an invitation named one, else me."""
    organizer = meeting.organizer or {}
    if organizer.get("email"):
        return Person(organizer["email"], organizer.get("name", ""))
    return myself


def contact_attendees(meeting_ids: Iterable[int] | None = None) -> dict[int, list[Person]]:
    """The linked contacts that have an email address, by meeting id, in name order."""
    attendee, contact = m.MeetingAttendeeRecord, m.ContactRecord
    query = (
        attendee.select(attendee.meeting, attendee.response, contact.name, contact.emails)
        .join(contact)
        .order_by(attendee.meeting, contact.name, contact.id)
    )
    if meeting_ids is not None:
        query = query.where(attendee.meeting.in_(list(meeting_ids)))
    people: dict[int, list[Person]] = defaultdict(list)
    for row in query.tuples():
        meeting_id, response, name, emails = row
        address = first_email(emails)
        if address:
            people[meeting_id].append(Person(address, name, response))
    return people


def first_email(emails: list | None) -> str:
    """The first non-empty address of a contact's email list, or ""."""
    for entry in emails or []:
        value = (entry.get("value") if isinstance(entry, dict) else str(entry)) or ""
        if value.strip():
            return value.strip()
    return ""


def guests_of(meeting: m.MeetingRecord) -> list[Person]:
    """Invited people who are not contacts, as stored on the meeting."""
    guests = []
    for guest in meeting.guests or []:
        if guest.get("email"):
            response = str(guest.get("response") or "").lower().replace("-", "_")
            guests.append(Person(guest["email"], guest.get("name", ""), response))
    return guests


def organizer_address(person: Person) -> vCalAddress:
    """An ORGANIZER value."""
    address = vCalAddress(_mailto(person.email))
    if person.name:
        address.params["CN"] = person.name
    return address


def attendee_address(person: Person) -> vCalAddress:
    """An ATTENDEE value with its name and answer (CUTYPE and ROLE keep their defaults)."""
    address = vCalAddress(_mailto(person.email))
    if person.name:
        address.params["CN"] = person.name
    partstat = PARTSTAT.get(person.response, "NEEDS-ACTION")
    address.params["PARTSTAT"] = partstat
    if partstat == "NEEDS-ACTION":
        address.params["RSVP"] = "TRUE"
    return address


def _mailto(email: str) -> str:
    """A cal-address URI for an email address (kept as is when it already is a URI)."""
    return email if email.lower().startswith("mailto:") else f"mailto:{email}"
