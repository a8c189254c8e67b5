"""Recurrence rules (an RFC 5545 RRULE subset) expanded in the wall time of the planning zone."""

from __future__ import annotations

import calendar
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

FREQS = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
WEEKDAY_LABELS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_UNITS = {"DAILY": "day", "WEEKLY": "week", "MONTHLY": "month", "YEARLY": "year"}
_KNOWN_PARTS = ("FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY")
_UNSUPPORTED_PARTS = {"BYSETPOS", "BYMONTH", "BYYEARDAY", "BYWEEKNO", "BYHOUR", "BYMINUTE"}
_UNSUPPORTED_PARTS |= {"BYSECOND", "WKST"}
_BYDAY_ITEM = re.compile(r"([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)")
_UNTIL = re.compile(r"(\d{8})(?:T(\d{6})(Z?))?")
_INTEGER = re.compile(r"[+-]?\d+")


class RecurrenceLimitError(ValueError):
    """Raised when expanding a rule would step through more periods than allowed."""


@dataclass(frozen=True)
class RecurrenceRule:
    """One recurrence rule; BY parts are kept sorted and an aware UNTIL is kept in UTC."""

    freq: str
    interval: int = 1
    count: int | None = None
    until: datetime | date | None = None
    by_day: tuple[int, ...] = ()
    by_month_day: tuple[int, ...] = ()
    by_set_day: tuple[tuple[int, int], ...] = ()

    def __post_init__(self) -> None:
        """Normalise the BY parts and reject rules the expander does not support."""
        object.__setattr__(self, "by_day", tuple(sorted(set(self.by_day))))
        object.__setattr__(self, "by_month_day", tuple(sorted(set(self.by_month_day))))
        set_days = sorted({(int(o), int(w)) for o, w in self.by_set_day})
        object.__setattr__(self, "by_set_day", tuple(set_days))
        if isinstance(self.until, datetime) and _is_aware(self.until):
            object.__setattr__(self, "until", self.until.astimezone(UTC))
        _validate(self)


def _validate(rule: RecurrenceRule) -> None:
    """Raise ValueError naming the first unsupported or malformed part of a rule."""
    if rule.freq not in FREQS:
        raise ValueError(f"unsupported FREQ={rule.freq!r}; expected one of {', '.join(FREQS)}")
    _require_positive("INTERVAL", rule.interval)
    if rule.count is not None:
        _require_positive("COUNT", rule.count)
    if rule.count is not None and rule.until is not None:
        raise ValueError("COUNT and UNTIL cannot both be set")
    if rule.until is not None and not isinstance(rule.until, date):
        raise ValueError(f"UNTIL must be a date or datetime, got {rule.until!r}")
    if any(day not in range(7) for day in rule.by_day):
        raise ValueError(f"BYDAY weekdays must be 0 (Monday) to 6, got {rule.by_day}")
    if any(not 1 <= abs(day) <= 31 for day in rule.by_month_day):
        raise ValueError(f"BYMONTHDAY must be 1..31 or -31..-1, got {rule.by_month_day}")
    if any(not 1 <= abs(o) <= 5 or w not in range(7) for o, w in rule.by_set_day):
        raise ValueError(f"BYDAY ordinals must be 1..5 or -5..-1, got {rule.by_set_day}")
    if rule.by_set_day and rule.freq != "MONTHLY":
        raise ValueError("BYDAY ordinals like 1MO or -1FR need FREQ=MONTHLY")
    if rule.by_month_day and rule.freq == "WEEKLY":
        raise ValueError("BYMONTHDAY is not allowed with FREQ=WEEKLY")
    if rule.freq == "YEARLY" and (rule.by_day or rule.by_month_day):
        raise ValueError("BYDAY and BYMONTHDAY are not supported with FREQ=YEARLY")


