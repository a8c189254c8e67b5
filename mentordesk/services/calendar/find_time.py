"""Find a time with mentors: slots in their availability windows, free of my other meetings."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from mentordesk.core.availability import (
    Slot,
    Span,
    WarningCode,
    fits,
    free_slots,
    overlapping,
    parse_windows,
    window_spans,
)
from mentordesk.core.enums import MeetingStatus, TimeKind
from mentordesk.core.meeting_time import MeetingTime
from mentordesk.db import models as m
from mentordesk.services.calendar.occurrences import OccurrenceRow, list_occurrences

LONGEST_MEETING = timedelta(days=1)  # how far back a meeting may start and still overlap


@dataclass(frozen=True)
class PersonWindows:
    """A contact's availability: name, IANA zone and weekly windows (none: always free)."""

    contact_id: int
    name: str
    zone: str
    windows: tuple


@dataclass(frozen=True)
class MeetingWarning:
    """Something to check about a meeting's time, as a code and values the UI words."""

    code: WarningCode
    contact_id: int | None = None
    contact_name: str = ""
    contact_zone: str = ""
    other_meeting_id: int | None = None
    other_title: str = ""
    other_start: datetime | None = None  # UTC
    other_end: datetime | None = None  # UTC


def people_windows(contact_ids: Iterable[int]) -> list[PersonWindows]:
    """Each contact's zone and agreed windows (from their latest mentorship's agreement)."""
    ids = set(contact_ids)
    agreed = _agreed_windows(ids)
    query = (
        m.ContactRecord.select().where(m.ContactRecord.id.in_(ids)).order_by(m.ContactRecord.name)
    )
    return [
        PersonWindows(c.id, c.name, c.timezone, agreed.get(c.id, ()) if c.timezone else ())
        for c in query
    ]


def _agreed_windows(ids: set[int]) -> dict[int, tuple]:
    """Parsed availability windows by contact id, the latest mentorship's winning."""
    query = (
        m.AgreementRecord.select(m.AgreementRecord, m.MentorshipRecord)
        .join(m.MentorshipRecord)
        .where(m.MentorshipRecord.contact.in_(ids))
        .order_by(m.MentorshipRecord.id)
    )
    return {a.mentorship.contact_id: parse_windows(a.availability or []) for a in query}


def propose_slots(
    contact_ids: Iterable[int],
    duration: timedelta,
    *,
    search_from: datetime,
    search_to: datetime,
    my_zone: str,
    limit: int = 10,
    ignore_meeting_id: int | None = None,
) -> list[Slot]:
    """Up to `limit` half-hour slots inside every mentor's windows, clear of my meetings.

    `ignore_meeting_id` leaves the meeting being moved (and its series) out of my meetings.
    """
    people = [p for p in people_windows(contact_ids) if p.windows]
    windows = [
        window_spans(p.windows, p.zone, start=search_from, end=search_to + duration) for p in people
    ]
    busy = [span for span, _ in _busy(search_from, search_to + duration, ignore=ignore_meeting_id)]
    return free_slots(
        duration=duration,
        search_from=search_from,
        search_to=search_to,
        my_zone=my_zone,
        windows=windows,
        busy=busy,
        limit=limit,
    )


def check_meeting(
    when: MeetingTime, contact_ids: Iterable[int], *, ignore_meeting_id: int | None = None
) -> list[MeetingWarning]:
    """Warnings for a meeting's time: outside a mentor's window, or overlapping a meeting.

    All-day meetings get none. `ignore_meeting_id` leaves the meeting being edited (and its
    series) out of the overlaps.
    """
    if when.kind is TimeKind.ALL_DAY:
        return []
    start, end = when.start_utc(), when.end_utc()
    warnings = [
        MeetingWarning(WarningCode.OUTSIDE_WINDOW, p.contact_id, p.name, p.zone)
        for p in people_windows(contact_ids)
        if p.windows and not fits(start, end, window_spans(p.windows, p.zone, start=start, end=end))
    ]
    for (other_start, other_end), row in _busy(start, end, ignore=ignore_meeting_id):
        if overlapping(start, end, [(other_start, other_end)]):
            warnings.append(
                MeetingWarning(
                    WarningCode.OVERLAP,
                    other_meeting_id=row.meeting_id,
                    other_title=row.title,
                    other_start=other_start,
                    other_end=other_end,
                )
            )
    return warnings


def _busy(
    start: datetime, end: datetime, *, ignore: int | None
) -> list[tuple[Span, OccurrenceRow]]:
    """My timed, not cancelled occurrences that may overlap [start, end), with their spans."""
    rows = list_occurrences(window_start=start - LONGEST_MEETING, window_end=end, now=start)
    return [
        ((row.start, row.end), row)
        for row in rows
        if row.status != MeetingStatus.CANCELLED.value
        and row.time.kind is not TimeKind.ALL_DAY
        and (ignore is None or ignore not in (row.meeting_id, row.series_id))
        and row.start < end
        and start < row.end
    ]
