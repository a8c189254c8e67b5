"""Today reads only the tasks it lists: the soonest, as sorting all of them would give."""

from __future__ import annotations

from datetime import timedelta

from mentordesk.core.enums import TaskStatus
from mentordesk.services.tasks.editing import create_task
from mentordesk.services.tasks.listing import list_tasks
from tests.conftest import FIXED_NOW


def test_soonest_tasks_are_the_first_of_all_sorted_by_due_then_priority(demo_database):
    today = FIXED_NOW.date()
    for i in range(30):
        create_task(title=f"Task {i}", due=today - timedelta(days=i % 4), priority=i % 3)
    create_task(title="Done", due=today - timedelta(days=9), status=TaskStatus.DONE.value)
    horizon = today + timedelta(days=3)
    everything = sorted(
        list_tasks(open_only=True, due_by=horizon), key=lambda t: (t.due, -t.priority)
    )
    soonest = list_tasks(open_only=True, due_by=horizon, soonest=10)
    assert [t.id for t in soonest] == [t.id for t in everything[:10]]
    assert len(everything) > 10
