"""MeetingTime: validation, UTC instants across DST gaps and folds, storage, occurrences."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from mentordesk.core.enums import TimeKind
from mentordesk.core.meeting_time import MeetingTime, expand, format_wall, parse_wall
from mentordesk.core.recurrence import RecurrenceLimitError, parse_rrule

BERLIN = "Europe/Berlin"
TOKYO = ZoneInfo("Asia/Tokyo")


def berlin(day: int, month: int, hour: int, minute: int = 0, length: int = 60) -> MeetingTime:
    start = datetime(2026, month, day, hour, minute)
    return MeetingTime.timed(start, start + timedelta(minutes=length), BERLIN)


# --- construction ---------------------------------------------------------------------------


def test_end_before_start_is_refused() -> None:
    with pytest.raises(ValueError, match="before it starts"):
        MeetingTime.timed(datetime(2026, 1, 2, 10), datetime(2026, 1, 2, 9), BERLIN)
    with pytest.raises(ValueError, match="before it starts"):
        MeetingTime.all_day(date(2026, 1, 2), date(2026, 1, 1))


def test_zones_are_checked_per_kind() -> None:
    start = datetime(2026, 1, 2, 10)
    with pytest.raises(ValueError, match="unknown time zone"):
        MeetingTime.timed(start, start, "Mars/Olympus_Mons")
    with pytest.raises(ValueError, match="unknown time zone"):
        MeetingTime.timed(start, start, "")
    with pytest.raises(ValueError, match="no time zone"):
        MeetingTime(TimeKind.FLOATING, start, start, BERLIN)
    with pytest.raises(ValueError, match="no time zone"):
        MeetingTime(TimeKind.ALL_DAY, start.date(), start.date(), BERLIN)


def test_values_must_fit_the_kind() -> None:
    aware = datetime(2026, 1, 2, 10, tzinfo=UTC)
    with pytest.raises(TypeError, match="naive"):
        MeetingTime.timed(aware, aware, BERLIN)
    with pytest.raises(TypeError, match="dates"):
        MeetingTime(TimeKind.ALL_DAY, datetime(2026, 1, 2), datetime(2026, 1, 3))
    with pytest.raises(TypeError, match="naive"):
        MeetingTime.floating(date(2026, 1, 2), date(2026, 1, 2))


def test_kind_text_is_coerced_and_microseconds_dropped() -> None:
    value = MeetingTime("floating", datetime(2026, 1, 2, 10, 0, 0, 999), datetime(2026, 1, 2, 11))
    assert value.kind is TimeKind.FLOATING and value.start == datetime(2026, 1, 2, 10)


def test_all_day_defaults_to_one_day() -> None:
    value = MeetingTime.all_day(date(2026, 12, 24))
    assert value.end == date(2026, 12, 25) and value.duration == timedelta(days=1)


# --- instants -------------------------------------------------------------------------------


def test_timed_start_in_its_zone_whatever_the_local_zone() -> None:
    value = berlin(26, 11, 17, 30)
    assert value.start_utc() == datetime(2026, 11, 26, 16, 30, tzinfo=UTC)
    assert value.start_utc(TOKYO) == value.start_utc()
    assert value.end_utc() == datetime(2026, 11, 26, 17, 30, tzinfo=UTC)


def test_summer_time_offset() -> None:
    assert berlin(1, 7, 9).start_utc() == datetime(2026, 7, 1, 7, tzinfo=UTC)


def test_time_in_the_spring_gap_moves_forward() -> None:
    # 2026-03-29 02:30 does not exist in Berlin; fold=0 reads it with the winter offset
    value = berlin(29, 3, 2, 30)
    assert value.start_utc() == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    assert value.start_utc().astimezone(ZoneInfo(BERLIN)).hour == 3


def test_ambiguous_autumn_time_takes_the_first() -> None:
    # 2026-10-25 02:30 happens twice in Berlin; fold=0 is the first, still in summer time
    value = berlin(25, 10, 2, 30)
    assert value.start_utc() == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    # 60 wall minutes later is 03:30 CET: two real hours
    assert value.end_utc() - value.start_utc() == timedelta(hours=2)


def test_floating_and_all_day_are_read_in_the_local_zone() -> None:
    lunch = MeetingTime.floating(datetime(2026, 11, 27, 12), datetime(2026, 11, 27, 13))
    assert lunch.start_utc(TOKYO) == datetime(2026, 11, 27, 3, tzinfo=UTC)
    assert lunch.start_utc(ZoneInfo(BERLIN)) == datetime(2026, 11, 27, 11, tzinfo=UTC)
    holiday = MeetingTime.all_day(date(2026, 12, 24))
    assert holiday.start_utc(TOKYO) == datetime(2026, 12, 23, 15, tzinfo=UTC)
    assert holiday.end_utc(TOKYO) == datetime(2026, 12, 24, 15, tzinfo=UTC)


def test_floating_default_is_the_computers_zone() -> None:
    lunch = MeetingTime.floating(datetime(2026, 11, 27, 12), datetime(2026, 11, 27, 13))
    assert lunch.start_utc() == datetime(2026, 11, 27, 12).astimezone(UTC)


def test_from_instants_keeps_the_wall_time() -> None:
    start = datetime(2026, 11, 26, 16, 30, tzinfo=UTC)
    value = MeetingTime.from_instants(start, start + timedelta(minutes=30), BERLIN)
    assert value.start == datetime(2026, 11, 26, 17, 30) and value.zone == BERLIN


# --- moving and storage ---------------------------------------------------------------------


def test_moved_to_keeps_the_wall_duration_across_dst() -> None:
    value = berlin(24, 10, 23, 30, length=240)  # 23:30 to 03:30 wall
    moved = value.moved_to(datetime(2026, 10, 24, 23, 30))
    assert moved.end == datetime(2026, 10, 25, 3, 30)
    assert moved.end_utc() - moved.start_utc() == timedelta(hours=5)


def test_moved_all_day_stays_in_dates() -> None:
    moved = MeetingTime.all_day(date(2026, 12, 24), date(2026, 12, 27)).moved_to(date(2027, 1, 5))
    assert (moved.start, moved.end) == (date(2027, 1, 5), date(2027, 1, 8))


@pytest.mark.parametrize(
    "value",
    [
        berlin(26, 11, 17, 30),
        MeetingTime.floating(datetime(2026, 11, 27, 12), datetime(2026, 11, 27, 13)),
        MeetingTime.all_day(date(2026, 12, 24)),
    ],
)
def test_storage_round_trip(value: MeetingTime) -> None:
    start, end = value.to_storage()
    assert MeetingTime.from_storage(
        kind=value.kind.value, start=start, end=end, zone=value.zone
    ) == (value)


def test_storage_text_forms() -> None:
    assert berlin(26, 11, 17, 30).to_storage() == ("2026-11-26T17:30:00", "2026-11-26T18:30:00")
    assert MeetingTime.all_day(date(2026, 12, 24)).to_storage() == ("2026-12-24", "2026-12-25")
    assert parse_wall("2026-12-24") == date(2026, 12, 24)
    assert format_wall(datetime(2026, 1, 1)) == "2026-01-01T00:00:00"
    with pytest.raises(ValueError, match="offset"):
        parse_wall("2026-12-24T10:00:00+01:00")


def test_storage_without_zone() -> None:
    timed = MeetingTime.from_storage(
        kind="timed", start="2026-01-01T10:00:00", end="2026-01-01T11:00:00", zone=""
    )
    assert timed.zone == "UTC"
    floating = MeetingTime.from_storage(
        kind="floating", start="2026-01-01T10:00:00", end="2026-01-01T11:00:00", zone=BERLIN
    )
    assert floating.zone == ""


def test_ical_lines() -> None:
    assert berlin(26, 11, 17, 30).ical_lines() == [
        "DTSTART;TZID=Europe/Berlin:20261126T173000",
        "DTEND;TZID=Europe/Berlin:20261126T183000",
    ]
    assert MeetingTime.all_day(date(2026, 12, 24)).ical_lines() == [
        "DTSTART;VALUE=DATE:20261224",
        "DTEND;VALUE=DATE:20261225",
    ]
    lunch = MeetingTime.floating(datetime(2026, 11, 27, 12), datetime(2026, 11, 27, 13))
    assert lunch.ical_lines()[0] == "DTSTART:20261127T120000"


# --- occurrences ----------------------------------------------------------------------------


def window(days: int = 60) -> dict[str, datetime]:
    start = datetime(2026, 10, 1, tzinfo=UTC)
    return {"window_start": start, "window_end": start + timedelta(days=days)}


def test_weekly_timed_series_keeps_berlin_wall_time_over_the_fold() -> None:
    series = berlin(1, 10, 17, 30, length=30)
    found = expand(series, parse_rrule("FREQ=WEEKLY"), **window())
    assert {x.start.strftime("%a %H:%M") for x in found} == {"Thu 17:30"}
    assert {x.start_utc().hour for x in found} == {15, 16}
    assert all(x.duration == timedelta(minutes=30) for x in found)


def test_exdates_are_wall_times_in_the_series_zone() -> None:
    series = berlin(1, 10, 17, 30, length=30)
    found = expand(
        series, parse_rrule("FREQ=WEEKLY"), exdates=[datetime(2026, 10, 29, 17, 30)], **window()
    )
    starts = [x.start for x in found]
    assert datetime(2026, 10, 29, 17, 30) not in starts
    assert datetime(2026, 10, 22, 17, 30) in starts and datetime(2026, 11, 5, 17, 30) in starts


def test_daily_series_through_the_spring_gap() -> None:
    series = berlin(28, 3, 2, 30, length=30)
    start = datetime(2026, 3, 27, tzinfo=UTC)
    found = expand(
        series,
        parse_rrule("FREQ=DAILY;COUNT=3"),
        window_start=start,
        window_end=start.replace(day=31),
    )
    assert [x.start for x in found] == [datetime(2026, 3, d, 2, 30) for d in (28, 29, 30)]
    # 02:30 does not exist on the 29th: that occurrence happens at 03:30 summer time
    assert [x.start_utc().hour for x in found] == [1, 1, 0]


def test_series_starting_in_the_gap_keeps_its_wall_time_later() -> None:
    series = berlin(29, 3, 2, 30, length=30)
    start = datetime(2026, 3, 28, tzinfo=UTC)
    found = expand(
        series,
        parse_rrule("FREQ=DAILY;COUNT=3"),
        window_start=start,
        window_end=start + timedelta(days=4),
    )
    assert [x.start.strftime("%d %H:%M") for x in found] == ["29 02:30", "30 02:30", "31 02:30"]


def test_utc_until_is_inclusive_at_the_instant() -> None:
    series = berlin(1, 10, 17, 30, length=30)
    rule = parse_rrule("FREQ=WEEKLY;UNTIL=20261029T163000Z")  # 17:30 in Berlin on the 29th
    assert expand(series, rule, **window())[-1].start == datetime(2026, 10, 29, 17, 30)


def test_window_edges_are_utc_instants() -> None:
    series = berlin(1, 10, 17, 30, length=30)
    edge = datetime(2026, 10, 8, 15, 30, tzinfo=UTC)  # 17:30 in Berlin on the 8th
    found = expand(series, parse_rrule("FREQ=WEEKLY"), window_start=edge, window_end=edge)
    assert found == []
    found = expand(
        series,
        parse_rrule("FREQ=WEEKLY"),
        window_start=edge,
        window_end=edge + timedelta(seconds=1),
    )
    assert [x.start for x in found] == [datetime(2026, 10, 8, 17, 30)]


def test_floating_series_in_the_given_local_zone() -> None:
    series = MeetingTime.floating(datetime(2026, 10, 1, 7), datetime(2026, 10, 1, 8))
    found = expand(series, parse_rrule("FREQ=DAILY"), local_zone=TOKYO, **window(3))
    # the UTC window is 09:00 on 1 October to 09:00 on 4 October in Tokyo
    assert [x.start.day for x in found] == [2, 3, 4]
    assert found[0].start_utc(TOKYO) == datetime(2026, 10, 1, 22, tzinfo=UTC)


def test_all_day_series_with_a_skipped_day() -> None:
    series = MeetingTime.all_day(date(2026, 10, 1))
    found = expand(
        series,
        parse_rrule("FREQ=WEEKLY;COUNT=4"),
        exdates=[date(2026, 10, 15)],
        local_zone=ZoneInfo("UTC"),
        **window(),
    )
    assert [x.start for x in found] == [date(2026, 10, 1), date(2026, 10, 8), date(2026, 10, 22)]
    assert all(x.end - x.start == timedelta(days=1) for x in found)


# --- hand-computed series (RFC 5545 parts Google and Outlook send) ----------------------------


def _timed(zone: str, start: datetime, minutes: int = 60) -> MeetingTime:
    return MeetingTime.timed(start, start + timedelta(minutes=minutes), zone)


def _utc_starts(series: MeetingTime, rule: str, *, days: int = 400, **kwargs) -> list[datetime]:
    begin = datetime.combine(series.start, datetime.min.time()).replace(tzinfo=UTC)
    found = expand(
        series,
        rule,
        window_start=begin - timedelta(days=1),
        window_end=begin + timedelta(days=days),
        **kwargs,
    )
    return [x.start_utc() for x in found]


def _utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def test_weekly_across_the_eu_and_us_spring_changes() -> None:
    berlin = _utc_starts(_timed(BERLIN, datetime(2027, 3, 22, 9)), "FREQ=WEEKLY;COUNT=2")
    assert berlin == [_utc(2027, 3, 22, 8), _utc(2027, 3, 29, 7)]  # CET, then CEST
    york = _utc_starts(_timed("America/New_York", datetime(2027, 3, 8, 9)), "FREQ=WEEKLY;COUNT=2")
    assert york == [_utc(2027, 3, 8, 14), _utc(2027, 3, 15, 13)]  # EST, then EDT (14 March)


def test_every_two_weeks_and_monthly_by_weekday() -> None:
    tuesday = _timed(BERLIN, datetime(2027, 1, 5, 18))
    found = expand(tuesday, "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=4", **_around(tuesday))
    assert [x.start.date() for x in found] == [
        date(2027, 1, 5),
        date(2027, 1, 19),
        date(2027, 2, 2),
        date(2027, 2, 16),
    ]
    second = _timed(BERLIN, datetime(2027, 1, 12, 18))
    found = expand(second, "FREQ=MONTHLY;BYDAY=2TU;COUNT=4", **_around(second))
    assert [x.start.date() for x in found] == [
        date(2027, 1, 12),
        date(2027, 2, 9),
        date(2027, 3, 9),
        date(2027, 4, 13),
    ]
    assert {x.start.hour for x in found} == {18}


def _around(series: MeetingTime, days: int = 400) -> dict[str, datetime]:
    begin = datetime.combine(series.start, datetime.min.time()).replace(tzinfo=UTC)
    return {"window_start": begin - timedelta(days=1), "window_end": begin + timedelta(days=days)}


def test_last_weekday_of_the_month_with_bysetpos() -> None:
    series = _timed(BERLIN, datetime(2027, 1, 29, 16))
    rule = "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=5"
    found = expand(series, rule, **_around(series))
    assert [x.start.date() for x in found] == [
        date(2027, 1, 29),
        date(2027, 2, 26),
        date(2027, 3, 31),
        date(2027, 4, 30),
        date(2027, 5, 31),
    ]


@pytest.mark.parametrize(
    ("wkst", "days"), [("MO", [5, 10, 19, 24]), ("SU", [5, 17, 19, 31])], ids=["MO", "SU"]
)
def test_wkst_changes_which_weeks_an_interval_skips(wkst: str, days: list[int]) -> None:
    # RFC 5545's own example: DTSTART 1997-08-05 (a Tuesday) 09:00 New York
    series = _timed("America/New_York", datetime(1997, 8, 5, 9))
    rule = f"FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST={wkst}"
    found = expand(series, rule, **_around(series))
    assert [x.start for x in found] == [datetime(1997, 8, day, 9) for day in days]


def test_bymonth_last_sundays_keep_the_wall_time_on_dst_days() -> None:
    series = _timed(BERLIN, datetime(2027, 3, 28, 10))
    found = expand(series, "FREQ=YEARLY;BYMONTH=3,10;BYDAY=-1SU;COUNT=4", **_around(series, 800))
    assert [x.start for x in found] == [
        datetime(2027, 3, 28, 10),
        datetime(2027, 10, 31, 10),
        datetime(2028, 3, 26, 10),
        datetime(2028, 10, 29, 10),
    ]
    assert [x.start_utc().hour for x in found] == [8, 9, 8, 9]


@pytest.mark.parametrize(
    ("until", "last_day"),
    [
        ("20270106T050000Z", 6),  # 14:00 in Tokyo on the 6th: after that day's 09:00
        ("20270106T000000Z", 6),  # 09:00 in Tokyo on the 6th, to the second
        ("20270105T235959Z", 5),
        ("20270106T090000", 6),  # floating: read as Tokyo wall time
        ("20270106T085959", 5),
        ("20270106", 6),  # a date: the whole day
    ],
)
def test_until_in_utc_is_an_instant_and_local_until_a_wall_time(until: str, last_day: int) -> None:
    series = _timed("Asia/Tokyo", datetime(2027, 1, 4, 9))
    found = expand(series, f"FREQ=DAILY;UNTIL={until}", **_around(series, 30))
    assert found[-1].start == datetime(2027, 1, last_day, 9)
    assert found[0].start == datetime(2027, 1, 4, 9)


def test_count_still_counts_excluded_dates() -> None:
    series = _timed(BERLIN, datetime(2027, 1, 4, 9))
    found = expand(
        series, "FREQ=WEEKLY;COUNT=4", exdates=["2027-01-11T09:00:00"], **_around(series)
    )
    assert [x.start.day for x in found] == [4, 18, 25]


def test_rdates_with_and_without_a_period() -> None:
    series = _timed(BERLIN, datetime(2027, 1, 4, 9), minutes=45)
    found = expand(
        series,
        "FREQ=WEEKLY;COUNT=2",
        rdates=[
            "2027-01-06T14:00:00",
            "2027-01-08T10:00:00/2027-01-08T12:30:00",
            date(2027, 1, 20),
        ],
        exdates=[datetime(2027, 1, 6, 14)],  # EXDATE removes an RDATE too
        **_around(series),
    )
    assert [(x.start, x.duration) for x in found] == [
        (datetime(2027, 1, 4, 9), timedelta(minutes=45)),
        (datetime(2027, 1, 8, 10), timedelta(hours=2, minutes=30)),
        (datetime(2027, 1, 11, 9), timedelta(minutes=45)),
        (datetime(2027, 1, 20, 9), timedelta(minutes=45)),  # a date takes the series' time
    ]


def test_an_rdate_period_on_a_rule_occurrence_gives_it_its_length() -> None:
    series = _timed(BERLIN, datetime(2027, 1, 4, 9))
    found = expand(
        series,
        "FREQ=WEEKLY;COUNT=2",
        rdates=["2027-01-11T09:00:00/2027-01-11T09:15:00"],
        **_around(series),
    )
    assert [x.duration for x in found] == [timedelta(hours=1), timedelta(minutes=15)]


def test_all_day_monthly_series_with_an_rdate() -> None:
    series = MeetingTime.all_day(date(2027, 1, 1), date(2027, 1, 3))
    found = expand(
        series,
        "FREQ=MONTHLY;BYMONTHDAY=1;UNTIL=20270301",
        rdates=["2027-02-14"],
        local_zone=ZoneInfo("UTC"),
        **_around(series),
    )
    assert [(x.start, x.end) for x in found] == [
        (date(2027, 1, 1), date(2027, 1, 3)),
        (date(2027, 2, 1), date(2027, 2, 3)),
        (date(2027, 2, 14), date(2027, 2, 16)),
        (date(2027, 3, 1), date(2027, 3, 3)),
    ]


def test_floating_series_across_dst_keeps_its_wall_time_in_any_zone() -> None:
    series = MeetingTime.floating(datetime(2027, 3, 26, 8), datetime(2027, 3, 26, 9))
    sydney = ZoneInfo("Australia/Sydney")
    found = expand(series, "FREQ=DAILY;COUNT=4", local_zone=ZoneInfo(BERLIN), **_around(series))
    assert [x.start for x in found] == [datetime(2027, 3, d, 8) for d in (26, 27, 28, 29)]
    assert [x.start_utc(ZoneInfo(BERLIN)).hour for x in found] == [7, 7, 6, 6]
    later = expand(series, "FREQ=DAILY;COUNT=4", local_zone=sydney, **_around(series))
    assert [x.start for x in later] == [x.start for x in found]


def test_spring_forward_gap_takes_the_offset_before_the_gap() -> None:
    # 2027-03-28 02:30 does not exist in Berlin; RFC 5545 reads it with +01:00 (= 03:30 CEST)
    series = _timed(BERLIN, datetime(2027, 3, 27, 2, 30), minutes=30)
    found = expand(series, "FREQ=DAILY;COUNT=3", **_around(series, 5))
    assert [x.start.day for x in found] == [27, 28, 29]
    assert [x.start_utc() for x in found] == [
        _utc(2027, 3, 27, 1, 30),
        _utc(2027, 3, 28, 1, 30),
        _utc(2027, 3, 29, 0, 30),
    ]


def test_a_dense_rule_hits_the_limit_instead_of_hanging() -> None:
    series = _timed(BERLIN, datetime(2027, 1, 4, 9))
    with pytest.raises(RecurrenceLimitError):
        expand(series, "FREQ=SECONDLY", limit=1000, **_around(series, 30))


def test_a_malformed_rule_names_its_bad_part() -> None:
    with pytest.raises(ValueError, match="BYSETPOS"):
        expand(berlin(1, 10, 9), "FREQ=MONTHLY;BYSETPOS=1", **window())


def test_shared_wall_helpers():
    from datetime import date as _date
    from datetime import datetime as _datetime
    from datetime import timedelta as _timedelta

    from mentordesk.core.meeting_time import as_datetime, local_instant, shifted_wall

    assert as_datetime(_date(2026, 3, 1)) == _datetime(2026, 3, 1)
    assert shifted_wall(_date(2026, 3, 1), _timedelta(days=2, hours=5)) == _date(2026, 3, 3)
    assert shifted_wall(_datetime(2026, 3, 1, 9), _timedelta(hours=2)) == _datetime(2026, 3, 1, 11)
    noon = local_instant(_date(2026, 3, 1), 12 * 60)
    assert noon.tzinfo is not None
    assert noon.astimezone().replace(tzinfo=None) == _datetime(2026, 3, 1, 12)
