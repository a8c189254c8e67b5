"""Meeting occurrences in a window: series expanded, moved and skipped instances honoured."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from peewee import Expression, Select

from mentordesk.core.enums import MeetingStatus, TimeKind
from mentordesk.core.recurrence import occurrences, parse_rrule
from mentordesk.db import models as m


@dataclass(frozen=True)
class OccurrenceRow:
    """One meeting occurrence as the calendar shows it."""

    meeting_id: int
    title: str
    start: datetime
    end: datetime
    timezone: str
    time_kind: str
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
    moved = {(x.recurrence_of_id, x.recurrence_id) for x in meetings if x.recurrence_of_id}
    rows = []
    for meeting in meetings:
        for start in _starts(meeting, window_start, window_end):
            if (meeting.id, start.astimezone(UTC)) not in moved:
                rows.append(_row(meeting, start, people.get(meeting.id, []), now))
    return sorted(rows, key=lambda r: (r.start.astimezone(UTC), r.meeting_id))


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


def _starts(
    meeting: m.MeetingRecord, window_start: datetime, window_end: datetime
) -> list[datetime]:
    """The start instants of a meeting (one, or its expanded series) inside the window."""
    if not meeting.rrule:
        return [meeting.starts_at] if window_start <= meeting.starts_at < window_end else []
    zone = (
        meeting.timezone
        if meeting.time_kind == TimeKind.TIMED.value and meeting.timezone
        else "UTC"
    )
    tz = ZoneInfo(zone)
    return occurrences(
        start=meeting.starts_at.astimezone(tz),
        rule=parse_rrule(meeting.rrule),
        zone=zone,
        window_start=window_start,
        window_end=window_end,
        exdates=[datetime.fromisoformat(x) for x in meeting.exdates or []],
    )


def _row(
    meeting: m.MeetingRecord, start: datetime, people: list[tuple[int, str]], now: datetime
) -> OccurrenceRow:
    """An occurrence row for a meeting starting at `start`."""
    duration: timedelta = meeting.ends_at - meeting.starts_at
    end = start + duration
    return OccurrenceRow(
        meeting_id=meeting.id,
        title=meeting.title,
        start=start.astimezone(UTC),
        end=end.astimezone(UTC),
        timezone=meeting.timezone,
        time_kind=meeting.time_kind,
        status=_occurrence_status(meeting, end, now),
        attendees=", ".join(name for _, name in people),
        attendee_ids=tuple(contact_id for contact_id, _ in people),
        location=meeting.location or meeting.url,
        recurring=bool(meeting.rrule),
    )


def _occurrence_status(meeting: m.MeetingRecord, end: datetime, now: datetime) -> str:
    """A series occurrence is held once it has ended and planned before; one-offs keep theirs."""
    if not meeting.rrule or meeting.status == MeetingStatus.CANCELLED.value:
        return meeting.status
    return MeetingStatus.HELD.value if end <= now else MeetingStatus.PLANNED.value
