"""Tasks: create, edit, complete, reschedule, drop; checklists and deliverables; recurrence."""

from __future__ import annotations

from datetime import date

import pytest

from mentordesk.core.errors import ValidationError
from mentordesk.core.task_recurrence import RecurrenceRuleError
from mentordesk.db import models as m
from mentordesk.services.tasks.editing import (
    attach_deliverable_file,
    complete_tasks,
    create_task,
    delete_tasks,
    deliverable_path,
    drop_tasks,
    reschedule_tasks,
    set_status,
    update_task,
)
from mentordesk.services.tasks.listing import list_tasks
from mentordesk.services.tasks.recurring import create_due_occurrences


def test_create_with_every_field(database):
    task_id = create_task(
        title="  Draft the outline ",
        notes="two pages",
        checklist=["intro", {"text": "body", "done": True}, "  "],
        due=date(2026, 12, 1),
        priority="high",
        status="doing",
        estimate_minutes=90,
        deliverable="https://docs.example/outline",
        waiting_on="them",
    )
    task = m.TaskRecord.get_by_id(task_id)
    assert task.title == "Draft the outline" and task.priority == 2 and task.status == "doing"
    assert task.checklist == [{"text": "intro", "done": False}, {"text": "body", "done": True}]
    row = list_tasks()[0]
    assert row.checklist == (("intro", False), ("body", True)) and row.waiting_on == "them"


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"title": " "}, "title"),
        ({"title": "x", "priority": "huge"}, "priority"),
        ({"title": "x", "priority": 9}, "priority"),
        ({"title": "x", "status": "later"}, "status"),
        ({"title": "x", "estimate_minutes": -5}, "estimate_minutes"),
        ({"title": "x", "waiting_on": "me"}, "waiting_on"),
    ],
)
def test_bad_values_are_refused(database, fields, field):
    with pytest.raises(ValidationError) as caught:
        create_task(**fields)
    assert caught.value.field == field
    assert not m.TaskRecord.select().exists()


def test_unreadable_recurrence_is_refused(database):
    with pytest.raises(RecurrenceRuleError):
        create_task(title="x", recurrence="FREQ=SOMETIMES")


def test_complete_stamps_and_reopen_clears(database):
    a, b = create_task(title="a"), create_task(title="b")
    assert complete_tasks([a, b]) == 2
    assert all(t.completed_at is not None for t in m.TaskRecord.select())
    assert complete_tasks([a]) == 0  # already done
    set_status([a], "todo")
    assert m.TaskRecord.get_by_id(a).completed_at is None


def test_reschedule_and_drop_many(database):
    ids = [create_task(title=f"t{i}") for i in range(3)]
    assert reschedule_tasks(ids[:2], date(2027, 1, 4)) == 2
    drop_tasks(ids[1:])
    rows = {r.id: r for r in list_tasks()}
    assert [rows[i].due for i in ids] == [date(2027, 1, 4), date(2027, 1, 4), None]
    assert [rows[i].status for i in ids] == ["todo", "dropped", "dropped"]


def test_inline_edit_and_delete(database):
    task_id = create_task(title="old")
    update_task(task_id, title="new", due=date(2027, 2, 2), status="done")
    task = m.TaskRecord.get_by_id(task_id)
    assert (task.title, task.due, task.status) == ("new", date(2027, 2, 2), "done")
    assert task.completed_at is not None
    delete_tasks([task_id])
    assert list_tasks() == []
    assert m.TaskRecord.select_with_tombstones().count() == 1


def test_deliverable_file_is_copied_into_the_workspace(database, workspace, tmp_path):
    source = tmp_path / "deck.pdf"
    source.write_bytes(b"%PDF-1.7 slides")
    first, second = create_task(title="a"), create_task(title="b")
    assert attach_deliverable_file(first, source, workspace.files) == "files/deck.pdf"
    assert attach_deliverable_file(second, source, workspace.files) == "files/deck-2.pdf"
    task = m.TaskRecord.get_by_id(first)
    assert task.is_deliverable
    assert deliverable_path(task.deliverable, workspace.root).read_bytes() == b"%PDF-1.7 slides"
    assert deliverable_path("https://x.example", workspace.root) is None