def _require_positive(name: str, value: object) -> None:
    """Raise unless value is a positive int."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"{name} must be a positive integer, got {value!r}")


def parse_rrule(text: str) -> RecurrenceRule:
    """Parse an RRULE value such as "FREQ=WEEKLY;BYDAY=MO,TH;COUNT=10" (RRULE: prefix allowed)."""
    parts = _split_parts(text)
    if "FREQ" not in parts:
        raise ValueError(f"RRULE {text!r} has no FREQ part")
    by_day, by_set_day = _parse_by_day(parts["BYDAY"]) if "BYDAY" in parts else ((), ())
    month_days = parts["BYMONTHDAY"].split(",") if "BYMONTHDAY" in parts else []
    return RecurrenceRule(
        freq=parts["FREQ"],
        interval=_parse_int("INTERVAL", parts.get("INTERVAL", "1")),
        count=_parse_int("COUNT", parts["COUNT"]) if "COUNT" in parts else None,
        until=_parse_until(parts["UNTIL"]) if "UNTIL" in parts else None,
        by_day=by_day,
        by_month_day=tuple(_parse_int("BYMONTHDAY", day) for day in month_days),
        by_set_day=by_set_day,
    )


def _split_parts(text: str) -> dict[str, str]:
    """Split "NAME=VALUE;..." into upper-cased names and values, rejecting unknown parts."""
    body = text.strip()
    if body.upper().startswith("RRULE:"):
        body = body[len("RRULE:") :]
    parts: dict[str, str] = {}
    for item in filter(None, body.split(";")):
        name, sep, value = (piece.strip().upper() for piece in item.partition("="))
        if not sep or not name:
            raise ValueError(f"malformed RRULE part {item!r}; expected NAME=VALUE")
        if name in parts:
            raise ValueError(f"RRULE part {name} appears twice")
        if name not in _KNOWN_PARTS and (name, value) != ("WKST", "MO"):
            kind = "unsupported" if name in _UNSUPPORTED_PARTS else "unknown"
            raise ValueError(f"{kind} RRULE part {name}={value}")
        parts[name] = value
    return parts


def _parse_int(name: str, value: str) -> int:
    """Parse an integer part; the rule itself checks its range."""
    if not _INTEGER.fullmatch(value.strip()):
        raise ValueError(f"{name} must be an integer, got {value!r}")
    return int(value)


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
    if len(matches) != len(found):
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
    if rule.by_month_day:
        parts.append(f"BYMONTHDAY={','.join(map(str, rule.by_month_day))}")
    return ";".join(parts)


def _format_until(until: datetime | date) -> str:
    """UNTIL as 20261231, 20261231T235959 (floating) or 20261231T235959Z (aware)."""
    if not isinstance(until, datetime):
        return until.isoformat().replace("-", "")
    wall = until.astimezone(UTC).replace(tzinfo=None) if _is_aware(until) else until
    text = wall.replace(microsecond=0).isoformat().replace("-", "").replace(":", "")
    return text + ("Z" if _is_aware(until) else "")


def describe_rule(rule: RecurrenceRule) -> str:
    """Short human text such as "Every 2 weeks on Mon, Thu, 10 times"."""
    unit = _UNITS[rule.freq]
    details = _describe_details(rule)
    if rule.interval > 1:
        text = f"Every {rule.interval} {unit}s"
    elif details:
        text = f"Every {unit}"
    else:
        text = "Daily" if unit == "day" else f"{unit.capitalize()}ly"
    if details:
        text += f" on {', '.join(details)}"
    if rule.count is not None:
        text += ", once" if rule.count == 1 else f", {rule.count} times"
    if isinstance(rule.until, date):
        until = rule.until.date() if isinstance(rule.until, datetime) else rule.until
        text += f" until {until.isoformat()}"
    return text


def _describe_details(rule: RecurrenceRule) -> list[str]:
    """Phrases for the BY parts: weekdays, month days, ordinal weekdays."""
    details = [WEEKDAY_LABELS[day] for day in rule.by_day]
    positive = [str(day) for day in rule.by_month_day if day > 0]
    if positive:
        details.append(("day " if len(positive) == 1 else "days ") + ", ".join(positive))
    details += [f"the {_ordinal(day)} day" for day in rule.by_month_day if day < 0]
    details += [f"the {_ordinal(o)} {WEEKDAY_LABELS[w]}" for o, w in rule.by_set_day]
    return details


def _ordinal(number: int) -> str:
    """1st, 2nd, 3rd, 4th; negatives count from the end ("last", "2nd-to-last")."""
    if number < 0:
        return "last" if number == -1 else f"{_ordinal(-number)}-to-last"
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(number if number < 20 else number % 10, "th")
    return f"{number}{suffix}"


def occurrences(
    *,
    start: datetime,
    rule: RecurrenceRule,
    zone: str | None,
    window_start: datetime,
    window_end: datetime,
    exdates: Iterable[datetime] = (),
    limit: int = 10000,
) -> list[datetime]:
    """Occurrence starts in [window_start, window_end), kept at the wall time of `zone`.

    `limit` caps the recurrence periods stepped through; going past it raises
    RecurrenceLimitError rather than returning a silently truncated list.
    """
    tz = _zone(zone)
    _check_kinds(tz, start=start, window_start=window_start, window_end=window_end)
    _require_positive("limit", limit)
    start_wall = _wall(start, tz)
    first = _first_period(rule, start_wall, _wall(window_start, tz))
    walls = _walls(start_wall, rule, first, _wall(window_end, tz).date(), limit)
    excluded = {_exclusion_key(value, tz) for value in exdates}
    low, high = _instant(window_start), _instant(window_end)
    found: list[datetime] = []
    for number, wall in enumerate(walls, 1):
        moment = _to_aware(wall, tz)
        if _finished(rule, number, wall, moment) or _instant(moment) >= high:
            break
        if _instant(moment) >= low and _instant(moment) not in excluded:
            found.append(moment)
    return found


def _zone(zone: str | None) -> ZoneInfo | None:
    """The ZoneInfo for an IANA name, or None for floating times."""
    if zone is None:
        return None
    try:
        return ZoneInfo(zone)
    except (KeyError, ValueError):
        raise ValueError(f"unknown time zone {zone!r}") from None


def _check_kinds(tz: ZoneInfo | None, **values: datetime) -> None:
    """Require aware datetimes with a zone and naive ones without."""
    for name, value in values.items():
        if not isinstance(value, datetime):
            raise TypeError(f"{name} must be a datetime, got {value!r}")
        if _is_aware(value) != (tz is not None):
            kind = "timezone-aware" if tz is not None else "naive (floating)"
            raise ValueError(f"{name} must be {kind} when zone is {tz and tz.key!r}")


def _is_aware(value: datetime) -> bool:
    """Whether a datetime carries a UTC offset."""
    return value.tzinfo is not None and value.utcoffset() is not None


def _instant(value: datetime) -> datetime:
    """Aware values as UTC instants (so comparisons ignore wall-time quirks); naive as is."""
    return value.astimezone(UTC) if _is_aware(value) else value


def _wall(value: datetime, tz: ZoneInfo | None) -> datetime:
    """The naive wall time of value in tz."""
    return value if tz is None else value.astimezone(tz).replace(tzinfo=None)


def _to_aware(wall: datetime, tz: ZoneInfo | None) -> datetime:
    """Wall time in tz; a time in a gap moves forward by the gap (round trip through UTC)."""
    return wall if tz is None else wall.replace(tzinfo=tz).astimezone(UTC).astimezone(tz)


def _exclusion_key(value: datetime, tz: ZoneInfo | None) -> datetime:
    """Match exdates by UTC instant when zoned (naive ones are wall times), else by equality."""
    if tz is None and _is_aware(value):
        raise ValueError(f"exdate {value!r} is aware but the recurrence is floating")
    if tz is None:
        return value
    return _instant(value if _is_aware(value) else _to_aware(value.replace(fold=0), tz))


def _finished(rule: RecurrenceRule, number: int, wall: datetime, moment: datetime) -> bool:
    """Whether the numbered occurrence lies past COUNT or the (inclusive) UNTIL."""
    until = rule.until
    if rule.count is not None or until is None:
        return rule.count is not None and number > rule.count
    if not isinstance(until, datetime):
        return wall.date() > until
    if _is_aware(until) and _is_aware(moment):
        return _instant(moment) > until
    return wall > until.replace(tzinfo=None)  # a floating start reads a UTC UNTIL as is


def _first_period(rule: RecurrenceRule, start: datetime, window_start: datetime) -> int:
    """A period index safely before the window (0 with COUNT), so long rules skip their past."""
    if rule.count is not None:
        return 0
    a, b = start.date(), window_start.date()
    spans = {
        "DAILY": (b - a).days,
        "WEEKLY": (b - a).days // 7,
        "MONTHLY": (b.year - a.year) * 12 + b.month - a.month,
        "YEARLY": b.year - a.year,
    }
    return max(0, spans[rule.freq] // rule.interval - 1)


def _walls(
    start: datetime, rule: RecurrenceRule, first: int, end_day: date, limit: int
) -> Iterator[datetime]:
    """Yield start, then the rule's later wall times in order; ambiguous ones take fold=0."""
    yield start
    clock = start.time().replace(fold=0)
    for steps, index in enumerate(itertools.count(first)):
        try:
            days = _period(start.date(), rule, index * rule.interval)
        except OverflowError:
            return
        if (days[0] - end_day).days > 1:
            return
        if steps >= limit:
            raise RecurrenceLimitError(f"{format_rrule(rule)} needs more than {limit} periods")
        for day in days:
            wall = datetime.combine(day, clock)
            if wall > start and _day_matches(day, rule, start.date()):
                yield wall


