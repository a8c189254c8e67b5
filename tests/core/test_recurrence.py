"""Tests for RRULE parsing, formatting, description and wall-time expansion."""

from __future__ import annotations

import importlib
import sys
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mentordesk.core.recurrence import (
    FREQS,
    RecurrenceLimitError,
    RecurrencePreset,
    RecurrenceRule,
    describe_rule,
    format_rrule,
    occurrences,
    parse_rrule,
    preset_of,
    preset_rule,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


def floating(rule: RecurrenceRule, start: datetime, **kwargs: object) -> list[datetime]:
    """Expand a floating (naive) rule over 2020-2040 unless a window is given."""
    kwargs.setdefault("window_start", datetime(2020, 1, 1))
    kwargs.setdefault("window_end", datetime(2040, 1, 1))
    return occurrences(start=start, rule=rule, zone=None, **kwargs)


def zoned(rule: RecurrenceRule, start: datetime, zone: str, **kwargs: object) -> list[datetime]:
    """Expand a zoned rule over 2020-2040 (UTC window) unless a window is given."""
    kwargs.setdefault("window_start", datetime(2020, 1, 1, tzinfo=UTC))
    kwargs.setdefault("window_end", datetime(2040, 1, 1, tzinfo=UTC))
    return occurrences(start=start, rule=rule, zone=zone, **kwargs)


# --- parse and format ---------------------------------------------------------------------


def test_parse_weekly_rule_with_prefix() -> None:
    rule = parse_rrule("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TH,MO;COUNT=10")
    assert rule == RecurrenceRule(freq="WEEKLY", interval=2, count=10, by_day=(0, 3))
    assert format_rrule(rule) == "FREQ=WEEKLY;INTERVAL=2;COUNT=10;BYDAY=MO,TH"


def test_parse_until_forms() -> None:
    utc = parse_rrule("FREQ=DAILY;UNTIL=20261231T235959Z").until
    assert utc == datetime(2026, 12, 31, 23, 59, 59, tzinfo=UTC)
    assert utc.utcoffset() == timedelta(0)
    assert parse_rrule("FREQ=DAILY;UNTIL=20261231").until == date(2026, 12, 31)
    floating_until = parse_rrule("FREQ=DAILY;UNTIL=20261231T090000").until
    assert floating_until == datetime(2026, 12, 31, 9) and floating_until.tzinfo is None


def test_parse_monthly_ordinals_and_month_days() -> None:
    rule = parse_rrule("freq=monthly;byday=-1FR,1MO;bymonthday=-1,15;wkst=MO")
    assert rule.by_set_day == ((-1, 4), (1, 0))
    assert rule.by_month_day == (-1, 15)
    assert format_rrule(rule) == "FREQ=MONTHLY;BYDAY=-1FR,1MO;BYMONTHDAY=-1,15"


def test_aware_until_is_kept_in_utc() -> None:
    rule = RecurrenceRule(freq="DAILY", until=datetime(2026, 7, 1, 9, tzinfo=BERLIN))
    assert format_rrule(rule) == "FREQ=DAILY;UNTIL=20260701T070000Z"


@st.composite
def valid_rules(draw: st.DrawFn) -> RecurrenceRule:
    """Any rule RFC 5545 allows, with UNTIL to the second."""
    freq = draw(st.sampled_from(FREQS))
    days = st.lists(st.integers(0, 6), max_size=7)
    month_days = st.lists(st.integers(1, 31) | st.integers(-31, -1), max_size=4)
    ordinals = st.tuples(st.integers(1, 5) | st.integers(-5, -1), st.integers(0, 6))
    small = st.lists(st.integers(1, 12), max_size=3)
    bounds = {"min_value": datetime(1900, 1, 1), "max_value": datetime(2200, 1, 1)}
    until = st.one_of(
        st.dates(),
        st.datetimes(**bounds),
        st.datetimes(**bounds, timezones=st.sampled_from([UTC, BERLIN, NEW_YORK])),
    ).map(lambda value: value.replace(microsecond=0) if isinstance(value, datetime) else value)
    end = draw(st.sampled_from(["none", "count", "until"]))
    by_day = tuple(draw(days))
    return RecurrenceRule(
        freq=freq,
        interval=draw(st.integers(1, 60)),
        count=draw(st.integers(1, 500)) if end == "count" else None,
        until=draw(until) if end == "until" else None,
        by_day=by_day,
        by_month_day=tuple(draw(month_days)) if freq != "WEEKLY" else (),
        by_set_day=tuple(draw(st.lists(ordinals, max_size=3))) if freq == "MONTHLY" else (),
        by_month=tuple(draw(small)),
        by_hour=tuple(draw(st.lists(st.integers(0, 23), max_size=2))),
        by_set_pos=tuple(draw(st.lists(st.integers(-3, 3).filter(bool), max_size=2)))
        if by_day
        else (),
        wkst=draw(st.integers(0, 6)),
    )


@given(valid_rules())
def test_format_parse_round_trip(rule: RecurrenceRule) -> None:
    text = format_rrule(rule)
    assert parse_rrule(text) == rule
    assert parse_rrule("RRULE:" + text) == rule
    assert format_rrule(parse_rrule(text)) == text


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("", "FREQ"),
        ("INTERVAL=2", "FREQ"),
        ("FREQ=FORTNIGHTLY", "FREQ"),
        ("FREQ=MONTHLY;BYSETPOS=1", "BYSETPOS"),
        ("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=0", "BYSETPOS"),
        ("FREQ=YEARLY;BYMONTH=13", "BYMONTH"),
        ("FREQ=YEARLY;BYMONTH=", "BYMONTH"),
        ("FREQ=WEEKLY;WKST=XX", "WKST"),
        ("FREQ=DAILY;BYHOUR=24", "BYHOUR"),
        ("FREQ=DAILY;BYMINUTE=60", "BYMINUTE"),
        ("FREQ=DAILY;BYSECOND=61", "BYSECOND"),
        ("FREQ=DAILY;BYYEARDAY=1", "BYYEARDAY"),
        ("FREQ=YEARLY;BYYEARDAY=367", "BYYEARDAY"),
        ("FREQ=MONTHLY;BYWEEKNO=1", "BYWEEKNO"),
        ("FREQ=YEARLY;BYWEEKNO=54", "BYWEEKNO"),
        ("FREQ=YEARLY;BYWEEKNO=1;BYDAY=1MO", "BYWEEKNO"),
        ("FREQ=YEARLY;BYDAY=54MO", "BYDAY"),
        ("FREQ=MONTHLY;BYDAY=0MO", "BYDAY"),
        ("FREQ=DAILY;RSCALE=GREGORIAN", "RSCALE"),
        ("FREQ=DAILY;COLOR=RED", "COLOR"),
        ("FREQ=DAILY;COUNT=ten", "COUNT"),
        ("FREQ=DAILY;COUNT=0", "COUNT"),
        ("FREQ=DAILY;COUNT=1.5", "COUNT"),
        ("FREQ=DAILY;INTERVAL=-2", "INTERVAL"),
        ("FREQ=DAILY;COUNT=3;UNTIL=20261231", "COUNT and UNTIL"),
        ("FREQ=DAILY;UNTIL=2026-12-31", "UNTIL"),
        ("FREQ=DAILY;UNTIL=20261331", "UNTIL"),
        ("FREQ=DAILY;UNTIL=202611", "UNTIL"),
        ("FREQ=WEEKLY;BYDAY=MO,XX", "BYDAY"),
        ("FREQ=WEEKLY;BYDAY=1MO", "BYDAY"),
        ("FREQ=MONTHLY;BYDAY=6MO", "BYDAY"),
        ("FREQ=MONTHLY;BYMONTHDAY=32", "BYMONTHDAY"),
        ("FREQ=MONTHLY;BYMONTHDAY=0", "BYMONTHDAY"),
        ("FREQ=MONTHLY;BYMONTHDAY=first", "BYMONTHDAY"),
        ("FREQ=WEEKLY;BYMONTHDAY=1", "BYMONTHDAY"),
        ("FREQ=DAILY;FREQ=WEEKLY", "FREQ"),
        ("FREQ=DAILY;COUNT", "COUNT"),
    ],
)
def test_parse_rejects_bad_input_naming_the_part(text: str, named: str) -> None:
    with pytest.raises(ValueError, match=named):
        parse_rrule(text)


