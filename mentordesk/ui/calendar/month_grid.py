"""The month grid: six painted weeks, meetings as coloured chips, today marked."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from mentordesk.services.calendar.occurrences import OccurrenceRow
from mentordesk.ui.calendar.chips import chip_text, paint_chip
from mentordesk.ui.calendar.grid_base import CalendarGrid, same_occurrence
from mentordesk.ui.calendar.placing import add_months, month_days
from mentordesk.ui.calendar.week_header import weekday_name

WIDE_CHIP_CHARS = 18  # narrower day cells leave the start time out, for the title's sake
_STEPS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}


class MonthGrid(CalendarGrid):
    """A month of days, Monday first; arrows move the focused day, PgUp/PgDn the month."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Month"), today, parent)
        self.setMinimumSize(7 * 44, 6 * 40)

    def days(self) -> list[date]:
        """The 42 days around the focused day's month."""
        return month_days(self.focused_day)

    def step(self, pages: int) -> None:
        """The same day of the next or previous month."""
        self.go_to(add_months(self.focused_day, pages))

    def arrow(self, key: Qt.Key) -> None:
        """Left/right a day, up/down a week."""
        self.go_to(self.focused_day + timedelta(days=_STEPS[key]))

    def sizeHint(self) -> QSize:
        """Room for a few chips a day."""
        return QSize(7 * 110, 6 * 90)

    def _header_height(self) -> int:
        """The weekday names' row."""
        return self.fontMetrics().height() + 6

    def _line_height(self) -> int:
        """One chip's height."""
        return self.fontMetrics().height() + 3

    def cell_rect(self, index: int) -> QRectF:
        """The rectangle of the index-th shown day."""
        top = self._header_height()
        width, height = self.width() / 7, (self.height() - top) / 6
        row, column = divmod(index, 7)
        return QRectF(column * width, top + row * height, width, height)

    def _chip_slots(self, cell: QRectF) -> int:
        """How many chip lines fit below a cell's day number."""
        return max(0, int((cell.height() - self._line_height() - 2) // self._line_height()))

    def _chip_rect(self, cell: QRectF, line: int) -> QRectF:
        """The rectangle of a cell's line-th chip."""
        top = cell.top() + self._line_height() + 1 + line * self._line_height()
        return QRectF(cell.left() + 2, top, cell.width() - 4, self._line_height() - 1)

    def _shown_chips(self, day: date, cell: QRectF) -> tuple[list[OccurrenceRow], int]:
        """The chips drawn in a cell, and how many more did not fit."""
        rows, slots = self.day_rows(day), self._chip_slots(cell)
        if len(rows) <= slots:
            return rows, 0
        return rows[: max(slots - 1, 0)], len(rows) - max(slots - 1, 0)

    def hit(self, pos: QPoint) -> tuple[date | None, OccurrenceRow | None]:
        """The day cell and chip under a point."""
        for index, day in enumerate(self.days()):
            cell = self.cell_rect(index)
            if cell.contains(pos):
                chips, _ = self._shown_chips(day, cell)
                for line, row in enumerate(chips):
                    if self._chip_rect(cell, line).contains(pos):
                        return day, row
                return day, None
        return None, None

    def paintEvent(self, event) -> None:
        """Weekday names, then each day cell with its chips."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        width = self.width() / 7
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        for column in range(7):
            header = QRectF(column * width, 0, width, self._header_height())
            painter.drawText(header, int(Qt.AlignmentFlag.AlignCenter), weekday_name(column))
        month = self.focused_day.month
        for index, day in enumerate(self.days()):
            self._paint_cell(painter, index, day, day.month == month)

    def _paint_cell(self, painter: QPainter, index: int, day: date, in_month: bool) -> None:
        """One day: background, number (circled when today), chips and '+n more'."""
        palette, cell = self.palette(), self.cell_rect(index)
        role = QPalette.ColorRole.Base if in_month else QPalette.ColorRole.AlternateBase
        painter.fillRect(cell, palette.color(role))
        painter.setFont(self.font())  # a cancelled chip leaves its font struck out
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawRect(cell)
        self._paint_number(painter, cell, day, in_month)
        chips, more = self._shown_chips(day, cell)
        with_time = cell.width() >= WIDE_CHIP_CHARS * self.fontMetrics().averageCharWidth()
        for line, row in enumerate(chips):
            focused = same_occurrence(row, self.focused_row) and day == self.focused_day
            rect = self._chip_rect(cell, line)
            text = chip_text(row, with_time=with_time)
            paint_chip(painter, rect, row, text, palette=palette, focused=focused)
        if more:
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            rect = self._chip_rect(cell, len(chips))
            painter.drawText(
                rect, int(Qt.AlignmentFlag.AlignLeft), self.tr("+{0} more").format(more)
            )
        if day == self.focused_day:
            width = 3 if self.hasFocus() else 1
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), width))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(cell.adjusted(1.5, 1.5, -1.5, -1.5))

    def _paint_number(self, painter: QPainter, cell: QRectF, day: date, in_month: bool) -> None:
        """The day's number at the top left; today's in a highlighted circle."""
        palette, size = self.palette(), self._line_height()
        spot = QRectF(cell.left() + 2, cell.top() + 1, size + 4, size)
        if day == self.today:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(spot, size / 2, size / 2)
            painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
        else:
            group = QPalette.ColorGroup.Active if in_month else QPalette.ColorGroup.Disabled
            painter.setPen(palette.color(group, QPalette.ColorRole.Text))
        painter.drawText(spot, int(Qt.AlignmentFlag.AlignCenter), str(day.day))
