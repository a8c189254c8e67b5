"""Calendar occurrences and the Today summary on the sample data."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from mentordesk.core.meeting_time import format_wall, parse_wall
from mentordesk.db import models as m
from mentordesk.services.calendar.occurrences import list_occurrences
from mentordesk.services.summaries.today import today_summary
from tests.conftest import FIXED_NOW


def _weekly(rows):
    return [r for r in rows if r.title == "Weekly check-in with Priya"]


def test_weekly_check_in_keeps_berlin_wall_time_across_dst(demo_database):
    rows = list_occurrences(
        window_start=FIXED_NOW - timedelta(days=60),
        window_end=FIXED_NOW + timedelta(days=30),
        now=FIXED_NOW,
    )
    weekly = _weekly(rows)
    berlin = {r.start.astimezone(ZoneInfo("Europe/Berlin")).strftime("%a %H:%M") for r in weekly}
    assert berlin == {"Thu 17:30"}
    assert {r.start.hour for r in weekly} == {15, 16}  # UTC moved by an hour on 25 October


def test_excluded_date_is_skipped_and_past_instances_are_held(demo_database):
    series = m.MeetingRecord.get(m.MeetingRecord.rrule != "")
    skipped = series.when.moved_to(parse_wall(series.exdates[0])).start_utc()
    rows = _weekly(
        list_occurrences(
            window_start=FIXED_NOW - timedelta(days=70),
            window_end=FIXED_NOW + timedelta(days=14),
            now=FIXED_NOW,
        )
    )
    starts = [r.start for r in rows]
    assert skipped not in starts
    assert skipped - timedelta(days=7) in starts and skipped + timedelta(days=7) in starts
    assert {r.status for r in rows if r.end <= FIXED_NOW} == {"held"}
    assert {r.status for r in rows if r.start > FIXED_NOW} == {"planned"}


def test_moved_instance_replaces_the_original(demo_database):
    series = m.MeetingRecord.get(m.MeetingRecord.rrule != "")
    rows = _weekly(
        list_occurrences(
            window_start=FIXED_NOW, window_end=FIXED_NOW + timedelta(days=14), now=FIXED_NOW
        )
    )
    original = rows[1].start
    m.MeetingRecord.create(
        uid="moved",
        title="Weekly check-in with Priya",
        when=rows[1].time.moved_to(rows[1].time.start + timedelta(days=1)),
        recurrence_of=series,
        recurrence_id=format_wall(rows[1].time.start),
    )
    after = _weekly(
        list_occurrences(
            window_start=FIXED_NOW, window_end=FIXED_NOW + timedelta(days=14), now=FIXED_NOW
        )
    )
    starts = [r.start for r in after]
    assert original not in starts and original + timedelta(days=1) in starts


def test_today_summary(demo_database):
    summary = today_summary(now=FIXED_NOW, today=FIXED_NOW.date())
    assert [x.title for x in summary.meetings][:1] == ["Weekly check-in with Priya"]
    assert all(FIXED_NOW <= x.start < FIXED_NOW + timedelta(days=7) for x in summary.meetings)
    assert "Send thank-you note to Aiko" in [t.title for t in summary.tasks]
    assert all(t.status in ("todo", "doing") for t in summary.tasks)
    reach = {(r.name, r.reason) for r in summary.reach_out}
    assert ("Marcus Okafor", "follow_up") in reach
    assert not any(name == "Elena Petrova" for name, _ in reach)  # the coffee meeting answered her


def test_stay_in_touch_nudge_appears_when_no_meeting_is_booked(demo_database):
    m.MeetingRecord.delete().where(m.MeetingRecord.title.contains("Jordan")).execute()
    later = FIXED_NOW + timedelta(days=10)
    reach = {(r.name, r.reason) for r in today_summary(now=later, today=later.date()).reach_out}
    assert ("Jordan Lee", "stay_in_touch") in reach


def test_empty_workspace_has_an_empty_summary(database):
    assert today_summary(now=FIXED_NOW, today=FIXED_NOW.date()).is_empty()
