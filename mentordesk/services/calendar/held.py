"""Each contact's latest held meeting, found by walking back from now instead of a whole year.

The rules of what counts are list_occurrences' own (series expanded, overrides with their own
status, cancelled ones not held): this only lists shorter windows, newest first, and stops as
soon as every contact who attends a meeting in the lookback has been seen in a held one.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from mentordesk.core.enums import MeetingStatus
from mentordesk.db import models as m
from mentordesk.services.calendar.occurrences import (
    OccurrenceRow,
    _near,
    attendance_ids,
    list_occurrences,
)

FIRST_STEP = timedelta(days=14)  # the first window back from now; each next one is twice as long


def latest_held(
    *, now: datetime, lookback: timedelta, recent: list[OccurrenceRow] | None = None
) -> dict[int, datetime]:
    """Each contact's latest held meeting start in [now - lookback, now) (UTC), by contact id.

    ``recent`` are the occurrences from ``now - FIRST_STEP`` on, when already listed.
    """
    floor = now - lookback
    waiting = _attendees_near(floor, now)
    end = max(floor, now - FIRST_STEP)
    if recent is None:
        recent = list_occurrences(window_start=end, window_end=now, now=now)
    found = _latest(row for row in recent if end <= row.start < now)
    step = FIRST_STEP * 2
    while end > floor and waiting - found.keys():
        start = max(floor, end - step)
        rows = list_occurrences(window_start=start, window_end=end, now=now)
        for contact_id, when in _latest(rows).items():
            found.setdefault(contact_id, when)  # a newer window already gave the later one
        end, step = start, step * 2
    return found


def _latest(rows: Iterable[OccurrenceRow]) -> dict[int, datetime]:
    """The latest held occurrence start per attendee among some rows (all before now)."""
    latest: dict[int, datetime] = {}
    for row in rows:
        if row.status == MeetingStatus.HELD.value:
            for contact_id in row.attendee_ids:
                latest[contact_id] = max(latest.get(contact_id, row.start), row.start)
    return latest


def _attendees_near(start: datetime, end: datetime) -> set[int]:
    """Everyone attending a meeting that may have an occurrence in [start, end)."""
    attendee = m.MeetingAttendeeRecord
    meetings = attendance_ids(_near(start, end))
    query = attendee.select(attendee.contact).distinct().where(attendee.meeting.in_(meetings))
    return {contact_id for (contact_id,) in query.tuples()}
