"""Task and goal listings with progress and pace."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from peewee import JOIN

from mentordesk.core.enums import GoalStatus, ProgressMode, Stage, TaskStatus
from mentordesk.core.goals import Pace, goal_pace, goal_progress
from mentordesk.db import models as m
from mentordesk.db.database import db

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
    goal_id: int | None = None
    contact_id: int | None = None
    mentor_id: int | None = None
    waiting_on: str = ""
    notes: str = ""
    checklist: tuple[tuple[str, bool], ...] = ()
    deliverable: str = ""
    recurrence: str = ""
    meeting: str = ""  # the title of the meeting the task came from

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
    mentor_id: int | None = None
    started_on: date | None = None
    mentorship_id: int | None = None
    why: str = ""
    success_criteria: str = ""
    progress_mode: str = ProgressMode.FROM_TASKS.value
    manual_progress: int = 0


def list_tasks(
    *,
    contact_id: int | None = None,
    open_only: bool = False,
    due_by: date | None = None,
    soonest: int | None = None,
) -> list[TaskRow]:
    """Tasks with their goal and contact names, in one query; all of them by default.

    ``contact_id`` keeps the contact's tasks, ``open_only`` the open ones, ``due_by`` those
    due on or before that day; ``soonest`` keeps only that many, by due date, then priority.
    Rows are read as tuples (no model objects): 50,000 tasks in well under a second.
    """
    task = m.TaskRecord
    query = _task_rows_query().order_by(task.id)
    if contact_id is not None:
        query = query.where(task.contact == contact_id)
    if open_only:
        query = query.where(task.status.in_(OPEN_STATUSES))
    if due_by is not None:
        query = query.where(task.due <= due_by)
    if soonest is not None:
        query = query.order_by(task.due, task.priority.desc(), task.id).limit(soonest)
    sql, params = query.sql()
    return [_row_of(values) for values in db.execute_sql(sql, params)]


def _task_rows_query():
    """The columns of a TaskRow, with the goal, contact, mentor and meeting joined."""
    task, goal, contact, ship = m.TaskRecord, m.GoalRecord, m.ContactRecord, m.MentorshipRecord
    meeting = m.MeetingRecord
    return (
        task.select(
            task.id,
            task.title,
            task.status,
            task.priority,
            task.due,
            task.estimate_minutes,
            goal.title,
            contact.name,
            task.goal,
            task.contact,
            ship.contact,
            task.waiting_on,
            task.notes,
            task.checklist,
            task.deliverable,
            task.recurrence,
            meeting.title,
        )
        .join_from(task, goal, JOIN.LEFT_OUTER)
        .join_from(goal, ship, JOIN.LEFT_OUTER)
        .join_from(task, contact, JOIN.LEFT_OUTER)
        .join_from(task, meeting, JOIN.LEFT_OUTER)
    )


def _row_of(values: tuple) -> TaskRow:
    """One stored tuple of `_task_rows_query` as a row (the two stored types converted here)."""
    (id_, title, status, priority, due, estimate, goal, contact, goal_id, contact_id) = values[:10]
    mentor_id, waiting_on, notes, checklist, deliverable, recurrence, meeting = values[10:]
    checklist = json.loads(checklist) if checklist and checklist != "[]" else []
    return TaskRow(
        id=id_,
        title=title,
        status=status,
        priority=priority,
        due=_stored_date(due),
        estimate_minutes=estimate,
        goal=goal or "",
        contact=contact or "",
        goal_id=goal_id,
        contact_id=contact_id,
        mentor_id=mentor_id or contact_id,
        waiting_on=waiting_on,
        notes=notes,
        checklist=tuple((i["text"], bool(i["done"])) for i in checklist or []),
        deliverable=deliverable,
        recurrence=recurrence,
        meeting=meeting or "",
    )


def _stored_date(value: str | None) -> date | None:
    """A stored DateField value as a date."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:  # not the plain YYYY-MM-DD peewee writes: let the field read it
        return m.TaskRecord.due.python_value(value)


def list_goals(*, today: date, contact_id: int | None = None) -> list[GoalRow]:
    """Goals (all, or those of the contact's mentorships) with progress and pace, in 2 queries."""
    goal, ship, task = m.GoalRecord, m.MentorshipRecord, m.TaskRecord
    goals = (
        goal.select(goal, m.ContactRecord.name.alias("mentor"), ship.contact.alias("mentor_id"))
        .join(ship, JOIN.LEFT_OUTER)
        .join(m.ContactRecord, JOIN.LEFT_OUTER)
        .order_by(goal.target_date, goal.id)
    )
    tasks = task.select(task.goal, task.status).where(task.goal.is_null(False))
    if contact_id is not None:
        goals = goals.where(ship.contact == contact_id)
        tasks = tasks.join(goal).join(ship).where(ship.contact == contact_id)
    statuses: dict[int, list[str]] = defaultdict(list)
    for goal_id, status in tasks.tuples():
        statuses[goal_id].append(status)
    return [_goal_row(g, statuses[g.id], g.mentor or "", today) for g in goals.objects()]


def _goal_row(goal: m.GoalRecord, statuses: list[str], mentor: str, today: date) -> GoalRow:
    """A goal record as a row with computed progress and pace."""
    manual = goal.progress_mode == ProgressMode.MANUAL.value
    actual = goal_progress(manual=manual, manual_percent=goal.manual_progress, statuses=statuses)
    finished = goal.status != GoalStatus.OPEN.value
    start, target = goal.started_on, goal.target_date
    return GoalRow(
        id=goal.id,
        title=goal.title,
        mentor=mentor,
        target_date=goal.target_date,
        status=goal.status,
        progress=actual,
        pace=goal_pace(actual=actual, start=start, target=target, today=today, finished=finished),
        mentor_id=getattr(goal, "mentor_id", None),
        started_on=start,
        mentorship_id=goal.mentorship_id,
        why=goal.why,
        success_criteria=goal.success_criteria,
        progress_mode=goal.progress_mode,
        manual_progress=goal.manual_progress,
    )


def list_mentors() -> list[tuple[int, str]]:
    """(contact id, name) of everyone in a mentorship past the prospect stage, by name."""
    contact, ship = m.ContactRecord, m.MentorshipRecord
    query = (
        contact.select(contact.id, contact.name)
        .join(ship)
        .where(ship.stage != Stage.PROSPECT.value)
        .distinct()
        .order_by(contact.name)
    )
    return list(query.tuples())


def list_mentorships() -> list[tuple[int, str]]:
    """(mentorship id, the other person's name) past the prospect stage, by name."""
    contact, ship = m.ContactRecord, m.MentorshipRecord
    query = (
        ship.select(ship.id, contact.name)
        .join(contact)
        .where(ship.stage != Stage.PROSPECT.value)
        .order_by(contact.name, ship.id)
    )
    return list(query.tuples())
