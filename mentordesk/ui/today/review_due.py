"""Today's reviews-due card: whose analyse-and-adapt review is due, with a button to start it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton

from mentordesk.services.reviews.due import ReviewSchedule

SHOWN = 3  # the most overdue ones; the Reviews page has the rest


class ReviewDueCard(QGroupBox):
    """A line per review due, each with a button that opens the guided review."""

    review_requested = Signal(int)
    """The user asked to start the review of a mentorship (its id)."""

    def __init__(self, parent=None) -> None:
        super().__init__(self.tr("Reviews due"), parent)
        self.setAccessibleName(self.tr("Reviews due"))
        self.grid = QGridLayout(self)
        self.lines: list[QLabel] = []
        self.buttons: list[QPushButton] = []
        self.set_due([])

    def due_text(self, due: ReviewSchedule) -> str:
        """Whose review is due, since when, and how often it is."""
        if due.days_overdue == 0:
            when = self.tr("due today")
        elif due.days_overdue == 1:
            when = self.tr("due since yesterday")
        else:
            when = self.tr("due %n day(s) ago", "", due.days_overdue)
        return self.tr("{0}: review {1} (every %n day(s))", "", due.cadence_days).format(
            due.contact_name, when
        )

    def set_due(self, due: list[ReviewSchedule]) -> None:
        """Show the reviews due (hidden when none is)."""
        for widget in self.lines + self.buttons:
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self.lines, self.buttons = [], []
        for row, item in enumerate(due[:SHOWN]):
            self._add_line(row, item)
        self.setVisible(bool(due))

    def _add_line(self, row: int, due: ReviewSchedule) -> None:
        """One review due: the sentence and its Start button."""
        text = self.due_text(due)
        line = QLabel(text, self)
        line.setAccessibleName(text)
        button = QPushButton(self.tr("Start review…"), self)
        button.setAccessibleName(self.tr("Start the review with {0}").format(due.contact_name))
        button.clicked.connect(lambda: self.review_requested.emit(due.mentorship_id))
        self.grid.addWidget(line, row, 0)
        self.grid.addWidget(button, row, 1)
        self.grid.setColumnStretch(0, 1)
        self.lines.append(line)
        self.buttons.append(button)
