"""Moving a meeting, one occurrence, or a whole series: hand-computed wall times and instants."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from mentordesk.core.meeting_time import MeetingTime
from mentordesk.db import models as m
from mentordesk.services.calendar.moving import (
    MeetingMoveError,
    MoveScope,
    move_occurrence,
    shift_rule_days,
)
from mentordesk.services.calendar.occurrences import list_occurrences
from mentordesk.services.undo import record_changes, undo_changes

BERLIN = "Europe/Berlin"


def _meeting(start: datetime, minutes: int = 30, zone: str = BERLIN, **fields) -> m.MeetingRecord:
    """A timed meeting with one attendee."""
    when = MeetingTime.timed(start, start + timedelta(minutes=minutes), zone)
    meeting = m.MeetingRecord.create(title="Check-in", when=when, **fields)
    contact = m.ContactRecord.create(name="Priya Raman", timezone=zone)
    m.MeetingAttendeeRecord.create(meeting=meeting, contact=contact, response="accepted")
    return meeting


def _weekly_berlin(**fields) -> m.MeetingRecord:
    """Thursdays 10:00-10:30 in Berlin from 5 March 2026 (CET, DST starts 29 March)."""
    return _meeting(datetime(2026, 3, 5, 10, 0), rrule="FREQ=WEEKLY;BYDAY=TH", **fields)


def _starts(first: datetime, last: datetime) -> list[tuple[str, datetime, bool]]:
    """(title, UTC start, is a moved instance) of the occurrences in a window."""
    rows = list_occurrences(window_start=first, window_end=last, now=first)
    return [(r.title, r.start, r.meeting_id != r.series_id) for r in rows]


def _utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def test_a_one_off_moves_to_a_wall_time_keeping_its_length_and_bumps_sequence(database):
    meeting = _meeting(datetime(2026, 3, 10, 10, 0), 45)
    move_occurrence(meeting.id, None, datetime(2026, 3, 12, 14, 0), scope=MoveScope.THIS)
    again = m.MeetingRecord.get_by_id(meeting.id)
    assert (again.start_wall, again.end_wall) == ("2026-03-12T14:00:00", "2026-03-12T14:45:00")
    assert again.timezone == BERLIN and again.sequence == 1
    assert again.starts_at == _utc(2026, 3, 12, 13, 0)  # CET is UTC+1


def test_an_instant_becomes_the_wall_time_of_the_meetings_own_zone(database):
    meeting = _meeting(datetime(2026, 11, 20, 9, 0), 30, zone="America/New_York")
    move_occurrence(meeting.id, None, _utc(2026, 11, 26, 15, 0), scope=MoveScope.ALL)
    again = m.MeetingRecord.get_by_id(meeting.id)
    assert again.start_wall == "2026-11-26T10:00:00"  # EST is UTC-5
    assert again.timezone == "America/New_York"


def test_an_all_day_meeting_stays_all_day(database):
    when = MeetingTime.all_day(date(2026, 5, 4), date(2026, 5, 6))
    meeting = m.MeetingRecord.create(title="Retreat", when=when)
    move_occurrence(meeting.id, None, date(2026, 5, 11), scope=MoveScope.THIS)
    again = m.MeetingRecord.get_by_id(meeting.id)
    assert (again.time_kind, again.start_wall, again.end_wall) == (
        "all_day",
        "2026-05-11",
        "2026-05-13",
    )


def test_moving_one_occurrence_across_dst_creates_a_moved_instance(database):
    series = _weekly_berlin()
    # 26 March 10:00 CET (09:00Z), dragged to 30 March 08:00Z, which is 10:00 CEST
    move_occurrence(series.id, "2026-03-26T10:00:00", _utc(2026, 3, 30, 8, 0), scope=MoveScope.THIS)
    instance = m.MeetingRecord.get(m.MeetingRecord.recurrence_of == series.id)
    assert instance.recurrence_id == "2026-03-26T10:00:00"
    assert (instance.start_wall, instance.end_wall) == (
        "2026-03-30T10:00:00",
        "2026-03-30T10:30:00",
    )
    assert instance.timezone == BERLIN and instance.sequence == 1
    assert [a.contact.name for a in instance.attendees] == ["Priya Raman"]
    assert _starts(_utc(2026, 3, 25), _utc(2026, 4, 3)) == [
        ("Check-in", _utc(2026, 3, 30, 8, 0), True),
        ("Check-in", _utc(2026, 4, 2, 8, 0), False),  # the series: 10:00 CEST
    ]
    assert m.MeetingRecord.get_by_id(series.id).sequence == 0


def test_moving_a_moved_instance_again_updates_it(database):
    series = _weekly_berlin()
    move_occurrence(
        series.id, "2026-04-02T10:00:00", datetime(2026, 4, 2, 14, 0), scope=MoveScope.THIS
    )
    instance = m.MeetingRecord.get(m.MeetingRecord.recurrence_of == series.id)
    move_occurrence(instance.id, None, datetime(2026, 4, 3, 9, 15), scope=MoveScope.THIS)
    assert m.MeetingRecord.select().where(m.MeetingRecord.recurrence_of == series.id).count() == 1
    again = m.MeetingRecord.get_by_id(instance.id)
    assert (again.start_wall, again.recurrence_id, again.sequence) == (
        "2026-04-03T09:15:00",
        "2026-04-02T10:00:00",
        2,
    )


def test_moving_all_shifts_the_wall_time_on_both_sides_of_dst(database):
    series = _weekly_berlin(exdates=["2026-03-19T10:00:00"])
    move_occurrence(
        series.id, "2026-04-09T10:00:00", datetime(2026, 4, 10, 15, 0), scope=MoveScope.THIS
    )
    # drag 26 March from 10:00 CET (09:00Z) to 11:00 CET (10:00Z): the series moves an hour
    move_occurrence(series.id, "2026-03-26T10:00:00", _utc(2026, 3, 26, 10, 0), scope=MoveScope.ALL)
    again = m.MeetingRecord.get_by_id(series.id)
    assert (again.start_wall, again.end_wall) == ("2026-03-05T11:00:00", "2026-03-05T11:30:00")
    assert again.rrule == "FREQ=WEEKLY;BYDAY=TH" and again.sequence == 1
    assert again.exdates == ["2026-03-19T11:00:00"]
    instance = m.MeetingRecord.get(m.MeetingRecord.recurrence_of == series.id)
    assert instance.recurrence_id == "2026-04-09T11:00:00"
    assert instance.start_wall == "2026-04-10T15:00:00"  # where it had been moved to
    assert _starts(_utc(2026, 3, 12), _utc(2026, 4, 17)) == [
        ("Check-in", _utc(2026, 3, 12, 10, 0), False),  # 11:00 CET
        ("Check-in", _utc(2026, 3, 26, 10, 0), False),  # 19 March stays skipped
        ("Check-in", _utc(2026, 4, 2, 9, 0), False),  # 11:00 CEST
        ("Check-in", _utc(2026, 4, 10, 13, 0), True),  # 15:00 CEST, replacing 9 April
        ("Check-in", _utc(2026, 4, 16, 9, 0), False),
    ]


def test_moving_all_to_another_weekday_moves_the_rule_too(database):
    series = _weekly_berlin()
    move_occurrence(
        series.id, "2026-04-02T10:00:00", datetime(2026, 4, 3, 10, 0), scope=MoveScope.ALL
    )
    again = m.MeetingRecord.get_by_id(series.id)
    assert (again.start_wall, again.rrule) == ("2026-03-06T10:00:00", "FREQ=WEEKLY;BYDAY=FR")
    starts = _starts(_utc(2026, 3, 30), _utc(2026, 4, 7))
    assert starts == [("Check-in", _utc(2026, 4, 3, 8, 0), False)]


def test_rule_days_follow_a_moved_start():
    assert shift_rule_days("FREQ=WEEKLY;BYDAY=MO,TH", 1) == "FREQ=WEEKLY;BYDAY=TU,FR"
    assert shift_rule_days("FREQ=WEEKLY;BYDAY=SU", 1) == "FREQ=WEEKLY;BYDAY=MO"
    assert shift_rule_days("FREQ=MONTHLY;BYDAY=-1FR", -2) == "FREQ=MONTHLY;BYDAY=-1WE"
    assert shift_rule_days("FREQ=MONTHLY;BYMONTHDAY=15", 3) == "FREQ=MONTHLY;BYMONTHDAY=18"
    assert shift_rule_days("FREQ=DAILY", 0) == "FREQ=DAILY"
    with pytest.raises(MeetingMoveError, match="only this occurrence"):
        shift_rule_days("FREQ=MONTHLY;BYMONTHDAY=28", 3)


def test_a_series_needs_the_occurrence_and_a_missing_meeting_is_one_line(database):
    series = _weekly_berlin()
    with pytest.raises(MeetingMoveError, match="which occurrence"):
        move_occurrence(series.id, None, datetime(2026, 4, 2, 11, 0), scope=MoveScope.THIS)
    with pytest.raises(MeetingMoveError, match="no longer exists"):
        move_occurrence(series.id + 99, None, datetime(2026, 4, 2, 11, 0), scope=MoveScope.THIS)
    assert m.MeetingRecord.get_by_id(series.id).start_wall == "2026-03-05T10:00:00"


def test_a_recorded_move_is_undone_whole(database):
    series = _weekly_berlin()
    before = [(r.id, r.start_wall, r.sequence, r.exdates) for r in m.MeetingRecord.select()]
    _, changes = record_changes(
        "Move Check-in",
        lambda: move_occurrence(
            series.id, "2026-03-26T10:00:00", _utc(2026, 3, 30, 8, 0), scope=MoveScope.THIS
        ),
    )
    assert m.MeetingRecord.select().count() == 2
    undo_changes(changes)
    after = [(r.id, r.start_wall, r.sequence, r.exdates) for r in m.MeetingRecord.select()]
    assert after == before
    assert m.MeetingAttendeeRecord.select().count() == 1


def test_yearly_rule_parts_follow_or_are_refused():
    from datetime import date as _date

    march = "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3"
    assert shift_rule_days(march, 1, _date(2026, 3, 30)) == "FREQ=YEARLY;BYDAY=-1MO;BYMONTH=3"
    with pytest.raises(MeetingMoveError, match="only this occurrence"):
        shift_rule_days(march, 3, _date(2026, 4, 1))  # the start leaves March
    with pytest.raises(MeetingMoveError, match="only this occurrence"):
        shift_rule_days("FREQ=YEARLY;BYYEARDAY=100", 1)
