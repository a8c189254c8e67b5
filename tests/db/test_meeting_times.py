"""Derived UTC columns: recorded basis, and recomputed from wall times when tzdata or our zone change."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
import zoneinfo
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

import pytest

from mentordesk.core.meeting_time import MeetingTime
from mentordesk.db import meeting_times
from mentordesk.db import models as m
from mentordesk.db.database import close_database, open_database
from mentordesk.db.meeting_times import LOCAL_ZONE_KEY, TZDATA_KEY, derived_times_basis

TEN_IN_BERLIN = MeetingTime.timed(
    datetime(2027, 7, 1, 10), datetime(2027, 7, 1, 11), "Europe/Berlin"
)


def _reopen(workspace) -> None:
    close_database()
    open_database(workspace.database, safety_dir=workspace.safety_dir)


def _meta() -> dict[str, str]:
    return dict(m.MetaRecord.select(m.MetaRecord.key, m.MetaRecord.value).tuples())


def _tzif(name: str) -> Path | None:
    """A compiled zone file from the system or the tzdata package."""
    for folder in zoneinfo.TZPATH:
        if (Path(folder) / name).is_file():
            return Path(folder) / name
    try:
        found = resources.files("tzdata.zoneinfo").joinpath(name)
    except ModuleNotFoundError:
        return None
    return Path(str(found)) if found.is_file() else None


@pytest.fixture
def fake_rules(tmp_path) -> Path:
    """A tz folder where Europe/Berlin follows Tokyo's rules, under a newer version number."""
    tokyo = _tzif("Asia/Tokyo")
    if tokyo is None:
        pytest.skip("no compiled zone files to copy")
    folder = tmp_path / "zoneinfo"
    (folder / "Europe").mkdir(parents=True)
    shutil.copyfile(tokyo, folder / "Europe" / "Berlin")
    (folder / "tzdata.zi").write_text("# version 2099z\n", encoding="utf-8")
    return folder


def test_a_new_database_records_what_its_derived_columns_use(database):
    assert _meta() == derived_times_basis()
    assert _meta()[TZDATA_KEY] and _meta()[LOCAL_ZONE_KEY]


def test_tzdata_version_falls_back_to_unknown(monkeypatch):
    monkeypatch.setattr(meeting_times, "_package_tzdata", lambda: "")
    monkeypatch.setattr(zoneinfo, "TZPATH", ())
    assert meeting_times.tzdata_version() == "unknown"


def test_nothing_is_recomputed_while_the_basis_is_unchanged(database, workspace):
    meeting = m.MeetingRecord.create(uid="u", title="Plan", when=TEN_IN_BERLIN)
    m.MeetingRecord.update(starts_at=datetime(2000, 1, 1, tzinfo=UTC)).execute()
    _reopen(workspace)
    assert m.MeetingRecord.get_by_id(meeting.id).starts_at.year == 2000


def test_a_tzdata_change_recomputes_derived_columns_from_the_wall_time(database, workspace):
    meeting = m.MeetingRecord.create(uid="u", title="Plan", when=TEN_IN_BERLIN)
    close_database()
    with sqlite3.connect(workspace.database) as raw:
        raw.execute("UPDATE meta_record SET value = 'tzdata 1999a' WHERE key = ?", (TZDATA_KEY,))
        raw.execute("UPDATE meeting_record SET starts_at = '2000-01-01T00:00:00+00:00'")
    open_database(workspace.database, safety_dir=workspace.safety_dir)
    again = m.MeetingRecord.get_by_id(meeting.id)
    assert again.starts_at == datetime(2027, 7, 1, 8, tzinfo=UTC)
    assert again.start_wall == "2027-07-01T10:00:00"
    assert _meta() == derived_times_basis()


OPEN_WITH_NEW_RULES = """
import sys
from mentordesk.db.database import close_database, open_database
open_database(__import__("pathlib").Path(sys.argv[1]))
close_database()
"""


def test_future_meeting_keeps_its_wall_time_when_the_zone_rules_change(
    database, workspace, fake_rules
):
    meeting = m.MeetingRecord.create(uid="u", title="Plan", when=TEN_IN_BERLIN)
    assert meeting.starts_at == datetime(2027, 7, 1, 8, tzinfo=UTC)
    close_database()
    # another process, as after a tzdata update: there Berlin keeps Tokyo time
    env = {**os.environ, "PYTHONTZPATH": str(fake_rules)}
    command = [sys.executable, "-c", OPEN_WITH_NEW_RULES, str(workspace.database)]
    subprocess.run(command, env=env, check=True, timeout=60)
    with sqlite3.connect(workspace.database) as raw:
        row = raw.execute("SELECT start_wall, timezone, starts_at FROM meeting_record").fetchone()
        version = raw.execute("SELECT value FROM meta_record WHERE key = ?", (TZDATA_KEY,))
        assert "2099z" in version.fetchone()[0]
    assert row == ("2027-07-01T10:00:00", "Europe/Berlin", "2027-07-01T01:00:00+00:00")
    open_database(workspace.database, safety_dir=workspace.safety_dir)  # our rules again
    assert m.MeetingRecord.get_by_id(meeting.id).starts_at == datetime(2027, 7, 1, 8, tzinfo=UTC)


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="needs time.tzset")
def test_a_new_local_zone_moves_floating_meetings(database, workspace, monkeypatch):
    lunch = MeetingTime.floating(datetime(2027, 1, 5, 12), datetime(2027, 1, 5, 13))
    meeting = m.MeetingRecord.create(uid="u", title="Lunch", when=lunch)
    try:
        monkeypatch.setenv("TZ", "Asia/Tokyo")
        time.tzset()
        _reopen(workspace)
        assert m.MeetingRecord.get_by_id(meeting.id).starts_at == datetime(
            2027, 1, 5, 3, tzinfo=UTC
        )
        assert _meta()[LOCAL_ZONE_KEY] == "Asia/Tokyo"
    finally:
        monkeypatch.undo()
        time.tzset()