@pytest.mark.parametrize(
    ("fields", "named"),
    [
        ({"freq": "weekly"}, "FREQ"),
        ({"freq": "DAILY", "interval": 0}, "INTERVAL"),
        ({"freq": "DAILY", "interval": True}, "INTERVAL"),
        ({"freq": "DAILY", "by_day": (7,)}, "BYDAY"),
        ({"freq": "DAILY", "until": "2026-12-31"}, "UNTIL"),
    ],
)
def test_rule_constructor_validates(fields: dict[str, object], named: str) -> None:
    with pytest.raises(ValueError, match=named):
        RecurrenceRule(**fields)


# --- expansion in wall time --------------------------------------------------------------


def test_weekly_berlin_keeps_nine_o_clock_across_both_dst_changes() -> None:
    rule = parse_rrule("FREQ=WEEKLY")
    start = datetime(2026, 3, 16, 9, tzinfo=BERLIN)
    found = zoned(rule, start, "Europe/Berlin", window_end=datetime(2026, 11, 3, tzinfo=UTC))
    assert len(found) == 34
    assert all(moment.hour == 9 and moment.weekday() == 0 for moment in found)
    assert all(moment.tzinfo == BERLIN for moment in found)
    by_day = {moment.date(): moment for moment in found}
    assert by_day[date(2026, 3, 23)].utcoffset() == timedelta(hours=1)
    assert by_day[date(2026, 3, 30)].utcoffset() == timedelta(hours=2)
    assert by_day[date(2026, 3, 23)].astimezone(UTC).hour == 8
    assert by_day[date(2026, 3, 30)].astimezone(UTC).hour == 7
    assert by_day[date(2026, 10, 19)].astimezone(UTC).hour == 7
    assert by_day[date(2026, 10, 26)].astimezone(UTC).hour == 8


