"""Meeting occurrences in a window: series expanded, moved and skipped instances honoured."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from peewee import Expression, Select

from mentordesk.core.enums import MeetingStatus
from mentordesk.core.meeting_time import MeetingTime, expand, format_wall, parse_wall
from mentordesk.core.recurrence import parse_rrule
from mentordesk.db import models as m


@dataclass(frozen=True)
class OccurrenceRow:
    """One meeting occurrence as the calendar shows it: its times, and its UTC span for order."""

    meeting_id: int  # the record shown: a one-off, a series, or a series' moved instance
    series_id: int | None  # the series this occurrence belongs to, None for a one-off
    recurrence_id: str | None  # wall text of the series occurrence it is (RECURRENCE-ID)
    title: str
    time: MeetingTime
    start: datetime  # UTC
    end: datetime  # UTC
    status: str
    attendees: str
    attendee_ids: tuple[int, ...]
    location: str
    recurring: bool


def list_occurrences(
    *, window_start: datetime, window_end: datetime, now: datetime | None = None
) -> list[OccurrenceRow]:
    """Every occurrence starting in [window_start, window_end), in time order."""
    now = now or datetime.now(UTC)
    near = _near(window_start, window_end)
    meetings = list(m.MeetingRecord.select().where(near))
    people = _attendees(m.MeetingRecord.select(m.MeetingRecord.id).where(near))
    moved = _moved(meetings)
    rows = []
    for meeting in meetings:
        for time in _times(meeting, window_start, window_end):
            if (meeting.id, time.start_utc()) not in moved:
                rows.append(_row(meeting, time, people.get(meeting.id, []), now))
    return sorted(rows, key=lambda r: (r.start, r.meeting_id))


def upcoming(
    rows: Iterable[OccurrenceRow], *, now: datetime, until: datetime
) -> list[OccurrenceRow]:
    """The rows starting in [now, until) that are not cancelled, order kept."""
    return [
        row
        for row in rows
        if now <= row.start < until and row.status != MeetingStatus.CANCELLED.value
    ]


def _near(window_start: datetime, window_end: datetime) -> Expression:
    """Series, moved instances and one-offs starting near the window (_starts is exact)."""
    meeting = m.MeetingRecord
    # stored to the second: `<=` keeps a start equal to a window end cut to the second
    in_window = (meeting.starts_at >= window_start) & (meeting.starts_at <= window_end)
    return (meeting.rrule != "") | meeting.recurrence_of.is_null(False) | in_window


def _attendees(meeting_ids: Select) -> dict[int, list[tuple[int, str]]]:
    """(contact id, name) of the attendees of some meetings, by meeting id, in name order."""
    people: dict[int, list[tuple[int, str]]] = defaultdict(list)
    attendee = m.MeetingAttendeeRecord
    query = (
        attendee.select(attendee.meeting, m.ContactRecord.id, m.ContactRecord.name)
        .join(m.ContactRecord)
        .where(attendee.meeting.in_(meeting_ids))
        .order_by(m.ContactRecord.name)
        .tuples()
    )
    for meeting_id, contact_id, name in query:
        people[meeting_id].append((contact_id, name))
    return people


def _moved(meetings: list[m.MeetingRecord]) -> set[tuple[int, datetime]]:
    """(series id, start instant) of each occurrence a moved instance replaces."""
    series = {x.id: x.when for x in meetings if x.rrule}
    return {
        (x.recurrence_of_id, _original_start(series[x.recurrence_of_id], x.recurrence_id))
        for x in meetings
        if x.recurrence_of_id in series and x.recurrence_id
    }


def _original_start(series: MeetingTime, recurrence_id: str) -> datetime:
    """The instant of the occurrence a RECURRENCE-ID (wall text in the series' zone) names."""
    return series.moved_to(parse_wall(recurrence_id)).start_utc()


def _times(
    meeting: m.MeetingRecord, window_start: datetime, window_end: datetime
) -> list[MeetingTime]:
    """The times of a meeting (one, or its expanded series) starting inside the window."""
    when = meeting.when
    if not meeting.rrule:
        return [when] if window_start <= when.start_utc() < window_end else []
    return expand(
        when,
        parse_rrule(meeting.rrule),
        window_start=window_start,
        window_end=window_end,
        exdates=[parse_wall(x) for x in meeting.exdates or []],
    )


def _row(
    meeting: m.MeetingRecord, time: MeetingTime, people: list[tuple[int, str]], now: datetime
) -> OccurrenceRow:
    """An occurrence row for a meeting at `time`."""
    end = time.end_utc()
    return OccurrenceRow(
        meeting_id=meeting.id,
        series_id=meeting.recurrence_of_id or (meeting.id if meeting.rrule else None),
        recurrence_id=_recurrence_id(meeting, time),
        title=meeting.title,
        time=time,
        start=time.start_utc(),
        end=end,
        status=_occurrence_status(meeting, end, now),
        attendees=", ".join(name for _, name in people),
        attendee_ids=tuple(contact_id for contact_id, _ in people),
        location=meeting.location or meeting.url,
        recurring=bool(meeting.rrule),
    )


def _recurrence_id(meeting: m.MeetingRecord, time: MeetingTime) -> str | None:
    """Which series occurrence this is: a moved instance's own id, or the expanded start."""
    if meeting.recurrence_of_id:
        return meeting.recurrence_id
    return format_wall(time.start) if meeting.rrule else None


def _occurrence_status(meeting: m.MeetingRecord, end: datetime, now: datetime) -> str:
    """A series occurrence is held once it has ended and planned before; one-offs keep theirs."""
    if not meeting.rrule or meeting.status == MeetingStatus.CANCELLED.value:
        return meeting.status
    return MeetingStatus.HELD.value if end <= now else MeetingStatus.PLANNED.value
