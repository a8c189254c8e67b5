"""The organizer and attendees of an imported event: address, name and answer."""

from __future__ import annotations

from dataclasses import dataclass

from icalendar import Event

from mentordesk.core.enums import AttendeeResponse

PARTSTAT = {
    "ACCEPTED": AttendeeResponse.ACCEPTED,
    "DECLINED": AttendeeResponse.DECLINED,
    "TENTATIVE": AttendeeResponse.TENTATIVE,
}


@dataclass(frozen=True)
class Person:
    """A calendar address: email (lower-cased), display name, and answer (PARTSTAT)."""

    email: str
    name: str = ""
    response: str = AttendeeResponse.NEEDS_ACTION.value

    def as_json(self, *, with_response: bool = True) -> dict[str, str]:
        """The person as the meeting's JSON columns keep them."""
        data = {"email": self.email, "name": self.name}
        if with_response:
            data["response"] = self.response
        return data


def organizer_of(comp: Event) -> Person | None:
    """The ORGANIZER, or None when there is none or it has no address."""
    value = comp.get("ORGANIZER")
    if isinstance(value, list):
        value = value[0] if value else None
    return _person(value) if value is not None else None


def attendees_of(comp: Event) -> list[Person]:
    """Each ATTENDEE with an address, once per address, in file order."""
    found = comp.get("ATTENDEE")
    values = found if isinstance(found, list) else [found] if found is not None else []
    people: dict[str, Person] = {}
    for value in values:
        person = _person(value)
        if person is not None:
            people.setdefault(person.email, person)
    return list(people.values())


def _person(value) -> Person | None:
    """A calendar address as a Person (None without an email)."""
    address = str(value).strip()
    if address.casefold().startswith("mailto:"):
        address = address[len("mailto:") :]
    if "@" not in address:
        return None
    params = getattr(value, "params", {})
    status = PARTSTAT.get(str(params.get("PARTSTAT", "")).upper(), AttendeeResponse.NEEDS_ACTION)
    name = str(params.get("CN", "")).strip().strip('"')
    return Person(address.strip().casefold(), name, status.value)
