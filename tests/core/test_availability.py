"""Find-a-time rules: windows in the mentor's zone, half-hour starts, DST, busy spans."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from mentordesk.core.availability import (
    Slot,
    fits,
    free_slots,
    half_hours,
    overlapping,
    parse_windows,
    window_spans,
)
from mentordesk.core.relationships import AvailabilityWindow

MONDAY_9_TO_11 = parse_windows([{"weekday": 0, "start": "09:00", "end": "11:00"}])


def utc(*parts) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def test_parse_windows_reads_the_stored_shape():
    assert (AvailabilityWindow(0, time(9), time(11)),) == MONDAY_9_TO_11


def test_a_kolkata_window_in_utc():
    # Monday 2026-11-30, 09:00-11:00 in Kolkata (UTC+5:30) is 03:30-05:30 UTC
    spans = window_spans(
        MONDAY_9_TO_11, "Asia/Kolkata", start=utc(2026, 11, 30), end=utc(2026, 12, 1)
    )
    assert spans == [(utc(2026, 11, 30, 3, 30), utc(2026, 11, 30, 5, 30))]


def test_a_berlin_window_follows_daylight_saving():
    # the last Monday of March 2026 is after the change (CEST, UTC+2); the one before, CET
    spans = window_spans(
        MONDAY_9_TO_11, "Europe/Berlin", start=utc(2026, 3, 23), end=utc(2026, 4, 1)
    )
    assert spans == [
        (utc(2026, 3, 23, 8), utc(2026, 3, 23, 10)),
        (utc(2026, 3, 30, 7), utc(2026, 3, 30, 9)),
    ]


def test_a_window_past_midnight_ends_the_next_day():
    late = parse_windows([{"weekday": 4, "start": "22:00", "end": "01:00"}])
    spans = window_spans(late, "UTC", start=utc(2026, 11, 27), end=utc(2026, 11, 28))
    assert spans == [(utc(2026, 11, 27, 22), utc(2026, 11, 28, 1))]


def test_fits_and_overlapping():
    span = [(utc(2026, 1, 1, 9), utc(2026, 1, 1, 10))]
    assert fits(utc(2026, 1, 1, 9), utc(2026, 1, 1, 10), span)
    assert not fits(utc(2026, 1, 1, 9, 30), utc(2026, 1, 1, 10, 30), span)
    assert overlapping(utc(2026, 1, 1, 9, 30), utc(2026, 1, 1, 11), span) == span
    assert overlapping(utc(2026, 1, 1, 10), utc(2026, 1, 1, 11), span) == []  # touching


def test_half_hours_are_on_my_clock():
    # 10:10 UTC is 15:40 in Kolkata; my clock there gives 16:00 (10:30 UTC) next
    starts = list(half_hours(utc(2026, 1, 1, 10, 10), utc(2026, 1, 1, 11, 30), "Asia/Kolkata"))
    assert starts == [utc(2026, 1, 1, 10, 30), utc(2026, 1, 1, 11)]
    berlin = list(half_hours(utc(2026, 1, 1, 10, 10), utc(2026, 1, 1, 11), "Europe/Berlin"))
    assert berlin == [utc(2026, 1, 1, 10, 30)]


def test_free_slots_keep_inside_every_window_and_skip_busy_time():
    kolkata = window_spans(
        MONDAY_9_TO_11, "Asia/Kolkata", start=utc(2026, 11, 30), end=utc(2026, 12, 1)
    )
    busy = [(utc(2026, 11, 30, 4), utc(2026, 11, 30, 4, 30))]
    slots = free_slots(
        duration=timedelta(minutes=60),
        search_from=utc(2026, 11, 30),
        search_to=utc(2026, 12, 1),
        my_zone="Europe/Berlin",
        windows=[kolkata],
        busy=busy,
    )
    # 03:30-04:30 and 04:00-05:00 clash with the busy half hour; 04:30-05:30 fits
    assert slots == [Slot(utc(2026, 11, 30, 4, 30), utc(2026, 11, 30, 5, 30))]


def test_without_windows_any_free_time_is_proposed_up_to_the_limit():
    slots = free_slots(
        duration=timedelta(minutes=30),
        search_from=utc(2026, 1, 1, 9),
        search_to=utc(2026, 1, 2),
        my_zone="UTC",
        busy=[(utc(2026, 1, 1, 9), utc(2026, 1, 1, 10))],
        limit=3,
    )
    assert [s.start for s in slots] == [
        utc(2026, 1, 1, 10),
        utc(2026, 1, 1, 10, 30),
        utc(2026, 1, 1, 11),
    ]
