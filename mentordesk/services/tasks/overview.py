"""Everything the tasks view shows, read in one go."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from mentordesk.core.time_totals import TotalBy
from mentordesk.services.tasks.goals import ExpectationRow, list_expectations
from mentordesk.services.tasks.listing import (
    GoalRow,
    TaskRow,
    list_goals,
    list_mentors,
    list_mentorships,
    list_tasks,
)
from mentordesk.services.tasks.time_invested import RunningTimer, running_timer, weekly_time


@dataclass(frozen=True)
class TaskOverview:
    """Tasks, goals, mentors, the running timer and minutes invested per goal."""

    tasks: list[TaskRow]
    goals: list[GoalRow]
    mentors: list[tuple[int, str]]
    timer: RunningTimer | None
    goal_minutes: dict[int, int] = field(default_factory=dict)
    mentorships: list[tuple[int, str]] = field(default_factory=list)
    expectations: list[ExpectationRow] = field(default_factory=list)


def load_overview(*, today: date) -> TaskOverview:
    """Read what the tasks view needs."""
    minutes: dict[int, int] = defaultdict(int)
    for (_, goal_id), total in weekly_time(TotalBy.GOAL).items():
        minutes[goal_id] += total
    return TaskOverview(
        tasks=list_tasks(),
        goals=list_goals(today=today),
        mentors=list_mentors(),
        timer=running_timer(),
        goal_minutes=dict(minutes),
        mentorships=list_mentorships(),
        expectations=list_expectations(),
    )
