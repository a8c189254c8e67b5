"""Add or edit a goal: why it matters, success criteria, dates, status and how progress counts."""

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
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
)

from mentordesk.core.enums import GoalStatus, ProgressMode
from mentordesk.services.tasks.listing import GoalRow
from mentordesk.ui.labels import label
from mentordesk.ui.widgets.form_fields import date_field, named, save_cancel


class GoalDialog(QDialog):
    """One form for a new goal or an existing one; the view stores it as an undoable step."""

    def __init__(
        self, *, goal: GoalRow | None, mentorships: list[tuple[int, str]], today: date, parent=None
    ) -> None:
        super().__init__(parent)
        self.goal = goal
        title = self.tr("Edit goal") if goal else self.tr("New goal")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._build_ui(goal, mentorships, today)

    def _build_ui(self, goal: GoalRow | None, mentorships, today: date) -> None:
        """The fields, filled from the goal when editing."""
        self.title = named(QLineEdit(goal.title if goal else "", self), self.tr("Goal"))
        self.mentorship = named(QComboBox(self), self.tr("With"))
        self.mentorship.addItem(self.tr("Personal (no mentor)"), None)
        for ship_id, name in mentorships:
            self.mentorship.addItem(name, ship_id)
        self.mentorship.setCurrentIndex(
            max(0, self.mentorship.findData(goal and goal.mentorship_id))
        )
        self.why = _text(goal.why if goal else "", self.tr("Why it matters"), self)
        self.criteria = _text(
            goal.success_criteria if goal else "", self.tr("Success criteria"), self
        )
        self.started = date_field(goal.started_on if goal else today, self.tr("Started on"), self)
        self.target = date_field((goal and goal.target_date) or today, self.tr("Target date"), self)
        self.no_target = QCheckBox(self.tr("No target date"), self)
        self.no_target.toggled.connect(lambda on: self.target.setEnabled(not on))
        self.no_target.setChecked(goal is not None and goal.target_date is None)
        self.status = named(QComboBox(self), self.tr("Status"))
        for value in GoalStatus.values():
            self.status.addItem(label(GoalStatus, value), value)
        self.status.setCurrentIndex(self.status.findData(goal.status if goal else "open"))
        self._build_progress(goal)
        self._lay_out()

    def _build_progress(self, goal: GoalRow | None) -> None:
        """Progress from the tasks, or a percent set by hand."""
        self.by_hand = QCheckBox(self.tr("Set progress by &hand"), self)
        self.percent = named(QSpinBox(self), self.tr("Progress in percent"))
        self.percent.setRange(0, 100)
        self.percent.setSuffix(" %")
        manual = goal is not None and goal.progress_mode == ProgressMode.MANUAL.value
        self.percent.setValue(goal.manual_progress if goal else 0)
        self.by_hand.toggled.connect(self.percent.setEnabled)
        self.by_hand.setChecked(manual)
        self.percent.setEnabled(manual)

    def _lay_out(self) -> None:
        """A form with the buttons below."""
        form = QFormLayout(self)
        target = QHBoxLayout()
        target.addWidget(self.target, 1)
        target.addWidget(self.no_target)
        progress = QHBoxLayout()
        progress.addWidget(self.by_hand)
        progress.addWidget(self.percent, 1)
        form.addRow(self.tr("&Goal"), self.title)
        form.addRow(self.tr("&With"), self.mentorship)
        form.addRow(self.tr("Wh&y it matters"), self.why)
        form.addRow(self.tr("&Success criteria"), self.criteria)
        form.addRow(self.tr("Started &on"), self.started)
        form.addRow(_buddy(self.tr("&Target date"), self.target, self), target)
        form.addRow(self.tr("Stat&us"), self.status)
        form.addRow(_buddy(self.tr("&Progress"), self.by_hand, self), progress)
        buttons = save_cancel(self)
        form.addRow(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)

    def values(self) -> dict[str, Any]:
        """The fields as `create_goal` and `update_goal` take them."""
        manual = self.by_hand.isChecked()
        return {
            "title": self.title.text().strip(),
            "mentorship": self.mentorship.currentData(),
            "why": self.why.toPlainText().strip(),
            "success_criteria": self.criteria.toPlainText().strip(),
            "started_on": self.started.date().toPython(),
            "target_date": None if self.no_target.isChecked() else self.target.date().toPython(),
            "status": self.status.currentData(),
            "progress_mode": (ProgressMode.MANUAL if manual else ProgressMode.FROM_TASKS).value,
            "manual_progress": self.percent.value(),
        }


def _buddy(text: str, widget, parent) -> QLabel:
    """A label whose Alt letter moves to `widget` (for rows that hold a layout)."""
    caption = QLabel(text, parent)
    caption.setBuddy(widget)
    return caption


def _text(value: str, name: str, parent) -> QPlainTextEdit:
    """A short multi-line text field where Tab moves on."""
    edit = named(QPlainTextEdit(value, parent), name)
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * 4)
    return edit
