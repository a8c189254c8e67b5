"""An RFC 5545 RRULE as a value: every part parsed, checked against the RFC, and written back."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime
from functools import lru_cache

FREQS = ("YEARLY", "MONTHLY", "WEEKLY", "DAILY", "HOURLY", "MINUTELY", "SECONDLY")
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_BYDAY_ITEM = re.compile(r"([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)")
_UNTIL = re.compile(r"(\d{8})(?:T(\d{6})(Z?))?")
_INTEGER = re.compile(r"[+-]?\d+")

# Integer list parts: (field, lowest, highest, may be negative), ranges from RFC 5545 3.3.10.
_NUMBER_LISTS = {
    "BYMONTHDAY": ("by_month_day", 1, 31, True),
    "BYMONTH": ("by_month", 1, 12, False),
    "BYYEARDAY": ("by_year_day", 1, 366, True),
    "BYWEEKNO": ("by_week_no", 1, 53, True),
    "BYHOUR": ("by_hour", 0, 23, False),
    "BYMINUTE": ("by_minute", 0, 59, False),
    "BYSECOND": ("by_second", 0, 60, False),
    "BYSETPOS": ("by_set_pos", 1, 366, True),
}
_SINGLE_PARTS = ("FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "WKST")
# Written in this order; BYDAY and BYMONTHDAY come first, as they always have.
_WRITTEN_LISTS = ("BYMONTHDAY", "BYMONTH", "BYYEARDAY", "BYWEEKNO", "BYHOUR", "BYMINUTE")
_WRITTEN_LISTS += ("BYSECOND", "BYSETPOS")


class RecurrenceLimitError(ValueError):
    """Raised when expanding a rule would step through more occurrences than allowed."""


@dataclass(frozen=True)
class RecurrenceRule:
    """One recurrence rule; BY parts are kept sorted and an aware UNTIL is kept in UTC.

    Weekdays are 0 (Monday) to 6; `by_set_day` holds BYDAY items with an ordinal, such
    as (2, 1) for 2TU and (-1, 4) for -1FR; `wkst` is the weekday weeks start on.
    """

    freq: str
    interval: int = 1
    count: int | None = None
    until: datetime | date | None = None
    by_day: tuple[int, ...] = ()
    by_month_day: tuple[int, ...] = ()
    by_set_day: tuple[tuple[int, int], ...] = ()
    by_month: tuple[int, ...] = ()
    by_year_day: tuple[int, ...] = ()
    by_week_no: tuple[int, ...] = ()
    by_hour: tuple[int, ...] = ()
    by_minute: tuple[int, ...] = ()
    by_second: tuple[int, ...] = ()
    by_set_pos: tuple[int, ...] = ()
    wkst: int = 0

    def __post_init__(self) -> None:
        """Normalise the BY parts and reject rules RFC 5545 does not allow."""
        for name in _list_fields():
            items = getattr(self, name)
            value = tuple(sorted({_pair(x) if name == "by_set_day" else int(x) for x in items}))
            object.__setattr__(self, name, value)
        if isinstance(self.until, datetime) and _is_aware(self.until):
            object.__setattr__(self, "until", self.until.astimezone(UTC))
        _validate(self)

    @property
    def has_by_parts(self) -> bool:
        """Whether any BYxxx part (other than BYSETPOS) narrows the rule."""
        return any(getattr(self, name) for name in _list_fields() if name != "by_set_pos")


def _list_fields() -> list[str]:
    """The names of the BY part fields."""
    return [f.name for f in fields(RecurrenceRule) if f.name.startswith("by_")]


def _pair(value: tuple[int, int]) -> tuple[int, int]:
    """An (ordinal, weekday) pair as ints."""
    ordinal, weekday = value
    return int(ordinal), int(weekday)


def _validate(rule: RecurrenceRule) -> None:
    """Raise ValueError naming the first malformed part or RFC 5545 combination."""
    if rule.freq not in FREQS:
        raise ValueError(f"unsupported FREQ={rule.freq!r}; expected one of {', '.join(FREQS)}")
    _require_positive("INTERVAL", rule.interval)
    if rule.count is not None:
        _require_positive("COUNT", rule.count)
    if rule.count is not None and rule.until is not None:
        raise ValueError("COUNT and UNTIL cannot both be set")
    if rule.until is not None and not isinstance(rule.until, date):
        raise ValueError(f"UNTIL must be a date or datetime, got {rule.until!r}")
    if any(day not in range(7) for day in (*rule.by_day, rule.wkst)):
        raise ValueError(f"BYDAY and WKST weekdays must be 0 (Monday) to 6, got {rule.by_day}")
    for part, (name, low, high, signed) in _NUMBER_LISTS.items():
        _check_range(part, getattr(rule, name), low, high, signed)
    _check_ordinals(rule)
    _check_combinations(rule)


def _check_range(part: str, values: tuple[int, ...], low: int, high: int, signed: bool) -> None:
    """Raise unless every value lies in low..high (or -high..-low when signed)."""
    for value in values:
        if not (low <= value <= high or (signed and -high <= value <= -low)):
            span = f"{low}..{high}" + (f" or -{high}..-{low}" if signed else "")
            raise ValueError(f"{part} must be {span}, got {value}")


def _check_ordinals(rule: RecurrenceRule) -> None:
    """Ordinal BYDAY items (2TU, -1FR) need FREQ=MONTHLY or YEARLY, and fit the period."""
    if not rule.by_set_day:
        return
    if rule.freq not in ("MONTHLY", "YEARLY"):
        raise ValueError("BYDAY ordinals like 1MO or -1FR need FREQ=MONTHLY or FREQ=YEARLY")
    if rule.freq == "YEARLY" and rule.by_week_no:
        raise ValueError("BYDAY ordinals cannot be combined with BYWEEKNO")
    most = 5 if rule.freq == "MONTHLY" or rule.by_month else 53
    for ordinal, weekday in rule.by_set_day:
        if not 1 <= abs(ordinal) <= most or weekday not in range(7):
            raise ValueError(f"BYDAY ordinals must be 1..{most} or -{most}..-1, got {ordinal}")


def _check_combinations(rule: RecurrenceRule) -> None:
    """The parts RFC 5545 forbids with some frequencies, and BYSETPOS on its own."""
    if rule.by_month_day and rule.freq == "WEEKLY":
        raise ValueError("BYMONTHDAY is not allowed with FREQ=WEEKLY")
    if rule.by_year_day and rule.freq in ("MONTHLY", "WEEKLY", "DAILY"):
        raise ValueError(f"BYYEARDAY is not allowed with FREQ={rule.freq}")
    if rule.by_week_no and rule.freq != "YEARLY":
        raise ValueError("BYWEEKNO needs FREQ=YEARLY")
    if rule.by_set_pos and not rule.has_by_parts:
        raise ValueError("BYSETPOS needs another BYxxx part to choose from")


def _require_positive(name: str, value: object) -> None:
    """Raise unless value is a positive int."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"{name} must be a positive integer, got {value!r}")


