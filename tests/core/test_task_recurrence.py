"""Recurring tasks: the occurrence due by today, even after days with the app closed."""

from datetime import date

import pytest

from mentordesk.core.task_recurrence import (
    RecurrenceRuleError,
    check_rule,
    due_occurrences,
    next_occurrence,
    occurrence_to_create,
)

MONTHLY = "FREQ=MONTHLY;BYMONTHDAY=1"
START = date(2026, 9, 1)


def test_next_occurrence_of_a_monthly_email():
    assert next_occurrence(MONTHLY, start=START, after=date(2026, 9, 1)) == date(2026, 10, 1)
    assert next_occurrence(MONTHLY, start=START, after=date(2026, 9, 15)) == date(2026, 10, 1)


def test_nothing_is_due_before_the_day():
    assert (
        due_occurrences(MONTHLY, start=START, last=date(2026, 11, 1), today=date(2026, 11, 30))
        == []
    )


def test_due_on_the_day():
    got = occurrence_to_create(
        MONTHLY, start=START, last=date(2026, 11, 1), today=date(2026, 12, 1)
    )
    assert got == date(2026, 12, 1)


def test_due_after_the_app_was_closed_that_day():
    got = occurrence_to_create(
        MONTHLY, start=START, last=date(2026, 11, 1), today=date(2026, 12, 9)
    )
    assert got == date(2026, 12, 1)


def test_missed_months_collapse_into_the_newest():
    last, today = date(2026, 9, 1), date(2026, 12, 9)
    assert due_occurrences(MONTHLY, start=START, last=last, today=today) == [
        date(2026, 10, 1),
        date(2026, 11, 1),
        date(2026, 12, 1),
    ]
    assert occurrence_to_create(MONTHLY, start=START, last=last, today=today) == date(2026, 12, 1)


def test_rule_with_an_end_stops():
    rule = "FREQ=WEEKLY;COUNT=2"
    assert next_occurrence(rule, start=START, after=date(2026, 9, 8)) is None
    assert (
        occurrence_to_create(rule, start=START, last=date(2026, 9, 8), today=date(2027, 1, 1))
        is None
    )


def test_month_end_rule_keeps_to_the_last_day():
    rule = "FREQ=MONTHLY;BYMONTHDAY=-1"
    assert next_occurrence(rule, start=date(2026, 1, 31), after=date(2026, 1, 31)) == date(
        2026, 2, 28
    )


def test_rrule_prefix_is_accepted():
    assert next_occurrence("RRULE:FREQ=WEEKLY", start=START, after=START) == date(2026, 9, 8)


@pytest.mark.parametrize("rule", ["", "FREQ=SOMETIMES", "nonsense"])
def test_unreadable_rules_are_refused(rule):
    with pytest.raises(RecurrenceRuleError):
        check_rule(rule, START)
