"""RANGE=THISANDFUTURE overrides: the series is cut there and goes on as a new series.

RFC 5545 moves every later occurrence by the override's shift and gives it the override's
length and fields. Stored as a truncated series (UNTIL just before the cut) plus a new series
under a derived UID (`<UID>#from-<wall>`); skipped and extra dates and moved instances after
the cut go along, shifted. A stored row therefore never needs a range.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr

from mentordesk.core.enums import TimeKind
from mentordesk.core.meeting_time import Wall, format_wall, parse_wall
from mentordesk.services.interop.ics.parse_events import IcsEvent
from mentordesk.services.interop.ics.parse_values import Anchor

THIS_AND_FUTURE = "THISANDFUTURE"
Piece = tuple[str, list[IcsEvent]]


def split_ranges(uid: str, events: list[IcsEvent]) -> list[Piece]:
    """(UID, events) pieces: the series up to the first cut, then one new series per cut."""
    masters = [e for e in events if not e.is_override]
    master = masters[-1] if masters else None
    cuts = [e for e in events if e.is_override and e.recurrence_range == THIS_AND_FUTURE]
    if master is None or not master.rrule or not cuts or not _same_kind(master, cuts):
        return [(uid, events)]
    anchor = master.anchor
    cuts.sort(key=lambda e: _as_dt(anchor.wall(e.recurrence_value)))
    bounds = [None, *[_as_dt(anchor.wall(c.recurrence_value)) for c in cuts]]
    shifts = [timedelta(0), *[_start(c, anchor) - b for c, b in zip(cuts, bounds[1:], strict=True)]]
    others = [e for e in events if e.is_override and e not in cuts and e is not master]
    pieces = []
    for index, head in enumerate([master, *cuts]):
        piece_uid = uid if index == 0 else f"{uid}#from-{format_wall(bounds[index])}"
        series = _series(master, head, index, bounds, shifts)
        moved = [_moved(e, shifts[index]) for e in others if _segment(e, bounds) == index]
        pieces.append((piece_uid, [series, *moved]))
    return pieces


def _same_kind(master: IcsEvent, cuts: list[IcsEvent]) -> bool:
    """Cuts can continue the series only in its own kind of time."""
    return all(
        (c.when.kind is TimeKind.ALL_DAY) == (master.anchor.kind is TimeKind.ALL_DAY) for c in cuts
    )


def _series(master: IcsEvent, head: IcsEvent, index: int, bounds: list, shifts: list) -> IcsEvent:
    """The series piece starting at `head` (the master itself for the first piece)."""
    anchor, shift = master.anchor, shifts[index]
    lower, upper = bounds[index], bounds[index + 1] if index + 1 < len(bounds) else None
    start = _start(head, anchor) if index else _as_dt(master.when.start)
    length = _end(head, anchor) - _start(head, anchor) if index else master.when.duration
    when = anchor.meeting_time(_back(start, anchor), _back(start + length, anchor))
    keep = [x for x in master.exdates if _inside(x, lower, upper)]
    extra = [x for x in master.rdates if _inside(x, lower, upper)]
    return replace(
        head,
        anchor=anchor,
        when=when,
        rrule=_rule(master, lower, upper, shift),
        exdates=[_shift_text(x, shift, anchor) for x in keep],
        rdates=[_shift_text(x, shift, anchor) for x in extra],
        recurrence_value=None,
        recurrence_range="",
    )


def _rule(master: IcsEvent, lower, upper, shift: timedelta) -> str:
    """The master's RRULE limited to [lower, upper) and shifted: UNTIL and COUNT redone."""
    parts = dict(p.split("=", 1) for p in master.rrule.split(";") if "=" in p)
    anchor = master.anchor
    count = parts.pop("COUNT", None)
    until = parts.pop("UNTIL", None)
    if upper is not None:
        parts["UNTIL"] = _until_text(upper + shift - timedelta(seconds=1), anchor)
    elif until is not None:
        parts["UNTIL"] = _until_text(_until_wall(until, anchor) + shift, anchor)
    elif count is not None:
        left = int(count) - _count_before(master, lower) if lower else int(count)
        parts["COUNT"] = str(max(1, left))
    return ";".join(f"{k}={v}" for k, v in parts.items())


