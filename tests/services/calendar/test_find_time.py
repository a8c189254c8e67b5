"""Find a time: mentors' windows in their zones, my meetings avoided, warnings as codes."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from mentordesk.core.availability import Slot, WarningCode
from mentordesk.core.meeting_time import MeetingTime
from mentordesk.services.calendar.editing import cancel_meeting
from mentordesk.services.calendar.find_time import MeetingWarning, check_meeting, propose_slots
from tests.services.calendar.helpers import berlin, meeting, person

HOUR = timedelta(hours=1)


def utc(*parts) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def _anita() -> int:
    """A mentor in Kolkata, free on Mondays 09:00-11:00 her time (03:30-05:30 UTC)."""
    return person("Anita", "Asia/Kolkata", [(0, "09:00", "11:00")])


def test_slots_in_her_window_around_my_meeting(database):
    anita = _anita()
    meeting("Standup", berlin(datetime(2026, 11, 30, 5, 0)))  # 04:00-04:30 UTC
    slots = propose_slots(
        [anita],
        HOUR,
        search_from=utc(2026, 11, 30),
        search_to=utc(2026, 12, 1),
        my_zone="Europe/Berlin",
    )
    assert slots == [Slot(utc(2026, 11, 30, 4, 30), utc(2026, 11, 30, 5, 30))]


def test_a_cancelled_meeting_does_not_block(database):
    anita = _anita()
    cancel_meeting(meeting("Standup", berlin(datetime(2026, 11, 30, 5, 0))))
    slots = propose_slots(
        [anita],
        HOUR,
        search_from=utc(2026, 11, 30),
        search_to=utc(2026, 12, 1),
        my_zone="Europe/Berlin",
    )
    assert [s.start for s in slots] == [
        utc(2026, 11, 30, 3, 30),
        utc(2026, 11, 30, 4),
        utc(2026, 11, 30, 4, 30),
    ]


def test_slots_keep_the_mentors_wall_time_across_dst(database):
    sam = person("Sam", "America/New_York", [(0, "09:00", "10:00")])
    slots = propose_slots(
        [sam],
        HOUR,
        search_from=utc(2026, 10, 26),
        search_to=utc(2026, 11, 3),
        my_zone="Europe/Berlin",
    )
    # 09:00 EDT (UTC-4) before New York's change on 1 November, 09:00 EST (UTC-5) after
    assert [s.start for s in slots] == [utc(2026, 10, 26, 13), utc(2026, 11, 2, 14)]


def test_two_mentors_share_the_overlap_of_their_windows(database):
    anita = _anita()
    priya = person("Priya", "Europe/Berlin", [(0, "05:00", "06:00")])  # 04:00-05:00 UTC
    slots = propose_slots(
        [anita, priya],
        timedelta(minutes=30),
        search_from=utc(2026, 11, 30),
        search_to=utc(2026, 12, 1),
        my_zone="Europe/Berlin",
    )
    assert [s.start for s in slots] == [utc(2026, 11, 30, 4), utc(2026, 11, 30, 4, 30)]


def test_no_agreement_means_no_restriction(database):
    jo = person("Jo", "Europe/London")
    slots = propose_slots(
        [jo],
        HOUR,
        search_from=utc(2026, 11, 30, 1, 10),
        search_to=utc(2026, 12, 1),
        my_zone="UTC",
        limit=2,
    )
    assert [s.start for s in slots] == [utc(2026, 11, 30, 1, 30), utc(2026, 11, 30, 2)]
    assert check_meeting(berlin(datetime(2026, 11, 30, 3, 0)), [jo]) == []


def test_check_warns_outside_her_window(database):
    anita = _anita()
    inside = MeetingTime.timed(
        datetime(2026, 11, 30, 9), datetime(2026, 11, 30, 10), "Asia/Kolkata"
    )
    assert check_meeting(inside, [anita]) == []
    late = berlin(datetime(2026, 11, 30, 6, 0), 60)  # 05:00-06:00 UTC: past her 05:30
    assert check_meeting(late, [anita]) == [
        MeetingWarning(WarningCode.OUTSIDE_WINDOW, anita, "Anita", "Asia/Kolkata")
    ]


def test_check_warns_of_an_overlap_unless_it_is_the_meeting_itself(database):
    standup = meeting("Standup", berlin(datetime(2026, 11, 30, 9, 0)))
    when = berlin(datetime(2026, 11, 30, 9, 15))
    assert check_meeting(when, []) == [
        MeetingWarning(
            WarningCode.OVERLAP,
            other_meeting_id=standup,
            other_title="Standup",
            other_start=utc(2026, 11, 30, 8),
            other_end=utc(2026, 11, 30, 8, 30),
        )
    ]
    assert check_meeting(when, [], ignore_meeting_id=standup) == []
    assert check_meeting(berlin(datetime(2026, 11, 30, 9, 30)), []) == []  # back to back


def test_an_occurrence_of_a_series_overlaps(database):
    series = meeting("Weekly", berlin(datetime(2026, 11, 2, 9, 0)), rrule="FREQ=WEEKLY")
    warnings = check_meeting(berlin(datetime(2026, 11, 30, 9, 0)), [])
    assert [(w.code, w.other_meeting_id) for w in warnings] == [(WarningCode.OVERLAP, series)]
    assert check_meeting(berlin(datetime(2026, 11, 30, 9)), [], ignore_meeting_id=series) == []


def test_all_day_meetings_get_no_warnings(database):
    anita = _anita()
    meeting("Standup", berlin(datetime(2026, 11, 30, 9, 0)))
    assert check_meeting(MeetingTime.all_day(date(2026, 11, 30)), [anita]) == []
