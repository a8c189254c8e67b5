"""list_occurrences: RDATE, EXDATE, overrides (moved, cancelled, held), contact filter, queries."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from playhouse.test_utils import count_queries

from mentordesk.core.meeting_time import MeetingTime
from mentordesk.db import models as m
from mentordesk.services.calendar.occurrences import _near, list_occurrences
from mentordesk.services.contacts.records import add_contact

BERLIN = "Europe/Berlin"
MARCH = {
    "window_start": datetime(2027, 3, 1, tzinfo=UTC),
    "window_end": datetime(2027, 4, 1, tzinfo=UTC),
}
NOW = datetime(2027, 3, 10, tzinfo=UTC)


def _meeting(title: str, start: datetime, *, minutes: int = 60, **fields) -> m.MeetingRecord:
    """A timed meeting in Berlin, saved."""
    record = m.MeetingRecord(title=title, **fields)
    record.when = MeetingTime.timed(start, start + timedelta(minutes=minutes), BERLIN)
    record.save()
    return record


def _series(**fields) -> m.MeetingRecord:
    """Weekly on Mondays at 09:00 Berlin from 1 March 2027."""
    fields.setdefault("rrule", "FREQ=WEEKLY;BYDAY=MO")
    return _meeting("Weekly", datetime(2027, 3, 1, 9), **fields)


def _override(series: m.MeetingRecord, original: str, start: datetime, **fields):
    """An override of the series occurrence at wall text `original`."""
    return _meeting("Weekly", start, recurrence_of=series, recurrence_id=original, **fields)


def _starts(rows) -> list[str]:
    return [r.time.start.strftime("%m-%d %H:%M") for r in rows]


def test_rdates_add_occurrences_and_a_period_keeps_its_own_length(database):
    _series(
        rrule="FREQ=WEEKLY;BYDAY=MO;COUNT=2",
        rdates=["2027-03-17T15:00:00", "2027-03-24T10:00:00/2027-03-24T10:30:00"],
    )
    rows = list_occurrences(**MARCH, now=NOW)
    assert _starts(rows) == ["03-01 09:00", "03-08 09:00", "03-17 15:00", "03-24 10:00"]
    assert [r.time.duration for r in rows] == [timedelta(hours=1)] * 3 + [timedelta(minutes=30)]
    assert all(r.series_id == rows[0].meeting_id for r in rows)
    assert rows[2].recurrence_id == "2027-03-17T15:00:00"


def test_exdate_removes_and_a_cancelled_override_is_kept_as_cancelled(database):
    series = _series(exdates=["2027-03-08T09:00:00"])
    _override(series, "2027-03-15T09:00:00", datetime(2027, 3, 15, 9), status="cancelled")
    rows = list_occurrences(**MARCH, now=NOW)
    assert _starts(rows) == ["03-01 09:00", "03-15 09:00", "03-22 09:00", "03-29 09:00"]
    assert [r.status for r in rows] == ["held", "cancelled", "planned", "planned"]
    assert [r.moved for r in rows] == [False] * 4


def test_a_moved_override_replaces_its_original_even_outside_the_window(database):
    series = _series()
    moved = _override(series, "2027-03-08T09:00:00", datetime(2027, 3, 9, 14))
    _override(series, "2027-03-29T09:00:00", datetime(2027, 4, 2, 9))  # moved out of March
    rows = list_occurrences(**MARCH, now=NOW)
    assert _starts(rows) == ["03-01 09:00", "03-09 14:00", "03-15 09:00", "03-22 09:00"]
    row = rows[1]
    assert (row.meeting_id, row.series_id, row.recurrence_id) == (
        moved.id,
        series.id,
        "2027-03-08T09:00:00",
    )
    assert row.moved and row.status == "held"
    assert not any(r.moved for r in rows if r is not row)


def test_an_override_at_the_same_time_is_not_moved_and_keeps_held(database):
    series = _series()
    _override(series, "2027-03-22T09:00:00", datetime(2027, 3, 22, 9), status="held")
    rows = list_occurrences(**MARCH, now=NOW)
    fourth = [r for r in rows if r.recurrence_id == "2027-03-22T09:00:00"]
    assert len(fourth) == 1 and not fourth[0].moved and fourth[0].status == "held"


def test_contact_filter_uses_the_series_attendees_for_overrides(database):
    priya, jordan = add_contact(name="Priya"), add_contact(name="Jordan")
    series = _series()
    m.MeetingAttendeeRecord.create(meeting=series, contact=priya)
    _override(series, "2027-03-08T09:00:00", datetime(2027, 3, 9, 9))
    other = _meeting("Lunch", datetime(2027, 3, 3, 12))
    m.MeetingAttendeeRecord.create(meeting=other, contact=jordan)
    mine = list_occurrences(**MARCH, now=NOW, contact_id=priya)
    assert _starts(mine) == [
        "03-01 09:00",
        "03-09 09:00",
        "03-15 09:00",
        "03-22 09:00",
        "03-29 09:00",
    ]
    assert all(r.attendees == "Priya" for r in mine)
    assert _starts(list_occurrences(**MARCH, now=NOW, contact_id=jordan)) == ["03-03 12:00"]


def test_all_day_series_with_an_all_day_rdate(database):
    record = m.MeetingRecord(title="Offsite", rrule="FREQ=MONTHLY;BYDAY=1FR;COUNT=2")
    record.rdates = ["2027-03-20"]
    record.when = MeetingTime.all_day(date(2027, 2, 5))
    record.save()
    rows = list_occurrences(**MARCH, now=NOW)
    assert [r.time.start for r in rows] == [date(2027, 3, 5), date(2027, 3, 20)]


def test_far_away_meetings_are_not_loaded(database):
    """The window query leaves out one-offs and overrides far from it (two queries in all)."""
    series = _series()
    _meeting("Ended", datetime(2020, 1, 6, 9), rrule="freq=weekly;until=20261231T000000Z")
    _meeting("Ended, with an RDATE", datetime(2020, 1, 6, 9), rrule="FREQ=WEEKLY;UNTIL=20200301",
             rdates=["2027-03-17T10:00:00"])  # fmt: skip
    for year in range(2000, 2020):
        _meeting("Old", datetime(year, 3, 3, 12))
        _override(series, f"{year}-03-08T09:00:00", datetime(year, 3, 9, 9))
    with count_queries() as counter:
        rows = list_occurrences(**MARCH, now=NOW)
    assert len(counter.get_queries()) == 2
    assert {r.title for r in rows} == {"Weekly", "Ended, with an RDATE"}
    loaded = [x.title for x in m.MeetingRecord.select().where(_near(**MARCH))]
    assert loaded == ["Weekly", "Ended, with an RDATE"]
