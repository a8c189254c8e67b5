"""One VEVENT read into the values a meeting record keeps."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from icalendar import Event

from mentordesk.core.enums import MeetingStatus
from mentordesk.core.meeting_time import MeetingTime, format_wall
from mentordesk.services.interop.ics.parse_extra import extra_lines, reminder_minutes
from mentordesk.services.interop.ics.parse_people import Person, attendees_of, organizer_of
from mentordesk.services.interop.ics.parse_values import Anchor

NO_TITLE = "Untitled meeting"


@dataclass
class IcsEvent:
    """What one VEVENT says, in the meeting's own terms (wall text in its own zone)."""

    line: int
    uid: str
    uid_derived: bool
    sequence: int
    title: str
    anchor: Anchor
    when: MeetingTime
    status: str
    rrule: str = ""
    exdates: list[str] = field(default_factory=list)
    rdates: list[str] = field(default_factory=list)
    recurrence_value: date | None = None  # RECURRENCE-ID as the file gives it
    recurrence_range: str = ""
    location: str = ""
    url: str = ""
    agenda: str = ""
    organizer: Person | None = None
    attendees: list[Person] = field(default_factory=list)
    reminder_minutes: int | None = None
    ical_extra: str = ""

    @property
    def is_override(self) -> bool:
        """True for a RECURRENCE-ID instance of a series."""
        return self.recurrence_value is not None


def read_event(comp: Event, *, line: int, method: str) -> IcsEvent:
    """The event's values; the caller has checked that DTSTART and the other values parse."""
    start = comp["DTSTART"].dt
    anchor = Anchor.of(start, str(comp["DTSTART"].params.get("TZID", "")))
    title = _text(comp, "SUMMARY")
    uid = _text(comp, "UID")
    rid = comp.get("RECURRENCE-ID")
    return IcsEvent(
        line=line,
        uid=uid or derived_uid(title, comp),
        uid_derived=not uid,
        sequence=_sequence(comp),
        title=" ".join(title.split()) or NO_TITLE,
        anchor=anchor,
        when=anchor.meeting_time(start, _end(comp, start)),
        status=_status(comp, method),
        rrule=_rrule(comp),
        exdates=_dates(comp, "EXDATE", anchor),
        rdates=_dates(comp, "RDATE", anchor),
        recurrence_value=rid.dt if rid is not None else None,
        recurrence_range=str(rid.params.get("RANGE", "")).upper() if rid is not None else "",
        location=_text(comp, "LOCATION"),
        url=_text(comp, "URL"),
        agenda=_text(comp, "DESCRIPTION"),
        organizer=organizer_of(comp),
        attendees=attendees_of(comp),
        reminder_minutes=reminder_minutes(comp),
        ical_extra=extra_lines(comp),
    )


def derived_uid(title: str, comp: Event) -> str:
    """A stable UID for an event that has none: from its title and start, as written."""
    start = comp.get("DTSTART")
    stamp = start.to_ical().decode() if start is not None else ""
    tzid = str(start.params.get("TZID", "")) if start is not None else ""
    digest = hashlib.sha256(f"{' '.join(title.split())}\n{tzid}\n{stamp}".encode()).hexdigest()
    return f"no-uid-{digest[:32]}@mentordesk.invalid"


def _text(comp: Event, name: str) -> str:
    """A text property (the first, when repeated), or ""."""
    value = comp.get(name)
    if isinstance(value, list):
        value = value[0] if value else ""
    return "" if value is None else str(value)


def _sequence(comp: Event) -> int:
    """SEQUENCE as a number (0 when absent or unreadable)."""
    try:
        return max(0, int(str(comp.get("SEQUENCE", 0)).strip() or 0))
    except ValueError:
        return 0


def _end(comp: Event, start: date) -> date | None:
    """DTEND, or DTSTART plus DURATION, or None for the RFC default."""
    if "DTEND" in comp:
        return comp["DTEND"].dt
    if "DURATION" in comp:
        length = comp["DURATION"].dt
        if isinstance(length, timedelta):
            return start + length
    return None


def _status(comp: Event, method: str) -> str:
    """Cancelled by METHOD:CANCEL or STATUS:CANCELLED, else planned."""
    cancelled = method == "CANCEL" or _text(comp, "STATUS").upper() == "CANCELLED"
    return (MeetingStatus.CANCELLED if cancelled else MeetingStatus.PLANNED).value


def _rrule(comp: Event) -> str:
    """The RRULE as text (the first, when several are given)."""
    rule = comp.get("RRULE")
    if isinstance(rule, list):
        rule = rule[0] if rule else None
    return rule.to_ical().decode() if rule is not None else ""


def _dates(comp: Event, name: str, anchor: Anchor) -> list[str]:
    """EXDATE or RDATE values as wall text in the event's zone; a PERIOD as "start/end"."""
    found = comp.get(name)
    if found is None:
        return []
    texts = []
    for group in found if isinstance(found, list) else [found]:
        for item in group.dts:
            texts.append(_date_text(item.dt, anchor))
    return sorted(set(texts))


def _date_text(value, anchor: Anchor) -> str:
    """One date, date-time or period as wall text."""
    if isinstance(value, tuple):  # a PERIOD: (start, end) or (start, duration)
        begin, end = value
        end = begin + end if isinstance(end, timedelta) else end
        return f"{anchor.text(begin)}/{anchor.text(end)}"
    return anchor.text(value)


def wall_text(value: date | datetime, anchor: Anchor) -> str:
    """A RECURRENCE-ID value as wall text of a series read with `anchor`."""
    return format_wall(anchor.wall(value))
