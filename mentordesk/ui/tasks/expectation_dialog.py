"""Agree an expectation, or renegotiate one (the old version stays, linked to the new)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
)

from mentordesk.services.tasks.goals import ExpectationRow
from mentordesk.ui.widgets.form_fields import date_field, save_cancel


class ExpectationDialog(QDialog):
    """A new expectation (who expects what of whom), or a new version of an existing one."""

    def __init__(
        self,
        *,
        mentorships: list[tuple[int, str]],
        today: date,
        replacing: ExpectationRow | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.replacing = replacing
        title = self.tr("Renegotiate expectation") if replacing else self.tr("New expectation")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._build_ui(mentorships, today)

    def _build_ui(self, mentorships: list[tuple[int, str]], today: date) -> None:
        """With whom, which way, the text, and when it was agreed and is due."""
        old = self.replacing
        self.mentorship = QComboBox(self)
        self.mentorship.setAccessibleName(self.tr("With"))
        for ship_id, name in mentorships:
            self.mentorship.addItem(name, ship_id)
        self.direction = QComboBox(self)
        self.direction.setAccessibleName(self.tr("Who expects it"))
        self.direction.addItem(self.tr("I expect this of them"), ("me", "them"))
        self.direction.addItem(self.tr("They expect this of me"), ("them", "me"))
        if old is not None:
            self.mentorship.setCurrentIndex(self.mentorship.findData(old.mentorship_id))
            self.direction.setCurrentIndex(0 if old.expected_by == "me" else 1)
            self.mentorship.setEnabled(False)
            self.direction.setEnabled(False)
        self.text = QPlainTextEdit(old.text if old else "", self)
        self.text.setAccessibleName(self.tr("Expectation"))
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(self.text.fontMetrics().lineSpacing() * 4)
        self.agreed = date_field(today, self.tr("Agreed on"), self)
        self.due = date_field((old and old.due) or today, self.tr("Due"), self)
        self.no_due = QCheckBox(self.tr("No due date"), self)
        self.no_due.toggled.connect(lambda on: self.due.setEnabled(not on))
        self.no_due.setChecked(old is None or old.due is None)
        self._lay_out()

    def _lay_out(self) -> None:
        """The form and its buttons."""
        form = QFormLayout(self)
        due = QHBoxLayout()
        due.addWidget(self.due, 1)
        due.addWidget(self.no_due)
        due_label = QLabel(self.tr("D&ue"), self)
        due_label.setBuddy(self.due)
        form.addRow(self.tr("&With"), self.mentorship)
        form.addRow(self.tr("W&ho expects it"), self.direction)
        form.addRow(self.tr("&Expectation"), self.text)
        form.addRow(self.tr("&Agreed on"), self.agreed)
        form.addRow(due_label, due)
        buttons = save_cancel(self)
        form.addRow(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def values(self) -> dict[str, Any]:
        """The fields, as `create_expectation` takes them."""
        by, of = self.direction.currentData()
        return {
            "mentorship_id": self.mentorship.currentData(),
            "text": self.text.toPlainText().strip(),
            "expected_by": by,
            "expected_of": of,
            "agreed_on": self.agreed.date().toPython(),
            "due": None if self.no_due.isChecked() else self.due.date().toPython(),
        }
