"""Date and time values of an imported event, turned into the meeting's own kind and zone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from mentordesk.core.enums import TimeKind
from mentordesk.core.meeting_time import MeetingTime, Wall, format_wall
from mentordesk.services.interop.ics.zones import matching_zone, zone_of


@dataclass(frozen=True)
class Anchor:
    """How an event's values are read: its time kind and, when timed, its IANA zone."""

    kind: TimeKind
    zone: str = ""

    @classmethod
    def of(cls, value: date, tzid: str) -> Anchor:
        """The kind and zone of a DTSTART value (a custom zone unmatched reads as UTC)."""
        if not isinstance(value, datetime):
            return cls(TimeKind.ALL_DAY)
        if value.tzinfo is None:
            return cls(TimeKind.FLOATING)
        zone = zone_of(tzid, value.tzinfo, value) or matching_zone(tzid, value.tzinfo, value)
        return cls(TimeKind.TIMED, zone or "UTC")

    def wall(self, value: date) -> Wall:
        """A value as wall time of this anchor (dates for all-day, naive datetimes otherwise)."""
        if self.kind is TimeKind.ALL_DAY:
            return value.date() if isinstance(value, datetime) else value
        if not isinstance(value, datetime):
            value = datetime.combine(value, time())
        if self.kind is TimeKind.FLOATING or value.tzinfo is None:
            return value.replace(tzinfo=None)
        return value.astimezone(ZoneInfo(self.zone)).replace(tzinfo=None)

    def text(self, value: date) -> str:
        """A value as stored wall text."""
        return format_wall(self.wall(value))

    def meeting_time(self, start: date, end: date | None) -> MeetingTime:
        """The meeting's times; an end before the start is taken as no length."""
        begin = self.wall(start)
        finish = self.wall(end) if end is not None else _default_end(begin)
        finish = max(finish, begin)
        if self.kind is TimeKind.TIMED:
            return MeetingTime.timed(begin, finish, self.zone)
        if self.kind is TimeKind.FLOATING:
            return MeetingTime.floating(begin, finish)
        return MeetingTime.all_day(begin, finish if finish > begin else None)


def _default_end(start: Wall) -> Wall:
    """RFC 5545: a date lasts one day, a date-time no time at all."""
    return start if isinstance(start, datetime) else start + timedelta(days=1)


def as_instant(value: date) -> datetime:
    """A value as an aware instant for comparisons (naive and dates read as UTC)."""
    if not isinstance(value, datetime):
        value = datetime.combine(value, time())
    return value if value.tzinfo else value.replace(tzinfo=UTC)
