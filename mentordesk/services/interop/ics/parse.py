"""An iCalendar file read into events with icalendar, or refused whole with the line at fault."""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field

import x_wr_timezone
from icalendar import Calendar, Component

from mentordesk.core.errors import CalendarFileError
from mentordesk.services.interop.ics.parse_checks import check_component
from mentordesk.services.interop.ics.parse_events import IcsEvent, read_event
from mentordesk.services.interop.ics.parse_lines import (
    Block,
    SourceLine,
    check_structure,
    decode_ics,
    unfold,
)


@dataclass
class ParsedCalendar:
    """The events of a file in file order, and what was noticed but not refused."""

    events: list[IcsEvent]
    warnings: list[str] = field(default_factory=list)


def parse_ics(data: bytes, *, source: str = "the file") -> ParsedCalendar:
    """Every VEVENT of every VCALENDAR in the file; CalendarFileError names a damaged line."""
    lines = unfold(decode_ics(data, source=source))
    blocks = check_structure(lines, source=source)
    calendars = _library_parse(data, lines, source)
    components = [c for cal in calendars for c in cal.walk()]
    if len(components) != len(blocks):  # the library saw the file differently: say where
        raise CalendarFileError(f"{source}: the components cannot be read; nothing was imported")
    tzids = {str(c.get("TZID")) for c in components if c.name == "VTIMEZONE"}
    for comp, block in zip(components, blocks, strict=True):
        check_component(comp, block, tzids=tzids, source=source)
    parsed = ParsedCalendar(events=[])
    starts = iter(b.begin for b, c in zip(blocks, components, strict=True) if c.name == "VEVENT")
    for calendar in calendars:
        method = str(calendar.get("METHOD", "")).strip().upper()
        for event in _standard(calendar, parsed.warnings).walk("VEVENT"):
            parsed.events.append(read_event(event, line=next(starts), method=method))
    return parsed


def _library_parse(data: bytes, lines: list[SourceLine], source: str) -> list[Calendar]:
    """icalendar's calendars; its rare outright refusals are pinned to the line they quote."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = Calendar.from_ical(data, multiple=True)
    except (ValueError, KeyError, IndexError, OverflowError) as exc:
        raise CalendarFileError(
            f"{source}: line {_quoted_line(str(exc), lines)}: {exc}; nothing was imported"
        ) from None
    return [c for c in found if c.name == "VCALENDAR"]


def _quoted_line(message: str, lines: list[SourceLine]) -> int:
    """The first line whose text the library's message quotes (else the first line)."""
    for quoted in re.findall(r"'([^']+)'", message):
        for line in lines:
            if quoted in line.text:
                return line.number
    return lines[0].number


def _standard(calendar: Calendar, notes: list[str]) -> Component:
    """The calendar with X-WR-TIMEZONE applied, as Google and Apple mean it."""
    if "X-WR-TIMEZONE" not in calendar:
        return calendar
    try:
        return x_wr_timezone.to_standard(calendar)
    except Exception as exc:  # noqa: BLE001 - an unknown zone name: the times stay as written
        notes.append(f"X-WR-TIMEZONE {calendar['X-WR-TIMEZONE']} ignored: {exc}")
        return calendar


__all__ = ["Block", "IcsEvent", "ParsedCalendar", "parse_ics"]
