"""A goal above its tasks: progress against the straight-line plan, target, success criteria."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from mentordesk.core.goals import Pace, planned_progress
from mentordesk.services.tasks.listing import GoalRow
from mentordesk.ui.format import fmt_date, fmt_minutes, fmt_percent
from mentordesk.ui.labels import label


class GoalSummary(QWidget):
    """The selected goal's title, progress bar, pace and target, and a button to edit it."""

    edit_requested = Signal(object)
    """The user asked to edit the goal shown: its GoalRow."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.goal: GoalRow | None = None
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 100)
        self.bar.setAccessibleName(self.tr("Goal progress"))
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self.facts.setAccessibleName(self.tr("Goal pace and target"))
        self.edit = QPushButton(self.tr("Edit goal…"), self)
        self.edit.setAccessibleName(self.tr("Edit goal"))
        self.edit.clicked.connect(lambda: self.edit_requested.emit(self.goal))
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.addLayout(heading)
        for widget in (self.bar, self.facts):
            layout.addWidget(widget)

    def show_goal(self, goal: GoalRow, minutes: int, today: date) -> None:
        """Fill in one goal, its pace against the plan, and the time invested in it."""
        self.goal = goal
        self.title.setText(goal.title)
        self.bar.setValue(round(goal.progress * 100))
        pace = label(Pace, goal.pace)
        facts = [self.tr("Pace: {0}").format(pace)]
        planned = planned_progress(start=goal.started_on, target=goal.target_date, today=today)
        if planned is not None:
            facts.append(self.tr("the plan says {0} by today").format(fmt_percent(planned)))
        if goal.target_date:
            facts.append(self.tr("target {0}").format(fmt_date(goal.target_date)))
        if goal.mentor:
            facts.append(self.tr("with {0}").format(goal.mentor))
        facts.append(self.tr("{0} invested").format(fmt_minutes(minutes) or self.tr("no time")))
        self.facts.setText(" · ".join(facts))
