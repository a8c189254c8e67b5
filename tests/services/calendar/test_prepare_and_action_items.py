"""Prepare drafts an agenda from what is open with a mentor; action items become tasks."""

from __future__ import annotations

from datetime import UTC, date, datetime

from mentordesk.core.enums import ExpectationStatus, MeetingStatus, ProgressMode, TaskStatus
from mentordesk.db import models as m
from mentordesk.services.calendar.action_items import action_items_of, create_tasks_from_notes
from mentordesk.services.calendar.prepare import draft_agenda, draft_agenda_for
from tests.services.calendar.helpers import berlin, meeting, person

NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)
NOTES = "Talked about the launch.\n- [ ] send the deck\nAction: book the venue"


def utc(*parts) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def _task(title, contact=None, *, due=None, done_at=None, goal=None) -> None:
    status = TaskStatus.DONE if done_at else TaskStatus.TODO
    m.TaskRecord.create(
        title=title, contact=contact, due=due, status=status.value, completed_at=done_at, goal=goal
    )


def _say(contact, day: int, direction: str, summary: str) -> None:
    m.InteractionRecord.create(
        contact=contact,
        occurred_at=utc(2026, 11, day, 12),
        channel="email",
        direction=direction,
        summary=summary,
    )


def _priya_world() -> tuple[int, int]:
    """Priya, her last and next meetings, tasks, a goal, expectations and messages."""
    priya, marcus = person("Priya", "Europe/Berlin"), person("Marcus")
    ship = m.MentorshipRecord.get(m.MentorshipRecord.contact == priya)
    meeting(
        "Last",
        berlin(datetime(2026, 11, 19, 17, 30)),
        priya,
        status=MeetingStatus.HELD.value,
        notes=NOTES,
    )
    this = meeting("This", berlin(datetime(2026, 11, 26, 17, 30)), priya)
    meeting("Next", berlin(datetime(2027, 1, 20, 17, 30)), priya)
    meeting("Marcus only", berlin(datetime(2026, 11, 24, 9, 0)), marcus, notes="not these")
    goal = m.GoalRecord.create(
        mentorship=ship,
        title="Lead",
        started_on=date(2026, 10, 1),
        target_date=date(2026, 12, 31),
        progress_mode=ProgressMode.FROM_TASKS.value,
    )
    _task("Old done", priya, done_at=utc(2026, 11, 10))
    _task("Slides", priya, done_at=utc(2026, 11, 20))
    _task("Budget", priya, due=date(2026, 11, 25))
    _task("Later", priya, due=date(2026, 12, 5))
    _task("Via goal", due=date(2026, 11, 26), goal=goal)
    _task("Marcus's", marcus, due=date(2026, 11, 20))
    for text, due, status in [
        ("Share the plan", date(2027, 1, 10), ExpectationStatus.AGREED),
        ("Far off", date(2027, 2, 1), ExpectationStatus.AGREED),
        ("Already met", date(2026, 12, 1), ExpectationStatus.MET),
    ]:
        m.ExpectationRecord.create(
            mentorship=ship,
            text=text,
            expected_by="me",
            expected_of="them",
            due=due,
            status=status.value,
        )
    _say(priya, 10, "out", "Asked about the budget")
    _say(priya, 11, "in", "Answered about the budget")
    _say(priya, 15, "out", "Asked before we met")  # answered by the meeting on the 19th
    _say(priya, 20, "out", "Sent the deck")
    return priya, this


EXPECTED = (
    """Done since we last met (2026-11-19)
- Slides

Tasks due
- Budget (due 2026-11-25)
- Via goal (due 2026-11-26)

Expectations coming due
- Share the plan (due 2027-01-10)

Goals behind plan
- Lead (0% done)

Waiting for a reply
- Sent the deck (sent 2026-11-20)

Notes from last time (2026-11-19)
"""
    + NOTES
)


def test_the_agenda_draft_by_hand(database):
    _, this = _priya_world()
    assert draft_agenda(this, utc(2026, 11, 26, 16, 30), now=NOW) == EXPECTED


def test_empty_sections_are_left_out(database):
    jo = person("Jo")
    this = meeting("First", berlin(datetime(2026, 11, 26, 17, 30)), jo)
    assert draft_agenda(this, utc(2026, 11, 26, 16, 30), now=NOW) == ""
    _task("Intro deck", jo, due=date(2026, 11, 26))
    assert draft_agenda_for([jo], utc(2026, 11, 26, 16, 30), now=NOW) == (
        "Tasks due\n- Intro deck (due 2026-11-26)"
    )


def test_action_items_become_tasks_once(database):
    priya, _ = _priya_world()
    last = m.MeetingRecord.get(m.MeetingRecord.title == "Last").id
    items = action_items_of(last)
    assert items == ["send the deck", "book the venue"]
    ids = create_tasks_from_notes(last, items)
    tasks = [m.TaskRecord.get_by_id(i) for i in ids]
    assert [(t.title, t.meeting_id, t.contact_id, t.status) for t in tasks] == [
        ("send the deck", last, priya, "todo"),
        ("book the venue", last, priya, "todo"),
    ]
    assert create_tasks_from_notes(last, [*items, "call the caterer"]) == [max(ids) + 1]
