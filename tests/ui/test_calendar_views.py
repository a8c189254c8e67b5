"""The month and week grids on the sample data: keys, today, create/edit requests, drag to move."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from mentordesk.db import models as m
from mentordesk.services.calendar.moving import MoveScope
from mentordesk.ui.calendar.view import CalendarView
from mentordesk.ui.widgets.table_model import RowTableModel
from tests.conftest import FIXED_NOW

TODAY = FIXED_NOW.date()  # Thursday 26 November 2026
CHECK_IN = "Weekly check-in with Priya"  # Thursdays 17:30 Berlin: 16:30 UTC
PORTFOLIO = "Portfolio review with Jordan"  # Sunday 29 November 09:00-10:00 UTC, a one-off


@pytest.fixture(autouse=True)
def utc_computer(monkeypatch):
    """This computer's zone is UTC, so local times in the grids are the UTC ones."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def calendar(qtbot, demo_context):
    """The calendar view on the sample data, shown and loaded."""
    view = CalendarView(demo_context)
    qtbot.addWidget(view)
    view.resize(1100, 750)
    view.show()
    qtbot.waitExposed(view)
    view.reload()
    return view


def _titles(rows) -> list[str]:
    return [r.title for r in rows]


def _week(calendar):
    calendar.show_mode("week")
    return calendar.week.canvas


def _block(canvas, title: str):
    """The row and rectangle of a timed meeting in the week shown."""
    for day in canvas.days():
        for row, rect in canvas.blocks(day):
            if row.title == title:
                return row, rect
    raise AssertionError(f"{title} is not in the week")


def _mouse(widget, kind: QEvent.Type, pos: QPoint, buttons=Qt.MouseButton.LeftButton) -> None:
    """Send one mouse event (press, move with the button held, or release) to a widget."""
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
    held = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease else buttons
    point = QPointF(pos)
    event = QMouseEvent(
        kind, point, widget.mapToGlobal(point), button, held, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, event)


def _drag(canvas, start: QPoint, end: QPoint) -> None:
    """Press, move in two steps and release."""
    _mouse(canvas, QEvent.Type.MouseButtonPress, start)
    _mouse(canvas, QEvent.Type.MouseMove, (start + end) / 2)
    _mouse(canvas, QEvent.Type.MouseMove, end)
    _mouse(canvas, QEvent.Type.MouseButtonRelease, end)


def test_the_month_opens_on_today_with_the_sample_meetings(calendar):
    month = calendar.month
    assert calendar.mode() == "month" and month.focused_day == TODAY == month.today
    assert month.days()[0] == date(2026, 10, 26) and month.days()[-1] == date(2026, 12, 6)
    assert _titles(month.day_rows(TODAY)) == [CHECK_IN]
    assert _titles(month.day_rows(date(2026, 11, 29))) == [PORTFOLIO]
    assert sum(len(rows) for rows in month.rows_by_day.values()) >= 12
    assert "today" in month.accessibleDescription() and "1 meeting" in month.accessibleDescription()
    assert calendar.range_label.text() == "November 2026"
    assert month.focusPolicy() & Qt.FocusPolicy.TabFocus and month.accessibleName() == "Month"
    assert not month.grab().isNull()


def test_arrows_and_pages_move_the_focused_day_and_t_comes_back(qtbot, calendar):
    month = calendar.month
    month.setFocus()
    qtbot.keyClick(month, Qt.Key.Key_Right)
    assert month.focused_day == date(2026, 11, 27)
    qtbot.keyClick(month, Qt.Key.Key_Down)
    assert month.focused_day == date(2026, 12, 4)  # a week down: December now
    assert calendar.range_label.text() == "December 2026"
    assert _titles(month.day_rows(date(2026, 12, 17))) == [CHECK_IN]  # loaded for December
    qtbot.keyClick(month, Qt.Key.Key_PageDown)
    assert month.focused_day == date(2027, 1, 4) and month.days()[0] == date(2026, 12, 28)
    qtbot.keyClick(month, Qt.Key.Key_PageUp)
    qtbot.keyClick(month, Qt.Key.Key_PageUp)
    assert month.focused_day == date(2026, 11, 4)
    assert "Talk outline review" in _titles(month.day_rows(date(2026, 11, 2)))
    qtbot.keyClick(month, Qt.Key.Key_T)
    assert month.focused_day == TODAY and month.days()[0] == date(2026, 10, 26)