def test_deliverable_must_be_a_file(database, workspace, tmp_path):
    task_id = create_task(title="a")
    with pytest.raises(ValidationError):
        attach_deliverable_file(task_id, tmp_path, workspace.files)


MONTHLY = "FREQ=MONTHLY;BYMONTHDAY=1"


def test_next_monthly_email_appears_when_due_even_after_days_closed(database):
    first = create_task(
        title="Monthly progress email",
        due=date(2026, 11, 1),
        recurrence=MONTHLY,
        checklist=["wins"],
    )
    complete_tasks([first])
    update_task(first, checklist=[{"text": "wins", "done": True}])
    assert create_due_occurrences(today=date(2026, 11, 30)) == []
    created = create_due_occurrences(today=date(2026, 12, 4))  # the app was closed on the 1st
    assert len(created) == 1
    task = m.TaskRecord.get_by_id(created[0])
    assert (task.title, task.due, task.status) == (
        "Monthly progress email",
        date(2026, 12, 1),
        "todo",
    )
    assert task.checklist == [{"text": "wins", "done": False}]
    assert task.series_uid == m.TaskRecord.get_by_id(first).series_uid
    assert create_due_occurrences(today=date(2026, 12, 5)) == []  # only once


def test_a_deleted_occurrence_does_not_come_back_and_a_cleared_rule_ends_the_series(database):
    first = create_task(title="Email", due=date(2026, 11, 1), recurrence=MONTHLY)
    [second] = create_due_occurrences(today=date(2026, 12, 1))
    delete_tasks([second])
    assert create_due_occurrences(today=date(2026, 12, 20)) == []
    update_task(first, recurrence="")
    assert create_due_occurrences(today=date(2027, 3, 1)) == []


def test_missed_months_collapse_into_one(database):
    create_task(title="Email", due=date(2026, 8, 1), recurrence=MONTHLY)
    created = create_due_occurrences(today=date(2026, 11, 15))
    assert [m.TaskRecord.get_by_id(i).due for i in created] == [date(2026, 11, 1)]


def test_one_open_list_per_mentor(demo_database):
    rows = list_tasks()
    priya = m.ContactRecord.get(m.ContactRecord.name == "Priya Raman").id
    mine = [r.title for r in rows if r.mentor_id == priya]
    assert "Write the weekly status note" in mine  # through its goal, no contact of its own
    assert all(r.mentor_id is None for r in rows if r.goal_id is None and r.contact_id is None)


def test_a_task_knows_the_meeting_it_came_from(demo_database):
    row = next(r for r in list_tasks() if r.title == "Build the slide deck")
    assert row.meeting == "Talk outline review"
    assert next(r for r in list_tasks() if r.title == "Send thank-you note to Aiko").meeting == ""


def test_the_tasks_view_reads_in_a_constant_number_of_queries(demo_database):
    from playhouse.test_utils import count_queries

    from mentordesk.services.interop.ics.todos import export_tasks_ics
    from mentordesk.services.tasks.overview import load_overview

    def counts():
        with count_queries() as overview:
            load_overview(today=date(2026, 11, 26))
        with count_queries() as ics:
            export_tasks_ics()
        return overview.count, ics.count

    before = counts()
    goal = m.GoalRecord.get(m.GoalRecord.title == "Give my first conference talk")
    for n in range(30):
        task = create_task(title=f"Task {n}", due=date(2026, 12, 1), goal=goal.id, contact=1)
        m.TimeEntryRecord.create(started_at=m.utc_now(), minutes=5, task=task, goal=goal)
    assert counts() == before
