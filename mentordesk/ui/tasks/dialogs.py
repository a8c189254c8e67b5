"""Small dialogs of the tasks view: a new due date for the selected tasks, time spent."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSpinBox,
    QVBoxLayout,
)

from mentordesk.services.calendar.occurrences import OccurrenceRow
from mentordesk.ui.widgets.table_model import Column, RowTableModel


class RescheduleDialog(QDialog):
    """Pick a new due date, or none."""

    def __init__(self, count: int, start: date, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reschedule %n task(s)", "", count))
        self.setAccessibleName(self.windowTitle())
        self.date = QDateEdit(QDate(start), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setAccessibleName(self.tr("New due date"))
        self.no_date = QCheckBox(self.tr("&No due date"), self)
        self.no_date.toggled.connect(lambda on: self.date.setEnabled(not on))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Due"), self.date)
        form.addRow("", self.no_date)
        form.addRow(buttons)

    def due(self) -> date | None:
        """The chosen date, or None for no date."""
        return None if self.no_date.isChecked() else self.date.date().toPython()


class LogTimeDialog(QDialog):
    """Time spent on a task, entered by hand: the day, how long, and a note."""

    def __init__(self, title: str, today: date, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log time on “{0}”").format(title))
        self.setAccessibleName(self.windowTitle())
        self.day = QDateEdit(QDate(today), self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setMaximumDate(QDate(today))
        self.day.setAccessibleName(self.tr("Day"))
        self.minutes = QSpinBox(self)
        self.minutes.setRange(1, 24 * 60)
        self.minutes.setValue(30)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Minutes"))
        self.note = QLineEdit(self)
        self.note.setAccessibleName(self.tr("Note"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Day"), self.day)
        form.addRow(self.tr("&Minutes"), self.minutes)
        form.addRow(self.tr("&Note"), self.note)
        form.addRow(buttons)

    def entry(self) -> tuple[date, int, str]:
        """(day, minutes, note) as entered."""
        return self.day.date().toPython(), self.minutes.value(), self.note.text().strip()


class MeetingPickDialog(QDialog):
    """Pick one of today's meetings to run the timer on."""

    def __init__(self, meetings: list[OccurrenceRow], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start the timer on a meeting"))
        self.setAccessibleName(self.windowTitle())
        self.model = RowTableModel([Column(self.tr("Meeting"), _meeting_text)], self)
        self.model.set_rows(meetings)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Meetings"))
        self.list.setCurrentIndex(self.model.index(0, 0))
        self.list.doubleClicked.connect(self.accept)
        caption = QLabel(self.tr("&Meetings from yesterday to tomorrow"), self)
        caption.setBuddy(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start timer"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (caption, self.list, buttons):
            layout.addWidget(widget)

    def meeting_id(self) -> int | None:
        """The chosen meeting's id."""
        index = self.list.currentIndex()
        return self.model.row_at(index.row()).meeting_id if index.isValid() else None


def _meeting_text(row: OccurrenceRow) -> str:
    """When (in this computer's zone) and what."""
    return f"{row.start.astimezone():%a %H:%M}  {row.title}"
