"""Repeat presets: their rules, and which preset a stored rule is."""

from __future__ import annotations

from datetime import date

import pytest

from mentordesk.core.recurrence import parse_rrule
from mentordesk.core.recurrence_presets import RecurrencePreset, preset_of, preset_rule

THURSDAY = date(2026, 11, 26)  # the fourth Thursday of November 2026
P = RecurrencePreset


@pytest.mark.parametrize(
    ("preset", "rule"),
    [
        (P.NONE, ""),
        (P.WEEKLY, "FREQ=WEEKLY;BYDAY=TH"),
        (P.EVERY_TWO_WEEKS, "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH"),
        (P.MONTHLY_BY_WEEKDAY, "FREQ=MONTHLY;BYDAY=4TH"),
    ],
)
def test_preset_rules_round_trip(preset, rule):
    assert preset_rule(preset, THURSDAY) == rule
    assert preset_of(rule, THURSDAY) is preset
    if rule:
        parse_rrule(rule)  # the expander accepts it


def test_a_fifth_weekday_is_the_last_one():
    assert preset_rule(P.MONTHLY_BY_WEEKDAY, date(2026, 10, 29)) == "FREQ=MONTHLY;BYDAY=-1TH"


def test_other_rules_are_custom():
    assert preset_of("RRULE:freq=weekly;byday=th;interval=1", THURSDAY) is P.WEEKLY
    assert preset_of("FREQ=WEEKLY;BYDAY=MO", THURSDAY) is P.CUSTOM
    assert preset_of("FREQ=WEEKLY;BYDAY=TH;COUNT=5", THURSDAY) is P.CUSTOM
