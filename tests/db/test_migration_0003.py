"""Migration 0003: a schema-1 workspace exports the same meetings after it, apart from added fields."""

from __future__ import annotations

import json
import shutil
import time
from datetime import UTC, datetime, timedelta

import pytest
from peewee import SqliteDatabase
from playhouse.migrations import Runner

from mentordesk.core.meeting_time import MeetingTime
from mentordesk.db import database as database_module
from mentordesk.db import models as m
from mentordesk.db.database import PRAGMAS, close_database, db, open_database
from mentordesk.services.calendar.occurrences import list_occurrences
from mentordesk.services.interop.export_json import export_data

ADDED = {"start_wall", "end_wall", "exdate_walls", "recurrence_wall"}
# later migrations' columns (0005: calendar interop)
ADDED |= {"rdates", "organizer", "guests", "ical_extra"}
STAMP = "2026-09-01T12:00:00+00:00"

# uid, kind, zone, starts_at, ends_at, rrule, exdates, series uid, recurrence_id: as schema 1 kept them
MEETINGS = [
    ("berlin", "timed", "Europe/Berlin", "2027-07-01T08:00:00+00:00", "2027-07-01T09:00:00+00:00", "", [], None, None),
    ("no-zone", "timed", "", "2026-12-01T10:00:00+00:00", "2026-12-01T10:30:00+00:00", "", [], None, None),
    ("holiday", "all_day", "", "2026-12-24T00:00:00+00:00", "2026-12-26T00:00:00+00:00", "", [], None, None),
    ("run", "floating", "Europe/Berlin", "2026-12-05T07:00:00+00:00", "2026-12-05T08:00:00+00:00", "", [], None, None),
    # weekly in Berlin from summer into winter time; 29 October skipped, 5 November moved a day
    ("weekly", "timed", "Europe/Berlin", "2026-09-24T15:30:00+00:00", "2026-09-24T16:00:00+00:00",
     "FREQ=WEEKLY;BYDAY=TH", ["2026-10-29T16:30:00+00:00"], None, None),
    ("weekly-moved", "timed", "Europe/Berlin", "2026-11-06T16:30:00+00:00", "2026-11-06T17:00:00+00:00",
     "", [], "weekly", "2026-11-05T16:30:00+00:00"),
    ("stretch", "floating", "", "2026-11-02T07:00:00+00:00", "2026-11-02T07:15:00+00:00",
     "FREQ=DAILY;COUNT=10", ["2026-11-04T07:00:00+00:00"], None, None),
    ("stretch-moved", "floating", "", "2026-11-05T18:00:00+00:00", "2026-11-05T18:15:00+00:00",
     "", [], "stretch", "2026-11-03T07:00:00+00:00"),
    ("review-day", "all_day", "", "2026-11-02T00:00:00+00:00", "2026-11-03T00:00:00+00:00",
     "FREQ=WEEKLY;COUNT=4", ["2026-11-09T00:00:00+00:00"], None, None),
]  # fmt: skip


def _schema_1_database(tmp_path):
    """A workspace database with only migration 0001 applied, holding MEETINGS."""
    only_first = tmp_path / "migrations"
    only_first.mkdir()
    shutil.copy(database_module.MIGRATIONS_DIR / "0001_initial.py", only_first)
    path = tmp_path / "mentordesk.sqlite3"
    handle = SqliteDatabase(str(path), pragmas=PRAGMAS)
    Runner(handle, directory=str(only_first)).up()
    db.initialize(handle)  # the old-schema file is the workspace for the checks that follow
    db.execute_sql("PRAGMA user_version = 1")
    _insert_meetings()
    return path


def _insert_meetings() -> None:
    """MEETINGS as rows, series before their moved instances, with one attendee."""
    db.execute_sql(
        "INSERT INTO contact_record (uid, name, organisation, role, emails, phones, links, "
        "timezone, photo_url, birthday, tags, notes, met_channel, met_detail, created_at, "
        "updated_at) VALUES ('c1', 'Priya', '', '', '[]', '[]', '[]', 'Europe/Berlin', '', '', "
        "'[]', '', '', '', ?, ?)",
        (STAMP, STAMP),
    )
    ids: dict[str, int] = {}
    for uid, kind, zone, start, end, rrule, exdates, series, rid in MEETINGS:
        cursor = db.execute_sql(
            "INSERT INTO meeting_record (uid, sequence, title, time_kind, starts_at, ends_at, "
            "timezone, rrule, exdates, recurrence_of_id, recurrence_id, location, url, agenda, "
            "notes, status, reminder_minutes, created_at, updated_at) "
            "VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', '', '', '', 'planned', 15, ?, ?)",
            (uid, uid.title(), kind, start, end, zone, rrule, json.dumps(exdates),
             ids.get(series), rid, STAMP, STAMP),
        )  # fmt: skip
        ids[uid] = cursor.lastrowid
    db.execute_sql(
        "INSERT INTO meeting_attendee_record (meeting_id, contact_id, response) "
        "VALUES (?, 1, 'accepted')",
        (ids["weekly"],),
    )