def test_weekly_new_york_keeps_wall_time_across_dst() -> None:
    rule = parse_rrule("FREQ=WEEKLY;COUNT=2")
    spring = zoned(rule, datetime(2026, 3, 3, 18, tzinfo=NEW_YORK), "America/New_York")
    assert [m.astimezone(UTC) for m in spring] == [
        datetime(2026, 3, 3, 23, tzinfo=UTC),
        datetime(2026, 3, 10, 22, tzinfo=UTC),
    ]
    autumn = zoned(rule, datetime(2026, 10, 27, 18, tzinfo=NEW_YORK), "America/New_York")
    assert [(m.hour, m.utcoffset()) for m in autumn] == [
        (18, timedelta(hours=-4)),
        (18, timedelta(hours=-5)),
    ]


def test_start_given_in_utc_is_expanded_in_the_planning_zone() -> None:
    start = datetime(2026, 3, 23, 8, tzinfo=UTC)  # 09:00 in Berlin
    found = zoned(parse_rrule("FREQ=WEEKLY;COUNT=2"), start, "Europe/Berlin")
    assert found == [
        datetime(2026, 3, 23, 9, tzinfo=BERLIN),
        datetime(2026, 3, 30, 9, tzinfo=BERLIN),
    ]
    assert found[1] == datetime(2026, 3, 30, 7, tzinfo=UTC)


def test_weekly_on_several_days() -> None:
    found = floating(parse_rrule("FREQ=WEEKLY;BYDAY=MO,TH;COUNT=5"), datetime(2026, 1, 5, 10))
    assert [m.date() for m in found] == [
        date(2026, 1, 5),
        date(2026, 1, 8),
        date(2026, 1, 12),
        date(2026, 1, 15),
        date(2026, 1, 19),
    ]


def test_every_second_week() -> None:
    found = floating(
        parse_rrule("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=6"), datetime(2026, 1, 5)
    )
    assert [m.day for m in found] == [5, 8, 19, 22, 2, 5]
    assert [m.month for m in found] == [1, 1, 1, 1, 2, 2]


