"""Quick add: one line becomes a task, read against the workspace's contacts and goals."""

from __future__ import annotations

from datetime import date

from mentordesk.core.enums import GoalStatus
from mentordesk.core.errors import ValidationError
from mentordesk.core.quick_add import QuickAdd, parse_quick_add
from mentordesk.db import models as m
from mentordesk.services.tasks.editing import create_task


def understand_quick_add(text: str, *, today: date) -> QuickAdd:
    """What a quick-add line means in this workspace, without creating anything."""
    contacts = m.ContactRecord.select(m.ContactRecord.id, m.ContactRecord.name)
    goal = m.GoalRecord
    goals = goal.select(goal.id, goal.title).where(goal.status == GoalStatus.OPEN.value)
    return parse_quick_add(
        text,
        today=today,
        contacts=list(contacts.order_by(m.ContactRecord.id).tuples()),
        goals=list(goals.order_by(goal.id).tuples()),
    )


def quick_add_task(text: str, *, today: date) -> tuple[QuickAdd, int]:
    """Create the task a quick-add line describes; returns what was understood and its id."""
    understood = understand_quick_add(text, today=today)
    if not understood.title:
        raise ValidationError("the line has no title, only a date, priority or tag", field="title")
    task_id = create_task(
        title=understood.title,
        due=understood.due,
        priority=understood.priority.value,
        goal=understood.goal_id,
        contact=understood.contact_id,
    )
    return understood, task_id


def describe_quick_add(understood: QuickAdd) -> list[tuple[str, str]]:
    """(what, understood as) lines for the user: title, due, priority, goal, contact."""
    due = understood.due.strftime("%a %d %b %Y") if understood.due else "none"
    if understood.date_text:
        due += f' (from "{understood.date_text}")'
    goal = understood.goal or "none"
    if understood.tag:
        goal = (
            f"{understood.goal} (#{understood.tag})"
            if understood.goal
            else (f"none (no open goal matches #{understood.tag})")
        )
    return [
        ("title", understood.title),
        ("due", due),
        ("priority", understood.priority.label),
        ("goal", goal),
        ("contact", understood.contact or "none"),
    ]
