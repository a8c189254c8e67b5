"""The week grid: hour rows in a scroll area, all-day strip on top, overlaps side by side."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QVBoxLayout, QWidget

from mentordesk.core.meeting_time import local_instant
from mentordesk.services.calendar.occurrences import OccurrenceRow
from mentordesk.ui.calendar.chips import chip_text, paint_chip
from mentordesk.ui.calendar.grid_base import CalendarGrid, same_occurrence
from mentordesk.ui.calendar.placing import (
    is_all_day,
    local_span,
    minutes_in_day,
    side_by_side,
    snap,
    week_days,
)
from mentordesk.ui.calendar.week_header import WeekHeader
from mentordesk.ui.format import fmt_time

SLOT = 30  # minutes the keyboard focus moves by
DAY_MINUTES = 24 * 60
FIRST_SHOWN_HOUR = 7


@dataclass
class Drag:
    """An occurrence being dragged: where the pointer took it, and where it would go."""

    row: OccurrenceRow
    grab: int  # minutes between the occurrence's start and the pointer
    origin: QPoint
    day: date
    minutes: int
    active: bool = False


class WeekCanvas(CalendarGrid):
    """Seven day columns of 24 hours; arrows move a half-hour slot, drag moves a meeting."""

    move_requested = Signal(object, object)
    """The user dragged an occurrence: its OccurrenceRow and the new aware start."""

    focus_rect_changed = Signal(QRect)
    """The focused slot or meeting is here now (for scrolling it into view)."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Week"), today, parent)
        self.focused_minutes = 9 * 60
        self.now_local: datetime | None = None
        self.drag: Drag | None = None
        self.setMinimumHeight(24 * self.hour_height())

    def days(self) -> list[date]:
        """Monday to Sunday of the focused day's week."""
        return week_days(self.focused_day)

    def step(self, pages: int) -> None:
        """The same weekday of the next or previous week."""
        self.go_to(self.focused_day + timedelta(days=7 * pages))

    def arrow(self, key: Qt.Key) -> None:
        """Left/right a day, up/down half an hour."""
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.go_to(self.focused_day + timedelta(days=-1 if key == Qt.Key.Key_Left else 1))
            return
        change = -SLOT if key == Qt.Key.Key_Up else SLOT
        self.focused_minutes = min(max(self.focused_minutes + change, 0), DAY_MINUTES - SLOT)
        self.focus_row(None)

    def create_target(self) -> object:
        """The aware start of the focused slot."""
        return local_instant(self.focused_day, self.focused_minutes)

    def focus_row(self, row: OccurrenceRow | None) -> None:
        """Focus an occurrence; a timed one brings the slot to its start."""
        if row is not None and not is_all_day(row):
            self.focused_minutes = snap(minutes_in_day(row, self.focused_day)[0], SLOT)
        super().focus_row(row)

    def _changed(self) -> None:
        """Repaint, describe, and ask for the focused slot to be scrolled into view."""
        super()._changed()
        column = self.column_rect(self.days().index(self.focused_day))
        top = int(self.minute_y(self.focused_minutes))
        self.focus_rect_changed.emit(QRect(int(column.left()), top, 1, self.hour_height()))

    # geometry
    def hour_height(self) -> int:
        """The height of one hour."""
        return max(36, self.fontMetrics().height() * 2 + 8)

    def gutter(self) -> int:
        """The width of the hour labels on the left."""
        return self.fontMetrics().horizontalAdvance("00:00") + 12

    def column_width(self) -> float:
        """The width of one day."""
        return max(self.width() - self.gutter(), 7) / 7

    def column_rect(self, index: int) -> QRectF:
        """The full-height column of the index-th day."""
        return QRectF(
            self.gutter() + index * self.column_width(), 0, self.column_width(), self.height()
        )

    def minute_y(self, minutes: float) -> float:
        """The y of a time of day."""
        return minutes * self.hour_height() / 60

    def y_minutes(self, y: float) -> float:
        """The time of day at a y."""
        return y * 60 / self.hour_height()

    def sizeHint(self) -> QSize:
        """A whole day tall."""
        return QSize(7 * 90 + self.gutter(), 24 * self.hour_height())

    def day_at(self, x: float) -> date:
        """The day whose column is at x (the nearest one beyond the edges)."""
        index = int((x - self.gutter()) // self.column_width())
        return self.days()[min(max(index, 0), 6)]

    def blocks(self, day: date) -> list[tuple[OccurrenceRow, QRectF]]:
        """The timed occurrences of a day and their rectangles, overlaps side by side."""
        rows = [r for r in self.day_rows(day) if not is_all_day(r)]
        spans = [minutes_in_day(r, day) for r in rows]
        column = self.column_rect(self.days().index(day))
        found = []
        for row, span, (place, places) in zip(rows, spans, side_by_side(spans), strict=True):
            width = (column.width() - 4) / places
            top, bottom = self.minute_y(span[0]), self.minute_y(max(span[1], span[0] + 15))
            rect = QRectF(column.left() + 2 + place * width, top, width - 1, bottom - top - 1)
            found.append((row, rect))
        return found

    def hit(self, pos: QPoint) -> tuple[date | None, OccurrenceRow | None]:
        """The day and timed occurrence under a point."""
        if pos.x() < self.gutter():
            return None, None
        day = self.day_at(pos.x())
        for row, rect in reversed(self.blocks(day)):
            if rect.contains(pos):
                return day, row
        return day, None

    # mouse and keys
    def focus_at(self, pos: QPoint) -> tuple[date | None, OccurrenceRow | None]:
        """Focus the half-hour slot (and meeting) under a point."""
        day, row = self.hit(pos)
        if day is not None:
            self.focused_minutes = int(self.y_minutes(pos.y()) // SLOT * SLOT)
            self.go_to(day, row)
        return day, row

    def mousePressEvent(self, event) -> None:
        """Focus the slot and meeting under the pointer; a meeting may then be dragged."""
        pos = event.position().toPoint()
        day, row = self.focus_at(pos)
        if row is not None and event.button() == Qt.MouseButton.LeftButton:
            start = int((local_span(row)[0] - datetime.combine(day, time())).total_seconds() // 60)
            grab = int(self.y_minutes(pos.y())) - start
            self.drag = Drag(row, grab, pos, day, start)

    def mouseMoveEvent(self, event) -> None:
        """Carry the dragged meeting, snapped to 15 minutes."""
        drag, pos = self.drag, event.position().toPoint()
        if drag is None:
            return
        if not drag.active:
            distance = (pos - drag.origin).manhattanLength()
            drag.active = distance >= QApplication.startDragDistance()
        if drag.active:
            drag.day = self.day_at(pos.x())
            minutes = snap(self.y_minutes(pos.y()) - drag.grab)
            drag.minutes = min(max(minutes, 0), DAY_MINUTES - 15)
            self.update()

    def mouseReleaseEvent(self, event) -> None:
        """Drop: ask for the move when the meeting lands somewhere else."""
        drag, self.drag = self.drag, None
        if drag is None or not drag.active:
            return
        self.update()
        start = local_instant(drag.day, drag.minutes)
        if start != drag.row.start:
            self.move_requested.emit(drag.row, start)

    def keyPressEvent(self, event) -> None:
        """Escape cancels a drag; everything else as in every grid."""
        if event.key() == Qt.Key.Key_Escape and self.drag is not None:
            self.drag = None
            self.update()
            event.accept()
            return
        super().keyPressEvent(event)

    # painting
    def paintEvent(self, event) -> None:
        """Hours, days, meetings, the now line, the focus and a dragged meeting."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        self._paint_hours(painter)
        for index, day in enumerate(self.days()):
            self._paint_day(painter, index, day)
        painter.setFont(self.font())  # a cancelled chip leaves its font struck out
        self._paint_now(painter)
        self._paint_focus(painter)
        self._paint_drag(painter)

    def _paint_hours(self, painter: QPainter) -> None:
        """Hour lines across, half-hour lines fainter, and the hour labels."""
        palette = self.palette()
        for hour in range(24):
            y = self.minute_y(hour * 60)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
            painter.drawLine(self.gutter(), int(y), self.width(), int(y))
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Midlight), 1, Qt.PenStyle.DotLine))
            half = int(self.minute_y(hour * 60 + 30))
            painter.drawLine(self.gutter(), half, self.width(), half)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            label = QRectF(0, y + 1, self.gutter() - 6, self.fontMetrics().height())
            text = fmt_time(datetime.combine(self.focused_day, time(hour)))
            painter.drawText(label, int(Qt.AlignmentFlag.AlignRight), text)

    def _paint_day(self, painter: QPainter, index: int, day: date) -> None:
        """A day column (tinted today) and its meetings."""
        palette, column = self.palette(), self.column_rect(index)
        if day == self.today:
            tint = palette.color(QPalette.ColorRole.Highlight)
            tint.setAlpha(28)
            painter.fillRect(column, tint)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(column.topLeft(), column.bottomLeft())
        for row, rect in self.blocks(day):
            focused = day == self.focused_day and same_occurrence(row, self.focused_row)
            lines = rect.height() / self.fontMetrics().height()
            text = chip_text(row, with_time=lines >= 2)  # its place says when it starts
            if row.location and lines > 2.5:
                text = f"{text}\n{row.location}"
            paint_chip(painter, rect, row, text, palette=palette, focused=focused, wrap=lines >= 2)

    def _paint_now(self, painter: QPainter) -> None:
        """A line across today's column at the current time."""
        now = self.now_local
        if now is None or now.date() not in self.days():
            return
        column = self.column_rect(self.days().index(now.date()))
        y = self.minute_y(now.hour * 60 + now.minute)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
        painter.drawLine(int(column.left()), int(y), int(column.right()), int(y))

    def _paint_focus(self, painter: QPainter) -> None:
        """The focused slot's outline (when no meeting is focused)."""
        if self.focused_row is not None and not is_all_day(self.focused_row):
            return
        column = self.column_rect(self.days().index(self.focused_day))
        top = self.minute_y(self.focused_minutes)
        rect = QRectF(column.left() + 1, top + 1, column.width() - 2, self.minute_y(SLOT) - 2)
        width = 3 if self.hasFocus() else 1
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)

    def _paint_drag(self, painter: QPainter) -> None:
        """Where the dragged meeting would land, dashed, with its new start time."""
        drag = self.drag
        if drag is None or not drag.active:
            return
        start, end = local_span(drag.row)
        length = max((end - start).total_seconds() / 60, 15)
        column = self.column_rect(self.days().index(drag.day))
        top = self.minute_y(drag.minutes)
        rect = QRectF(column.left() + 2, top, column.width() - 4, self.minute_y(length) - 1)
        painter.setPen(
            QPen(self.palette().color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine)
        )
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, 3, 3)
        when = local_instant(drag.day, drag.minutes).replace(tzinfo=None)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        painter.drawText(
            rect.adjusted(4, 1, -2, 0), int(Qt.AlignmentFlag.AlignLeft), fmt_time(when)
        )


class WeekGrid(QWidget):
    """The all-day strip above a scroll area of hours; `canvas` has the focus and signals."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = WeekCanvas(today)
        self.header = WeekHeader(self.canvas, self)
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.canvas)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setAccessibleName(self.tr("Hours of the week"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.scroll, 1)
        self.setFocusProxy(self.canvas)
        self._scrolled = False
        self.canvas.focus_rect_changed.connect(self._bring_into_view)
        self.canvas.range_changed.connect(self.header.refresh)

    def refresh(self) -> None:
        """Repaint both parts after new rows."""
        self.header.refresh()
        self.canvas.update()

    def _bring_into_view(self, rect: QRect) -> None:
        """Scroll the focused slot into view."""
        margin = self.canvas.hour_height()
        self.scroll.ensureVisible(rect.x(), rect.y() + rect.height() // 2, 0, margin)
        self.header.update()

    def showEvent(self, event) -> None:
        """The first time: scroll to the morning."""
        super().showEvent(event)
        if not self._scrolled:
            self._scrolled = True
            top = int(self.canvas.minute_y(FIRST_SHOWN_HOUR * 60))
            self.scroll.verticalScrollBar().setValue(top)