def test_start_is_an_occurrence_even_off_rule_and_count_counts_the_rule() -> None:
    # as recurring-ical-events reads it: DTSTART always occurs, COUNT bounds the rule's matches
    found = floating(parse_rrule("FREQ=WEEKLY;BYDAY=TU;COUNT=2"), datetime(2026, 1, 5, 9))
    assert found == [datetime(2026, 1, 5, 9), datetime(2026, 1, 6, 9), datetime(2026, 1, 13, 9)]


def test_count_includes_occurrences_before_the_window() -> None:
    rule = parse_rrule("FREQ=DAILY;COUNT=5")
    start = datetime(2026, 1, 1, 9)
    found = floating(
        rule, start, window_start=datetime(2026, 1, 3), window_end=datetime(2026, 2, 1)
    )
    assert found == [datetime(2026, 1, 3, 9), datetime(2026, 1, 4, 9), datetime(2026, 1, 5, 9)]
    late = floating(rule, start, window_start=datetime(2026, 1, 10))
    assert late == []


def test_window_end_is_exclusive_and_start_inclusive() -> None:
    rule = parse_rrule("FREQ=DAILY")
    found = floating(
        rule,
        datetime(2026, 1, 1, 9),
        window_start=datetime(2026, 1, 2, 9),
        window_end=datetime(2026, 1, 4, 9),
    )
    assert found == [datetime(2026, 1, 2, 9), datetime(2026, 1, 3, 9)]


@pytest.mark.parametrize(
    "until", ["20260105", "20260105T090000", "20260105T080000Z"], ids=["date", "floating", "utc"]
)
def test_until_is_inclusive(until: str) -> None:
    rule = parse_rrule(f"FREQ=DAILY;UNTIL={until}")
    found = zoned(rule, datetime(2026, 1, 1, 9, tzinfo=BERLIN), "Europe/Berlin")
    assert [m.day for m in found] == [1, 2, 3, 4, 5]


def test_utc_until_one_second_early_drops_last() -> None:
    rule = parse_rrule("FREQ=DAILY;UNTIL=20260105T075959Z")
    found = zoned(rule, datetime(2026, 1, 1, 9, tzinfo=BERLIN), "Europe/Berlin")
    assert found[-1] == datetime(2026, 1, 4, 9, tzinfo=BERLIN)


def test_until_on_floating_rule() -> None:
    found = floating(parse_rrule("FREQ=WEEKLY;UNTIL=20260119"), datetime(2026, 1, 5, 18))
    assert found == [datetime(2026, 1, 5, 18), datetime(2026, 1, 12, 18), datetime(2026, 1, 19, 18)]


def test_exdates_match_by_instant_and_still_count() -> None:
    rule = parse_rrule("FREQ=WEEKLY;COUNT=4")
    start = datetime(2026, 3, 23, 9, tzinfo=BERLIN)
    skipped = [
        datetime(2026, 3, 30, 7, tzinfo=UTC),  # 09:00 CEST, given in UTC
        datetime(2026, 4, 6, 9),  # naive: a wall time in the planning zone
    ]
    found = zoned(rule, start, "Europe/Berlin", exdates=skipped)
    assert found == [start, datetime(2026, 4, 13, 9, tzinfo=BERLIN)]


def test_exdate_at_wrong_instant_is_not_removed() -> None:
    rule = parse_rrule("FREQ=WEEKLY;COUNT=2")
    start = datetime(2026, 3, 23, 9, tzinfo=BERLIN)
    naive_utc_mistake = [datetime(2026, 3, 30, 9, tzinfo=UTC)]
    assert len(zoned(rule, start, "Europe/Berlin", exdates=naive_utc_mistake)) == 2


