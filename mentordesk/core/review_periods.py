"""The dashboard's ready-made periods: this month, last month, the last three months."""

from __future__ import annotations

from datetime import date, timedelta

from mentordesk.core.enums import TextEnum


class PeriodChoice(TextEnum):
    """A ready-made period, or one the user sets from and to."""

    THIS_MONTH = "this_month"
    LAST_MONTH = "last_month"
    LAST_3_MONTHS = "last_3_months"
    CUSTOM = "custom"


def month_start(day: date, months_back: int = 0) -> date:
    """The first day of the month ``months_back`` months before ``day``'s."""
    index = day.year * 12 + day.month - 1 - months_back
    return date(index // 12, index % 12 + 1, 1)


def preset_period(choice: PeriodChoice, today: date) -> tuple[date, date]:
    """(first day, last day) of a ready-made period around ``today``.

    This month and the last three months end today; last month is the whole of it.
    """
    if choice is PeriodChoice.THIS_MONTH:
        return month_start(today), today
    if choice is PeriodChoice.LAST_MONTH:
        return month_start(today, 1), month_start(today) - timedelta(days=1)
    if choice is PeriodChoice.LAST_3_MONTHS:
        return month_start(today, 2), today
    raise ValueError("a custom period has no preset dates")
