"""Where the grids put things: visible days, months, side-by-side overlaps, snapping."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from mentordesk.services.calendar.moving import MoveScope
from mentordesk.ui.calendar.move_dialog import MoveScopeDialog, ask_move_scope
from mentordesk.ui.calendar.placing import (
    add_months,
    month_days,
    side_by_side,
    snap,
    week_days,
)


def test_month_and_week_days_start_on_monday():
    days = month_days(date(2026, 2, 14))  # February 2026 starts on a Sunday
    assert (days[0], days[-1], len(days)) == (date(2026, 1, 26), date(2026, 3, 8), 42)
    assert week_days(date(2026, 11, 29)) == [date(2026, 11, 23 + n) for n in range(7)]


def test_a_month_later_keeps_the_day_or_takes_the_last_one():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert add_months(date(2026, 12, 15), 1) == date(2027, 1, 15)
    assert add_months(date(2026, 1, 15), -1) == date(2025, 12, 15)


def test_overlapping_spans_share_columns_and_separate_groups_do_not():
    spans = [(540, 600), (570, 630), (600, 660), (700, 720), (540, 560)]
    # 9:00-10:00, 9:30-10:30, 10:00-11:00 and 9:00-9:20 form one group needing two columns
    # (9:30 reuses the column 9:20 freed, 10:00 the one 10:00 freed); 11:40 is alone
    assert side_by_side(spans) == [(0, 2), (1, 2), (0, 2), (0, 1), (1, 2)]
    assert side_by_side([]) == []
    assert side_by_side([(600, 600), (600, 600)]) == [(0, 2), (1, 2)]  # zero length still shown


def test_snapping_goes_to_the_nearest_quarter_hour():
    assert [snap(x) for x in (0, 7, 8, 22.4, 22.6, 607)] == [0, 0, 15, 15, 30, 600]


def test_the_question_answers_this_all_or_nothing(qtbot):
    dialog = MoveScopeDialog("Weekly check-in")
    qtbot.addWidget(dialog)
    assert "Weekly check-in" in dialog.question.text()
    dialog.all_button.click()
    assert dialog.scope is MoveScope.ALL and dialog.result() == MoveScopeDialog.DialogCode.Accepted

    def answer(button_name: str) -> None:
        window = QApplication.activeModalWidget()
        if button_name == "cancel":
            window.reject()
        else:
            getattr(window, button_name).click()

    QTimer.singleShot(0, lambda: answer("this_button"))
    assert ask_move_scope("Weekly check-in") is MoveScope.THIS
    QTimer.singleShot(0, lambda: answer("cancel"))
    assert ask_move_scope("Weekly check-in") is None
