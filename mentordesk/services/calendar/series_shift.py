"""Shift a whole series by a wall-time difference: its start, rule days, exceptions, overrides."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from mentordesk.core.errors import UserError
from mentordesk.core.meeting_time import Wall, as_datetime, format_wall, parse_wall, shifted_wall
from mentordesk.core.recurrence import RecurrenceRule, format_rrule, parse_rrule
from mentordesk.db import models as m

_REFUSED = (
    "moving this series to another day would change which days it falls on; "
    "move only this occurrence, or edit the series' repeat rule"
)


class MeetingMoveError(UserError):
    """A meeting cannot be moved as asked (gone, or the request does not fit it)."""


def shift_series(series: m.MeetingRecord, delta: timedelta) -> None:
    """Move a series' start, rule days, EXDATEs and RDATEs by `delta`; its overrides follow.

    The series record is changed but not saved (nor its SEQUENCE touched); each override gets
    its RECURRENCE-ID shifted, its own time too when it sat at its original time, and is saved.
    """
    when = series.when
    moved_start = shifted_wall(when.start, delta)
    series.rrule = shift_rule_days(series.rrule, _day_shift(when.start, delta), moved_start)
    series.when = when.moved_to(moved_start)
    series.exdates = [_shifted_text(x, delta) for x in series.exdates or []]
    series.rdates = [_shifted_text(x, delta) for x in series.rdates or []]
    for override in m.MeetingRecord.select().where(m.MeetingRecord.recurrence_of == series.id):
        _follow_series(override, delta)


def _follow_series(override: m.MeetingRecord, delta: timedelta) -> None:
    """An override keeps its identity (id shifted); left in place unless it never moved."""
    original = parse_wall(override.recurrence_id)
    moved = shifted_wall(original, delta)
    if override.when.start == original:
        override.when = override.when.moved_to(moved)
    override.recurrence_id = format_wall(moved)
    override.sequence += 1
    override.save()


def shift_rule_days(rrule: str, days: int, new_start: Wall | None = None) -> str:
    """An RRULE whose weekdays and month days follow a start moved by `days`.

    BYDAY and BYMONTHDAY shift; BYMONTH stays while the start keeps its month; BYYEARDAY,
    BYWEEKNO and a BYMONTH the start leaves are refused (MeetingMoveError).
    """
    if not days or not rrule:
        return rrule
    rule = parse_rrule(rrule)
    if not (rule.by_day or rule.by_set_day or rule.by_month_day or rule.by_month):
        if rule.by_year_day or rule.by_week_no:
            raise MeetingMoveError(_REFUSED)
        return rrule
    _check_yearly_parts(rule, days, new_start)
    return format_rrule(
        replace(
            rule,
            by_day=tuple((d + days) % 7 for d in rule.by_day),
            by_set_day=tuple((n, (d + days) % 7) for n, d in rule.by_set_day),
            by_month_day=tuple(_shift_month_day(d, days) for d in rule.by_month_day),
        )
    )


def _check_yearly_parts(rule: RecurrenceRule, days: int, new_start: Wall | None) -> None:
    """Refuse day-of-year and week-number rules, and a BYMONTH the moved start leaves."""
    if rule.by_year_day or rule.by_week_no:
        raise MeetingMoveError(_REFUSED)
    if rule.by_month and new_start is not None:
        before = as_datetime(new_start) - timedelta(days=days)
        if before.month != new_start.month:
            raise MeetingMoveError(_REFUSED)


def _shift_month_day(day: int, days: int) -> int:
    """One BYMONTHDAY day moved by some days; refused when it would leave the month."""
    moved = day + days
    if day < 0 or not 1 <= moved <= 28:
        raise MeetingMoveError(_REFUSED)
    return moved


def _shifted_text(text: str, delta: timedelta) -> str:
    """Wall text moved by `delta`."""
    return format_wall(shifted_wall(parse_wall(text), delta))


def _day_shift(start: Wall, delta: timedelta) -> int:
    """How many calendar days the series' first start moves."""
    moved: date = as_datetime(shifted_wall(start, delta)).date()
    return (moved - as_datetime(start).date()).days
