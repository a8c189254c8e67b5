"""Task and goal listings with progress and pace."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from mentordesk.core.enums import ProgressMode, TaskStatus
from mentordesk.core.goals import Pace, pace, planned_progress, progress_from_tasks
from mentordesk.db import models as m

OPEN_STATUSES = (TaskStatus.TODO.value, TaskStatus.DOING.value)


@dataclass(frozen=True)
class TaskRow:
    """One line of the task list."""

    id: int
    title: str
    status: str
    priority: int
    due: date | None
    estimate_minutes: int | None
    goal: str
    contact: str

    def is_overdue(self, today: date) -> bool:
        """True when the task is open and its due date has passed."""
        return self.status in OPEN_STATUSES and self.due is not None and self.due < today


@dataclass(frozen=True)
class GoalRow:
    """One line of the goal list."""

    id: int
    title: str
    mentor: str
    target_date: date | None
    status: str
    progress: float
    pace: Pace


def list_tasks() -> list[TaskRow]:
    """Every task with its goal and contact names, in three queries."""
    goals = dict(m.GoalRecord.select(m.GoalRecord.id, m.GoalRecord.title).tuples())
    names = dict(m.ContactRecord.select(m.ContactRecord.id, m.ContactRecord.name).tuples())
    return [
        _task_row(t, goals.get(t.goal_id, ""), names.get(t.contact_id, ""))
        for t in m.TaskRecord.select().order_by(m.TaskRecord.id)
    ]


def _task_row(task: m.TaskRecord, goal: str, contact: str) -> TaskRow:
    """A task record with its goal and contact names as a row."""
    return TaskRow(
        id=task.id,
        title=task.title,
        status=task.status,
        priority=task.priority,
        due=task.due,
        estimate_minutes=task.estimate_minutes,
        goal=goal,
        contact=contact,
    )


def list_goals(*, today: date) -> list[GoalRow]:
    """Every goal with its progress and pace against a straight-line plan."""
    statuses: dict[int, list[str]] = defaultdict(list)
    for goal_id, status in m.TaskRecord.select(m.TaskRecord.goal, m.TaskRecord.status).tuples():
        if goal_id is not None:
            statuses[goal_id].append(status)
    mentors = dict(
        m.MentorshipRecord.select(m.MentorshipRecord.id, m.ContactRecord.name)
        .join(m.ContactRecord)
        .tuples()
    )
    goals = m.GoalRecord.select().order_by(m.GoalRecord.target_date, m.GoalRecord.id)
    return [_goal_row(g, statuses[g.id], mentors.get(g.mentorship_id, ""), today) for g in goals]


def _goal_row(goal: m.GoalRecord, statuses: list[str], mentor: str, today: date) -> GoalRow:
    """A goal record as a row with computed progress and pace."""
    manual = goal.progress_mode == ProgressMode.MANUAL.value
    actual = goal.manual_progress / 100 if manual else progress_from_tasks(statuses)
    planned = planned_progress(start=goal.started_on, target=goal.target_date, today=today)
    return GoalRow(
        id=goal.id,
        title=goal.title,
        mentor=mentor,
        target_date=goal.target_date,
        status=goal.status,
        progress=actual,
        pace=pace(actual=actual, planned=planned),
    )
