"""Checks on each parsed component that icalendar leaves to us; each failure names its line."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from dateutil.rrule import rrulestr
from icalendar import Component

from mentordesk.core.errors import CalendarFileError
from mentordesk.services.interop.ics.parse_lines import Block
from mentordesk.services.interop.ics.zones import iana_name

ONCE = ("DTSTART", "DTEND", "DURATION", "UID", "RECURRENCE-ID", "SEQUENCE", "STATUS")
RRULE_PARTS = frozenset(
    [
        "FREQ",
        "UNTIL",
        "COUNT",
        "INTERVAL",
        "BYSECOND",
        "BYMINUTE",
        "BYHOUR",
        "BYDAY",
        "BYMONTHDAY",
        "BYYEARDAY",
        "BYWEEKNO",
        "BYMONTH",
        "BYSETPOS",
        "WKST",
        "RSCALE",
        "SKIP",
    ]
)
ZONED = ("DTSTART", "DTEND", "RECURRENCE-ID", "EXDATE", "RDATE")
LATEST = datetime(9999, 1, 1)


def check_component(comp: Component, block: Block, *, tzids: set[str], source: str) -> None:
    """Refuse a component whose values icalendar could not read, or that break RFC 5545."""
    for name, message in comp.errors:
        _refuse(source, block.line_of(name), f"{name}: {message}")
    for name in ONCE:
        if block.count(name) > 1:
            _refuse(source, block.line_of(name, 1), f"{name} is given twice in one {comp.name}")
    if comp.name == "VEVENT":
        _check_event(comp, block, tzids=tzids, source=source)


def _check_event(comp: Component, block: Block, *, tzids: set[str], source: str) -> None:
    """An event needs a readable DTSTART, known zones, a sane length and a valid RRULE."""
    if not isinstance(getattr(comp.get("DTSTART"), "dt", None), date):
        _refuse(source, block.begin, "the event has no readable DTSTART")
    for name in ZONED:
        for value in _values(comp, name):
            tzid = str(getattr(value, "params", {}).get("TZID", ""))
            if tzid and tzid not in tzids and iana_name(tzid) is None:
                _refuse(source, block.line_of(name), f"unknown time zone {tzid!r} (no VTIMEZONE)")
    _check_length(comp, block, source)
    for rule in _values(comp, "RRULE"):
        _check_rrule(rule, comp["DTSTART"].dt, source, block.line_of("RRULE"))


def _check_length(comp: Component, block: Block, source: str) -> None:
    """A DURATION must give an end that a calendar can hold."""
    length = getattr(comp.get("DURATION"), "dt", None)
    if isinstance(length, timedelta):
        try:
            end = comp["DTSTART"].dt + length
        except OverflowError:
            end = None
        if end is None or _naive(end) >= LATEST:
            _refuse(source, block.line_of("DURATION"), "DURATION is too long to be a meeting")


def _check_rrule(rule, start: date, source: str, line: int) -> None:
    """Every RRULE part must be one RFC 5545 defines, and dateutil must accept the rule."""
    unknown = sorted(set(rule) - RRULE_PARTS)
    if unknown:
        _refuse(source, line, f"RRULE has an unknown part {unknown[0]}")
    text = rule.to_ical().decode()
    try:
        rrulestr(text, dtstart=_naive(start), ignoretz=True)
    except (ValueError, TypeError, OverflowError) as exc:
        _refuse(source, line, f"RRULE {text!r} cannot be read: {exc}")


def _values(comp: Component, name: str) -> list:
    """A property's values as a list (empty when absent)."""
    found = comp.get(name)
    if found is None:
        return []
    return found if isinstance(found, list) else [found]


def _naive(value: date) -> datetime:
    """A value as a naive datetime, for range checks."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    return _midnight(value)


def _midnight(value: date) -> datetime:
    """A date's midnight."""
    return datetime(value.year, value.month, value.day)


def _refuse(source: str, line: int, message: str) -> None:
    """Raise the one-line refusal."""
    raise CalendarFileError(f"{source}: line {line}: {message}; nothing was imported")
