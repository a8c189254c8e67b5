"""Review cadence, plan-against-actual tallies and the size of a cycle's changes."""

from __future__ import annotations

from datetime import date

import pytest

from mentordesk.core.errors import ValidationError
from mentordesk.core.review_cycle import (
    CycleSize,
    TaskOutcome,
    check_cadence,
    cycle_size,
    days_moved,
    days_overdue,
    default_period,
    expected_meetings,
    is_shrinking,
    review_due_date,
    tally_expectations,
    tally_tasks,
    task_outcome,
)

D = date(2026, 11, 26)


def test_due_a_cadence_after_the_last_review_else_after_the_start():
    assert review_due_date(
        last_review_end=date(2026, 11, 1), started_on=date(2026, 1, 1), cadence_days=30
    ) == date(2026, 12, 1)
    assert review_due_date(
        last_review_end=None, started_on=date(2026, 11, 1), cadence_days=14
    ) == date(2026, 11, 15)


def test_never_due_without_a_start_or_a_cadence():
    assert review_due_date(last_review_end=None, started_on=None, cadence_days=30) is None
    assert review_due_date(last_review_end=D, started_on=None, cadence_days=0) is None


def test_days_overdue_counts_both_ways():
    assert days_overdue(date(2026, 11, 20), D) == 6
    assert days_overdue(D, D) == 0
    assert days_overdue(date(2026, 11, 30), D) == -4


def test_default_period_runs_from_the_last_review_to_today():
    assert default_period(
        last_review_end=date(2026, 10, 30), started_on=date(2026, 1, 1), cadence_days=30, today=D
    ) == (date(2026, 10, 30), D)
    assert default_period(last_review_end=None, started_on=None, cadence_days=14, today=D) == (
        date(2026, 11, 12),
        D,
    )


def test_a_future_start_is_clamped_to_today():
    assert default_period(
        last_review_end=None, started_on=date(2026, 12, 5), cadence_days=30, today=D
    ) == (D, D)


def test_cadence_is_one_week_to_one_year():
    assert check_cadence(7) == 7 and check_cadence(365) == 365
    for bad in (0, 6, 366):
        with pytest.raises(ValidationError):
            check_cadence(bad)


@pytest.mark.parametrize(
    ("status", "completed", "due", "expected"),
    [
        ("done", date(2026, 11, 10), date(2026, 11, 12), TaskOutcome.ON_TIME),
        ("done", date(2026, 11, 12), date(2026, 11, 12), TaskOutcome.ON_TIME),
        ("done", date(2026, 11, 13), date(2026, 11, 12), TaskOutcome.LATE),
        ("done", date(2026, 11, 27), date(2026, 11, 12), TaskOutcome.OVERDUE),  # after the period
        ("todo", None, date(2026, 11, 12), TaskOutcome.OVERDUE),
        ("doing", None, D, TaskOutcome.OPEN),  # due on the last day: not late yet
        ("dropped", None, date(2026, 11, 1), TaskOutcome.DROPPED),
    ],
)
def test_task_outcome_at_the_period_end(status, completed, due, expected):
    assert task_outcome(due=due, status=status, completed_on=completed, period_end=D) is expected


def test_tally_leaves_dropped_tasks_out():
    tally = tally_tasks(
        [TaskOutcome.ON_TIME, TaskOutcome.LATE, TaskOutcome.OVERDUE, TaskOutcome.OPEN]
        + [TaskOutcome.DROPPED]
    )
    assert (tally.planned, tally.done, tally.late) == (4, 2, 2)
    assert tally_tasks([]) == tally_tasks([TaskOutcome.DROPPED])


def test_expected_meetings_by_cadence():
    start = date(2026, 11, 1)
    assert expected_meetings(period_start=start, period_end=date(2026, 11, 28), cadence_days=7) == 4
    assert expected_meetings(period_start=start, period_end=date(2026, 11, 27), cadence_days=7) == 3
    assert expected_meetings(period_start=start, period_end=D, cadence_days=None) == 0
    assert expected_meetings(period_start=D, period_end=start, cadence_days=7) == 0


def test_expectation_tally_skips_replaced_versions():
    tally = tally_expectations(["met", "missed", "agreed", "proposed", "replaced", "met"])
    assert (tally.met, tally.missed, tally.open) == (2, 1, 2)


def test_days_moved_adds_date_fields_either_way_and_ignores_the_rest():
    assert days_moved({"due": "2026-11-01"}, {"due": "2026-11-15"}) == 14
    assert days_moved({"target_date": "2027-01-25"}, {"target_date": "2027-01-04"}) == 21
    assert days_moved({"due": None}, {"due": "2026-11-15"}) == 0
    assert days_moved({"text": "a"}, {"text": "b"}) == 0
    assert days_moved({}, {"due": "2026-11-15"}) == 0


def test_cycle_size_and_the_shrinking_trend():
    size = cycle_size(
        [({"due": "2026-11-01"}, {"due": "2026-11-08"}), ({"text": "a"}, {"text": "b"})]
    )
    assert size == CycleSize(adaptations=2, days_moved=7)
    assert cycle_size([]) == CycleSize(0, 0)
    sizes = [CycleSize(4, 35), CycleSize(2, 7), CycleSize(1, 3)]
    assert is_shrinking(sizes)
    assert not is_shrinking([CycleSize(2, 0), CycleSize(3, 0)])
    assert not is_shrinking([CycleSize(2, 0), CycleSize(2, 0)])
    assert not is_shrinking(sizes[:1])
