"""when_text: each kind of meeting time as the calendar writes it."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt

from mentordesk.core.meeting_time import MeetingTime
from mentordesk.services.calendar.occurrences import OccurrenceRow
from mentordesk.ui.format import when_text


def _row(when: MeetingTime) -> OccurrenceRow:
    return OccurrenceRow(
        meeting_id=1,
        series_id=None,
        recurrence_id=None,
        title="x",
        time=when,
        start=when.start_utc(),
        end=when.end_utc(),
        status="planned",
        attendees="",
        attendee_ids=(),
        location="",
        recurring=False,
    )


@pytest.fixture
def in_berlin(monkeypatch):
    """The computer's zone set to Berlin for one test."""
    if not hasattr(time, "tzset"):
        pytest.skip("needs time.tzset")
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_each_kind(qapp, in_berlin):
    berlin = MeetingTime.timed(
        datetime(2026, 12, 3, 17, 30), datetime(2026, 12, 3, 18), "Europe/Berlin"
    )
    assert when_text(_row(berlin)) == "2026-12-03 17:30"
    york = MeetingTime.timed(
        datetime(2026, 12, 7, 10), datetime(2026, 12, 7, 11), "America/New_York"
    )
    assert when_text(_row(york)) == "2026-12-07 16:00 (10:00 in New York)"
    run = MeetingTime.floating(datetime(2026, 11, 29, 7), datetime(2026, 11, 29, 8))
    assert when_text(_row(run)) == "2026-11-29 07:00"
    assert when_text(_row(MeetingTime.all_day(date(2026, 11, 30)))) == "2026-11-30 (all day)"


def test_the_agenda_marks_moved_occurrences_and_series_members():
    from mentordesk.ui.calendar.table_model import MeetingTableModel

    when = MeetingTime.timed(datetime(2027, 1, 11, 15), datetime(2027, 1, 11, 16), "Europe/Berlin")
    moved = replace(_row(when), series_id=4, recurrence_id="2027-01-14T16:30:00", moved=True)
    model = MeetingTableModel()
    model.set_rows([moved, _row(when)])
    status, repeats = (model.headerData(c, Qt.Orientation.Horizontal) for c in (3, 4))
    assert (status, repeats) == ("Status", "Repeats")
    assert [model.index(r, 3).data() for r in (0, 1)] == ["Planned, moved", "Planned"]
    assert [model.index(r, 4).data() for r in (0, 1)] == ["Yes", ""]
