"""Find-a-time rules: a mentor's weekly windows in their zone, free half-hour slots, clashes."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from mentordesk.core.enums import TextEnum
from mentordesk.core.relationships import AvailabilityWindow

STEP = timedelta(minutes=30)
Span = tuple[datetime, datetime]  # aware UTC start and end, end exclusive


@dataclass(frozen=True)
class Slot:
    """A proposed meeting time, as aware UTC instants."""

    start: datetime
    end: datetime


class WarningCode(TextEnum):
    """What is wrong with a meeting's time; the UI words it."""

    OUTSIDE_WINDOW = "outside_window"
    OVERLAP = "overlap"


def parse_windows(raw: Iterable[dict]) -> tuple[AvailabilityWindow, ...]:
    """Stored windows ({"weekday", "start": "HH:MM", "end": "HH:MM"}) as core values."""
    return tuple(
        AvailabilityWindow(
            int(w["weekday"]), time.fromisoformat(w["start"]), time.fromisoformat(w["end"])
        )
        for w in raw
    )


def window_spans(
    windows: Sequence[AvailabilityWindow], zone: str, *, start: datetime, end: datetime
) -> list[Span]:
    """UTC spans of the window occurrences (in `zone`'s wall time) that touch [start, end)."""
    tz = ZoneInfo(zone)
    first = start.astimezone(tz).date() - timedelta(days=1)
    last = end.astimezone(tz).date()
    spans = []
    for day in _days(first, last):
        for window in (w for w in windows if w.weekday == day.weekday()):
            span = _span(day, window, tz)
            if span[0] < end and span[1] > start:
                spans.append(span)
    return sorted(spans)


def _days(first: date, last: date) -> Iterator[date]:
    """Every date from `first` to `last`, both included."""
    for offset in range((last - first).days + 1):
        yield first + timedelta(days=offset)


def _span(day: date, window: AvailabilityWindow, tz: ZoneInfo) -> Span:
    """One window on one day as UTC instants; an end at or before the start is the next day."""
    end_day = day if window.end > window.start else day + timedelta(days=1)
    return _instant(day, window.start, tz), _instant(end_day, window.end, tz)


def _instant(day: date, wall: time, tz: ZoneInfo) -> datetime:
    """A wall time in `tz` as UTC (an ambiguous time is its first, a skipped one moves on)."""
    return datetime.combine(day, wall, tzinfo=tz).astimezone(UTC)


def fits(start: datetime, end: datetime, spans: Iterable[Span]) -> bool:
    """True when [start, end) lies wholly inside one span."""
    return any(s <= start and end <= e for s, e in spans)


def overlapping(start: datetime, end: datetime, busy: Iterable[Span]) -> list[Span]:
    """The busy spans that share some time with [start, end) (touching ends do not)."""
    return [(s, e) for s, e in busy if s < end and start < e]


def half_hours(search_from: datetime, search_to: datetime, my_zone: str) -> Iterator[datetime]:
    """UTC starts on the hour and half hour of `my_zone`'s clock, from search_from on."""
    local = search_from.astimezone(ZoneInfo(my_zone))
    past = timedelta(
        minutes=local.minute % 30, seconds=local.second, microseconds=local.microsecond
    )
    moment = search_from.astimezone(UTC) - past
    if past:
        moment += STEP
    while moment < search_to:
        yield moment
        moment += STEP


def free_slots(
    *,
    duration: timedelta,
    search_from: datetime,
    search_to: datetime,
    my_zone: str,
    windows: Sequence[Sequence[Span]] = (),
    busy: Sequence[Span] = (),
    limit: int = 10,
) -> list[Slot]:
    """Half-hour starts whose meeting fits every person's windows and clashes with nothing.

    `windows` holds one list of spans per person who has windows (no entry: no restriction);
    the slot must end by `search_to`.
    """
    found: list[Slot] = []
    for start in half_hours(search_from, search_to, my_zone):
        end = start + duration
        if end > search_to or len(found) >= limit:
            break
        if all(fits(start, end, spans) for spans in windows) and not overlapping(start, end, busy):
            found.append(Slot(start, end))
    return found
