"""One meeting as VEVENTs: the series (or one-off) and each overridden occurrence."""

from __future__ import annotations

from dataclasses import dataclass, field

from icalendar import Event, vRecur

from mentordesk.core.enums import MeetingStatus
from mentordesk.core.meeting_time import MeetingTime, format_wall
from mentordesk.db import models as m
from mentordesk.services.interop.ics.alarms import display_alarm
from mentordesk.services.interop.ics.event_extra import add_extra_lines
from mentordesk.services.interop.ics.event_people import (
    Person,
    attendee_address,
    guests_of,
    organizer_address,
    organizer_of,
)
from mentordesk.services.interop.ics.event_times import rdate_values, series_value, start_and_end

STATUS = {MeetingStatus.CANCELLED.value: "CANCELLED"}  # planned and held: CONFIRMED


@dataclass(frozen=True)
class EventPeople:
    """Who the events name: me (organizer by default) and the contacts of each meeting."""

    myself: Person | None = None
    contacts: dict[int, list[Person]] = field(default_factory=dict)


def meeting_events(
    series: m.MeetingRecord,
    overrides: list[m.MeetingRecord],
    people: EventPeople,
    *,
    skip_cancelled: bool = False,
) -> list[Event]:
    """The VEVENT of a meeting, then one per overridden occurrence (same UID, RECURRENCE-ID).

    With `skip_cancelled` (an invitation: iTIP allows no CANCELLED there) a cancelled
    occurrence becomes an EXDATE of the series instead of a VEVENT of its own.
    """
    when = series.when
    overrides = sorted(overrides, key=lambda o: (o.recurrence_id or "", o.id))
    cancelled = [o for o in overrides if skip_cancelled and o.status in STATUS]
    skipped = [o.recurrence_id for o in cancelled if o.recurrence_id]
    events = [series_event(series, when, people, skipped=skipped)]
    overridden = {o.recurrence_id for o in overrides}
    for period in rdate_values(sorted(series.rdates or []), when)[1]:
        if format_wall(period.start) not in overridden:
            events.append(period_event(series, period, people))
    for instance in overrides:
        if instance not in cancelled:
            events.append(override_event(instance, series, when, people))
    return events


def series_event(
    meeting: m.MeetingRecord, when: MeetingTime, people: EventPeople, *, skipped=()
) -> Event:
    """The main VEVENT: times, rule, exceptions and extra dates, and the shared properties."""
    event = base_event(meeting, meeting.uid, when, people)
    if meeting.rrule:
        event.add("rrule", vRecur.from_ical(meeting.rrule))
    exdates = sorted({*(meeting.exdates or []), *skipped})
    if exdates:
        event.add("exdate", [series_value(text, when) for text in exdates])
    if meeting.rdates:
        _add_rdates(event, sorted(meeting.rdates), when)
    return event


def override_event(
    instance: m.MeetingRecord, series: m.MeetingRecord, series_when: MeetingTime, people
) -> Event:
    """A moved or status-changed occurrence: the series' UID, RECURRENCE-ID in its zone."""
    event = base_event(instance, series.uid, instance.when, people, series=series)
    event.add("recurrence-id", series_value(instance.recurrence_id, series_when))
    return event


def cancelled_occurrence(series: m.MeetingRecord, recurrence_id: str, people: EventPeople) -> Event:
    """One occurrence of a series, cancelled (no row of its own is needed for that)."""
    when = series.when
    start = series_value(recurrence_id, when)
    event = base_event(series, series.uid, when.moved_to(_wall_of(start)), people)
    event.add("recurrence-id", start)
    event["status"] = "CANCELLED"
    return event


def base_event(
    meeting: m.MeetingRecord,
    uid: str,
    when: MeetingTime,
    people: EventPeople,
    *,
    series: m.MeetingRecord | None = None,
) -> Event:
    """The properties every exported VEVENT has, with its alarm and kept extra lines.

    An overridden occurrence without people of its own names those of its `series`.
    """
    event = Event()
    start, end = start_and_end(when)
    event.add("uid", uid)
    event.add("dtstamp", meeting.updated_at)
    event.add("created", meeting.created_at)
    event.add("last-modified", meeting.updated_at)
    event.add("sequence", meeting.sequence)
    event.add("dtstart", start)
    event.add("dtend", end)
    event.add("summary", meeting.title)
    event.add("status", STATUS.get(meeting.status, "CONFIRMED"))
    _add_text(event, meeting)
    _add_people(event, meeting, people, series or meeting)
    alarm = display_alarm(meeting.title, meeting.reminder_minutes)
    if alarm is not None:
        event.add_component(alarm)
    add_extra_lines(event, meeting.ical_extra)
    return event


def _add_text(event: Event, meeting: m.MeetingRecord) -> None:
    """DESCRIPTION (the agenda), LOCATION and URL, when set."""
    for name, value in (
        ("description", meeting.agenda),
        ("location", meeting.location),
        ("url", meeting.url),
    ):
        if value:
            event.add(name, value)


def _add_people(
    event: Event, meeting: m.MeetingRecord, people: EventPeople, series: m.MeetingRecord
) -> None:
    """ORGANIZER, then an ATTENDEE per linked contact and per guest."""
    organizer = organizer_of(meeting if meeting.organizer else series, people.myself)
    if organizer is not None:
        event.add("organizer", organizer_address(organizer))
    contacts = people.contacts.get(meeting.id) or people.contacts.get(series.id, [])
    seen = set()
    for person in [*contacts, *guests_of(meeting if meeting.guests else series)]:
        if person.email.lower() not in seen:
            seen.add(person.email.lower())
            event.add("attendee", attendee_address(person))


def _add_rdates(event: Event, texts: list[str], when: MeetingTime) -> None:
    """One RDATE line with every extra start (periods by their start; see period_event)."""
    event.add("rdate", rdate_values(texts, when)[0])


def period_event(series: m.MeetingRecord, period: MeetingTime, people: EventPeople) -> Event:
    """An extra occurrence (RDATE period) longer or shorter than the series, as an override."""
    event = base_event(series, series.uid, period, people)
    event.add("recurrence-id", start_and_end(period)[0])
    return event


def _wall_of(value):
    """A naive wall value from an ical value (aware datetimes lose their zone)."""
    return value.replace(tzinfo=None) if hasattr(value, "tzinfo") else value
