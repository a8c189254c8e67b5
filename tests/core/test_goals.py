"""Goal progress and pace against a straight-line plan."""

from datetime import date

import pytest

from mentordesk.core.goals import Pace, pace, planned_progress, progress_from_tasks


def test_progress_counts_done_over_live_tasks():
    assert progress_from_tasks(["done", "todo", "doing", "dropped"]) == pytest.approx(1 / 3)


def test_progress_without_live_tasks_is_zero():
    assert progress_from_tasks(["dropped"]) == 0.0


def test_planned_progress_is_linear_and_clamped():
    start, target = date(2026, 1, 1), date(2026, 1, 11)
    assert planned_progress(start=start, target=target, today=date(2026, 1, 6)) == 0.5
    assert planned_progress(start=start, target=target, today=date(2025, 12, 1)) == 0.0
    assert planned_progress(start=start, target=target, today=date(2026, 3, 1)) == 1.0


def test_planned_progress_needs_a_forward_plan():
    assert planned_progress(start=None, target=date(2026, 1, 1), today=date(2026, 1, 1)) is None
    day = date(2026, 1, 1)
    assert planned_progress(start=day, target=day, today=day) is None


@pytest.mark.parametrize(
    ("actual", "planned", "expected"),
    [
        (0.8, 0.5, Pace.AHEAD),
        (0.55, 0.5, Pace.ON_TRACK),
        (0.2, 0.5, Pace.BEHIND),
        (0.5, None, Pace.NO_PLAN),
    ],
)
def test_pace(actual, planned, expected):
    assert pace(actual=actual, planned=planned) is expected
