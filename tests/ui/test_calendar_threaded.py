"""The calendar on the real threaded runner: paging fast shows the last page, a move reloads."""

from __future__ import annotations

import time
from datetime import date

import pytest
from PySide6.QtCore import Qt

from mentordesk.db import models as m
from mentordesk.services.calendar.moving import MoveScope
from mentordesk.ui.calendar.view import CalendarView
from mentordesk.ui.context import UiContext
from tests.conftest import FIXED_NOW

CHECK_IN = "Weekly check-in with Priya"


@pytest.fixture(autouse=True)
def utc_computer(monkeypatch):
    """This computer's zone is UTC, so grid days are UTC days."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def calendar(qtbot, workspace, runner):
    view = CalendarView(UiContext(workspace=workspace, jobs=runner, now=lambda: FIXED_NOW))
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    view.reload()
    qtbot.waitUntil(lambda: runner.is_idle() and bool(view.month.rows), timeout=5000)
    return view


def _titles(grid, day: date) -> list[str]:
    return [r.title for r in grid.day_rows(day)]


def test_paging_fast_ends_on_the_last_page_with_its_own_meetings(qtbot, calendar, runner):
    month = calendar.month
    month.setFocus()
    for _ in range(3):
        qtbot.keyClick(month, Qt.Key.Key_PageDown)
    qtbot.keyClick(month, Qt.Key.Key_PageUp)
    qtbot.waitUntil(runner.is_idle, timeout=5000)
    qtbot.wait(20)
    assert month.focused_day == date(2027, 1, 26)
    assert _titles(month, date(2027, 1, 28)) == [CHECK_IN]  # loaded for January
    assert all(row.start.date() >= date(2026, 12, 21) for row in month.rows)  # and only near it


def test_a_dragged_move_writes_in_the_background_and_the_week_reloads(qtbot, calendar, runner):
    calendar.ask_scope = lambda title, parent: MoveScope.THIS
    calendar.show_mode("week")
    canvas = calendar.week.canvas
    qtbot.waitUntil(
        lambda: runner.is_idle() and bool(canvas.day_rows(FIXED_NOW.date())), timeout=5000
    )
    row = next(r for r in canvas.day_rows(FIXED_NOW.date()) if r.title == CHECK_IN)
    later = row.start.replace(hour=row.start.hour + 2).astimezone()
    canvas.move_requested.emit(row, later)
    qtbot.waitUntil(
        lambda: (
            runner.is_idle()
            and [r.start for r in canvas.day_rows(FIXED_NOW.date()) if r.title == CHECK_IN]
            == [later]
        ),
        timeout=5000,
    )
    moved = m.MeetingRecord.select().where(
        (m.MeetingRecord.recurrence_of == row.series_id)
        & (m.MeetingRecord.recurrence_id == row.recurrence_id)
    )
    assert moved.count() == 1
