"""Goal progress and pace against a straight-line plan."""

from datetime import date

import pytest

from mentordesk.core.goals import (
    Pace,
    goal_pace,
    goal_progress,
    pace,
    planned_progress,
    progress_from_tasks,
)


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


def test_goal_progress_by_hand_is_a_clamped_percent():
    assert goal_progress(manual=True, manual_percent=40, statuses=["done"]) == 0.4
    assert goal_progress(manual=True, manual_percent=140, statuses=[]) == 1.0
    assert goal_progress(manual=True, manual_percent=-5, statuses=[]) == 0.0


def test_goal_progress_from_tasks_ignores_the_manual_value():
    assert goal_progress(manual=False, manual_percent=90, statuses=["done", "todo"]) == 0.5


@pytest.mark.parametrize(
    ("actual", "today", "expected"),
    [
        (0.5, date(2026, 1, 6), Pace.ON_TRACK),  # half the time, half the work
        (0.9, date(2026, 1, 6), Pace.AHEAD),
        (0.1, date(2026, 1, 6), Pace.BEHIND),
        (0.0, date(2026, 1, 1), Pace.ON_TRACK),  # day one: nothing expected yet
        (0.95, date(2026, 2, 1), Pace.ON_TRACK),  # past the target, nearly done
        (0.5, date(2026, 2, 1), Pace.BEHIND),  # past the target, half done
    ],
)
def test_goal_pace_against_a_straight_line(actual, today, expected):
    start, target = date(2026, 1, 1), date(2026, 1, 11)
    assert goal_pace(actual=actual, start=start, target=target, today=today) is expected


def test_a_finished_goal_is_never_behind():
    start, target = date(2026, 1, 1), date(2026, 1, 11)
    got = goal_pace(actual=0.2, start=start, target=target, today=date(2026, 3, 1), finished=True)
    assert got is Pace.ON_TRACK
    assert (
        goal_pace(actual=0.2, start=None, target=None, today=start, finished=True) is Pace.NO_PLAN
    )
