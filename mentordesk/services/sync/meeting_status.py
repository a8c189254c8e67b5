"""A meeting's own status (held, missed...) travels as X-MENTORDESK-STATUS, which iCalendar's
STATUS cannot say; it is taken off again before the import so it never lands in `ical_extra`."""

from __future__ import annotations

from icalendar import Event

from mentordesk.core.meeting_time import format_wall
from mentordesk.db import models as m

PROPERTY = "X-MENTORDESK-STATUS"


def mark_statuses(events: list[Event], series: m.MeetingRecord, overrides: list) -> None:
    """Add our status to the series' event and to each override's event."""
    by_rid = {o.recurrence_id: o.status for o in overrides}
    for event in events:
        rid = event.get("recurrence-id")
        status = series.status if rid is None else by_rid.get(_wall(rid.dt))
        if status:
            event.add(PROPERTY, status)


def _wall(value) -> str:
    """A RECURRENCE-ID as stored wall text (its zone dropped)."""
    return format_wall(value.replace(tzinfo=None) if hasattr(value, "hour") else value)


def take_statuses(text: str) -> tuple[str, dict[str, str]]:
    """The text without our status lines, and the statuses by RECURRENCE-ID value ("" master)."""
    kept, statuses, rid, status = [], {}, "", None
    for line in text.replace("\r\n", "\n").split("\n"):
        upper = line.upper()
        if upper.startswith("BEGIN:VEVENT"):
            rid, status = "", None
        elif upper.startswith("RECURRENCE-ID"):
            rid = line.split(":", 1)[1].strip()
        elif upper.startswith(PROPERTY + ":"):
            status = line.split(":", 1)[1].strip()
            continue
        elif upper.startswith("END:VEVENT") and status:
            statuses[rid] = status
        kept.append(line)
    return "\r\n".join(kept), statuses


def apply_statuses(uid: str, statuses: dict[str, str]) -> None:
    """Set the statuses on the series (and its overrides) the import just wrote."""
    series = m.MeetingRecord.get_or_none(m.MeetingRecord.uid == uid)
    if series is None:
        return
    _set(series, statuses.get(""))
    for override in m.MeetingRecord.select().where(m.MeetingRecord.recurrence_of == series.id):
        wanted = statuses.get(_compact(override.recurrence_id or ""))
        _set(override, wanted)


def _compact(wall: str) -> str:
    """Stored wall text as iCalendar writes it: 20261126T173000."""
    return wall.replace("-", "").replace(":", "")


def _set(record: m.MeetingRecord, status: str | None) -> None:
    """Update one status when it differs."""
    if status and record.status != status:
        m.MeetingRecord.update(status=status).where(m.MeetingRecord.id == record.id).execute()
