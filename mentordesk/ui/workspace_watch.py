"""Notices what other programs wrote to the workspace (a CLI import, sync) and reloads."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from mentordesk.core.changes import ChangeKind
from mentordesk.db.database import CommitWatcher
from mentordesk.ui.jobs import JobRunner

POLL_MS = 2000
WATCH_KEY = "workspace/watch"


class WorkspaceWatch(QObject):
    """Polls SQLite's `data_version` in the background; a change not ours reloads every view."""

    def __init__(self, jobs: JobRunner, database: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.jobs, self.database = jobs, database
        self._watcher: CommitWatcher | None = None
        self._seen: int | None = None
        self._ours = False  # one of our own writes finished since the last look
        self._announcing = False
        jobs.changed.connect(self._our_write_finished)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        """Start watching (after the first paint: nothing here is needed to show the window)."""
        self.timer.start()

    def poll(self) -> None:
        """Ask, in the background, whether the database changed."""
        self.jobs.start(
            title=self.tr("Checking for changes"),
            work=lambda progress: self._version(),
            then=self._compare,
            key=WATCH_KEY,
            show_progress=False,
        )

    def _version(self) -> int:
        """The database's data_version (runs on a worker thread)."""
        if self._watcher is None:
            self._watcher = CommitWatcher(self.database)
        return self._watcher.version()

    def _compare(self, version: int) -> None:
        """Announce a change that none of our own writes explains."""
        changed_elsewhere = self._seen is not None and version != self._seen and not self._ours
        self._seen, self._ours = version, False
        if changed_elsewhere:
            self._announcing = True
            try:
                self.jobs.changed.emit(ChangeKind.ALL)
            finally:
                self._announcing = False

    def _our_write_finished(self, kinds: ChangeKind) -> None:
        """Remember that the next change of data_version may be our own."""
        if not self._announcing:
            self._ours = True

    def stop(self) -> None:
        """Stop polling and close the watching connection."""
        self.timer.stop()
        if self._watcher is not None:
            self._watcher.close()
            self._watcher = None
