"""The week's top strip: day names and dates, today marked, and the all-day occurrences."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from mentordesk.services.calendar.occurrences import OccurrenceRow
from mentordesk.ui.calendar.chips import chip_text, paint_chip
from mentordesk.ui.calendar.grid_base import same_occurrence
from mentordesk.ui.calendar.placing import is_all_day

if TYPE_CHECKING:
    from mentordesk.ui.calendar.week_grid import WeekCanvas

MAX_ALL_DAY_LINES = 3


def weekday_name(column: int) -> str:
    """The short name of a weekday, Monday being 0, in the user's language."""
    return QLocale().dayName(column + 1, QLocale.FormatType.ShortFormat)


class WeekHeader(QWidget):
    """Painted above the hours; reads the days and rows of the canvas below it."""

    def __init__(self, canvas: WeekCanvas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = canvas
        self.setAccessibleName(self.tr("All-day meetings"))

    def _line(self) -> int:
        """One line's height."""
        return self.fontMetrics().height() + 4

    def all_day_rows(self, day: date) -> list[OccurrenceRow]:
        """The all-day occurrences of a day."""
        return [r for r in self.canvas.day_rows(day) if is_all_day(r)]

    def _lines(self) -> int:
        """How many all-day lines the busiest day needs (capped)."""
        busiest = max((len(self.all_day_rows(d)) for d in self.canvas.days()), default=0)
        return min(busiest, MAX_ALL_DAY_LINES)

    def sizeHint(self) -> QSize:
        """Day names, and the all-day lines of the busiest day."""
        return QSize(400, self._line() * (1 + max(self._lines(), 1)) + 4)

    def minimumSizeHint(self) -> QSize:
        """As tall as its hint."""
        return QSize(200, self.sizeHint().height())

    def refresh(self) -> None:
        """Take new days or rows: resize and repaint."""
        self.updateGeometry()
        self.update()

    def _column(self, index: int) -> QRectF:
        """The column of the index-th day, aligned with the canvas below."""
        left, width = self.canvas.gutter(), self.canvas.column_width()
        return QRectF(left + index * width, 0, width, self.height())

    def hit(self, pos: QPoint) -> tuple[date | None, OccurrenceRow | None]:
        """The day and all-day occurrence under a point."""
        for index, day in enumerate(self.canvas.days()):
            column = self._column(index)
            if column.contains(pos):
                line = int((pos.y() - self._line()) // self._line())
                rows = self.all_day_rows(day)
                return day, rows[line] if 0 <= line < min(len(rows), MAX_ALL_DAY_LINES) else None
        return None, None

    def mousePressEvent(self, event) -> None:
        """A click focuses the day (and all-day occurrence) in the canvas."""
        day, row = self.hit(event.position().toPoint())
        if day is not None:
            self.canvas.go_to(day, row)
            self.canvas.setFocus(Qt.FocusReason.MouseFocusReason)

    def mouseDoubleClickEvent(self, event) -> None:
        """Double-click edits an all-day occurrence, or asks for a new all-day meeting."""
        day, row = self.hit(event.position().toPoint())
        if row is not None:
            self.canvas.edit_requested.emit(row)
        elif day is not None:
            self.canvas.create_requested.emit(day)

    def paintEvent(self, event) -> None:
        """Each day's name and date, then its all-day chips."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Window))
        for index, day in enumerate(self.canvas.days()):
            self._paint_day(painter, index, day)

    def _paint_day(self, painter: QPainter, index: int, day: date) -> None:
        """One day's name (highlighted for today) and its all-day chips."""
        palette, column, line = self.palette(), self._column(index), self._line()
        painter.setFont(self.font())  # a cancelled chip leaves its font struck out
        title = QRectF(column.left() + 1, 1, column.width() - 2, line - 2)
        if day == self.canvas.today:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(title, 3, 3)
            painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
        else:
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        text = f"{weekday_name(index)} {day.day}"
        painter.drawText(title, int(Qt.AlignmentFlag.AlignCenter), text)
        rows = self.all_day_rows(day)
        for number, row in enumerate(rows[:MAX_ALL_DAY_LINES]):
            rect = QRectF(column.left() + 1, line * (number + 1), column.width() - 2, line - 2)
            focused = same_occurrence(row, self.canvas.focused_row)
            paint_chip(painter, rect, row, chip_text(row), palette=palette, focused=focused)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(column.topLeft(), column.bottomLeft())
