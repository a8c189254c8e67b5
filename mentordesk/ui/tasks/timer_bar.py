"""The running timer: what it runs for and for how long; a button stops it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from mentordesk.core.time_totals import elapsed_minutes
from mentordesk.services.tasks.time_invested import RunningTimer
from mentordesk.ui.format import fmt_minutes

TICK_MS = 15_000


class TimerBar(QWidget):
    """Shows the timer kept in the database, so it is there again after a restart."""

    stop_requested = Signal()
    """The user asked to stop the running timer."""

    def __init__(self, now: Callable[[], datetime], parent=None) -> None:
        super().__init__(parent)
        self.now = now
        self.timer: RunningTimer | None = None
        self.label = QLabel(self)
        self.label.setAccessibleName(self.tr("Timer"))
        # the text may be cut on a narrow window; the tooltip keeps all of it
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.stop = QPushButton(self.tr("Stop timer"), self)
        self.stop.setAccessibleName(self.tr("Stop timer"))
        self.stop.clicked.connect(self.stop_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.stop)
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.refresh)
        self.show_timer(None)

    def show_timer(self, timer: RunningTimer | None) -> None:
        """Show a running timer, or that none runs."""
        self.timer = timer
        self.stop.setEnabled(timer is not None)
        if timer is None:
            self.ticker.stop()
        else:
            self.ticker.start()
        self.refresh()

    def refresh(self) -> None:
        """Update the elapsed time."""
        if self.timer is None:
            self._say(self.tr("No timer running. Select a task and press Ctrl+T."))
            return
        minutes = elapsed_minutes(self.timer.started_at, self.now())
        text = self.tr("Timer running for “{0}”: {1}")
        self._say(text.format(self.timer.label, fmt_minutes(minutes) or "0 min"))

    def _say(self, text: str) -> None:
        """Show a text, also as the tooltip in case the row is too narrow for it."""
        self.label.setText(text)
        self.label.setToolTip(text)
