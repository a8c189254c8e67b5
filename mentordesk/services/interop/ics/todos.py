"""Dated tasks as iCalendar VTODOs (RFC 5545): stable UID, status, priority, due date.

The output is deterministic: DTSTAMP is the task's last change, not the export time, so the
same data gives the same bytes and a calendar app sees a change only when a task changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from icalendar import Calendar, Todo
from peewee import JOIN

from mentordesk.core.enums import Priority, TaskStatus
from mentordesk.db import models as m
from mentordesk.services.tasks.editing import FILES_PREFIX

PRODID = "-//MentorDesk//MentorDesk//EN"  # no version: services do not import the app
STATUS_TO_ICAL = {
    TaskStatus.TODO.value: "NEEDS-ACTION",
    TaskStatus.DOING.value: "IN-PROCESS",
    TaskStatus.DONE.value: "COMPLETED",
    TaskStatus.DROPPED.value: "CANCELLED",
}
STATUS_FROM_ICAL = {ical: ours for ours, ical in STATUS_TO_ICAL.items()}
PRIORITY_TO_ICAL = {Priority.URGENT: 1, Priority.HIGH: 3, Priority.NORMAL: 5, Priority.LOW: 9}


@dataclass(frozen=True)
class TodoFacts:
    """What a VTODO says about a task, read back."""

    uid: str
    title: str
    status: str
    priority: int
    due: date | None


def priority_from_ical(value: int) -> int:
    """An iCalendar PRIORITY (1 highest .. 9 lowest, 0 undefined) as ours."""
    if value <= 0 or value == 5:
        return Priority.NORMAL.value
    if value <= 2:
        return Priority.URGENT.value
    return Priority.HIGH.value if value < 5 else Priority.LOW.value


def dated_tasks() -> list[m.TaskRecord]:
    """Live tasks that have a due date, in id order, with their goals (one query)."""
    task, goal = m.TaskRecord, m.GoalRecord
    query = task.select(task, goal).join(goal, JOIN.LEFT_OUTER)
    return list(query.where(task.due.is_null(False)).order_by(task.id))


def task_to_vtodo(task: m.TaskRecord) -> Todo:
    """One task as a VTODO."""
    todo = Todo()
    todo.add("uid", task.uid)
    todo.add("dtstamp", task.updated_at)
    todo.add("created", task.created_at)
    todo.add("last-modified", task.updated_at)
    todo.add("summary", task.title)
    todo.add("due", task.due)
    todo.add("status", STATUS_TO_ICAL[task.status])
    todo.add("priority", PRIORITY_TO_ICAL[Priority(task.priority)])
    if task.status == TaskStatus.DONE.value:
        todo.add("percent-complete", 100)
        if task.completed_at:
            todo.add("completed", task.completed_at)
    description = _description(task)
    if description:
        todo.add("description", description)
    if task.goal_id:
        todo.add("categories", [task.goal.title])
    if task.deliverable and not task.deliverable.startswith(FILES_PREFIX):
        todo.add("url", task.deliverable)
    return todo


def _description(task: m.TaskRecord) -> str:
    """Notes, then the checklist as ticked or open lines."""
    lines = [task.notes] if task.notes else []
    for item in task.checklist or []:
        lines.append(f"[{'x' if item['done'] else ' '}] {item['text']}")
    return "\n".join(lines)


def tasks_calendar(tasks: list[m.TaskRecord] | None = None) -> Calendar:
    """A VCALENDAR holding the dated tasks as VTODOs."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    for task in dated_tasks() if tasks is None else tasks:
        calendar.add_component(task_to_vtodo(task))
    return calendar


def export_tasks_ics() -> str:
    """The dated tasks as iCalendar text (CRLF line ends, as RFC 5545 asks)."""
    return tasks_calendar().to_ical().decode("utf-8")


def read_vtodos(text: str) -> list[TodoFacts]:
    """The VTODOs of iCalendar text as the facts a task keeps (for checks and re-import)."""
    facts = []
    for todo in Calendar.from_ical(text).walk("VTODO"):
        due = todo.decoded("due") if "DUE" in todo else None
        facts.append(
            TodoFacts(
                uid=str(todo["uid"]),
                title=str(todo["summary"]),
                status=STATUS_FROM_ICAL.get(str(todo.get("status", "")), TaskStatus.TODO.value),
                priority=priority_from_ical(int(todo.get("priority", 0))),
                due=due,
            )
        )
    return facts
