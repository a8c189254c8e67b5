"""Time totals per task, goal and mentor per week; held meetings count automatically."""

from datetime import UTC, date, datetime, timedelta, timezone

from mentordesk.core.time_totals import (
    HeldMeeting,
    TimeItem,
    TotalBy,
    elapsed_minutes,
    local_day,
    meeting_items,
    total_minutes,
    week_start,
    weekly_totals,
)

MON = date(2026, 11, 23)


def test_week_starts_on_monday():
    assert week_start(date(2026, 11, 29)) == MON
    assert week_start(MON) == MON


def test_weekly_totals_by_each_key():
    items = [
        TimeItem(MON, 30, task=1, goal=10, mentorship=100),
        TimeItem(MON + timedelta(days=6), 45, task=1, goal=10, mentorship=100),
        TimeItem(MON + timedelta(days=7), 15, task=2, goal=10, mentorship=100),
        TimeItem(MON, 60, goal=11),
    ]
    assert weekly_totals(items, TotalBy.TASK) == {(MON, 1): 75, (MON + timedelta(7), 2): 15}
    assert weekly_totals(items, TotalBy.GOAL) == {
        (MON, 10): 75,
        (MON, 11): 60,
        (MON + timedelta(7), 10): 15,
    }
    assert weekly_totals(items, TotalBy.MENTORSHIP) == {
        (MON, 100): 75,
        (MON + timedelta(7), 100): 15,
    }
    assert total_minutes(items, TotalBy.GOAL, 10) == 90


def test_held_meetings_count_unless_time_was_logged_against_them():
    meetings = [
        HeldMeeting(1, datetime(2026, 11, 24, 9, tzinfo=UTC), 60, 100),
        HeldMeeting(2, datetime(2026, 11, 25, 9, tzinfo=UTC), 30, 100),
    ]
    logged = [TimeItem(MON, 50, mentorship=100, meeting=2)]
    auto = meeting_items(meetings, logged, UTC)
    assert auto == [TimeItem(date(2026, 11, 24), 60, mentorship=100, meeting=1)]
    assert weekly_totals(auto + logged, TotalBy.MENTORSHIP) == {(MON, 100): 110}


def test_days_follow_the_local_zone():
    late = datetime(2026, 11, 29, 23, 30, tzinfo=UTC)  # Sunday in UTC, Monday in Berlin
    assert local_day(late, UTC) == date(2026, 11, 29)
    assert local_day(late, timezone(timedelta(hours=1))) == date(2026, 11, 30)


def test_elapsed_minutes():
    start = datetime(2026, 11, 26, 9, tzinfo=UTC)
    assert elapsed_minutes(start, start + timedelta(minutes=25, seconds=40)) == 26
    assert elapsed_minutes(start, start + timedelta(seconds=5)) == 1
    assert elapsed_minutes(start, start - timedelta(minutes=5)) == 0
