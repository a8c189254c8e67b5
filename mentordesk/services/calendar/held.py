"""Each contact's latest held meeting, found by walking back from now instead of a whole year.

The rules of what counts are list_occurrences' own (series expanded, overrides with their own
status, cancelled ones not held): this only lists shorter windows, newest first, and stops as
soon as every contact who attends a meeting in the lookback has been seen in a held one.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from mentordesk.core.enums import MeetingStatus
from mentordesk.db import models as m
from mentordesk.services.calendar.occurrences import _near, attendance_ids, list_occurrences

FIRST_STEP = timedelta(days=14)  # the first window back from now; each next one is twice as long


def latest_held(*, now: datetime, lookback: timedelta) -> dict[int, datetime]:
    """Each contact's latest held meeting start in [now - lookback, now) (UTC), by contact id."""
    floor = now - lookback
    waiting = _attendees_near(floor, now)
    found: dict[int, datetime] = {}
    end, step = now, FIRST_STEP
    while end > floor and waiting - found.keys():
        start = max(floor, end - step)
        for contact_id, when in _held_in(start, end, now).items():
            found.setdefault(contact_id, when)  # a newer window already gave the later one
        end, step = start, step * 2
    return found


def _held_in(start: datetime, end: datetime, now: datetime) -> dict[int, datetime]:
    """The latest held occurrence start per attendee among those starting in [start, end)."""
    latest: dict[int, datetime] = {}
    for row in list_occurrences(window_start=start, window_end=end, now=now):
        if row.start < now and row.status == MeetingStatus.HELD.value:
            for contact_id in row.attendee_ids:
                latest[contact_id] = max(latest.get(contact_id, row.start), row.start)
    return latest


def _attendees_near(start: datetime, end: datetime) -> set[int]:
    """Everyone attending a meeting that may have an occurrence in [start, end)."""
    attendee = m.MeetingAttendeeRecord
    meetings = attendance_ids(_near(start, end))
    query = attendee.select(attendee.contact).distinct().where(attendee.meeting.in_(meetings))
    return {contact_id for (contact_id,) in query.tuples()}
