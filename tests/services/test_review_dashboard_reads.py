"""The dashboard reads only what its period needs, with the same metrics as reading everything."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from mentordesk.core.time_totals import HeldMeeting, TimeItem, local_day, meeting_items
from mentordesk.db import models as m
from mentordesk.services.reviews import dashboard as module
from mentordesk.services.reviews.dashboard import dashboard
from tests.conftest import FIXED_NOW

TODAY = FIXED_NOW.date()
ZONES = [UTC, ZoneInfo("Pacific/Kiritimati"), ZoneInfo("America/Los_Angeles")]
PERIODS = [(13, 0), (29, 0), (90, 0), (6, 30), (400, 200), (30, -20)]  # days back: start, end


def _everything_time(meetings, period, now):
    """Every logged entry and held meeting, as the dashboard read them before (the reference)."""
    entry = m.TimeEntryRecord
    logged = [
        TimeItem(local_day(e.started_at, period.zone), e.minutes, e.task_id, e.goal_id,
                 e.mentorship_id, e.meeting_id)
        for e in entry.select().where(~entry.running & entry.mentorship.is_null(False))
    ]  # fmt: skip
    held = [
        HeldMeeting(row.meeting_id, row.start, module._minutes(row), ship)
        for ship, pairs in meetings.items()
        for row, fact in pairs
        if fact.held and row.start <= now
    ]
    found = defaultdict(list)
    for item in logged + meeting_items(held, logged, period.zone):
        found[item.mentorship].append(item)
    return found


def _reference(monkeypatch, *args, **kwargs):
    """The dashboard computed over the whole history (no windowed reads)."""
    with monkeypatch.context() as patch:
        interactions, tasks = module._interactions_by_contact, module._tasks_by_mentorship
        patch.setattr(module, "_interactions_by_contact", lambda ids, since: interactions(ids))
        patch.setattr(module, "_tasks_by_mentorship", lambda by, period: tasks(by))
        patch.setattr(module, "_time_by_mentorship", _everything_time)
        return dashboard(*args, **kwargs)


def _assert_same(monkeypatch, now: datetime) -> None:
    """Every period and zone give the same dashboard both ways."""
    for back, forward in PERIODS:
        for zone in ZONES:
            args = (TODAY - timedelta(days=back), TODAY + timedelta(days=forward))
            fast = dashboard(*args, now=now, zone=zone)
            assert fast == _reference(monkeypatch, *args, now=now, zone=zone)
    assert any(x.replies.theirs.count or x.replies.mine.count for x in fast.mentors)


def test_the_sample_data_gives_the_same_dashboard(demo_database, monkeypatch):
    _assert_same(monkeypatch, FIXED_NOW)
    _assert_same(monkeypatch, FIXED_NOW - timedelta(days=40))  # a period in the future


def _random_history(rng: random.Random) -> None:
    """Interactions (some linked, some in the future), dated tasks and time entries."""
    ships = list(m.MentorshipRecord.select())
    meetings = [x.id for x in m.MeetingRecord.select()]
    made: list[m.InteractionRecord] = []
    for _ in range(300):
        ship = rng.choice(ships)
        linked = [i for i in made if i.contact_id == ship.contact_id]
        made.append(
            m.InteractionRecord.create(
                contact=ship.contact_id,
                occurred_at=FIXED_NOW + timedelta(hours=rng.randint(-24 * 500, 24 * 40)),
                channel="email",
                direction=rng.choice(["in", "out"]),
                kind=rng.choice(["message", "call", "meeting"]),
                reply_to=rng.choice(linked) if linked and rng.random() < 0.2 else None,
            )
        )
    for i in range(200):
        m.TaskRecord.create(
            title=f"Random {i}",
            contact=rng.choice(ships).contact_id,
            due=TODAY + timedelta(days=rng.randint(-400, 60)),
            status=rng.choice(["todo", "doing", "done", "dropped"]),
            completed_at=FIXED_NOW - timedelta(hours=rng.randint(0, 24 * 400)),
        )
    for _ in range(200):
        m.TimeEntryRecord.create(
            started_at=FIXED_NOW + timedelta(minutes=rng.randint(-60 * 24 * 400, 60 * 24 * 10)),
            minutes=rng.randint(5, 90),
            mentorship=rng.choice(ships),
            meeting=rng.choice(meetings) if rng.random() < 0.2 else None,
        )


@pytest.mark.parametrize("seed", range(3))
def test_random_histories_give_the_same_dashboard(demo_database, monkeypatch, seed):
    _random_history(random.Random(seed))
    _assert_same(monkeypatch, FIXED_NOW)
