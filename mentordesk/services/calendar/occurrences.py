"""Meeting occurrences in a window: series expanded (RRULE, RDATE, EXDATE), overrides honoured.

An override (a row with `recurrence_of`/`recurrence_id`) replaces the occurrence it names,
wherever it moved to; a cancelled override is still listed, as cancelled (history is kept),
while an EXDATE removes the occurrence. Each occurrence has its own status.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from peewee import Expression, Select, fn

from mentordesk.core.enums import MeetingStatus
from mentordesk.core.meeting_time import MeetingTime, expand, format_wall, parse_wall
from mentordesk.db import models as m
from mentordesk.services.sync.conflicts import needs_look_ids

log = logging.getLogger(__name__)
_ID_SLACK = timedelta(days=2)  # RECURRENCE-IDs are wall text: any zone is within this of UTC
_MEETING = m.MeetingRecord
_LISTED = (  # the columns an occurrence needs (agenda, notes and iCalendar extras stay behind)
    *(_MEETING.id, _MEETING.title, _MEETING.time_kind, _MEETING.start_wall, _MEETING.end_wall),
    *(_MEETING.timezone, _MEETING.rrule, _MEETING.exdates, _MEETING.rdates, _MEETING.status),
    *(_MEETING.recurrence_of, _MEETING.recurrence_id, _MEETING.location, _MEETING.url),
)


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
    moved: bool = False  # an override whose time differs from the occurrence it replaces
    needs_look: bool = False  # a sync kept the server's version of a conflicting edit


def list_occurrences(
    *,
    window_start: datetime,
    window_end: datetime,
    now: datetime | None = None,
    contact_id: int | None = None,
) -> list[OccurrenceRow]:
    """Every occurrence starting in [window_start, window_end), in time order.

    With `contact_id`, only the occurrences that contact attends (an override without
    attendees of its own has its series' attendees), reading only the meetings they touch.
    """
    now = now or datetime.now(UTC)
    near = _near(window_start, window_end)
    if contact_id is not None:
        near = near & _MEETING.id.in_(_touching(contact_id))
    meetings = list(m.MeetingRecord.select(*_LISTED).where(near))
    people = _attendees(attendance_ids(near))
    series = {x.id: x for x in meetings if x.rrule}
    replaced = _replaced(meetings, series)
    rows = []
    for meeting in meetings:
        attendees = people.get(meeting.id) or people.get(meeting.recurrence_of_id, [])
        for time in _times(meeting, window_start, window_end):
            if (meeting.id, time.start_utc()) not in replaced:
                rows.append(_row(meeting, time, attendees, now, series))
    if contact_id is not None:
        rows = [row for row in rows if contact_id in row.attendee_ids]
    return sorted(rows, key=lambda r: (r.start, r.meeting_id))


def mark_needs_look(rows: list[OccurrenceRow]) -> list[OccurrenceRow]:
    """The rows, those whose meeting a sync conflict waits on marked (one query more)."""
    looks = needs_look_ids(m.MeetingRecord)
    return [replace(r, needs_look=True) if {r.meeting_id, r.series_id} & looks else r for r in rows]


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
    """Meetings starting in the window, series begun by its end, overrides of occurrences in it.

    One indexed range for one-offs; `_times` is exact. An override is loaded when it starts in
    the window or when the occurrence it replaces (its RECURRENCE-ID) may be in it.
    """
    meeting = m.MeetingRecord
    # stored to the second: `<=` keeps a start equal to a window end cut to the second
    in_window = (meeting.starts_at >= window_start) & (meeting.starts_at <= window_end)
    low, high = (format_wall(x.replace(tzinfo=None)) for x in _id_window(window_start, window_end))
    replaces_one_in_window = meeting.recurrence_of.is_null(False) & (
        meeting.recurrence_id.between(low, high)
    )
    begun = (meeting.rrule != "") & (meeting.starts_at <= window_end) & _not_ended(low[:10])
    return in_window | begun | replaces_one_in_window


def _not_ended(low_day: str) -> Expression:
    """Series without an UNTIL before `low_day` ("YYYY-MM-DD"), or with RDATEs: maybe still on."""
    rule = fn.upper(m.MeetingRecord.rrule)
    at = fn.instr(rule, "UNTIL=")
    until_day = fn.substr(rule, at + 6, 8)
    has_rdates = fn.length(m.MeetingRecord.rdates) > len("[]")
    return (at == 0) | (until_day >= low_day.replace("-", "")) | has_rdates


def _touching(contact_id: int) -> Select:
    """The meetings whose rows a contact's occurrences depend on (ids, as a subquery)."""
    # those they attend; the overrides of those (which replace occurrences, or show the
    # series' attendees); the series of those (whose time tells whether an override moved)
    meeting, attendee = m.MeetingRecord, m.MeetingAttendeeRecord
    attended = attendee.select(attendee.meeting).where(attendee.contact == contact_id)
    overrides = meeting.select(meeting.id).where(meeting.recurrence_of.in_(attended))
    parents = meeting.select(meeting.recurrence_of).where(
        meeting.id.in_(attended) & meeting.recurrence_of.is_null(False)
    )
    return attended | overrides | parents


def _id_window(window_start: datetime, window_end: datetime) -> tuple[datetime, datetime]:
    """The UTC window widened so wall text in any zone near it falls inside."""
    return (window_start - _ID_SLACK).astimezone(UTC), (window_end + _ID_SLACK).astimezone(UTC)


def attendance_ids(near: Expression) -> Select:
    """The meetings whose attendees the `near` ones show: themselves and an override's series."""
    meeting = m.MeetingRecord
    overridden = meeting.select(meeting.recurrence_of).where(
        near & meeting.recurrence_of.is_null(False)
    )
    return meeting.select(meeting.id).where(near) | overridden


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


def _replaced(
    meetings: list[m.MeetingRecord], series: dict[int, m.MeetingRecord]
) -> set[tuple[int, datetime]]:
    """(series id, start instant) of each occurrence an override replaces."""
    return {
        (x.recurrence_of_id, _original_start(series[x.recurrence_of_id].when, x.recurrence_id))
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
    first = [when] if window_start <= when.start_utc() < window_end else []
    if not meeting.rrule:
        return first
    try:
        return expand(
            when,
            meeting.rrule,
            window_start=window_start,
            window_end=window_end,
            exdates=meeting.exdates or [],
            rdates=meeting.rdates or [],
        )
    except ValueError as error:  # a stored rule too dense to expand: show its first meeting
        log.warning("meeting %s: cannot expand %r: %s", meeting.id, meeting.rrule, error)
        return first


def _row(
    meeting: m.MeetingRecord,
    time: MeetingTime,
    people: list[tuple[int, str]],
    now: datetime,
    series: dict[int, m.MeetingRecord],
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
        moved=_is_moved(meeting, time, series),
    )


def _is_moved(
    meeting: m.MeetingRecord, time: MeetingTime, series: dict[int, m.MeetingRecord]
) -> bool:
    """Whether an override happens at another time than the occurrence it replaces."""
    if not (meeting.recurrence_of_id and meeting.recurrence_id):
        return False
    parent = series.get(meeting.recurrence_of_id)
    if parent is None:
        return format_wall(time.start) != meeting.recurrence_id
    return _original_start(parent.when, meeting.recurrence_id) != time.start_utc()


def _recurrence_id(meeting: m.MeetingRecord, time: MeetingTime) -> str | None:
    """Which series occurrence this is: a moved instance's own id, or the expanded start."""
    if meeting.recurrence_of_id:
        return meeting.recurrence_id
    return format_wall(time.start) if meeting.rrule else None


def _occurrence_status(meeting: m.MeetingRecord, end: datetime, now: datetime) -> str:
    """One-offs keep their stored status and cancelled stays cancelled; an override marked
    held stays held; other series occurrences are held once ended, planned before."""
    cancelled = meeting.status == MeetingStatus.CANCELLED.value
    if cancelled or not (meeting.rrule or meeting.recurrence_of_id):
        return meeting.status
    if meeting.recurrence_of_id and meeting.status == MeetingStatus.HELD.value:
        return meeting.status
    return MeetingStatus.HELD.value if end <= now else MeetingStatus.PLANNED.value
