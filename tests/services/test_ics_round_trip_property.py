"""Export then import into a fresh workspace keeps every occurrence, across DST in five zones.

Hypothesis draws series (weekly or monthly, in Berlin, New York, Kolkata, Sydney or São
Paulo, at any wall time, DST gaps and folds included) with skipped and moved occurrences.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mentordesk.core.meeting_time import MeetingTime, format_wall
from mentordesk.db import models as m
from mentordesk.db.database import WorkspaceDatabase
from mentordesk.services.calendar.occurrences import list_occurrences
from mentordesk.services.interop.ics.export import export_meetings_ics
from mentordesk.services.interop.ics.importing import apply_ics

ZONES = [
    "Europe/Berlin",
    "America/New_York",
    "Asia/Kolkata",
    "Australia/Sydney",
    "America/Sao_Paulo",
]
WINDOW = (datetime(2025, 12, 1, tzinfo=UTC), datetime(2031, 1, 1, tzinfo=UTC))
DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


@contextmanager
def fresh_workspace(template: Path) -> Iterator[None]:
    """A new workspace (a copy of the migrated template), routed to for the duration."""
    folder = Path(tempfile.mkdtemp(prefix="ics-roundtrip-"))
    shutil.copyfile(template, folder / "mentordesk.sqlite3")
    database = WorkspaceDatabase(folder / "mentordesk.sqlite3")
    try:
        database.open(safety_dir=folder / "safety")
        with database.bound():
            yield
    finally:
        with database.bound():
            database.close()
        shutil.rmtree(folder, ignore_errors=True)


@st.composite
def rules(draw, start: datetime) -> str:
    """A weekly or monthly RRULE ending by COUNT or UNTIL."""
    if draw(st.booleans()):
        days = draw(st.lists(st.sampled_from(DAYS), min_size=1, max_size=3, unique=True))
        rule = f"FREQ=WEEKLY;INTERVAL={draw(st.integers(1, 2))};BYDAY={','.join(days)}"
    else:
        nth = draw(st.sampled_from(["", "1", "2", "-1"]))
        rule = "FREQ=MONTHLY" + (f";BYDAY={nth}{draw(st.sampled_from(DAYS))}" if nth else "")
    if draw(st.booleans()):
        return rule + f";COUNT={draw(st.integers(2, 30))}"
    until = start + timedelta(days=draw(st.integers(40, 900)))
    return rule + f";UNTIL={until:%Y%m%d}T235959Z"


@st.composite
def series(draw) -> dict:
    """One series: zone, wall start, length, rule, skipped and moved occurrence picks."""
    day = draw(st.dates(datetime(2026, 1, 1).date(), datetime(2027, 12, 31).date()))
    start = datetime(
        day.year, day.month, day.day, draw(st.integers(0, 23)), draw(st.sampled_from([0, 30]))
    )
    return {
        "title": f"Series {draw(st.integers(1, 999))}",
        "zone": draw(st.sampled_from(ZONES)),
        "start": start,
        "minutes": draw(st.sampled_from([30, 60, 90, 150])),
        "rule": draw(rules(start)),
        "skips": draw(st.lists(st.integers(1, 25), max_size=3, unique=True)),
        "moves": draw(st.lists(st.tuples(st.integers(1, 25), st.integers(-36, 36)), max_size=2)),
    }


def _occurrences() -> list[tuple[datetime, datetime, str]]:
    rows = list_occurrences(window_start=WINDOW[0], window_end=WINDOW[1])
    return sorted((r.start, r.end, r.title) for r in rows)


def _add_series(spec: dict) -> None:
    """The series, then its EXDATEs and moved instances picked among its occurrences."""
    when = MeetingTime.timed(
        spec["start"], spec["start"] + timedelta(minutes=spec["minutes"]), spec["zone"]
    )
    meeting = m.MeetingRecord(title=spec["title"], rrule=spec["rule"])
    meeting.when = when
    meeting.save()
    walls = [
        r.time
        for r in list_occurrences(window_start=WINDOW[0], window_end=WINDOW[1])
        if r.meeting_id == meeting.id
    ]
    meeting.exdates = sorted({format_wall(walls[i].start) for i in spec["skips"] if i < len(walls)})
    meeting.save()
    taken = set(meeting.exdates)
    for index, hours in spec["moves"]:
        if index >= len(walls) or format_wall(walls[index].start) in taken:
            continue
        taken.add(format_wall(walls[index].start))
        moved = m.MeetingRecord(
            title=f"{spec['title']} (moved)",
            recurrence_of=meeting,
            recurrence_id=format_wall(walls[index].start),
        )
        moved.when = walls[index].moved_to(walls[index].start + timedelta(hours=hours))
        moved.save()


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(series(), min_size=1, max_size=3))
def test_export_then_import_keeps_every_occurrence(template_database, specs):
    with fresh_workspace(template_database):
        for spec in specs:
            _add_series(spec)
        expected = _occurrences()
        text = export_meetings_ics()
    with fresh_workspace(template_database):
        apply_ics(text.encode(), source="export.ics")
        assert _occurrences() == expected
        apply_ics(text.encode(), source="export.ics")  # a second import duplicates nothing
        assert _occurrences() == expected
    assert expected  # every drawn series has occurrences in the window
