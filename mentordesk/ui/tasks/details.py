"""A task's details: notes, checklist, estimate, waiting, repeating, and its deliverable."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
)

from mentordesk.services.tasks.listing import TaskRow
from mentordesk.ui.tasks.checklist import ChecklistEditor
from mentordesk.ui.widgets.form_fields import named, save_cancel

REPEATS = [
    ("", QT_TRANSLATE_NOOP("TaskDetailsDialog", "Does not repeat")),
    ("FREQ=WEEKLY", QT_TRANSLATE_NOOP("TaskDetailsDialog", "Every week")),
    ("FREQ=MONTHLY", QT_TRANSLATE_NOOP("TaskDetailsDialog", "Every month on the due day")),
    ("FREQ=MONTHLY;BYMONTHDAY=1", QT_TRANSLATE_NOOP("TaskDetailsDialog", "Every month on the 1st")),
]


class TaskDetailsDialog(QDialog):
    """Edit what the list does not show; the view stores the result as one undoable step."""

    def __init__(self, row: TaskRow, parent=None) -> None:
        super().__init__(parent)
        self.row = row
        self.attachment: Path | None = None
        title = self.tr("Task details")
        if row.meeting:
            title = self.tr("Task details (from the meeting “{0}”)").format(row.meeting)
        self.setWindowTitle(title)
        self.setAccessibleName(self.tr("Task details"))
        self._build_ui()

    def _build_ui(self) -> None:
        """One form: title, notes, checklist, estimate, waiting, repeats, deliverable."""
        row, form = self.row, QFormLayout(self)
        self.title = named(QLineEdit(row.title, self), self.tr("Title"))
        self.notes = named(QPlainTextEdit(row.notes, self), self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.checklist = ChecklistEditor(list(row.checklist), self)
        self.estimate = named(QSpinBox(self), self.tr("Estimate in minutes"))
        self.estimate.setRange(0, 100_000)
        self.estimate.setSuffix(self.tr(" min"))
        self.estimate.setValue(row.estimate_minutes or 0)
        self.waiting = QCheckBox(self.tr("&Waiting on my mentor"), self)
        self.waiting.setChecked(row.waiting_on == "them")
        self.repeats = named(QComboBox(self), self.tr("Repeats"))
        self._fill_repeats(row.recurrence)
        self.deliverable = named(QLineEdit(row.deliverable, self), self.tr("Deliverable"))
        self.deliverable.setPlaceholderText(self.tr("A link, or attach a file"))
        self.attach = named(QPushButton(self.tr("Attach &file…"), self), self.tr("Attach file"))
        deliverable = QHBoxLayout()
        deliverable.addWidget(self.deliverable, 1)
        deliverable.addWidget(self.attach)
        buttons = save_cancel(self)
        for label, widget in [
            (self.tr("&Title"), self.title),
            (self.tr("&Notes"), self.notes),
            (self.tr("&Checklist"), self.checklist),
            (self.tr("&Estimate"), self.estimate),
            ("", self.waiting),
            (self.tr("&Repeats"), self.repeats),
        ]:
            form.addRow(label, widget)
        label = QLabel(self.tr("&Deliverable"), self)
        label.setBuddy(self.deliverable)
        form.addRow(label, deliverable)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        form.addRow(buttons)

    def _fill_repeats(self, current: str) -> None:
        """The usual rules, plus the task's own if it is another."""
        for rule, text in REPEATS:
            self.repeats.addItem(self.tr(text), rule)
        if self.repeats.findData(current) < 0:
            self.repeats.addItem(current, current)
        self.repeats.setCurrentIndex(self.repeats.findData(current))

    def attach_file(self, path: Path) -> None:
        """Choose a file to copy into the workspace as the deliverable when saved."""
        self.attachment = path
        self.deliverable.setText(self.tr("{0} (copied in when saved)").format(path.name))
        self.deliverable.setReadOnly(True)

    def changes(self) -> dict[str, Any]:
        """The edited fields, as `update_task` takes them (the file is copied separately)."""
        values: dict[str, Any] = {
            "title": self.title.text(),
            "notes": self.notes.toPlainText(),
            "checklist": self.checklist.model.as_stored(),
            "estimate_minutes": self.estimate.value() or None,
            "waiting_on": "them" if self.waiting.isChecked() else "",
            "recurrence": self.repeats.currentData(),
        }
        if self.attachment is None:
            values["deliverable"] = self.deliverable.text().strip()
        return values
