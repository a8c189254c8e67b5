"""Who an imported event involves: contacts found by email, other guests, and the organizer."""

from __future__ import annotations

from dataclasses import dataclass

from mentordesk.core.enums import AttendeeResponse
from mentordesk.db import models as m
from mentordesk.services.interop.ics.parse_events import IcsEvent
from mentordesk.services.settings import MY_EMAIL, get_setting


@dataclass(frozen=True)
class EventPeople:
    """An event's people as the meeting keeps them."""

    contacts: dict[int, str]  # contact id -> response
    guests: list[dict[str, str]]
    organizer: dict[str, str]
    names: list[str]  # for the preview, contacts first


class PeopleIndex:
    """Contacts by email (loaded once) and my own address."""

    def __init__(self) -> None:
        self.my_email = get_setting(MY_EMAIL).strip().casefold()
        self.by_email: dict[str, tuple[int, str]] = {}
        query = m.ContactRecord.select(
            m.ContactRecord.id, m.ContactRecord.name, m.ContactRecord.emails
        )
        for contact in query.order_by(m.ContactRecord.id):
            for email in contact.emails or []:
                key = str(email.get("value", "")).strip().casefold()
                self.by_email.setdefault(key, (contact.id, contact.name))

    def of(self, event: IcsEvent) -> EventPeople:
        """Split the event's attendees into contacts and guests; the organizer unless it is me."""
        contacts: dict[int, str] = {}
        names: list[str] = []
        guests = []
        for person in event.attendees:
            if person.email == self.my_email:
                continue
            found = self.by_email.get(person.email)
            if found is None:
                guests.append(person.as_json())
            elif found[0] not in contacts:
                contacts[found[0]] = person.response
                names.append(found[1])
        organizer = self._organizer(event, contacts, names)
        names += [g["name"] or g["email"] for g in guests]
        return EventPeople(contacts, guests, organizer, names)

    def _organizer(self, event: IcsEvent, contacts: dict[int, str], names: list[str]) -> dict:
        """The organizer as JSON (empty when it is me); an organizer who is a contact attends."""
        person = event.organizer
        if person is None or person.email == self.my_email:
            return {}
        found = self.by_email.get(person.email)
        if found is not None and found[0] not in contacts:
            contacts[found[0]] = AttendeeResponse.ACCEPTED.value
            names.insert(0, found[1])
        return person.as_json(with_response=False)
