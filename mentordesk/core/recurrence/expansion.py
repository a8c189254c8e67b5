"""Expanding a rule with dateutil's rrule in naive wall time; the thin layer around it.

The rule repeats a wall time: callers expand in the naive wall time of the series' zone and
localise afterwards, so a series keeps its local time across DST changes. DTSTART is always
the first occurrence (as `recurring-ical-events` and RFC 5545 read it); COUNT counts the
rule's own matches. An aware (UTC) UNTIL is compared as an instant.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo

from dateutil import rrule as du

from mentordesk.core.recurrence.rule import RecurrenceLimitError, RecurrenceRule, format_rrule

DEFAULT_LIMIT = 100_000  # occurrences stepped through per expansion, before giving up
_FREQS = {"YEARLY": 0, "MONTHLY": 1, "WEEKLY": 2, "DAILY": 3}
_FREQS |= {"HOURLY": 4, "MINUTELY": 5, "SECONDLY": 6}  # dateutil's constants
_SUB_DAILY = {"HOURLY": timedelta(hours=1), "MINUTELY": timedelta(minutes=1)}
_SUB_DAILY |= {"SECONDLY": timedelta(seconds=1)}
_SLACK = timedelta(days=1)  # wall windows are only near the instant ones: filtered after


def dateutil_rule(
    rule: RecurrenceRule,
    start: datetime,
    *,
    until: datetime | None = None,
    first: datetime | None = None,
) -> du.rrule:
    """dateutil's rrule for `rule` from the naive `start`; `until` replaces UNTIL.

    `first`, a period boundary after start, starts the stepping there (same occurrences).
    """
    if until is None and rule.until is not None:
        until = _until_wall(rule.until, None)
    parts = _dateutil_parts(rule, start)
    return du.rrule(dtstart=first or start, until=until, count=rule.count, cache=False, **parts)


def _dateutil_parts(rule: RecurrenceRule, start: datetime) -> dict[str, object]:
    """The rule as dateutil keywords, with the parts DTSTART fills in made explicit."""
    weekdays = [du.weekday(day) for day in rule.by_day]
    weekdays += [du.weekday(day, ordinal) for ordinal, day in rule.by_set_day]
    parts: dict[str, object] = {
        "bymonth": rule.by_month,
        "bymonthday": rule.by_month_day,
        "byyearday": rule.by_year_day,
        "byweekno": rule.by_week_no,
        "byweekday": weekdays,
        "byhour": rule.by_hour,
        "byminute": rule.by_minute,
        "bysecond": tuple(second for second in rule.by_second if second < 60),
        "bysetpos": rule.by_set_pos,
    }
    _fill_defaults(parts, rule, start)
    given = {name: value or None for name, value in parts.items()}
    return given | {"freq": _FREQS[rule.freq], "interval": rule.interval, "wkst": rule.wkst}


def _fill_defaults(parts: dict[str, object], rule: RecurrenceRule, start: datetime) -> None:
    """Set the day and clock parts RFC 5545 takes from DTSTART (so DTSTART may move)."""
    freq = _FREQS[rule.freq]
    if not (rule.by_week_no or rule.by_year_day or rule.by_month_day or parts["byweekday"]):
        if rule.freq == "YEARLY":
            parts["bymonth"] = rule.by_month or (start.month,)
            parts["bymonthday"] = (start.day,)
        elif rule.freq == "MONTHLY":
            parts["bymonthday"] = (start.day,)
        elif rule.freq == "WEEKLY":
            parts["byweekday"] = (start.weekday(),)
    for name, value, level in (("byhour", start.hour, 4), ("byminute", start.minute, 5)):
        if not parts[name] and freq < level:
            parts[name] = (value,)
    if not rule.by_second and freq < 6:
        parts["bysecond"] = (start.second,)


def wall_occurrences(
    rule: RecurrenceRule,
    *,
    start: datetime,
    after: datetime,
    before: datetime,
    zone: tzinfo | None = None,
    limit: int = DEFAULT_LIMIT,
) -> list[datetime]:
    """The naive wall starts in [after, before], in order; `zone` reads an aware UNTIL."""
    until, keep = _until_bounds(rule.until, zone)
    found = [start] if after <= start <= before and keep(start) else []
    if _never_matches(rule, start):
        return found
    first = start if rule.count is not None else _fast_start(rule, start, after)
    try:
        for steps, wall in enumerate(dateutil_rule(rule, start, until=until, first=first), 1):
            if wall > before:
                break
            if steps > limit:
                raise RecurrenceLimitError(f"{format_rrule(rule)} steps past {limit} occurrences")
            if wall >= after and wall != start and keep(wall):
                found.append(wall)
    except RecurrenceLimitError:
        raise
    except ValueError:  # dateutil: the clock parts and INTERVAL can never meet
        return found
    return found


def _until_bounds(
    until: datetime | date | None, zone: tzinfo | None
) -> tuple[datetime | None, Callable[[datetime], bool]]:
    """The naive UNTIL to hand dateutil, and the check each wall time must pass."""
    if until is None:
        return None, lambda wall: True
    if isinstance(until, datetime) and until.tzinfo is not None:
        limit = until
        wall = _until_wall(until, zone)
        return widened(wall, wall)[1], lambda w: _instant(w, zone) <= limit
    wall_until = _until_wall(until, zone)
    return wall_until, lambda wall: wall <= wall_until


def _until_wall(until: datetime | date, zone: tzinfo | None) -> datetime:
    """UNTIL as a naive wall time: a date lasts all day; an aware value is read in `zone`."""
    if not isinstance(until, datetime):
        return datetime.combine(until, time.max)
    if until.tzinfo is None:
        return until
    return until.astimezone(zone).replace(tzinfo=None)


def _instant(wall: datetime, zone: tzinfo | None) -> datetime:
    """A wall time as an aware instant; a gap time takes the offset before the gap (fold=0)."""
    return wall.replace(tzinfo=zone) if zone is not None else wall.astimezone(UTC)


@lru_cache(maxsize=4096)
def _never_matches(rule: RecurrenceRule, start: datetime) -> bool:
    """Rules that never match (30 February), which dateutil would seek until the year 9999."""
    if rule.by_second and all(second == 60 for second in rule.by_second):
        return True  # a leap second: never in Python's time scale
    if _impossible_days(rule, start) or _impossible_position(rule):
        return True
    return rule.freq in ("MONTHLY", "YEARLY") and not _matches_in_a_cycle(rule, start)


def _impossible_days(rule: RecurrenceRule, start: datetime) -> bool:
    """Month days no allowed month has, or a daily step that never lands on a BYDAY."""
    months = set(rule.by_month or range(1, 13))
    if rule.freq == "MONTHLY":
        months &= {(start.month - 1 + k * rule.interval) % 12 + 1 for k in range(12)}
    longest = {month: 29 if month == 2 else calendar.monthrange(2001, month)[1] for month in months}
    if rule.by_month_day and not any(
        abs(day) <= longest[month] for month in months for day in rule.by_month_day
    ):
        return True
    daily_phase = rule.freq == "DAILY" and rule.interval % 7 == 0 and rule.by_day
    return not months or bool(daily_phase and start.weekday() not in rule.by_day)


def _impossible_position(rule: RecurrenceRule) -> bool:
    """BYSETPOS past the most candidates one DAILY or WEEKLY period can hold."""
    if not rule.by_set_pos or rule.freq not in ("DAILY", "WEEKLY"):
        return False
    clock = [len(part or (0,)) for part in (rule.by_hour, rule.by_minute, rule.by_second)]
    days = len(rule.by_day or (0,)) if rule.freq == "WEEKLY" else 1
    most = days * clock[0] * clock[1] * clock[2]
    return all(abs(position) > most for position in rule.by_set_pos)


@lru_cache(maxsize=4096)
def _matches_in_a_cycle(rule: RecurrenceRule, start: datetime) -> bool:
    """Whether a MONTHLY or YEARLY rule ever matches, probed near the year 9999.

    The Gregorian calendar repeats every 400 years (weekdays too), so the rule shifted by
    whole cycles is probed where dateutil's own search ends: at most two cycles of periods.
    """
    span = 400 * rule.interval
    shift = max(0, (date.max.year - span - start.year) // span) * span
    probe = replace(rule, count=None, until=None)
    shifted = start.replace(year=start.year + shift)
    return next(iter(dateutil_rule(probe, shifted)), None) is not None


def _fast_start(rule: RecurrenceRule, start: datetime, after: datetime) -> datetime:
    """A period boundary whole intervals after start, before `after`: skips a long past."""
    if after <= start:
        return start
    if rule.freq in _SUB_DAILY:
        unit = _SUB_DAILY[rule.freq]
        base = start - (start - datetime.min) % unit
        return base + (max(0, (after - base) // (unit * rule.interval) - 1) * rule.interval) * unit
    if rule.freq == "YEARLY":
        skip = max(0, (after.year - start.year) // rule.interval - 1) * rule.interval
        return datetime(start.year + skip, 1, 1)
    if rule.freq == "MONTHLY":
        months = (after.year - start.year) * 12 + after.month - start.month
        skip = max(0, months // rule.interval - 1) * rule.interval
        years, month = divmod(start.month - 1 + skip, 12)
        return datetime(start.year + years, month + 1, 1)
    length = 7 if rule.freq == "WEEKLY" else 1
    base = start.date() - timedelta(days=(start.weekday() - rule.wkst) % 7 if length == 7 else 0)
    periods = (after.date() - base).days // (length * rule.interval) - 1
    return datetime.combine(base + timedelta(days=max(0, periods) * length * rule.interval), time())


def widened(low: datetime, high: datetime) -> tuple[datetime, datetime]:
    """A wall window a day wider on each side (wall and instant windows differ by < a day)."""
    try:
        low -= _SLACK
    except OverflowError:
        low = datetime.min
    try:
        high += _SLACK
    except OverflowError:
        high = datetime.max
    return low, high


def occurrences(
    *,
    start: datetime,
    rule: RecurrenceRule,
    zone: str | None,
    window_start: datetime,
    window_end: datetime,
    exdates: Iterable[datetime] = (),
    limit: int = DEFAULT_LIMIT,
) -> list[datetime]:
    """Occurrence starts in [window_start, window_end), kept at the wall time of `zone`.

    Aware values with a zone, naive (floating) ones without. Exdates match by instant when
    zoned (naive ones are wall times there); going past `limit` raises RecurrenceLimitError.
    """
    tz = _zone(zone)
    _check_kinds(tz, start=start, window_start=window_start, window_end=window_end)
    after, before = widened(_wall(window_start, tz), _wall(window_end, tz))
    walls = wall_occurrences(
        rule, start=_wall(start, tz), after=after, before=before, zone=tz, limit=limit
    )
    excluded = {_exclusion_key(value, tz) for value in exdates}
    low, high = _comparable(window_start), _comparable(window_end)
    moments = [_to_aware(wall, tz) for wall in walls]
    return [
        moment
        for moment in moments
        if low <= _comparable(moment) < high and _comparable(moment) not in excluded
    ]


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
        if (value.tzinfo is not None) != (tz is not None):
            kind = "timezone-aware" if tz is not None else "naive (floating)"
            raise ValueError(f"{name} must be {kind} when zone is {tz and tz.key!r}")


def _comparable(value: datetime) -> datetime:
    """Aware values as UTC instants (so comparisons ignore wall-time quirks); naive as is."""
    return value.astimezone(UTC) if value.tzinfo is not None else value


def _wall(value: datetime, tz: ZoneInfo | None) -> datetime:
    """The naive wall time of value in tz."""
    return value if tz is None else value.astimezone(tz).replace(tzinfo=None)


def _to_aware(wall: datetime, tz: ZoneInfo | None) -> datetime:
    """Wall time in tz; a time in a gap moves forward by the gap (round trip through UTC)."""
    return wall if tz is None else wall.replace(tzinfo=tz).astimezone(UTC).astimezone(tz)


def _exclusion_key(value: datetime, tz: ZoneInfo | None) -> datetime:
    """Match exdates by UTC instant when zoned (naive ones are wall times), else by equality."""
    if tz is None and value.tzinfo is not None:
        raise ValueError(f"exdate {value!r} is aware but the recurrence is floating")
    if tz is None:
        return value
    return _comparable(value if value.tzinfo is not None else value.replace(tzinfo=tz, fold=0))
