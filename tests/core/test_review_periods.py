"""The dashboard's ready-made periods, across month and year ends."""

from __future__ import annotations

from datetime import date

import pytest

from mentordesk.core.review_periods import PeriodChoice, month_start, preset_period


@pytest.mark.parametrize(
    ("choice", "today", "expected"),
    [
        (PeriodChoice.THIS_MONTH, date(2026, 11, 26), (date(2026, 11, 1), date(2026, 11, 26))),
        (PeriodChoice.LAST_MONTH, date(2026, 11, 26), (date(2026, 10, 1), date(2026, 10, 31))),
        (PeriodChoice.LAST_MONTH, date(2026, 1, 5), (date(2025, 12, 1), date(2025, 12, 31))),
        (PeriodChoice.LAST_MONTH, date(2024, 3, 31), (date(2024, 2, 1), date(2024, 2, 29))),
        (PeriodChoice.LAST_3_MONTHS, date(2026, 2, 10), (date(2025, 12, 1), date(2026, 2, 10))),
    ],
)
def test_preset_periods(choice, today, expected):
    assert preset_period(choice, today) == expected


def test_month_start_goes_back_across_years():
    assert month_start(date(2026, 1, 31), 13) == date(2024, 12, 1)


def test_a_custom_period_has_no_preset():
    with pytest.raises(ValueError, match="custom"):
        preset_period(PeriodChoice.CUSTOM, date(2026, 11, 26))
