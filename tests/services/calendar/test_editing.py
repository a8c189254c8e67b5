"""Creating and editing meetings, SEQUENCE, and one occurrence of a series."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from mentordesk.core.enums import MeetingStatus, TimeKind
from mentordesk.core.errors import ValidationError
from mentordesk.core.meeting_time import MeetingTime
from mentordesk.db import models as m
from mentordesk.services.calendar import editing as e
from mentordesk.services.calendar.occurrences import list_occurrences
from tests.services.calendar.helpers import berlin, meeting, person

THU = datetime(2026, 11, 26, 17, 30)  # a Thursday


def _sequence(meeting_id: int) -> int:
    return m.MeetingRecord.get_by_id(meeting_id).sequence


def _weekly(database) -> tuple[int, int]:
    priya = person("Priya", "Europe/Berlin")
    series = meeting("Check-in", berlin(THU), priya, rrule="FREQ=WEEKLY;BYDAY=TH")
    return priya, series


def _rows(start: datetime, days: int = 21):
    start = datetime.combine(start.date(), datetime.min.time(), UTC)
    return list_occurrences(window_start=start, window_end=start + timedelta(days=days), now=start)


def test_create_then_load_gives_the_draft_back(database):
    priya = person("Priya", "Europe/Berlin")
    draft = e.MeetingDraft(
        title="  Plan review ",
        when=berlin(THU, 45),
        contact_ids=(priya,),
        location="Room 2",
        agenda="Wins",
        reminder_minutes=10,
    )
    meeting_id = e.create_meeting(draft)
    loaded = e.load_meeting(meeting_id)
    ship = m.MentorshipRecord.get(m.MentorshipRecord.contact == priya).id
    assert loaded == replace(draft, title="Plan review", mentorship_id=ship)


@pytest.mark.parametrize(
    "when",
    [
        MeetingTime.all_day(date(2026, 12, 1), date(2026, 12, 3)),
        MeetingTime.floating(THU, THU + timedelta(hours=1)),
        MeetingTime.timed(THU, THU + timedelta(hours=1), "Asia/Kolkata"),
    ],
)
def test_each_kind_keeps_its_kind(database, when):
    assert e.load_meeting(meeting("Any", when)).when == when


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title": " "}, "title"),
        ({"rrule": "FREQ=SOMETIMES"}, "rrule"),
        ({"reminder_minutes": -5}, "reminder_minutes"),
        ({"contact_ids": (999,)}, "contacts"),
        ({"status": "maybe"}, "status"),
        ({"rrule": "FREQ=WEEKLY", "exdates": ("2026-12-03",)}, "exdates"),
    ],
)
def test_bad_input_names_the_field_and_stores_nothing(database, changes, field):
    draft = replace(e.MeetingDraft(title="Ok", when=berlin(THU)), **changes)
    with pytest.raises(ValidationError) as raised:
        e.create_meeting(draft)
    assert raised.value.field == field
    assert m.MeetingRecord.select().count() == 0


def test_meeting_time_from_fields_is_checked():
    with pytest.raises(ValidationError) as raised:
        e.meeting_time("timed", THU, THU, "Europe/Berlin")
    assert raised.value.field == "end"
    with pytest.raises(ValidationError) as raised:
        e.meeting_time("timed", THU, THU + timedelta(hours=1), "Mars/Olympus")
    assert raised.value.field == "zone"
    assert e.meeting_time("floating", THU, THU + timedelta(hours=1), "Europe/Berlin").zone == ""


def test_sequence_goes_up_only_for_what_attendees_see(database):
    priya = person("Priya", "Europe/Berlin")
    meeting_id = meeting("Review", berlin(THU), priya)
    draft = e.load_meeting(meeting_id)
    e.update_meeting(meeting_id, replace(draft, notes="private notes", agenda="mine"))
    assert _sequence(meeting_id) == 0
    e.update_meeting(meeting_id, replace(draft, when=berlin(THU + timedelta(hours=1))))
    assert _sequence(meeting_id) == 1
    e.update_meeting(meeting_id, replace(e.load_meeting(meeting_id), location="Café"))
    assert _sequence(meeting_id) == 2
    e.cancel_meeting(meeting_id)
    record = m.MeetingRecord.get_by_id(meeting_id)
    assert (record.status, record.sequence) == (MeetingStatus.CANCELLED.value, 3)


def test_attendees_follow_the_draft(database):
    priya, marcus = person("Priya"), person("Marcus")
    meeting_id = meeting("Both", berlin(THU), priya)
    e.update_meeting(meeting_id, replace(e.load_meeting(meeting_id), contact_ids=(marcus,)))
    assert e.load_meeting(meeting_id).contact_ids == (marcus,)


def test_delete_leaves_a_tombstone_with_the_moved_occurrences(database):
    _, series = _weekly(database)
    moved = e.save_occurrence(
        series, "2026-12-03T17:30:00", replace(e.load_meeting(series), rrule="", when=berlin(THU))
    )
    e.delete_meeting(series)
    assert not m.MeetingRecord.select().exists()
    tombstones = m.MeetingRecord.select_with_tombstones().where(
        m.MeetingRecord.id.in_([series, moved])
    )
    assert all(r.deleted_at is not None for r in tombstones)


def test_skip_and_restore_an_occurrence(database):
    _, series = _weekly(database)
    e.skip_occurrence(series, "2026-12-03T17:30:00")
    assert [r.recurrence_id for r in _rows(THU)] == ["2026-11-26T17:30:00", "2026-12-10T17:30:00"]
    assert _sequence(series) == 1
    e.restore_occurrence(series, "2026-12-03T17:30:00")
    assert len(_rows(THU)) == 3
    with pytest.raises(ValidationError):
        e.skip_occurrence(series, "2026-12-04T17:30:00")  # a Friday: no such occurrence


def test_an_occurrence_gets_its_own_status_at_the_same_time(database):
    _, series = _weekly(database)
    override = e.set_occurrence_status(series, "2026-12-03T17:30:00", "cancelled")
    rows = _rows(THU)
    assert [(r.meeting_id, r.status) for r in rows] == [
        (series, "planned"),
        (override, "cancelled"),
        (series, "planned"),
    ]
    assert rows[1].start == datetime(2026, 12, 3, 16, 30, tzinfo=UTC)
    assert rows[1].series_id == series and rows[1].recurrence_id == "2026-12-03T17:30:00"
    assert e.set_occurrence_status(series, "2026-12-03T17:30:00", "held") == override
    assert _rows(THU)[1].status == "held"


def test_move_one_occurrence(database):
    _, series = _weekly(database)
    override_id, draft = e.load_occurrence(series, "2026-12-03T17:30:00")
    assert override_id is None and draft.when == berlin(datetime(2026, 12, 3, 17, 30))
    moved = replace(draft, when=berlin(datetime(2026, 12, 4, 9)), agenda="Just this once")
    new_id = e.save_occurrence(series, "2026-12-03T17:30:00", moved)
    assert e.load_occurrence(series, "2026-12-03T17:30:00") == (new_id, moved)
    starts = [r.start.astimezone(UTC).hour for r in _rows(THU)]
    assert starts == [16, 8, 16]


def test_moving_the_whole_series_from_an_occurrence_keeps_its_exceptions(database):
    _, series = _weekly(database)
    e.skip_occurrence(series, "2026-12-10T17:30:00")
    _, draft = e.load_occurrence(series, "2026-12-03T17:30:00")
    later = replace(draft, when=berlin(datetime(2026, 12, 3, 18, 0)))
    e.update_series_from_occurrence(series, "2026-12-03T17:30:00", later)
    stored = e.load_meeting(series)
    assert stored.when == berlin(datetime(2026, 11, 26, 18, 0))
    assert stored.exdates == ("2026-12-10T18:00:00",)
    assert [r.recurrence_id for r in _rows(THU)] == ["2026-11-26T18:00:00", "2026-12-03T18:00:00"]


def test_an_all_day_series_skips_dates(database):
    series = meeting("Offsite", MeetingTime.all_day(date(2026, 11, 2)), rrule="FREQ=WEEKLY")
    e.skip_occurrence(series, "2026-11-09")
    assert e.load_meeting(series).exdates == ("2026-11-09",)
    assert e.load_meeting(series).when.kind is TimeKind.ALL_DAY


def test_a_series_that_stops_repeating_drops_its_occurrence_changes(database):
    _, series = _weekly(database)
    e.set_occurrence_status(series, "2026-12-03T17:30:00", "cancelled")
    e.update_meeting(series, replace(e.load_meeting(series), rrule=""))
    assert m.MeetingRecord.select().count() == 1
    assert [r.meeting_id for r in _rows(THU)] == [series]


def test_moving_a_thursday_series_to_friday_from_the_editor_moves_its_weekday(database):
    _, series = _weekly(database)
    _, draft = e.load_occurrence(series, "2026-12-03T17:30:00")
    friday = replace(draft, when=berlin(datetime(2026, 12, 4, 17, 30)))
    e.update_series_from_occurrence(series, "2026-12-03T17:30:00", friday)
    stored = e.load_meeting(series)
    assert stored.rrule == "FREQ=WEEKLY;BYDAY=FR"
    assert stored.when == berlin(datetime(2026, 11, 27, 17, 30))
    assert [r.recurrence_id for r in _rows(THU)] == [
        "2026-11-27T17:30:00",
        "2026-12-04T17:30:00",
        "2026-12-11T17:30:00",
    ]


def test_a_held_unmoved_occurrence_follows_a_series_retimed_by_two_hours(database):
    _, series = _weekly(database)
    held = e.set_occurrence_status(series, "2026-12-03T17:30:00", "held")
    m.MeetingRecord.update(rdates=["2026-12-20T17:30:00"]).where(
        m.MeetingRecord.id == series
    ).execute()
    _, draft = e.load_occurrence(series, "2026-11-26T17:30:00")
    later = replace(draft, when=berlin(datetime(2026, 11, 26, 19, 30)))
    e.update_series_from_occurrence(series, "2026-11-26T17:30:00", later)
    override = m.MeetingRecord.get_by_id(held)
    assert (override.recurrence_id, override.start_wall) == (
        "2026-12-03T19:30:00",
        "2026-12-03T19:30:00",
    )
    assert m.MeetingRecord.get_by_id(series).rdates == ["2026-12-20T19:30:00"]


def test_an_override_made_by_a_drag_or_the_editor_gets_the_same_fields_and_sequence(database):
    from mentordesk.services.calendar.moving import MoveScope, move_occurrence

    priya, series = _weekly(database)
    organizer = {"email": "lead@example.org", "name": "Lead"}
    m.MeetingRecord.update(organizer=organizer, sequence=3).where(
        m.MeetingRecord.id == series
    ).execute()
    m.MeetingAttendeeRecord.update(response="accepted").execute()
    move_occurrence(series, "2026-12-03T17:30:00", datetime(2026, 12, 4, 9), scope=MoveScope.THIS)
    _, draft = e.load_occurrence(series, "2026-12-10T17:30:00")
    edited = e.save_occurrence(
        series, "2026-12-10T17:30:00", replace(draft, when=berlin(datetime(2026, 12, 11, 9)))
    )
    dragged = m.MeetingRecord.get(m.MeetingRecord.recurrence_id == "2026-12-03T17:30:00")
    for override in (dragged, m.MeetingRecord.get_by_id(edited)):
        assert (override.sequence, override.organizer) == (4, organizer)
        assert [a.response for a in override.attendees] == ["accepted"]
    _, same = e.load_occurrence(series, "2026-12-17T17:30:00")
    unchanged = e.save_occurrence(series, "2026-12-17T17:30:00", replace(same, agenda="Notes"))
    assert _sequence(unchanged) == 3
