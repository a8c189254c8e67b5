"""A meeting's times as iCalendar keeps them: wall time and IANA zone, dates, or floating."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from mentordesk.core.enums import TimeKind
from mentordesk.core.recurrence import (
    DEFAULT_LIMIT,
    RecurrenceRule,
    parse_rrule,
    wall_occurrences,
    widened,
)

Wall = datetime | date  # a naive wall datetime, or a date for all-day values


@dataclass(frozen=True)
class MeetingTime:
    """Start and end of a meeting in the form its kind calls for; validated on construction.

    TIMED: naive wall datetimes in the IANA `zone`. FLOATING: naive wall datetimes read in
    whatever zone the computer is in. ALL_DAY: dates (end exclusive, as in iCalendar).
    """

    kind: TimeKind
    start: Wall
    end: Wall
    zone: str = ""

    def __post_init__(self) -> None:
        """Coerce the kind, drop microseconds and fold, and reject inconsistent values."""
        object.__setattr__(self, "kind", TimeKind(self.kind))
        object.__setattr__(self, "start", _normal(self.start, self.kind))
        object.__setattr__(self, "end", _normal(self.end, self.kind))
        if self.end < self.start:
            raise ValueError(f"a meeting cannot end ({self.end}) before it starts ({self.start})")
        _check_zone(self.kind, self.zone)

    @classmethod
    def timed(cls, start: datetime, end: datetime, zone: str) -> MeetingTime:
        """A meeting at a wall time in an IANA zone."""
        return cls(TimeKind.TIMED, start, end, zone)

    @classmethod
    def floating(cls, start: datetime, end: datetime) -> MeetingTime:
        """A meeting at a wall time wherever the user happens to be."""
        return cls(TimeKind.FLOATING, start, end)

    @classmethod
    def all_day(cls, start: date, end: date | None = None) -> MeetingTime:
        """Whole days from `start` up to the exclusive `end` (default: the next day)."""
        return cls(TimeKind.ALL_DAY, start, end or start + timedelta(days=1))

    @classmethod
    def from_instants(cls, start: datetime, end: datetime, zone: str) -> MeetingTime:
        """A timed meeting from two aware instants, kept as their wall times in `zone`."""
        tz = _zone_info(zone)
        return cls.timed(_wall_in(start, tz), _wall_in(end, tz), zone)

    @classmethod
    def from_storage(cls, *, kind: str, start: str, end: str, zone: str) -> MeetingTime:
        """Rebuild from stored wall text; a timed value with no zone is in UTC, others ignore it."""
        kind = TimeKind(kind)
        zone = (zone or "UTC") if kind is TimeKind.TIMED else ""
        return cls(kind, parse_wall(start), parse_wall(end), zone)

    def to_storage(self) -> tuple[str, str]:
        """Start and end as stored wall text ("YYYY-MM-DDTHH:MM:SS" or "YYYY-MM-DD")."""
        return format_wall(self.start), format_wall(self.end)

    @property
    def duration(self) -> timedelta:
        """The length in wall time (whole days for all-day meetings)."""
        return as_datetime(self.end) - as_datetime(self.start)

    def start_utc(self, local_zone: tzinfo | None = None) -> datetime:
        """The start instant; floating and all-day values read in `local_zone` (default ours)."""
        return self._to_utc(self.start, local_zone)

    def end_utc(self, local_zone: tzinfo | None = None) -> datetime:
        """The end instant; floating and all-day values read in `local_zone` (default ours)."""
        return self._to_utc(self.end, local_zone)

    def _to_utc(self, wall: Wall, local_zone: tzinfo | None) -> datetime:
        """A wall value as a UTC instant: ambiguous times take fold=0, gap times move forward."""
        tz = ZoneInfo(self.zone) if self.kind is TimeKind.TIMED else local_zone
        moment = as_datetime(wall)
        if tz is None:
            return moment.astimezone(UTC)  # a naive datetime is read in the computer's zone
        return moment.replace(tzinfo=tz).astimezone(UTC)

    def moved_to(self, start: Wall) -> MeetingTime:
        """The same meeting starting at another wall time, as long in wall time as before."""
        begin = _normal(start, self.kind)
        end = as_datetime(begin) + self.duration
        return replace(self, start=begin, end=end.date() if _is_date(begin) else end)

    def ical_lines(self) -> list[str]:
        """DTSTART and DTEND content lines, as RFC 5545 writes this kind of value."""
        return [f"DTSTART{self._ical(self.start)}", f"DTEND{self._ical(self.end)}"]

    def _ical(self, wall: Wall) -> str:
        """The parameters and value of one date-time property."""
        if self.kind is TimeKind.ALL_DAY:
            return f";VALUE=DATE:{wall:%Y%m%d}"
        zone = f";TZID={self.zone}" if self.kind is TimeKind.TIMED else ""
        return f"{zone}:{wall:%Y%m%dT%H%M%S}"


def expand(
    series: MeetingTime,
    rule: RecurrenceRule | str,
    *,
    window_start: datetime,
    window_end: datetime,
    exdates: Iterable[Wall | str] = (),
    local_zone: tzinfo | None = None,
    rdates: Iterable[Wall | str] = (),
    limit: int = DEFAULT_LIMIT,
) -> list[MeetingTime]:
    """The occurrences of a series starting in the UTC window, in time order.

    The rule repeats the wall time: in the series' zone when timed, else in `local_zone`
    (default: the computer's). Exdates and rdates are wall values or stored wall text; an
    rdate "start/end" (an RFC 5545 PERIOD) has its own length, the others the series'.
    """
    rule = parse_rrule(rule) if isinstance(rule, str) else rule
    tz = ZoneInfo(series.zone) if series.kind is TimeKind.TIMED else local_zone
    after, before = widened(_local_wall(window_start, tz), _local_wall(window_end, tz))
    walls = wall_occurrences(
        _date_until(rule) if series.kind is TimeKind.ALL_DAY else rule,
        start=as_datetime(series.start),
        after=after,
        before=before,
        zone=tz,
        limit=limit,
    )
    found = {x.start: x for x in (series.moved_to(_fit(w, series)) for w in walls)}
    found |= {x.start: x for x in (_rdate(series, value) for value in rdates)}
    skipped = {_fit(_read(value), series) for value in exdates}
    kept = [x for x in found.values() if x.start not in skipped]
    inside = [x for x in kept if window_start <= x.start_utc(local_zone) < window_end]
    return sorted(inside, key=lambda x: x.start_utc(local_zone))


def _date_until(rule: RecurrenceRule) -> RecurrenceRule:
    """For an all-day series, a date-time UNTIL counts by its date as written (in UTC)."""
    if isinstance(rule.until, datetime):
        return replace(rule, until=_wall_in(rule.until, UTC) if rule.until.tzinfo else rule.until)
    return rule


def _rdate(series: MeetingTime, value: Wall | str) -> MeetingTime:
    """One RDATE occurrence: a start with the series' length, or a "start/end" PERIOD."""
    if isinstance(value, str) and "/" in value:
        begin, end = (_fit(parse_wall(part.strip()), series) for part in value.split("/", 1))
        return replace(series, start=begin, end=end)
    return series.moved_to(_fit(_read(value), series))


def _read(value: Wall | str) -> Wall:
    """A wall value, parsing stored wall text."""
    return parse_wall(value.strip()) if isinstance(value, str) else value


def _fit(value: Wall, series: MeetingTime) -> Wall:
    """A wall value in the series' kind: dates for all-day, else datetimes (a date at its time)."""
    if series.kind is TimeKind.ALL_DAY:
        return value if _is_date(value) else value.date()
    if _is_date(value):
        return datetime.combine(value, as_datetime(series.start).time())
    return value.replace(microsecond=0, fold=0)


def parse_wall(text: str) -> Wall:
    """Stored wall text back to a date ("YYYY-MM-DD") or a naive datetime."""
    if len(text) == len("YYYY-MM-DD"):
        return date.fromisoformat(text)
    value = datetime.fromisoformat(text)
    if value.tzinfo is not None:
        raise ValueError(f"wall time {text!r} must not carry an offset")
    return value


def format_wall(value: Wall) -> str:
    """A wall value as stored text: "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SS"."""
    if _is_date(value):
        return value.isoformat()
    return value.replace(microsecond=0).isoformat(timespec="seconds")


def _normal(value: Wall, kind: TimeKind) -> Wall:
    """Check a value fits the kind; datetimes lose microseconds and fold."""
    if kind is TimeKind.ALL_DAY:
        if not _is_date(value):
            raise TypeError(f"an all-day meeting needs dates, got {value!r}")
        return value
    if not isinstance(value, datetime) or value.tzinfo is not None:
        raise TypeError(f"a {kind.value} meeting needs naive wall datetimes, got {value!r}")
    return value.replace(microsecond=0, fold=0)


def _check_zone(kind: TimeKind, zone: str) -> None:
    """A timed meeting needs a known IANA zone; the other kinds have none."""
    if kind is not TimeKind.TIMED:
        if zone:
            raise ValueError(f"a {kind.value} meeting has no time zone, got {zone!r}")
        return
    _zone_info(zone)


def _zone_info(zone: str) -> ZoneInfo:
    """The ZoneInfo for an IANA name; ValueError when unknown or empty."""
    try:
        return ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        raise ValueError(f"unknown time zone {zone!r}") from None


def _is_date(value: Wall) -> bool:
    """True for a plain date (datetime is a date subclass)."""
    return isinstance(value, date) and not isinstance(value, datetime)


def as_datetime(value: Wall) -> datetime:
    """A date as its midnight; a datetime as is."""
    return datetime.combine(value, time()) if _is_date(value) else value


def shifted_wall(value: Wall, delta: timedelta) -> Wall:
    """A wall value moved by a wall difference (whole days for dates)."""
    return value + timedelta(days=delta.days) if _is_date(value) else value + delta


def local_instant(day: date, minutes: int = 0) -> datetime:
    """An aware instant: `minutes` after midnight of `day` on this computer's clock."""
    return (datetime.combine(day, time()) + timedelta(minutes=minutes)).astimezone()


def _wall_in(moment: datetime, tz: ZoneInfo) -> datetime:
    """The naive wall time of an aware instant in `tz`."""
    return moment.astimezone(tz).replace(tzinfo=None)


def _local_wall(moment: datetime, zone: tzinfo | None) -> datetime:
    """The naive wall time of an aware instant in `zone` (default: the computer's)."""
    return moment.astimezone(zone).replace(tzinfo=None)
