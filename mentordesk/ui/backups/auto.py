"""Automatic backups: once a day while the window is open, and when it closes (settings)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from mentordesk import __version__
from mentordesk.core.changes import ChangeKind
from mentordesk.services.backup.markers import backups_set_up
from mentordesk.ui.context import UiContext

log = logging.getLogger(__name__)
CHECK_EVERY_MS = 60 * 60 * 1000  # look once an hour whether the daily backup is due
FIRST_CHECK_MS = 2 * 60 * 1000  # and two minutes after start, once the window has settled


class AutoBackup(QObject):
    """Starts the daily backup as a background job; backs up on quit when asked to."""

    def __init__(self, context: UiContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check_daily)

    def start(self) -> None:
        """Begin the daily checks."""
        self.timer.start()
        QTimer.singleShot(FIRST_CHECK_MS, self, self.check_daily)

    def check_daily(self) -> None:
        """Back up in the background if the last good backup is a day old (and daily is on)."""
        workspace, now = self.context.workspace, self.context.now()
        self.context.jobs.start(
            title=self.tr("Daily backup"),
            work=lambda progress: _backup_if_due(workspace, now=now, reason="daily"),
            changes=ChangeKind.BACKUPS,
            show_progress=False,
        )

    def on_quit(self) -> None:
        """Back up before the window closes, if set up and asked for; never block the quit."""
        self.timer.stop()
        workspace, now = self.context.workspace, self.context.now()
        try:
            result = _backup_if_due(workspace, now=now, reason="quit")
        except Exception:  # the app is closing: log, never stop the quit
            log.exception("the backup on quit failed")
            return
        if result is not None:
            log.info("backup on quit: %s", result.path)


def _backup_if_due(workspace, *, now, reason: str):
    """backup_if_due, its modules loaded only when backups are set up (never at start-up)."""
    if not backups_set_up(workspace.root):
        return None  # backup_if_due's own first answer, without loading the backup code
    from mentordesk.services.backup.overview import backup_if_due

    return backup_if_due(workspace, now=now, reason=reason, app_version=__version__)