def _count_before(master: IcsEvent, bound: datetime) -> int:
    """How many occurrences of the master's rule start before `bound` (wall time)."""
    rule = rrulestr(master.rrule, dtstart=_as_dt(master.when.start), ignoretz=True)
    return len(rule.between(datetime.min, bound, inc=False))


def _until_wall(text: str, anchor: Anchor) -> datetime:
    """An RRULE UNTIL as a wall datetime of the series."""
    if text.endswith("Z"):
        value = datetime.strptime(text, "%Y%m%dT%H%M%SZ").replace(tzinfo=ZoneInfo("UTC"))
        return _as_dt(anchor.wall(value))
    if "T" in text:
        return datetime.strptime(text, "%Y%m%dT%H%M%S")
    return datetime.strptime(text, "%Y%m%d")


def _until_text(wall: datetime, anchor: Anchor) -> str:
    """UNTIL in the form RFC 5545 asks for the series' kind (UTC for zoned times)."""
    if anchor.kind is TimeKind.ALL_DAY:
        return f"{wall:%Y%m%d}"
    if anchor.kind is TimeKind.FLOATING:
        return f"{wall:%Y%m%dT%H%M%S}"
    instant = wall.replace(tzinfo=ZoneInfo(anchor.zone)).astimezone(ZoneInfo("UTC"))
    return f"{instant:%Y%m%dT%H%M%SZ}"


def _moved(event: IcsEvent, shift: timedelta) -> IcsEvent:
    """An override re-addressed to its piece: its RECURRENCE-ID shifted like the series."""
    if not shift:
        return event
    return replace(
        event, recurrence_value=_as_dt(event.anchor.wall(event.recurrence_value)) + shift
    )


def _segment(event: IcsEvent, bounds: list) -> int:
    """Which piece an override's original occurrence falls into."""
    position = _as_dt(event.anchor.wall(event.recurrence_value))
    return max(i for i, b in enumerate(bounds) if b is None or b <= position)


def _inside(text: str, lower, upper) -> bool:
    """Whether a stored EXDATE/RDATE (a PERIOD by its start) lies in [lower, upper)."""
    value = _as_dt(parse_wall(text.split("/")[0]))
    return (lower is None or value >= lower) and (upper is None or value < upper)


def _shift_text(text: str, shift: timedelta, anchor: Anchor) -> str:
    """A stored EXDATE/RDATE (or PERIOD) moved by the shift."""
    return "/".join(
        format_wall(_back(_as_dt(parse_wall(p)) + shift, anchor)) for p in text.split("/")
    )


def _start(event: IcsEvent, anchor: Anchor) -> datetime:
    """An event's start as a wall datetime of `anchor`."""
    return _as_dt(_convert(event.when.start, event, anchor))


def _end(event: IcsEvent, anchor: Anchor) -> datetime:
    """An event's end as a wall datetime of `anchor`."""
    return _as_dt(_convert(event.when.end, event, anchor))


def _convert(wall: Wall, event: IcsEvent, anchor: Anchor) -> Wall:
    """A wall value of an event in another anchor's terms (through its instant when zoned)."""
    if event.when.kind is TimeKind.TIMED and anchor.kind is TimeKind.TIMED:
        return anchor.wall(_as_dt(wall).replace(tzinfo=ZoneInfo(event.when.zone)))
    return wall


def _as_dt(value: Wall) -> datetime:
    """A wall value as a naive datetime (a date at midnight)."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    return datetime(value.year, value.month, value.day)


def _back(value: datetime, anchor: Anchor) -> Wall:
    """A naive datetime back in the anchor's form (a date for all-day series)."""
    return value.date() if anchor.kind is TimeKind.ALL_DAY else value