@lru_cache(maxsize=4096)
def parse_rrule(text: str) -> RecurrenceRule:
    """Parse an RRULE value such as "FREQ=WEEKLY;BYDAY=MO,TH;COUNT=10" (RRULE: prefix allowed)."""
    parts = _split_parts(text)
    if "FREQ" not in parts:
        raise ValueError(f"RRULE {text!r} has no FREQ part")
    by_day, by_set_day = _parse_by_day(parts["BYDAY"]) if "BYDAY" in parts else ((), ())
    lists = {
        name: tuple(_parse_int(part, x) for x in parts[part].split(","))
        for part, (name, *_) in _NUMBER_LISTS.items()
        if part in parts
    }
    return RecurrenceRule(
        freq=parts["FREQ"],
        interval=_parse_int("INTERVAL", parts.get("INTERVAL", "1")),
        count=_parse_int("COUNT", parts["COUNT"]) if "COUNT" in parts else None,
        until=_parse_until(parts["UNTIL"]) if "UNTIL" in parts else None,
        by_day=by_day,
        by_set_day=by_set_day,
        wkst=_parse_weekday("WKST", parts.get("WKST", "MO")),
        **lists,
    )


def _split_parts(text: str) -> dict[str, str]:
    """Split "NAME=VALUE;..." into upper-cased names and values, rejecting unknown parts."""
    body = text.strip()
    if body.upper().startswith("RRULE:"):
        body = body[len("RRULE:") :]
    parts: dict[str, str] = {}
    for item in filter(None, body.split(";")):
        name, sep, value = (piece.strip().upper() for piece in item.partition("="))
        if not sep or not name or not value:
            raise ValueError(f"malformed RRULE part {item!r}; expected NAME=VALUE")
        if name in parts:
            raise ValueError(f"RRULE part {name} appears twice")
        if name not in _SINGLE_PARTS and name not in _NUMBER_LISTS:
            raise ValueError(f"unknown RRULE part {name}={value}")
        parts[name] = value
    return parts


