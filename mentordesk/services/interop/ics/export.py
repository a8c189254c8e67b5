"""Meetings as iCalendar: a whole calendar (METHOD:PUBLISH), an invitation, a cancellation.

The output is deterministic: DTSTAMP is each meeting's last change, not the export time, and
events come in id order, so the same data gives the same bytes (CRLF, folded at 75 octets).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from icalendar import Calendar, Event

from mentordesk.core.progress import NoProgress, Progress, check_cancelled
from mentordesk.db import models as m
from mentordesk.services.interop.ics.event_people import contact_attendees, me
from mentordesk.services.interop.ics.event_times import used_zone
from mentordesk.services.interop.ics.events import EventPeople, meeting_events
from mentordesk.services.interop.ics.export_selection import (
    ExportScope,
    SelectedMeetings,
    select_meetings,
)
from mentordesk.services.interop.ics.timezones_out import vtimezones
from mentordesk.services.interop.ics.todos import PRODID, dated_tasks, task_to_vtodo

CALENDAR_NAME = "MentorDesk"
END_CALENDAR = b"END:VCALENDAR\r\n"


def new_calendar(method: str) -> Calendar:
    """An empty VCALENDAR with our PRODID and the iTIP method."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", method)
    return calendar


@dataclass(frozen=True)
class CalendarExport:
    """An exported calendar's text and what it holds."""

    text: str
    meetings: int  # series and one-offs
    events: int  # VEVENTs, overridden occurrences included
    tasks: int

    def summary(self, target: str) -> str:
        """One line saying what went where."""
        tasks = f" and {self.tasks} tasks" if self.tasks else ""
        return f"Exported {self.meetings} meetings ({self.events} events){tasks} to {target}."


def export_meetings_ics(
    scope: ExportScope | None = None, *, tasks: bool = False, progress: Progress | None = None
) -> str:
    """The meetings in scope (and, with `tasks`, the dated tasks) as PUBLISH iCalendar text."""
    return export_calendar(scope, tasks=tasks, progress=progress).text


def export_calendar(
    scope: ExportScope | None = None, *, tasks: bool = False, progress: Progress | None = None
) -> CalendarExport:
    """The meetings in scope as a PUBLISH calendar, with counts for a summary."""
    progress = progress or NoProgress()
    scope = scope or ExportScope()
    selected = select_meetings(scope)
    calendar = new_calendar("PUBLISH")
    calendar.add("x-wr-calname", CALENDAR_NAME)
    every = [*selected.meetings, *(o for group in selected.overrides.values() for o in group)]
    events: list[bytes] = []
    for event in _events(selected, progress):
        events.append(event.to_ical())  # serialised at once: the heap stays small
    todos = [task_to_vtodo(task).to_ical() for task in _tasks_in_scope(scope)] if tasks else []
    return CalendarExport(
        text=serialise(calendar, every, [*events, *todos]),
        meetings=len(selected.meetings),
        events=len(events),
        tasks=len(todos),
    )


def _events(selected: SelectedMeetings, progress: Progress) -> Iterator[Event]:
    """The VEVENTs of the selected meetings, in order, reporting progress as they come."""
    people = EventPeople(me(), contact_attendees())
    meetings = selected.meetings
    for done, meeting in enumerate(meetings):
        if done % 500 == 0:
            check_cancelled(progress)
            progress.report(done, len(meetings), "")
        yield from meeting_events(meeting, selected.overrides.get(meeting.id, []), people)


def serialise(
    calendar: Calendar, meetings: Iterable[m.MeetingRecord], components: Iterable[bytes]
) -> str:
    """The calendar's text: its properties, the VTIMEZONEs the meetings use, the components.

    Each component comes already serialised by icalendar (folded, CRLF); they go where
    `Calendar.to_ical` would put them, so the text is what it would write, byte for byte.
    """
    meetings = list(meetings)
    zones = {used_zone(x.time_kind, x.timezone) for x in meetings}
    years = [int(x.start_wall[:4]) for x in meetings] or [date.today().year]
    for timezone in vtimezones(zones, min(years), max(years) + 1):
        calendar.add_component(timezone)
    head = calendar.to_ical().removesuffix(END_CALENDAR)
    body = b"".join([head, *components, END_CALENDAR])
    return body.decode("utf-8")


def _tasks_in_scope(scope: ExportScope) -> list[m.TaskRecord]:
    """The dated tasks the scope covers: the contact's, due inside the range."""
    return [
        task
        for task in dated_tasks()
        if (scope.contact_id is None or task.contact_id == scope.contact_id)
        and (scope.first_day is None or task.due >= scope.first_day)
        and (scope.last_day is None or task.due <= scope.last_day)
    ]
