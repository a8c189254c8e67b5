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
    QLineEdit,
    QSpinBox,
)


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
