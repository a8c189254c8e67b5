"""Everything the tasks view shows, read in one go."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from mentordesk.core.time_totals import TimeItem, TotalBy, weekly_totals
from mentordesk.db import models as m
from mentordesk.services.tasks.goals import ExpectationRow, list_expectations
from mentordesk.services.tasks.listing import (
    GoalRow,
    TaskRow,
    list_goals,
    list_mentors,
    list_mentorships,
    list_tasks,
)
from mentordesk.services.tasks.time_invested import (
    RunningTimer,
    logged_items,
    running_timer,
    time_items,
)


@dataclass(frozen=True)
class WeekTotal:
    """Minutes invested in one week in one task, goal or mentorship."""

    week: date
    by: TotalBy
    name: str
    minutes: int


@dataclass(frozen=True)
class TaskOverview:
    """Tasks, goals, mentors, the running timer, expectations and the time invested."""

    tasks: list[TaskRow]
    goals: list[GoalRow]
    mentors: list[tuple[int, str]]
    timer: RunningTimer | None
    goal_minutes: dict[int, int] = field(default_factory=dict)
    mentorships: list[tuple[int, str]] = field(default_factory=list)
    expectations: list[ExpectationRow] = field(default_factory=list)
    week_totals: list[WeekTotal] = field(default_factory=list)


def load_overview(*, today: date, with_week_totals: bool = True) -> TaskOverview:
    """Read what the tasks view needs; the weekly totals (slow: they expand every held
    meeting) can be left out and read later with `load_week_totals`."""
    tasks, goals = list_tasks(), list_goals(today=today)
    items = time_items() if with_week_totals else logged_items()
    return TaskOverview(
        tasks=tasks,
        goals=goals,
        mentors=list_mentors(),
        timer=running_timer(),
        goal_minutes=_goal_minutes(items),  # held meetings serve no goal: entries suffice
        mentorships=list_mentorships(),
        expectations=list_expectations(),
        week_totals=week_totals(items, tasks=tasks, goals=goals) if with_week_totals else [],
    )


def load_week_totals(*, tasks: list[TaskRow], goals: list[GoalRow]) -> list[WeekTotal]:
    """The weekly totals of an overview read without them."""
    return week_totals(time_items(), tasks=tasks, goals=goals)


def _goal_minutes(items: list[TimeItem]) -> dict[int, int]:
    """All the minutes invested per goal."""
    minutes: dict[int, int] = {}
    for item in items:
        if item.goal is not None:
            minutes[item.goal] = minutes.get(item.goal, 0) + item.minutes
    return minutes


def week_totals(
    items: list[TimeItem], *, tasks: list[TaskRow], goals: list[GoalRow]
) -> list[WeekTotal]:
    """Weekly minutes per task, goal and mentorship, named, newest week first."""
    names = {
        TotalBy.TASK: {t.id: t.title for t in tasks},
        TotalBy.GOAL: {g.id: g.title for g in goals},
        TotalBy.MENTORSHIP: _mentorship_names(),
    }
    rows = [
        WeekTotal(week, by, names[by].get(key, "?"), minutes)
        for by in TotalBy
        for (week, key), minutes in weekly_totals(items, by).items()
    ]
    return sorted(rows, key=lambda r: (-r.week.toordinal(), r.by.value, r.name))


def _mentorship_names() -> dict[int, str]:
    """Every mentorship's other person, by mentorship id."""
    ship, contact = m.MentorshipRecord, m.ContactRecord
    return dict(ship.select(ship.id, contact.name).join(contact).tuples())