def test_tab_goes_through_the_days_meetings_and_enter_edits_the_focused_one(qtbot, calendar):
    month = calendar.month
    month.setFocus()
    month.go_to(date(2026, 11, 24))  # a one-off only
    with qtbot.waitSignal(calendar.edit_requested) as edited:
        qtbot.keyClick(month, Qt.Key.Key_Tab)
        assert month.focused_row.title == "Interview findings sync (moved)"
        assert "Interview findings sync (moved)" in month.accessibleDescription()
        qtbot.keyClick(month, Qt.Key.Key_Return)
    assert edited.args[0].title == "Interview findings sync (moved)"
    assert not month.cycle(True)  # the last one: Tab would leave the grid


def test_ctrl_n_and_a_double_click_on_an_empty_day_ask_for_a_meeting_that_day(qtbot, calendar):
    month = calendar.month
    month.setFocus()
    with qtbot.waitSignal(calendar.create_requested) as created:
        qtbot.keyClick(month, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert created.args == [TODAY]
    empty = month.cell_rect(month.days().index(date(2026, 11, 25))).center().toPoint()
    with qtbot.waitSignal(calendar.create_requested) as created:
        qtbot.mouseDClick(month, Qt.MouseButton.LeftButton, pos=empty)
    assert created.args == [date(2026, 11, 25)]


def test_the_week_shows_hours_overlaps_and_moves_by_slot(qtbot, calendar):
    canvas = _week(calendar)
    assert canvas.days()[0] == date(2026, 11, 23) and canvas.days()[-1] == date(2026, 11, 29)
    row, rect = _block(canvas, PORTFOLIO)
    assert rect.top() == canvas.minute_y(9 * 60)  # 09:00 local (UTC)
    assert rect.left() >= canvas.column_rect(6).left()
    canvas.setFocus()
    canvas.focused_minutes = 9 * 60
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    assert (canvas.focused_day, canvas.focused_minutes) == (date(2026, 11, 25), 9 * 60 + 30)
    with qtbot.waitSignal(calendar.create_requested) as created:
        qtbot.keyClick(canvas, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert created.args == [datetime(2026, 11, 25, 9, 30, tzinfo=UTC)]
    qtbot.keyClick(canvas, Qt.Key.Key_PageUp)
    assert canvas.days()[0] == date(2026, 11, 16)
    assert "Interview findings sync" in _titles(canvas.day_rows(date(2026, 11, 17)))
    qtbot.keyClick(canvas, Qt.Key.Key_T)
    assert canvas.focused_day == TODAY


def test_double_click_in_the_week_edits_a_meeting_or_creates_at_the_slot(qtbot, calendar):
    canvas = _week(calendar)
    row, rect = _block(canvas, CHECK_IN)
    with qtbot.waitSignal(calendar.edit_requested) as edited:
        qtbot.mouseDClick(canvas, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert edited.args[0] == row and row.recurrence_id == "2026-11-26T17:30:00"
    slot = QPoint(int(canvas.column_rect(1).center().x()), int(canvas.minute_y(14 * 60 + 5)))
    with qtbot.waitSignal(calendar.create_requested) as created:
        qtbot.mouseDClick(canvas, Qt.MouseButton.LeftButton, pos=slot)
    assert created.args == [datetime(2026, 11, 24, 14, 0, tzinfo=UTC)]


def test_overlapping_meetings_sit_side_by_side(calendar, demo_database):
    from datetime import timedelta

    from mentordesk.core.meeting_time import MeetingTime

    start = datetime(2026, 11, 26, 16, 45)
    when = MeetingTime.timed(start, start + timedelta(minutes=60), "UTC")
    m.MeetingRecord.create(title="Overlapping call", when=when)
    canvas = _week(calendar)
    calendar.reload()
    _, first = _block(canvas, CHECK_IN)
    _, second = _block(canvas, "Overlapping call")
    assert first.right() <= second.left() and abs(first.width() - second.width()) < 1


def test_dragging_a_one_off_moves_it_snapped_to_15_minutes_and_undo_reverts(qtbot, calendar):
    canvas = _week(calendar)
    row, rect = _block(canvas, PORTFOLIO)
    press = QPoint(int(rect.center().x()), int(rect.top() + 5))
    drop = press + QPoint(0, int(canvas.minute_y(67)))  # 1 h 7 min lower: 10:07 snaps to 10:00
    _drag(canvas, press, drop)
    meeting = m.MeetingRecord.get_by_id(row.meeting_id)
    assert (meeting.start_wall, meeting.timezone) == ("2026-11-29T11:00:00", "Europe/Berlin")
    assert meeting.sequence == 1  # the sample meetings start at SEQUENCE 0
    _, moved = _block(canvas, PORTFOLIO)
    assert moved.top() == canvas.minute_y(10 * 60)  # the view reloaded after the write
    assert calendar.context.undo.stack.undoText() == f"Move {PORTFOLIO}"
    calendar.context.undo.stack.undo()
    assert m.MeetingRecord.get_by_id(row.meeting_id).start_wall == "2026-11-29T10:00:00"


def test_dragging_an_occurrence_of_a_series_asks_this_or_all(qtbot, calendar):
    canvas = _week(calendar)
    asked = []
    calendar.ask_scope = lambda title, parent: asked.append(title) or MoveScope.THIS
    row, rect = _block(canvas, CHECK_IN)
    press = QPoint(int(rect.center().x()), int(rect.top() + 3))
    drop = QPoint(int(canvas.column_rect(4).center().x()), press.y() - int(canvas.minute_y(60)))
    _drag(canvas, press, drop)
    assert asked == [CHECK_IN]
    instance = m.MeetingRecord.get(
        (m.MeetingRecord.recurrence_of == row.series_id)
        & (m.MeetingRecord.recurrence_id == "2026-11-26T17:30:00")
    )
    # Friday 15:30 UTC is 16:30 in Berlin; the series itself stays on Thursdays
    assert instance.start_wall == "2026-11-27T16:30:00"
    assert _titles(canvas.day_rows(TODAY)) == []
    assert _titles(canvas.day_rows(date(2026, 11, 27))) == [CHECK_IN]
    assert _titles(canvas.day_rows(date(2026, 12, 3))) == []  # not shown; next week untouched
    calendar.context.undo.stack.undo()
    assert not m.MeetingRecord.select().where(m.MeetingRecord.id == instance.id)
    assert _titles(canvas.day_rows(TODAY)) == [CHECK_IN]


def test_moving_all_of_a_series_and_cancelling_the_question(qtbot, calendar):
    canvas = _week(calendar)
    answers = [None, MoveScope.ALL]
    calendar.ask_scope = lambda title, parent: answers.pop(0)
    row, rect = _block(canvas, CHECK_IN)
    press = QPoint(int(rect.center().x()), int(rect.top() + 3))
    drop = press + QPoint(0, int(canvas.minute_y(30)))
    _drag(canvas, press, drop)  # cancelled: nothing changes
    assert m.MeetingRecord.get_by_id(row.series_id).start_wall.endswith("T17:30:00")
    _drag(canvas, press, drop)
    series = m.MeetingRecord.get_by_id(row.series_id)
    assert series.start_wall.endswith("T18:00:00") and series.timezone == "Europe/Berlin"
    calendar.show_mode("month")
    december = [r for r in calendar.month.day_rows(date(2026, 12, 3)) if r.title == CHECK_IN]
    assert december[0].start == datetime(2026, 12, 3, 17, 0, tzinfo=UTC)


def test_escape_cancels_a_drag(qtbot, calendar):
    canvas = _week(calendar)
    canvas.setFocus()
    row, rect = _block(canvas, PORTFOLIO)
    press = rect.center().toPoint()
    _mouse(canvas, QEvent.Type.MouseButtonPress, press)
    _mouse(canvas, QEvent.Type.MouseMove, press + QPoint(0, 80))
    assert canvas.drag is not None and canvas.drag.active
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    with qtbot.assertNotEmitted(canvas.move_requested):
        _mouse(canvas, QEvent.Type.MouseButtonRelease, press + QPoint(0, 80))
    assert m.MeetingRecord.get_by_id(row.meeting_id).start_wall == "2026-11-29T10:00:00"


def test_mode_shortcuts_switch_views_and_f1_lists_the_calendar_keys(qtbot, demo_window):
    demo_window.show_view("calendar")
    calendar = demo_window.views["calendar"]
    calendar.month.setFocus()
    qtbot.keyClick(
        calendar.month,
        Qt.Key.Key_2,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    assert calendar.mode() == "week"
    calendar.actions.agenda.trigger()
    assert calendar.mode() == "agenda" and calendar.model.rowCount() >= 10
    text = demo_window.shortcuts_html()
    for key in ("Ctrl+Alt+1", "Ctrl+Alt+3", "Ctrl+T", "PgUp", "Ctrl+N"):
        assert f"<b>{key}</b>" in text
    assert "In Calendar" in text


def test_the_agenda_does_not_scroll_sideways_at_800_pixels(qtbot, demo_context):
    from tests.ui.conftest import shown_window

    window = shown_window(qtbot, demo_context, size=(800, 600))
    window.show_view("calendar")
    calendar = window.views["calendar"]
    calendar.show_mode("agenda")
    table = calendar.table.table
    assert table.horizontalHeader().length() <= table.viewport().width()
    shown = [c.title for i, c in enumerate(calendar.model.columns) if not table.isColumnHidden(i)]
    assert shown[:2] == ["When", "Meeting"] and "Repeats" not in shown


def test_all_day_meetings_sit_in_the_strip_above_the_hours(qtbot, calendar, demo_database):
    from mentordesk.core.meeting_time import MeetingTime

    m.MeetingRecord.create(title="Conference", when=MeetingTime.all_day(date(2026, 11, 25)))
    canvas = _week(calendar)
    calendar.reload()
    header = calendar.week.header
    assert _titles(header.all_day_rows(date(2026, 11, 25))) == ["Conference"]
    assert "Conference" not in [row.title for row, _ in canvas.blocks(date(2026, 11, 25))]
    x = int(header._column(2).center().x())
    with qtbot.waitSignal(calendar.edit_requested) as edited:
        qtbot.mouseDClick(header, Qt.MouseButton.LeftButton, pos=QPoint(x, header._line() + 3))
    assert edited.args[0].title == "Conference"
    with qtbot.waitSignal(calendar.create_requested) as created:
        x = int(header._column(4).center().x())
        qtbot.mouseDClick(header, Qt.MouseButton.LeftButton, pos=QPoint(x, header._line() + 3))
    assert created.args == [date(2026, 11, 27)]


def test_held_meetings_are_marked_and_cancelled_ones_say_so(calendar):
    from mentordesk.ui.calendar.chips import chip_text, describe_row

    calendar.month.go_to(date(2026, 11, 17))
    (cancelled,) = calendar.month.day_rows(date(2026, 11, 17))
    (held,) = calendar.month.day_rows(date(2026, 11, 24))
    assert chip_text(held) == "✓ 16:00 Interview findings sync (moved)"
    assert chip_text(cancelled) == "16:00 Interview findings sync"
    assert describe_row(cancelled).endswith("with Sam Whitfield, Cancelled")


def test_painting_the_grids_again_and_again_keeps_none_alive(calendar):
    """PySide6 6.12.0 on Python 3.11 dropped a reference to None per void call: ~40 paints aborted."""
    import sys

    calendar.show_mode("week")
    before = sys.getrefcount(None)
    for _ in range(100):
        for grid in calendar.grids():
            grid.grab()
    assert sys.getrefcount(None) >= before - 100  # a leak would lose thousands


def test_a_request_from_the_grid_opens_the_meeting_editor(calendar, qtbot):
    from mentordesk.ui.calendar.editor import MeetingEditorDialog

    calendar.show_mode("week")
    calendar.create_requested.emit(datetime(2026, 11, 30, 10, tzinfo=UTC))
    qtbot.waitUntil(lambda: calendar.findChild(MeetingEditorDialog) is not None)
    dialog = calendar.findChild(MeetingEditorDialog)
    assert dialog.isVisible()
    dialog.reject()


def test_the_invitation_button_saves_the_focused_meeting(calendar, qtbot, tmp_path, monkeypatch):
    from mentordesk.services.settings import MY_EMAIL, set_setting
    from mentordesk.ui.calendar import export_jobs

    set_setting(MY_EMAIL, "me@example.org")
    target = tmp_path / "invitation.ics"
    monkeypatch.setattr(export_jobs, "ask_save_file", lambda *args, **kwargs: target)
    calendar.show_mode("agenda")
    calendar.table.table.selectRow(0)
    row = calendar.focused_occurrence()
    calendar.invite_button.click()
    qtbot.waitUntil(target.exists)
    text = target.read_text(encoding="utf-8")
    assert "METHOD:REQUEST" in text and row.title.split()[0] in text


def test_the_agenda_search_narrows_to_matching_meetings_and_widens_again(calendar):
    calendar.show_mode("agenda")
    proxy, search = calendar.table.proxy, calendar.table.search
    everything = proxy.rowCount()
    search.setText("portfolio")
    titles = {proxy.index(r, 0).data(RowTableModel.RowRole).title for r in range(proxy.rowCount())}
    assert titles == {PORTFOLIO}
    search.setText("zzz no such meeting")
    assert proxy.rowCount() == 0
    assert calendar.table.results.currentWidget() is calendar.table.no_match
    search.clear()
    assert proxy.rowCount() == everything > 1