def test_floating_exdates_match_by_equality() -> None:
    rule = parse_rrule("FREQ=DAILY;COUNT=3")
    found = floating(rule, datetime(2026, 1, 1, 9), exdates=[datetime(2026, 1, 2, 9)])
    assert found == [datetime(2026, 1, 1, 9), datetime(2026, 1, 3, 9)]
    with pytest.raises(ValueError, match="exdate"):
        floating(rule, datetime(2026, 1, 1, 9), exdates=[datetime(2026, 1, 2, 9, tzinfo=UTC)])


def test_monthly_on_the_31st_skips_short_months() -> None:
    found = floating(parse_rrule("FREQ=MONTHLY;COUNT=4"), datetime(2026, 1, 31, 17))
    assert [m.date() for m in found] == [
        date(2026, 1, 31),
        date(2026, 3, 31),
        date(2026, 5, 31),
        date(2026, 7, 31),
    ]


def test_monthly_last_day_of_month() -> None:
    found = floating(parse_rrule("FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=3"), datetime(2028, 1, 31))
    assert [m.date() for m in found] == [date(2028, 1, 31), date(2028, 2, 29), date(2028, 3, 31)]


def test_monthly_first_monday_and_last_friday() -> None:
    found = floating(parse_rrule("FREQ=MONTHLY;BYDAY=1MO,-1FR;COUNT=6"), datetime(2026, 1, 5, 12))
    assert [m.date() for m in found] == [
        date(2026, 1, 5),
        date(2026, 1, 30),
        date(2026, 2, 2),
        date(2026, 2, 27),
        date(2026, 3, 2),
        date(2026, 3, 27),
    ]


def test_monthly_friday_the_thirteenth() -> None:
    found = floating(
        parse_rrule("FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13;COUNT=3"), datetime(2026, 2, 13)
    )
    assert [m.date() for m in found] == [date(2026, 2, 13), date(2026, 3, 13), date(2026, 11, 13)]


def test_yearly_on_leap_day_skips_common_years() -> None:
    found = floating(parse_rrule("FREQ=YEARLY;COUNT=3"), datetime(2024, 2, 29))
    assert [m.year for m in found] == [2024, 2028, 2032]


def test_daily_on_weekdays_only() -> None:
    found = floating(parse_rrule("FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;COUNT=6"), datetime(2026, 1, 8))
    assert [m.day for m in found] == [8, 9, 12, 13, 14, 15]


def test_floating_start_gives_naive_results() -> None:
    found = floating(parse_rrule("FREQ=DAILY;INTERVAL=3;COUNT=3"), datetime(2026, 3, 28, 9))
    assert found == [datetime(2026, 3, 28, 9), datetime(2026, 3, 31, 9), datetime(2026, 4, 3, 9)]
    assert all(m.tzinfo is None for m in found)


def test_spring_forward_gap_shifts_forward_by_the_gap() -> None:
    found = zoned(
        parse_rrule("FREQ=DAILY;COUNT=3"),
        datetime(2026, 3, 28, 2, 30, tzinfo=BERLIN),
        "Europe/Berlin",
    )
    assert [(m.day, m.hour, m.minute) for m in found] == [(28, 2, 30), (29, 3, 30), (30, 2, 30)]
    assert found[1].astimezone(UTC) == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)


def test_ambiguous_fall_back_time_takes_the_first() -> None:
    start = datetime(2026, 10, 24, 2, 30, tzinfo=BERLIN)
    found = zoned(parse_rrule("FREQ=DAILY;COUNT=2"), start, "Europe/Berlin")
    assert found[1].astimezone(UTC) == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)


def test_long_running_rule_skips_its_past_cheaply() -> None:
    rule = parse_rrule("FREQ=DAILY")
    found = floating(
        rule,
        datetime(1990, 1, 1, 8),
        window_start=datetime(2026, 6, 1),
        window_end=datetime(2026, 6, 8),
        limit=20,
    )
    assert found == [datetime(2026, 6, day, 8) for day in range(1, 8)]


def test_limit_guards_a_huge_window() -> None:
    with pytest.raises(RecurrenceLimitError, match="100"):
        floating(parse_rrule("FREQ=DAILY"), datetime(2026, 1, 1), limit=100)


