"""Filtered task and goal lists, the shared occurrence listing, the agenda's times, add_contact."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from playhouse.test_utils import count_queries

from mentordesk.core.enums import Stage
from mentordesk.core.meeting_time import MeetingTime
from mentordesk.db import models as m
from mentordesk.services.calendar import held as held_meetings
from mentordesk.services.calendar.occurrences import list_occurrences
from mentordesk.services.contacts import attention as contact_facts
from mentordesk.services.contacts.records import add_contact
from mentordesk.services.summaries import today as today_module
from mentordesk.services.summaries.agenda import agenda_text
from mentordesk.services.summaries.today import today_summary
from mentordesk.services.tasks.listing import OPEN_STATUSES, list_goals, list_tasks
from tests.conftest import FIXED_NOW


def _id(name: str) -> int:
    return m.ContactRecord.get(m.ContactRecord.name == name).id


def test_task_filters_match_filtering_the_full_list(demo_database):
    every = list_tasks()
    due_by = FIXED_NOW.date() + timedelta(days=3)
    assert list_tasks(open_only=True, due_by=due_by) == [
        t for t in every if t.status in OPEN_STATUSES and t.due and t.due <= due_by
    ]
    marcus = m.ContactRecord.get_by_id(_id("Marcus Okafor")).name
    assert list_tasks(contact_id=_id("Marcus Okafor")) == [t for t in every if t.contact == marcus]


def test_goal_filter_matches_filtering_the_full_list(demo_database):
    today = FIXED_NOW.date()
    every = {g.id: g for g in list_goals(today=today)}
    mine = list_goals(today=today, contact_id=_id("Priya Raman"))
    assert [g.title for g in mine] == ["Lead a cross-team project"]
    assert all(every[g.id] == g for g in mine)


def test_today_lists_the_week_once_and_never_a_year(demo_database, monkeypatch):
    calls = []

    def spy(**window):
        calls.append(window)
        return list_occurrences(**window)

    for module in (contact_facts, held_meetings, today_module):
        monkeypatch.setattr(module, "list_occurrences", spy)
    summary = today_summary(now=FIXED_NOW, today=FIXED_NOW.date())
    assert len([w for w in calls if w["window_end"] > FIXED_NOW]) == 1
    assert all(w["window_end"] - w["window_start"] < timedelta(days=200) for w in calls)
    assert summary.meetings and summary.reach_out


def _add_late_follow_ups(count: int) -> None:
    for n in range(count):
        contact_id = add_contact(name=f"Late {n}")
        ship = m.MentorshipRecord.get(m.MentorshipRecord.contact == contact_id)
        m.AgreementRecord.create(mentorship=ship, their_reply_hours=24)
        m.InteractionRecord.create(
            contact=contact_id,
            occurred_at=FIXED_NOW - timedelta(days=3),
            channel="email",
            direction="out",
            kind="message",
            summary=f"Question {n}",
        )


def test_today_runs_a_constant_number_of_queries(demo_database):
    with count_queries() as before:
        today_summary(now=FIXED_NOW, today=FIXED_NOW.date())
    _add_late_follow_ups(20)
    with count_queries() as after:
        summary = today_summary(now=FIXED_NOW, today=FIXED_NOW.date())
    assert after.count == before.count
    assert {f"Question {n}" for n in range(20)} <= {r.about for r in summary.reach_out}


def test_one_off_meetings_at_the_window_edges(demo_database):
    start = FIXED_NOW + timedelta(days=40, microseconds=500)
    for uid, at in (("at-start", start), ("at-end", start + timedelta(hours=1))):
        when = MeetingTime.from_instants(at, at + timedelta(hours=1), "UTC")
        m.MeetingRecord.create(uid=uid, title=uid, when=when)
    rows = list_occurrences(window_start=start, window_end=start + timedelta(hours=1))
    # stored to the second: "at-start" begins just before the window, "at-end" just inside
    assert [r.title for r in rows] == ["at-end"]


def test_agenda_shows_all_day_and_floating_meetings_unconverted(demo_database):
    day = datetime(2026, 11, 27)
    m.MeetingRecord.create(uid="conf", title="Conference", when=MeetingTime.all_day(day.date()))
    m.MeetingRecord.create(
        uid="lunch",
        title="Lunch",
        when=MeetingTime.floating(day + timedelta(hours=12), day + timedelta(hours=13)),
    )
    text = agenda_text(now=FIXED_NOW, days=3, zone=ZoneInfo("America/New_York"))
    assert "Fri 2026-11-27 (all day)  Conference" in text
    assert "Fri 2026-11-27 12:00  Lunch" in text


def test_add_contact_dates_an_active_mentorship(database):
    contact_id = add_contact(name="Ada", stage=Stage.ACTIVE)
    ship = m.MentorshipRecord.get(m.MentorshipRecord.contact == contact_id)
    assert ship.stage == "active" and ship.started_on == date.today()
    assert [c.stage for c in ship.stage_changes] == ["active"]


def test_the_agenda_names_each_person_once(demo_database):
    text = agenda_text(now=FIXED_NOW, days=14, zone=ZoneInfo("UTC"))
    assert "Portfolio review with Jordan\n" in text
    assert "with Jordan with Jordan Lee" not in text
    assert "Weekly check-in with Priya with Priya Raman" not in text
    assert "Discovery sprint walkthrough with Elena Petrova" in text


def test_each_occurrence_names_its_series_and_recurrence_id(database):
    """A series occurrence carries the series id and its wall start; a moved one its own id."""
    series = m.MeetingRecord(title="Weekly", rrule="FREQ=WEEKLY;COUNT=3")
    series.when = MeetingTime.timed(
        datetime(2027, 3, 1, 9), datetime(2027, 3, 1, 10), "Europe/Berlin"
    )
    series.save()
    moved = m.MeetingRecord(
        title="Weekly", recurrence_of=series, recurrence_id="2027-03-08T09:00:00"
    )
    moved.when = MeetingTime.timed(
        datetime(2027, 3, 9, 9), datetime(2027, 3, 9, 10), "Europe/Berlin"
    )
    moved.save()
    rows = list_occurrences(
        window_start=datetime(2027, 2, 1, tzinfo=UTC), window_end=datetime(2027, 4, 1, tzinfo=UTC)
    )
    assert [(r.meeting_id, r.series_id, r.recurrence_id) for r in rows] == [
        (series.id, series.id, "2027-03-01T09:00:00"),
        (moved.id, series.id, "2027-03-08T09:00:00"),
        (series.id, series.id, "2027-03-15T09:00:00"),
    ]
