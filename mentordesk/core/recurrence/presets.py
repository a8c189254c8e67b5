"""Recurrence for people: the editor's presets, and any rule described in plain English."""

from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import date, datetime
from enum import Enum

from mentordesk.core.recurrence.rule import (
    WEEKDAY_CODES,
    RecurrenceRule,
    format_rrule,
    parse_rrule,
)

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth")
_NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six")
_UNITS = {"YEARLY": "year", "MONTHLY": "month", "WEEKLY": "week", "DAILY": "day"}
_UNITS |= {"HOURLY": "hour", "MINUTELY": "minute", "SECONDLY": "second"}
_WORKWEEK, _WEEKEND = (0, 1, 2, 3, 4), (5, 6)


class RecurrencePreset(Enum):
    """The repeat choices the meeting editor offers; CUSTOM is any other rule."""

    NONE = "none"
    WEEKLY = "weekly"
    EVERY_TWO_WEEKS = "every_two_weeks"
    MONTHLY_BY_WEEKDAY = "monthly_by_weekday"
    CUSTOM = "custom"


def preset_rule(preset: RecurrencePreset, start: date) -> str:
    """The RRULE text of a preset for a series starting on `start` ("" for NONE)."""
    weekday = WEEKDAY_CODES[start.weekday()]
    if preset is RecurrencePreset.NONE:
        return ""
    if preset is RecurrencePreset.WEEKLY:
        return f"FREQ=WEEKLY;BYDAY={weekday}"
    if preset is RecurrencePreset.EVERY_TWO_WEEKS:
        return f"FREQ=WEEKLY;INTERVAL=2;BYDAY={weekday}"
    if preset is RecurrencePreset.MONTHLY_BY_WEEKDAY:
        return f"FREQ=MONTHLY;BYDAY={month_ordinal(start)}{weekday}"
    raise ValueError("a custom rule has no preset text: write the rule itself")


def month_ordinal(day: date) -> int:
    """Which of its weekday in the month `day` is: 1 to 4, or -1 when it is the fifth (last)."""
    ordinal = (day.day - 1) // 7 + 1
    return -1 if ordinal == 5 else ordinal


def preset_of(rrule_text: str, start: date) -> RecurrencePreset:
    """The preset a rule is for a series starting on `start` (COUNT or UNTIL aside)."""
    if not rrule_text.strip():
        return RecurrencePreset.NONE
    rule = replace(parse_rrule(rrule_text), count=None, until=None)
    for preset in (RecurrencePreset.WEEKLY, RecurrencePreset.EVERY_TWO_WEEKS):
        if rule in (parse_rrule(preset_rule(preset, start)), _without_days(preset, start)):
            return preset
    weekday = start.weekday()
    last = start.day + 7 > calendar.monthrange(start.year, start.month)[1]
    ordinals = {month_ordinal(start)} | ({-1} if last else set())
    if rule in [RecurrenceRule("MONTHLY", by_set_day=((n, weekday),)) for n in ordinals]:
        return RecurrencePreset.MONTHLY_BY_WEEKDAY
    return RecurrencePreset.CUSTOM


def _without_days(preset: RecurrencePreset, start: date) -> RecurrenceRule:
    """A weekly preset written without BYDAY (DTSTART gives the day)."""
    return replace(parse_rrule(preset_rule(preset, start)), by_day=())


def describe_rule(rule: RecurrenceRule | str, start: date | None = None) -> str:
    """Plain English for any rule, such as "Every two weeks on Tuesday, 6 times".

    `start` (the series' first day) names the day a rule without BY parts repeats on.
    Rules beyond these words read "Custom rule: FREQ=…".
    """
    rule = parse_rrule(rule) if isinstance(rule, str) else rule
    day = start.date() if isinstance(start, datetime) else start
    where = _where(rule, day)
    if where is None:
        return f"Custom rule: {format_rrule(rule)}"
    return _every(rule) + (f" {where}" if where else "") + _ending(rule)


def _every(rule: RecurrenceRule) -> str:
    """ "Every week", "Every two weeks", "Every 10 days"."""
    unit = _UNITS[rule.freq]
    if rule.interval == 1:
        return f"Every {unit}"
    count = _NUMBER_WORDS[rule.interval] if rule.interval < len(_NUMBER_WORDS) else rule.interval
    return f"Every {count} {unit}s"