def _parse_int(name: str, value: str) -> int:
    """Parse an integer part; the rule itself checks its range."""
    if not _INTEGER.fullmatch(value.strip()):
        raise ValueError(f"{name} must be an integer, got {value!r}")
    return int(value)


def _parse_weekday(name: str, value: str) -> int:
    """A two-letter weekday code as 0 (Monday) to 6."""
    if value not in WEEKDAY_CODES:
        raise ValueError(f"{name} must be a weekday such as MO or SU, got {value!r}")
    return WEEKDAY_CODES.index(value)


def _parse_until(value: str) -> datetime | date:
    """Parse UNTIL as a date, a floating datetime, or a UTC datetime ending in Z."""
    problem = f"malformed UNTIL {value!r}; expected 20261231, 20261231T235959 or ...Z"
    match = _UNTIL.fullmatch(value)
    if match is None:
        raise ValueError(problem)
    digits, clock, zulu = match.groups()
    try:
        if clock is None:
            return date.fromisoformat(digits)
        moment = datetime.fromisoformat(f"{digits}T{clock}")
    except ValueError:
        raise ValueError(problem) from None
    return moment.replace(tzinfo=UTC) if zulu else moment


def _parse_by_day(value: str) -> tuple[tuple[int, ...], tuple[tuple[int, int], ...]]:
    """Split BYDAY into plain weekdays and (ordinal, weekday) pairs."""
    found = [_BYDAY_ITEM.fullmatch(item.strip()) for item in value.split(",")]
    matches = [match for match in found if match is not None]
    if len(matches) != len(found) or any(m[1] is not None and int(m[1]) == 0 for m in matches):
        raise ValueError(f"malformed BYDAY {value!r}; expected e.g. MO, 1MO or -1FR")
    plain = tuple(WEEKDAY_CODES.index(m[2]) for m in matches if m[1] is None)
    ordinals = tuple((int(m[1]), WEEKDAY_CODES.index(m[2])) for m in matches if m[1] is not None)
    return plain, ordinals


def format_rrule(rule: RecurrenceRule) -> str:
    """The canonical RRULE value text (no "RRULE:" prefix); UNTIL is written to the second."""
    parts = [f"FREQ={rule.freq}"]
    if rule.interval != 1:
        parts.append(f"INTERVAL={rule.interval}")
    if rule.count is not None:
        parts.append(f"COUNT={rule.count}")
    if rule.until is not None:
        parts.append(f"UNTIL={_format_until(rule.until)}")
    days = [WEEKDAY_CODES[day] for day in rule.by_day]
    days += [f"{ordinal}{WEEKDAY_CODES[day]}" for ordinal, day in rule.by_set_day]
    if days:
        parts.append(f"BYDAY={','.join(days)}")
    for part in _WRITTEN_LISTS:
        values = getattr(rule, _NUMBER_LISTS[part][0])
        if values:
            parts.append(f"{part}={','.join(map(str, values))}")
    if rule.wkst:
        parts.append(f"WKST={WEEKDAY_CODES[rule.wkst]}")
    return ";".join(parts)


def _format_until(until: datetime | date) -> str:
    """UNTIL as 20261231, 20261231T235959 (floating) or 20261231T235959Z (aware)."""
    if not isinstance(until, datetime):
        return until.isoformat().replace("-", "")
    wall = until.astimezone(UTC).replace(tzinfo=None) if _is_aware(until) else until
    text = wall.replace(microsecond=0).isoformat().replace("-", "").replace(":", "")
    return text + ("Z" if _is_aware(until) else "")


def _is_aware(value: datetime) -> bool:
    """Whether a datetime carries a UTC offset."""
    return value.tzinfo is not None and value.utcoffset() is not None
