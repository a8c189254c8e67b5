"""Goals, expectations renegotiated with history, time entries and the persisted timer."""

from __future__ import annotations

from datetime import UTC, date, timedelta

import pytest

from mentordesk.core.errors import UserError, ValidationError
from mentordesk.core.goals import Pace
from mentordesk.core.time_totals import TotalBy, week_start
from mentordesk.db import models as m
from mentordesk.db.database import close_database, open_database
from mentordesk.services.tasks.editing import complete_tasks, create_task
from mentordesk.services.tasks.goals import (
    create_expectation,
    create_goal,
    expectation_history,
    renegotiate_expectation,
    set_expectation_status,
    update_goal,
)
from mentordesk.services.tasks.listing import list_goals
from mentordesk.services.tasks.quick_add import describe_quick_add, quick_add_task
from mentordesk.services.tasks.time_invested import (
    add_time_entry,
    running_timer,
    start_timer,
    stop_timer,
    weekly_time,
)
from tests.conftest import FIXED_NOW

NOW = FIXED_NOW
TODAY = NOW.date()


def _ship():
    return m.MentorshipRecord.create(contact=m.ContactRecord.create(name="Priya Raman"))


def test_goal_progress_from_tasks_and_pace(database):
    goal = create_goal(
        title="Ship it",
        started_on=TODAY - timedelta(days=10),
        target_date=TODAY + timedelta(days=10),
    )
    tasks = [create_task(title=f"t{i}", goal=goal) for i in range(4)]
    complete_tasks(tasks[:2])
    [row] = list_goals(today=TODAY)
    assert row.progress == 0.5 and row.pace is Pace.ON_TRACK
    complete_tasks(tasks[2:3])
    assert list_goals(today=TODAY)[0].pace is Pace.AHEAD
    update_goal(goal, progress_mode="manual", manual_progress=10)
    assert list_goals(today=TODAY)[0].pace is Pace.BEHIND


def test_goal_validation(database):
    with pytest.raises(ValidationError):
        create_goal(title=" ")
    goal = create_goal(title="x")
    with pytest.raises(ValidationError):
        update_goal(goal, manual_progress=120)
    with pytest.raises(ValidationError):
        update_goal(goal, status="someday")


def test_expectations_both_ways_and_renegotiation_keeps_the_old(database):
    ship = _ship()
    mine = create_expectation(
        mentorship_id=ship.id, text="Weekly updates", expected_by="them", expected_of="me"
    )
    create_expectation(
        mentorship_id=ship.id, text="Feedback within a week", expected_by="me", expected_of="them"
    )
    newer = renegotiate_expectation(mine, text="Fortnightly updates", agreed_on=TODAY)
    newest = renegotiate_expectation(newer, text="Monthly updates")
    old = m.ExpectationRecord.get_by_id(mine)
    assert old.text == "Weekly updates" and old.status == "replaced" and old.replaced_by_id == newer
    assert [e.text for e in expectation_history(newer)] == [
        "Weekly updates",
        "Fortnightly updates",
        "Monthly updates",
    ]
    assert m.ExpectationRecord.get_by_id(newest).expected_by == "them"
    with pytest.raises(UserError):
        renegotiate_expectation(mine, text="again")
    set_expectation_status(newest, "met")
    with pytest.raises(ValidationError):
        set_expectation_status(newest, "replaced")
    with pytest.raises(ValidationError):
        create_expectation(mentorship_id=ship.id, text="x", expected_by="me", expected_of="me")


def test_manual_entries_follow_the_task_to_goal_and_mentorship(database):
    ship = _ship()
    goal = create_goal(title="Talk", mentorship=ship.id)
    task = create_task(title="Slides", goal=goal)
    entry = add_time_entry(started_at=NOW, minutes=40, task_id=task)
    record = m.TimeEntryRecord.get_by_id(entry)
    assert (record.task_id, record.goal_id, record.mentorship_id) == (task, goal, ship.id)
    with pytest.raises(ValidationError):
        add_time_entry(started_at=NOW, minutes=0, task_id=task)


