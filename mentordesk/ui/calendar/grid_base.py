"""What the month and week grids share: focus, keys, signals and what screen readers hear."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtWidgets import QWidget

from mentordesk.services.calendar.occurrences import OccurrenceRow
from mentordesk.ui.calendar.chips import describe_day, describe_row
from mentordesk.ui.calendar.placing import by_day

ARROWS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)


def same_occurrence(one: OccurrenceRow | None, other: OccurrenceRow | None) -> bool:
    """True when two rows are the same occurrence (perhaps loaded again)."""
    if one is None or other is None:
        return False
    return (one.meeting_id, one.recurrence_id, one.start) == (
        other.meeting_id,
        other.recurrence_id,
        other.start,
    )


class CalendarGrid(QWidget):
    """A painted, focusable grid of days; subclasses say which days and where things are."""

    create_requested = Signal(object)
    """The user asked for a new meeting: an aware start datetime, or a date for a day."""

    edit_requested = Signal(object)
    """The user asked to edit an occurrence: its OccurrenceRow."""

    range_changed = Signal()
    """Other days are shown now: their occurrences need loading."""

    def __init__(self, name: str, today: date, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.today = today
        self.focused_day = today
        self.focused_row: OccurrenceRow | None = None
        self.rows: list[OccurrenceRow] = []
        self.rows_by_day: dict[date, list[OccurrenceRow]] = {}
        self._shown_days = self.days()
        self.rows_by_day = by_day([], self._shown_days)

    def days(self) -> list[date]:
        """The days shown, in order (subclasses)."""
        raise NotImplementedError

    def step(self, pages: int) -> None:
        """Show the next (1) or previous (-1) page (subclasses)."""
        raise NotImplementedError

    def arrow(self, key: Qt.Key) -> None:
        """Move the focus for an arrow key (subclasses)."""
        raise NotImplementedError

    def create_target(self) -> object:
        """What a new meeting at the focus starts at: a date or an aware datetime (subclasses)."""
        return self.focused_day

    def hit(self, pos: QPoint) -> tuple[date | None, OccurrenceRow | None]:
        """The day and occurrence under a point (subclasses)."""
        raise NotImplementedError

    def set_rows(self, rows: Sequence[OccurrenceRow]) -> None:
        """Show these occurrences; the focused one stays focused if it is still there."""
        self.rows = list(rows)
        self.rows_by_day = by_day(self.rows, self.days())
        kept = [r for r in self.day_rows(self.focused_day) if same_occurrence(r, self.focused_row)]
        self.focused_row = kept[0] if kept else None
        self._changed()

    def set_today(self, today: date) -> None:
        """Mark another day as today (the date changed while the app ran)."""
        self.today = today
        self.update()

    def day_rows(self, day: date) -> list[OccurrenceRow]:
        """The occurrences touching one shown day."""
        return self.rows_by_day.get(day, [])

    def go_to(self, day: date, row: OccurrenceRow | None = None) -> None:
        """Focus a day (and perhaps one of its occurrences), turning the page if needed."""
        self.focused_day, self.focused_row = day, row
        days = self.days()
        if days != self._shown_days:
            self._shown_days = days
            self.rows_by_day = by_day(self.rows, days)
            self.range_changed.emit()
        self._changed()

    def focus_row(self, row: OccurrenceRow | None) -> None:
        """Focus one occurrence of the focused day (None: the day itself)."""
        self.focused_row = row
        self._changed()

    def _changed(self) -> None:
        """Repaint and tell screen readers what has the focus now."""
        text = describe_day(self.focused_day, self.day_rows(self.focused_day), self.today)
        if self.focused_row is not None:
            text = f"{text}; {describe_row(self.focused_row)}"
        self.setAccessibleDescription(text)
        self.setToolTip(text)
        self.update()

    def request_create(self) -> None:
        """Ask for a new meeting at the focused day or slot."""
        self.create_requested.emit(self.create_target())

    def request_edit_or_create(self) -> None:
        """Edit the focused occurrence, or ask for a new one where nothing is focused."""
        if self.focused_row is not None:
            self.edit_requested.emit(self.focused_row)
        else:
            self.request_create()

    def cycle(self, forward: bool) -> bool:
        """Focus the next (or previous) occurrence of the day; False past the last one."""
        rows = self.day_rows(self.focused_day)
        if not rows:
            return False
        positions = [i for i, r in enumerate(rows) if same_occurrence(r, self.focused_row)]
        here = positions[0] if positions else (-1 if forward else len(rows))
        there = here + (1 if forward else -1)
        if not 0 <= there < len(rows):
            return False
        self.focus_row(rows[there])
        return True

    def event(self, event) -> bool:
        """Tab and Shift+Tab go through the day's occurrences before leaving the grid."""
        if event.type() == QEvent.Type.KeyPress and event.key() in (
            Qt.Key.Key_Tab,
            Qt.Key.Key_Backtab,
        ):
            backwards = event.key() == Qt.Key.Key_Backtab or bool(
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            if self.cycle(not backwards):
                return True
            self.focus_row(None)
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        """Arrows, PgUp/PgDn, T for today, Enter to edit, Ctrl+N to create."""
        key, mods = event.key(), event.modifiers()
        plain = mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if key in ARROWS and plain:
            self.arrow(Qt.Key(key))
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown) and plain:
            self.step(-1 if key == Qt.Key.Key_PageUp else 1)
        elif key == Qt.Key.Key_T and plain:
            self.go_to(self.today)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            self.request_edit_or_create()
        elif key == Qt.Key.Key_N and mods == Qt.KeyboardModifier.ControlModifier:
            self.request_create()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focus_at(self, pos: QPoint) -> tuple[date | None, OccurrenceRow | None]:
        """Focus the day (and occurrence) under a point; returns them."""
        day, row = self.hit(pos)
        if day is not None:
            self.go_to(day, row)
        return day, row

    def mousePressEvent(self, event) -> None:
        """A click focuses the day and the occurrence under the pointer."""
        self.focus_at(event.position().toPoint())
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        """Double-click edits an occurrence, or creates one on an empty spot."""
        day, row = self.focus_at(event.position().toPoint())
        if row is not None:
            self.edit_requested.emit(row)
        elif day is not None:
            self.request_create()
