"""Meetings as iCalendar: a whole calendar (METHOD:PUBLISH), an invitation, a cancellation.

The output is deterministic: DTSTAMP is each meeting's last change, not the export time, and
events come in id order, so the same data gives the same bytes (CRLF, folded at 75 octets).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from icalendar import Calendar, Event

from mentordesk.core.progress import NoProgress, Progress, check_cancelled
from mentordesk.db import models as m
from mentordesk.services.interop.ics.event_people import contact_attendees, me
from mentordesk.services.interop.ics.event_times import used_zone
from mentordesk.services.interop.ics.events import EventPeople, meeting_events
from mentordesk.services.interop.ics.export_selection import ExportScope, select_meetings
from mentordesk.services.interop.ics.timezones_out import vtimezones
from mentordesk.services.interop.ics.todos import PRODID, dated_tasks, task_to_vtodo

CALENDAR_NAME = "MentorDesk"


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
    calendar = meetings_calendar(scope or ExportScope(), tasks=tasks, progress=progress)
    meetings = sum(1 for e in calendar.walk("VEVENT") if "RECURRENCE-ID" not in e)
    return CalendarExport(
        text=calendar.to_ical().decode(),
        meetings=meetings,
        events=len(calendar.events),
        tasks=len(calendar.todos),
    )


def meetings_calendar(
    scope: ExportScope, *, tasks: bool = False, progress: Progress | None = None
) -> Calendar:
    """The PUBLISH calendar: VTIMEZONEs first, then VEVENTs, then VTODOs."""
    progress = progress or NoProgress()
    selected = select_meetings(scope)
    people = EventPeople(me(), contact_attendees())
    events, meetings = [], selected.meetings
    for done, meeting in enumerate(meetings):
        if done % 500 == 0:
            check_cancelled(progress)
            progress.report(done, len(meetings), "")
        events += meeting_events(meeting, selected.overrides.get(meeting.id, []), people)
    calendar = new_calendar("PUBLISH")
    calendar.add("x-wr-calname", CALENDAR_NAME)
    every = [*meetings, *(o for group in selected.overrides.values() for o in group)]
    assemble(calendar, every, events)
    for task in _tasks_in_scope(scope) if tasks else []:
        calendar.add_component(task_to_vtodo(task))
    return calendar


def assemble(calendar: Calendar, meetings: Iterable[m.MeetingRecord], events: list[Event]) -> None:
    """Add the VTIMEZONEs the meetings use, then the events."""
    meetings = list(meetings)
    zones = {used_zone(x.when) for x in meetings}
    years = [int(x.start_wall[:4]) for x in meetings] or [date.today().year]
    for timezone in vtimezones(zones, min(years), max(years) + 1):
        calendar.add_component(timezone)
    for event in events:
        calendar.add_component(event)


def _tasks_in_scope(scope: ExportScope) -> list[m.TaskRecord]:
    """The dated tasks the scope covers: the contact's, due inside the range."""
    return [
        task
        for task in dated_tasks()
        if (scope.contact_id is None or task.contact_id == scope.contact_id)
        and (scope.first_day is None or task.due >= scope.first_day)
        and (scope.last_day is None or task.due <= scope.last_day)
    ]
