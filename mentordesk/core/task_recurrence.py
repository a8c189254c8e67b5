"""Recurring tasks: which occurrence of a rule is due by today (the shared recurrence layer)."""

from __future__ import annotations

from datetime import date, datetime, time

from mentordesk.core.errors import UserError
from mentordesk.core.recurrence import dateutil_rule, parse_rrule


class RecurrenceRuleError(UserError):
    """A recurrence rule that cannot be read."""


def _rule(rule: str, start: date):
    """The dateutil rule for RRULE text anchored at `start`."""
    if not rule.strip():
        raise RecurrenceRuleError("the recurrence rule is empty")
    try:
        return dateutil_rule(parse_rrule(rule), datetime.combine(start, time()))
    except ValueError as error:
        raise RecurrenceRuleError(f"cannot read the recurrence rule {rule!r}: {error}") from None


def check_rule(rule: str, start: date) -> None:
    """Raise RecurrenceRuleError when `rule` is not a readable RRULE."""
    _rule(rule, start)


def next_occurrence(rule: str, *, start: date, after: date) -> date | None:
    """The first occurrence strictly after `after`, or None when the rule has ended."""
    found = _rule(rule, start).after(datetime.combine(after, time()), inc=False)
    return found.date() if found else None


def due_occurrences(rule: str, *, start: date, last: date, today: date) -> list[date]:
    """Occurrences after `last` (the newest one created) up to and including `today`."""
    if today <= last:
        return []
    window = _rule(rule, start).between(
        datetime.combine(last, time()), datetime.combine(today, time()), inc=True
    )
    return [d.date() for d in window if d.date() > last]


def occurrence_to_create(rule: str, *, start: date, last: date, today: date) -> date | None:
    """The one occurrence to create now: the newest due one (missed ones collapse into it)."""
    due = due_occurrences(rule, start=start, last=last, today=today)
    return due[-1] if due else None
