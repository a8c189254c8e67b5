"""Sample data added with issue 9: a monthly recurring email, a task waiting on a mentor, a
checklist with a deliverable link, and time logged on a task and on a held meeting.

Created after the older sample records of each table, so their ids stay what tests expect.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from mentordesk.core.enums import Party, Priority, TaskStatus
from mentordesk.db import models as m

MONTHLY_ON_THE_FIRST = "FREQ=MONTHLY;BYMONTHDAY=1"


def add_task_extras(demo: Any, meetings: dict[str, m.MeetingRecord], *, series_uid: str) -> None:
    """The monthly email (done last month and this), a waiting task and a checklist task."""
    first_of_month = demo.today.replace(day=1)
    previous = (first_of_month - timedelta(days=1)).replace(day=1)
    for due in (previous, first_of_month):
        m.TaskRecord.create(
            title="Monthly progress email to Marcus",
            contact=demo.contacts["Marcus Okafor"],
            due=due,
            status=TaskStatus.DONE.value,
            priority=Priority.NORMAL.value,
            estimate_minutes=20,
            recurrence=MONTHLY_ON_THE_FIRST,
            recurrence_start=previous,
            series_uid=series_uid,
            checklist=[_done("Wins this month"), _done("What I need help with")],
            completed_at=demo.at((due - demo.today).days, "18:00", "UTC"),
        )
    m.TaskRecord.create(
        title="Get Priya's feedback on the design doc",
        goal=demo.goals["Lead a cross-team project"],
        due=demo.day(5),
        waiting_on=Party.THEM.value,
        notes="Sent on Monday; she said she would reply by the end of next week.",
        priority=Priority.NORMAL.value,
        estimate_minutes=15,
    )
    m.TaskRecord.create(
        title="Prepare questions for the discovery walkthrough",
        goal=demo.goals["Understand product discovery"],
        meeting=meetings["elena"],
        due=demo.day(5),
        status=TaskStatus.DOING.value,
        priority=Priority.HIGH.value,
        estimate_minutes=45,
        checklist=[
            _done("Re-read my coffee notes"),
            {"text": "Pick one past project", "done": False},
            {"text": "Three questions on interviews", "done": False},
        ],
        deliverable="https://docs.example/discovery-questions",
        is_deliverable=True,
    )


def add_task_time(demo: Any, held: m.MeetingRecord) -> None:
    """Two evenings on the slide deck, and a held meeting that ran 20 minutes long."""
    deck = m.TaskRecord.get(m.TaskRecord.title == "Build the slide deck")
    for offset, minutes in [(-4, 50), (-2, 35)]:
        m.TimeEntryRecord.create(
            started_at=demo.at(offset, "20:00", "UTC"),
            minutes=minutes,
            note="Slides",
            task=deck,
            goal=deck.goal,
            mentorship=deck.goal.mentorship,
        )
    m.TimeEntryRecord.create(
        started_at=held.starts_at,
        minutes=80,
        note="First session ran long",
        meeting=held,
        mentorship=held.mentorship,
    )


def _done(text: str) -> dict[str, Any]:
    """A ticked checklist item."""
    return {"text": text, "done": True}
