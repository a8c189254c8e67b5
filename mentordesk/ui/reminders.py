"""Tray notifications for meetings about to start, while the window is open."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QSystemTrayIcon

from mentordesk.services.calendar.reminders import (
    DEFAULT_REMINDER_MINUTES,
    Reminder,
    due_reminders,
)
from mentordesk.ui.app_icon import app_icon
from mentordesk.ui.context import UiContext
from mentordesk.ui.format import when_text

CHECK_EVERY_MS = 30_000
CATCH_UP = timedelta(minutes=DEFAULT_REMINDER_MINUTES)  # reminders missed just before start


class MeetingReminders(QObject):
    """Checks every 30 s in a background read and shows each due reminder once in the tray."""

    def __init__(
        self,
        context: UiContext,
        parent: QObject | None = None,
        *,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.tray: QSystemTrayIcon | None = None
        self._tray_available = tray_available
        self._shown: set[tuple[int, datetime]] = set()
        self._checked_until: datetime | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)

    def start(self, tray: QSystemTrayIcon | None = None) -> bool:
        """Show the tray icon and begin checking; False (and nothing done) with no tray."""
        if not self._tray_available():
            return False
        self.tray = tray or QSystemTrayIcon(app_icon(), self)
        self.tray.setToolTip(self.tr("MentorDesk"))
        self.tray.show()
        self._checked_until = self.context.now() - CATCH_UP
        self.timer.start()
        return True

    def stop(self) -> None:
        """Stop checking and hide the tray icon."""
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()

    def check(self) -> None:
        """Look for reminders due since the last check, in a background read."""
        if self._checked_until is None:
            return
        since, now = self._checked_until, self.context.now()
        self.context.jobs.start(
            title=self.tr("Meeting reminders"),
            work=lambda progress: (now, due_reminders(since, now)),
            on_result=self._show,
            key="reminders",
            show_progress=False,
        )

    def _show(self, result: tuple[datetime, list[Reminder]]) -> None:
        """Show each reminder not shown before, unless its meeting began over a check ago."""
        now, reminders = result
        self._checked_until = max(now, self._checked_until or now)
        too_late = now - timedelta(milliseconds=CHECK_EVERY_MS)
        for reminder in reminders:
            if reminder.key in self._shown or reminder.occurrence.start <= too_late:
                continue
            self._shown.add(reminder.key)
            self.tray.showMessage(reminder.occurrence.title, self._text(reminder))

    def _text(self, reminder: Reminder) -> str:
        """When, with whom and where, one line each."""
        row = reminder.occurrence
        lines = [when_text(row)]
        if row.attendees:
            lines.append(self.tr("With {0}").format(row.attendees))
        if row.location:
            lines.append(row.location)
        return "\n".join(lines)