def test_one_timer_survives_a_restart(database, workspace):
    first, second = create_task(title="a"), create_task(title="b")
    start_timer(now=NOW, task_id=first)
    start_timer(now=NOW + timedelta(minutes=20), task_id=second)  # stops the first
    close_database()  # the app quits (or crashes) with the timer running
    open_database(workspace.database)
    timer = running_timer()
    assert timer is not None and timer.task_id == second and timer.label == "b"
    assert timer.started_at == NOW + timedelta(minutes=20)
    stopped = stop_timer(now=NOW + timedelta(minutes=65))
    assert running_timer() is None and stop_timer(now=NOW) is None
    minutes = {e.task_id: e.minutes for e in m.TimeEntryRecord.select()}
    assert minutes == {first: 20, second: 45}
    assert m.TimeEntryRecord.get_by_id(stopped).running is False
    start_timer(now=NOW, task_id=first)
    assert stop_timer(now=NOW) is None  # stopped at once: nothing kept
    assert m.TimeEntryRecord.select().count() == 2


def test_timer_from_a_meeting_replaces_its_automatic_time(demo_database):
    held = m.MeetingRecord.get(m.MeetingRecord.title == "Coffee with Elena")
    ship = held.mentorship_id
    monday = week_start(held.starts_at.astimezone(UTC).date())
    before = weekly_time(TotalBy.MENTORSHIP, UTC)[(monday, ship)]
    start_timer(now=held.starts_at, meeting_id=held.id)
    stop_timer(now=held.starts_at + timedelta(minutes=70))
    after = weekly_time(TotalBy.MENTORSHIP, UTC)[(monday, ship)]
    assert after == before - 45 + 70  # the 45-minute meeting counted until time was logged


def test_weekly_totals_include_held_meetings(demo_database):
    totals = weekly_time(TotalBy.MENTORSHIP, UTC)
    elena = m.MentorshipRecord.get(m.MentorshipRecord.contact == 3).id
    assert sum(v for (week, ship), v in totals.items() if ship == elena) == 60 + 45
    by_goal = weekly_time(TotalBy.GOAL, UTC)
    assert sum(by_goal.values()) >= 660


def test_quick_add_creates_and_describes(demo_database):
    understood, task_id = quick_add_task("Send the deck to Priya fri !high #talk", today=TODAY)
    task = m.TaskRecord.get_by_id(task_id)
    assert task.title == "Send the deck to Priya" and task.due == date(2026, 11, 27)
    assert task.goal.title == "Give my first conference talk" and task.contact.name == "Priya Raman"
    lines = dict(describe_quick_add(understood))
    assert lines["due"] == 'Fri 27 Nov 2026 (from "fri")'
    assert lines["goal"] == "Give my first conference talk (#talk)" and lines["priority"] == "High"


def test_quick_add_needs_a_title(database):
    with pytest.raises(ValidationError):
        quick_add_task("fri !high", today=TODAY)
    assert not m.TaskRecord.select().exists()


def test_list_expectations_shows_what_replaced_what(demo_database):
    from mentordesk.services.tasks.goals import list_expectations

    rows = list_expectations()
    old = next(r for r in rows if r.text == "Weekly chat updates on interviews")
    new = next(r for r in rows if r.id == old.replaced_by_id)
    assert old.status == "replaced" and new.replaces == old.text and new.mentor == "Sam Whitfield"
    assert {r.expected_by for r in rows} == {"me", "them"}


def test_past_occurrences_of_a_recurring_meeting_count_as_time(demo_database):
    from mentordesk.services.tasks.time_invested import time_items

    weekly = m.MeetingRecord.get(m.MeetingRecord.title == "Weekly check-in with Priya")
    items = [i for i in time_items() if i.meeting == weekly.id]
    assert len({i.day for i in items}) >= 4  # one per held week, not one for the series
    assert all(i.minutes > 0 for i in items)
    assert all(i.mentorship == weekly.mentorship_id for i in items)