def _period(start: date, rule: RecurrenceRule, offset: int) -> list[date]:
    """Every day of the period `offset` units after start's (a YEARLY period is start's month)."""
    if rule.freq == "DAILY":
        return [start + timedelta(days=offset)]
    if rule.freq == "WEEKLY":
        monday = start - timedelta(days=start.weekday()) + timedelta(weeks=offset)
        return [monday + timedelta(days=day) for day in range(7)]
    years, month = divmod(start.month - 1 + (offset if rule.freq == "MONTHLY" else offset * 12), 12)
    if start.year + years > date.max.year:
        raise OverflowError("past the last supported year")
    last = calendar.monthrange(start.year + years, month + 1)[1]
    return [date(start.year + years, month + 1, day) for day in range(1, last + 1)]


def _day_matches(day: date, rule: RecurrenceRule, start: date) -> bool:
    """Whether a day of a period fits the BY parts, or mirrors start when there are none."""
    last = calendar.monthrange(day.year, day.month)[1]
    month_day_ok = day.day in {d if d > 0 else last + 1 + d for d in rule.by_month_day}
    if rule.by_day or rule.by_set_day:
        weekday = day.weekday()
        from_end = -((last - day.day) // 7 + 1)
        ordinal_ok = {((day.day - 1) // 7 + 1, weekday), (from_end, weekday)} & set(rule.by_set_day)
        weekday_ok = weekday in rule.by_day or bool(ordinal_ok)
        return weekday_ok and (month_day_ok or not rule.by_month_day)
    if rule.by_month_day:
        return month_day_ok
    if rule.freq == "WEEKLY":
        return day.weekday() == start.weekday()
    return rule.freq == "DAILY" or day.day == start.day