def _schema_1_export() -> list[dict]:
    """The meetings as export-json wrote them before migration 0003."""
    cursor = db.execute_sql("SELECT * FROM meeting_record ORDER BY id")
    names = [c[0] for c in cursor.description]
    rows = [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]
    for row in rows:
        row["exdates"] = json.loads(row["exdates"])
        row.update(_schema_1_times(row))
    return rows


def _schema_1_times(row: dict) -> dict[str, str]:
    """`start`/`end` as schema 1 exported them (its fake-UTC reading of each kind)."""
    start, end = (datetime.fromisoformat(row[k]) for k in ("starts_at", "ends_at"))
    if row["time_kind"] == "all_day":
        return {"start": start.date().isoformat(), "end": end.date().isoformat()}
    if row["time_kind"] == "floating":
        return {
            "start": start.replace(tzinfo=None).isoformat(),
            "end": end.replace(tzinfo=None).isoformat(),
        }
    return {"start": start.isoformat(), "end": end.isoformat()}


@pytest.fixture(params=["UTC", "Asia/Tokyo"])
def local_zone(request, monkeypatch):
    """Run with the computer in another zone: the export must not change with it."""
    if request.param != "UTC" and not hasattr(time, "tzset"):
        pytest.skip("needs time.tzset")
    monkeypatch.setenv("TZ", request.param)
    if hasattr(time, "tzset"):
        time.tzset()
    yield request.param
    monkeypatch.undo()
    if hasattr(time, "tzset"):
        time.tzset()


def test_export_is_unchanged_apart_from_added_fields(tmp_path, local_zone):
    path = _schema_1_database(tmp_path)
    before = _schema_1_export()
    close_database()
    try:
        assert open_database(path) >= 3
        after = export_data()["meetings"]
    finally:
        close_database()
    assert [{k: v for k, v in x.items() if k not in ADDED} for x in after] == before
    walls = {x["uid"]: (x["start_wall"], x["end_wall"]) for x in after}
    assert walls["berlin"] == ("2027-07-01T10:00:00", "2027-07-01T11:00:00")
    assert walls["holiday"] == ("2026-12-24", "2026-12-26")
    assert walls["run"] == ("2026-12-05T07:00:00", "2026-12-05T08:00:00")
    by_uid = {x["uid"]: x for x in after}
    assert by_uid["weekly"]["exdate_walls"] == ["2026-10-29T17:30:00"]
    assert by_uid["weekly-moved"]["recurrence_wall"] == "2026-11-05T17:30:00"
    assert by_uid["review-day"]["exdate_walls"] == ["2026-11-09"]


def test_series_keep_their_exceptions_and_moved_instances(tmp_path, local_zone):
    path = _schema_1_database(tmp_path)
    close_database()
    open_database(path)
    try:
        rows = list_occurrences(
            window_start=datetime(2026, 9, 1, tzinfo=UTC),
            window_end=datetime(2026, 12, 1, tzinfo=UTC),
        )
    finally:
        close_database()
    starts = {
        title: [r.time.start for r in rows if r.title == title] for title in {r.title for r in rows}
    }
    weekly = starts["Weekly"] + starts["Weekly-Moved"]
    assert {w.strftime("%H:%M") for w in weekly} == {"17:30"}
    assert datetime(2026, 10, 29, 17, 30) not in weekly
    assert datetime(2026, 11, 5, 17, 30) not in weekly and datetime(2026, 11, 6, 17, 30) in weekly
    stretch = [s.day for s in starts["Stretch"]] + [s.day for s in starts["Stretch-Moved"]]
    assert sorted(stretch) == [2, 5, 5, 6, 7, 8, 9, 10, 11]  # 3 moved to the 5th, 4 skipped
    assert [s.day for s in starts["Review-Day"]] == [2, 16, 23]


def test_derived_columns_follow_the_wall_times(tmp_path, local_zone):
    path = _schema_1_database(tmp_path)
    close_database()
    open_database(path)
    try:
        for meeting in m.MeetingRecord.select():
            assert (meeting.starts_at, meeting.ends_at) == (
                meeting.when.start_utc(),
                meeting.when.end_utc(),
            )
        run = m.MeetingRecord.get(m.MeetingRecord.uid == "run")
        assert run.when == MeetingTime.floating(
            datetime(2026, 12, 5, 7), datetime(2026, 12, 5, 7) + timedelta(hours=1)
        )
        hour = {"UTC": (5, 7), "Asia/Tokyo": (4, 22)}[local_zone]  # 07:00 where we are
        assert run.starts_at == datetime(2026, 12, *hour, tzinfo=UTC)
    finally:
        close_database()
