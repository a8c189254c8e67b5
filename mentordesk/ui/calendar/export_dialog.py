"""Which meetings a calendar export holds: all or one contact's, any time or a range of days."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from mentordesk.services.interop.ics.export_selection import ExportScope


class CalendarExportDialog(QDialog):
    """Choose a contact and a range of days, and whether dated tasks come along."""

    def __init__(self, contacts: list[tuple[int, str]], today: date, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export calendar"))
        self.setAccessibleName(self.windowTitle())
        self._build_ui(contacts, today)
        self._connect()
        self._update_range()

    def _build_ui(self, contacts: list[tuple[int, str]], today: date) -> None:
        """The contact choice, the range, the tasks box and the buttons."""
        self.contact = QComboBox(self)
        self.contact.setAccessibleName(self.tr("Meetings with"))
        self.contact.addItem(self.tr("Everyone"), None)
        for contact_id, name in contacts:
            self.contact.addItem(name, contact_id)
        self.limit = QCheckBox(self.tr("&Limit to these days"), self)
        self.limit.setAccessibleName(self.tr("Limit the export to a range of days"))
        self.first = self._date(today - timedelta(days=30), self.tr("First day"))
        self.last = self._date(today + timedelta(days=90), self.tr("Last day"))
        self.tasks = QCheckBox(self.tr("Add dated &tasks"), self)
        self.tasks.setAccessibleName(self.tr("Add dated tasks as to-dos"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("E&xport…"))
        form = QFormLayout(self)
        form.addRow(self.tr("Meetings &with"), self.contact)
        form.addRow("", self.limit)
        form.addRow(self.tr("&From"), self._range_row())
        form.addRow("", self.tasks)
        form.addRow(self.buttons)

    def _date(self, day: date, name: str) -> QDateEdit:
        """A date field with a calendar pop-up."""
        edit = QDateEdit(QDate(day), self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setAccessibleName(name)
        return edit

    def _range_row(self) -> QWidget:
        """First day, "to", last day on one line."""
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        to = QLabel(self.tr("t&o"), row)
        to.setBuddy(self.last)
        for widget in (self.first, to, self.last):
            layout.addWidget(widget)
        layout.addStretch(1)
        row.setFocusProxy(self.first)
        return row

    def _connect(self) -> None:
        """Buttons, and the range fields following their box."""
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.limit.toggled.connect(self._update_range)
        self.first.dateChanged.connect(lambda d: self.last.setMinimumDate(d))

    def _update_range(self) -> None:
        """The range fields are editable only when the range is on."""
        for edit in (self.first, self.last):
            edit.setEnabled(self.limit.isChecked())

    def scope(self) -> ExportScope:
        """The chosen contact and days."""
        limited = self.limit.isChecked()
        return ExportScope(
            contact_id=self.contact.currentData(),
            first_day=self.first.date().toPython() if limited else None,
            last_day=self.last.date().toPython() if limited else None,
        )

    def include_tasks(self) -> bool:
        """True when dated tasks should come along as VTODOs."""
        return self.tasks.isChecked()
