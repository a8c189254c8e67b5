"""Task rows read as tuples equal the rows built from model objects (the old way)."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from peewee import JOIN

from mentordesk.db import models as m
from mentordesk.services.tasks.listing import TaskRow, list_tasks

STATUSES = ["todo", "doing", "done", "dropped"]


def _reference_rows() -> list[TaskRow]:
    """Every task as a row, read through model objects as list_tasks used to."""
    task, goal, contact, ship = m.TaskRecord, m.GoalRecord, m.ContactRecord, m.MentorshipRecord
    query = (
        task.select(
            task,
            goal.title.alias("goal_title"),
            contact.name.alias("contact_name"),
            ship.contact.alias("mentor_id"),
            m.MeetingRecord.title.alias("meeting_title"),
        )
        .join_from(task, goal, JOIN.LEFT_OUTER)
        .join_from(goal, ship, JOIN.LEFT_OUTER)
        .join_from(task, contact, JOIN.LEFT_OUTER)
        .join_from(task, m.MeetingRecord, JOIN.LEFT_OUTER)
        .order_by(task.id)
    )
    return [
        TaskRow(
            id=t.id,
            title=t.title,
            status=t.status,
            priority=t.priority,
            due=t.due,
            estimate_minutes=t.estimate_minutes,
            goal=t.goal_title or "",
            contact=t.contact_name or "",
            goal_id=t.goal_id,
            contact_id=t.contact_id,
            mentor_id=getattr(t, "mentor_id", None) or t.contact_id,
            waiting_on=t.waiting_on,
            notes=t.notes,
            checklist=tuple((i["text"], bool(i["done"])) for i in t.checklist or []),
            deliverable=t.deliverable,
            recurrence=t.recurrence,
            meeting=t.meeting_title or "",
        )
        for t in query.objects()
    ]


def test_the_sample_tasks_read_the_same(demo_database):
    rows = list_tasks()
    assert len(rows) > 10
    assert rows == _reference_rows()
    assert any(r.mentor_id and r.goal_id for r in rows) and any(r.checklist for r in rows)


def _random_tasks(rng: random.Random) -> None:
    """Tasks with and without goals, contacts, meetings, checklists and dates."""
    people = [m.ContactRecord.create(name=f"Person {i}") for i in range(3)]
    ships = [m.MentorshipRecord.create(contact=p) for p in people[:2]]
    goals = [
        m.GoalRecord.create(title=f"Goal {i}", mentorship=rng.choice(ships + [None]))
        for i in range(3)
    ]
    for i in range(60):
        m.TaskRecord.create(
            title=f"Task {i}",
            status=rng.choice(STATUSES),
            priority=rng.randint(0, 3),
            due=rng.choice([None, date(2026, 11, 1) + timedelta(days=rng.randint(0, 60))]),
            estimate_minutes=rng.choice([None, 15, 90]),
            goal=rng.choice(goals + [None]),
            contact=rng.choice(people + [None]),
            checklist=[{"text": "a", "done": rng.random() < 0.5}] if rng.random() < 0.3 else [],
            waiting_on=rng.choice(["", "them"]),
        )


@pytest.mark.parametrize("seed", range(3))
def test_random_tasks_read_the_same_with_every_filter(database, seed):
    rng = random.Random(seed)
    _random_tasks(rng)
    everything = _reference_rows()
    assert list_tasks() == everything
    open_rows = [r for r in everything if r.status in ("todo", "doing")]
    assert list_tasks(open_only=True) == open_rows
    person = m.ContactRecord.get(m.ContactRecord.name == "Person 1").id
    assert list_tasks(contact_id=person) == [r for r in everything if r.contact_id == person]