@pytest.mark.parametrize(
    "text",
    [
        "FREQ=MONTHLY;INTERVAL=12;BYMONTHDAY=31;COUNT=2",  # only Aprils
        "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30",
        "FREQ=MINUTELY;BYMONTH=4,6;BYMONTHDAY=31",
        "FREQ=DAILY;INTERVAL=7;BYDAY=TU",  # from a Thursday: never a Tuesday
        "FREQ=HOURLY;INTERVAL=24;BYHOUR=5",  # from midnight: never 05:00
        "FREQ=DAILY;BYSECOND=60",
    ],
)
def test_a_rule_that_never_matches_gives_only_its_start(text: str) -> None:
    found = floating(parse_rrule(text), datetime(2026, 4, 30), window_end=datetime(9999, 1, 1))
    assert found == [datetime(2026, 4, 30)]


def test_rule_that_ends_with_the_calendar_stops_quietly() -> None:
    rule = parse_rrule("FREQ=YEARLY;INTERVAL=1000")
    found = floating(rule, datetime(2026, 1, 1), window_end=datetime(9999, 12, 31))
    assert found == [datetime(year, 1, 1) for year in range(2026, 10000, 1000)]


@pytest.mark.parametrize(
    ("zone", "start", "window_start", "message"),
    [
        ("Europe/Berlin", datetime(2026, 1, 1), datetime(2026, 1, 1, tzinfo=UTC), "start"),
        (None, datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 1, 1), "start"),
        (None, datetime(2026, 1, 1), datetime(2026, 1, 1, tzinfo=UTC), "window_start"),
        (
            "Mars/Olympus",
            datetime(2026, 1, 1, tzinfo=UTC),
            datetime(2026, 1, 1, tzinfo=UTC),
            "zone",
        ),
    ],
)
def test_mixed_kinds_and_unknown_zones_are_rejected(
    zone: str | None, start: datetime, window_start: datetime, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        occurrences(
            start=start,
            rule=RecurrenceRule(freq="DAILY"),
            zone=zone,
            window_start=window_start,
            window_end=window_start + timedelta(days=7),
        )


# --- describe -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "described"),
    [
        ("FREQ=WEEKLY;BYDAY=TU", "Every week on Tuesday"),
        ("FREQ=WEEKLY", "Every week on Tuesday"),
        ("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", "Every two weeks on Tuesday"),
        ("FREQ=MONTHLY;BYDAY=2TU", "Every month on the second Tuesday"),
        ("FREQ=MONTHLY;BYDAY=-1FR", "Every month on the last Friday"),
        ("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", "Every month on the last weekday"),
        ("FREQ=MONTHLY;BYDAY=MO,FR;BYSETPOS=1", "Every month on the first Monday or Friday"),
        ("FREQ=WEEKLY;BYDAY=MO,TH", "Every week on Monday and Thursday"),
        ("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "Every week on weekdays"),
        ("FREQ=MONTHLY;BYMONTHDAY=15", "Every month on the 15th"),
        ("FREQ=MONTHLY;BYMONTHDAY=-1,1", "Every month on the 1st and the last day"),
        ("FREQ=MONTHLY", "Every month on the 10th"),
        ("FREQ=YEARLY", "Every year on 10 November"),
        ("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "Every year on the last Sunday in March"),
        ("FREQ=DAILY;COUNT=10", "Every day, 10 times"),
        ("FREQ=YEARLY;BYMONTH=1;COUNT=1", "Every year on the 10th in January, once"),
        (
            "FREQ=WEEKLY;INTERVAL=3;UNTIL=20261231",
            "Every three weeks on Tuesday until 31 December 2026",
        ),
        ("FREQ=MONTHLY;INTERVAL=12;BYDAY=-2FR", "Every 12 months on the second-to-last Friday"),
        ("FREQ=HOURLY;BYMINUTE=5", "Custom rule: FREQ=HOURLY;BYMINUTE=5"),
        ("FREQ=YEARLY;BYWEEKNO=20", "Custom rule: FREQ=YEARLY;BYWEEKNO=20"),
    ],
)
def test_describe_rule(text: str, described: str) -> None:
    assert describe_rule(text, date(2026, 11, 10)) == described


def test_describe_without_a_start_leaves_the_day_out() -> None:
    assert describe_rule(parse_rrule("FREQ=WEEKLY;INTERVAL=2")) == "Every two weeks"


# --- presets ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("preset", "start", "text"),
    [
        (RecurrencePreset.NONE, date(2026, 11, 10), ""),
        (RecurrencePreset.WEEKLY, date(2026, 11, 10), "FREQ=WEEKLY;BYDAY=TU"),
        (RecurrencePreset.EVERY_TWO_WEEKS, date(2026, 11, 13), "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR"),
        (RecurrencePreset.MONTHLY_BY_WEEKDAY, date(2026, 11, 10), "FREQ=MONTHLY;BYDAY=2TU"),
        (RecurrencePreset.MONTHLY_BY_WEEKDAY, date(2026, 10, 30), "FREQ=MONTHLY;BYDAY=-1FR"),
        (RecurrencePreset.MONTHLY_BY_WEEKDAY, date(2026, 11, 27), "FREQ=MONTHLY;BYDAY=4FR"),
    ],
)
def test_preset_rules_and_back(preset: RecurrencePreset, start: date, text: str) -> None:
    assert preset_rule(preset, start) == text
    assert preset_of(text, start) is preset


def test_preset_of_reads_equivalent_rules() -> None:
    friday = date(2026, 11, 27)  # the 4th and also the last Friday of November
    assert preset_of("FREQ=MONTHLY;BYDAY=-1FR", friday) is RecurrencePreset.MONTHLY_BY_WEEKDAY
    assert preset_of("RRULE:FREQ=WEEKLY", friday) is RecurrencePreset.WEEKLY
    assert preset_of("FREQ=WEEKLY;INTERVAL=2;UNTIL=20270101", friday) is (
        RecurrencePreset.EVERY_TWO_WEEKS
    )
    assert preset_of("FREQ=WEEKLY;BYDAY=MO", friday) is RecurrencePreset.CUSTOM
    assert preset_of("FREQ=MONTHLY;BYDAY=3FR", friday) is RecurrencePreset.CUSTOM
    assert preset_of("FREQ=DAILY", friday) is RecurrencePreset.CUSTOM
    with pytest.raises(ValueError, match="custom"):
        preset_rule(RecurrencePreset.CUSTOM, friday)


def test_preset_rules_expand_as_named() -> None:
    start = datetime(2026, 10, 30, 9)  # the last Friday of October
    text = preset_rule(RecurrencePreset.MONTHLY_BY_WEEKDAY, start.date())
    found = floating(parse_rrule(text + ";COUNT=3"), start)
    assert [m.date() for m in found] == [date(2026, 10, 30), date(2026, 11, 27), date(2026, 12, 25)]


# --- layering -------------------------------------------------------------------------------


def test_module_imports_without_qt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "PySide6", None)
    monkeypatch.delitem(sys.modules, "mentordesk.core.recurrence", raising=False)
    module = importlib.import_module("mentordesk.core.recurrence")
    assert module.parse_rrule("FREQ=DAILY").freq == "DAILY"
    with pytest.raises(ImportError):
        importlib.import_module("PySide6")


@pytest.mark.parametrize(
    "text",
    [
        "FREQ=MONTHLY;BYDAY=2SU;BYMONTHDAY=1",  # the 2nd Sunday is the 8th to the 14th
        "FREQ=MONTHLY;INTERVAL=3;BYDAY=MO,TU;BYMONTHDAY=10;BYSETPOS=2",  # one candidate a month
        "FREQ=YEARLY;BYWEEKNO=1;BYMONTH=6",
        "FREQ=WEEKLY;BYDAY=MO;BYSETPOS=2",
    ],
)
def test_rules_that_can_never_match_give_only_their_start(text: str) -> None:
    # dateutil alone would search every period up to the year 9999 for these
    start = datetime(2026, 11, 30, 9)
    found = floating(parse_rrule(text), start, window_end=datetime(2030, 1, 1))
    assert found == [start]