def _where(rule: RecurrenceRule, start: date | None) -> str | None:
    """The "on …" and "in …" phrases, "" for none, or None when words cannot say it."""
    if rule.by_second or rule.by_minute or rule.by_hour or rule.by_week_no or rule.by_year_day:
        return None
    days = _days_phrase(rule, start)
    if days is None:
        return None
    months = f"in {_join([calendar.month_name[m] for m in rule.by_month])}"
    return " ".join(part for part in (days, months if rule.by_month else "") if part)


def _days_phrase(rule: RecurrenceRule, start: date | None) -> str | None:
    """ "on Tuesday", "on the last Friday", "on the 15th", or None."""
    if rule.by_set_pos:
        return _set_pos_phrase(rule)
    if rule.by_month_day and (rule.by_day or rule.by_set_day):
        return None
    if rule.by_day or rule.by_set_day:
        plain = [_weekdays_name(rule.by_day)] if rule.by_day else []
        ordinals = sorted(rule.by_set_day, key=lambda item: _from_start(item[0]))
        return "on " + _join(plain + [f"the {_ordinal(n)} {WEEKDAY_NAMES[w]}" for n, w in ordinals])
    if rule.by_month_day:
        days = sorted(rule.by_month_day, key=_from_start)
        return "on " + _join([f"the {_month_day(d)}" for d in days])
    return _default_days(rule, start)


def _from_start(number: int) -> tuple[bool, int]:
    """Sort key: counted from the start first (1, 2, …), then from the end (-1, -2, …)."""
    return number < 0, abs(number)


def _default_days(rule: RecurrenceRule, start: date | None) -> str:
    """The day DTSTART gives a rule without BY parts ("" when unknown or not needed)."""
    if start is None:
        return ""
    if rule.freq == "WEEKLY":
        return f"on {WEEKDAY_NAMES[start.weekday()]}"
    if rule.freq == "MONTHLY":
        return f"on the {_month_day(start.day)}"
    if rule.freq == "YEARLY" and not rule.by_month:
        return f"on {start.day} {calendar.month_name[start.month]}"
    return f"on the {_month_day(start.day)}" if rule.freq == "YEARLY" else ""


def _set_pos_phrase(rule: RecurrenceRule) -> str | None:
    """BYSETPOS over weekdays: "on the last weekday", "on the second Monday or Friday"."""
    if not rule.by_day or rule.by_set_day or rule.by_month_day:
        return None
    names = _weekdays_name(rule.by_day, singular=True, joiner="or")
    positions = sorted(rule.by_set_pos, key=_from_start)
    return "on " + _join([f"the {_ordinal(pos)} {names}" for pos in positions])


def _weekdays_name(days: tuple[int, ...], *, singular: bool = False, joiner: str = "and") -> str:
    """ "Monday and Thursday", "weekdays" (or "weekday"), "weekend days", "day"."""
    named = {_WORKWEEK: "weekday", _WEEKEND: "weekend day", tuple(range(7)): "day"}
    if days in named:
        return named[days] + ("" if singular else "s")
    return _join([WEEKDAY_NAMES[day] for day in days], joiner)


def _ending(rule: RecurrenceRule) -> str:
    """ ", 10 times", ", once", " until 31 December 2026", or ""."""
    if rule.count is not None:
        return ", once" if rule.count == 1 else f", {rule.count} times"
    if rule.until is None:
        return ""
    until = rule.until.date() if isinstance(rule.until, datetime) else rule.until
    return f" until {until.day} {calendar.month_name[until.month]} {until.year}"


def _ordinal(number: int) -> str:
    """ "first" to "fifth", then "6th"; negatives count from the end ("last", "second-to-last")."""
    if number < 0:
        return "last" if number == -1 else f"{_ordinal(-number)}-to-last"
    return _ORDINAL_WORDS[number - 1] if number <= len(_ORDINAL_WORDS) else _numbered(number)


def _month_day(day: int) -> str:
    """ "15th", "1st"; negatives: "last day", "second-to-last day"."""
    return f"{_ordinal(day)} day" if day < 0 else _numbered(day)


def _numbered(number: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 21st."""
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{'th' if 10 <= number % 100 <= 20 else suffix}"


def _join(items: list[str], joiner: str = "and") -> str:
    """ "a", "a and b", "a, b and c"."""
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} {joiner} {items[-1]}"
