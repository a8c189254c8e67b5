"""The app's one undo stack: features run their writes through it; Edit ▸ Undo takes them back."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack

from mentordesk.core.changes import ChangeKind
from mentordesk.services.undo import (
    ChangeSet,
    UndoConflictError,
    record_changes,
    redo_changes,
    undo_changes,
)
from mentordesk.ui.jobs import JobProgress, JobRunner


class RecordedCommand(QUndoCommand):
    """One user action on the stack; undo and redo replay its journal as write jobs."""

    def __init__(self, changes: ChangeSet, undo: AppUndo) -> None:
        super().__init__(changes.label)
        self.changes, self._undo = changes, undo
        self._done = True  # the action already ran when it was pushed

    def redo(self) -> None:
        """Replay the change (not on the push: the action ran already)."""
        if self._done or self._undo.rewinding:
            self._done = False
            return
        self._undo.replay(self, redo_changes, QCoreApplication.translate("AppUndo", "Redid {0}."))

    def undo(self) -> None:
        """Take the change back."""
        if not self._undo.rewinding:
            self._undo.replay(
                self, undo_changes, QCoreApplication.translate("AppUndo", "Undid {0}.")
            )


class AppUndo(QObject):
    """Runs undoable writes as jobs and keeps what they changed on one QUndoStack."""

    def __init__(self, jobs: JobRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.jobs = jobs
        self.stack = QUndoStack(self)
        self.rewinding = False  # moving the stack's index back after a failed replay

    def run(
        self,
        *,
        label: str,
        work: Callable[[JobProgress], Any],
        changes: ChangeKind,
        show_progress: bool = False,
        done_message: str | Callable[[Any], str] = "",
        on_result: Callable[[Any], None] | None = None,
        title: str = "",
    ) -> None:
        """Run `work` as a write job; what it changed goes on the stack as `label`."""

        def finished(outcome: tuple[Any, ChangeSet]) -> None:
            result, recorded = outcome
            if recorded.rows:
                self.stack.push(RecordedCommand(recorded, self))
            if on_result is not None:
                on_result(result)

        message = done_message
        if callable(done_message):
            message = lambda outcome: done_message(outcome[0])  # noqa: E731
        self.jobs.start(
            title=title or label,
            work=lambda progress: record_changes(label, lambda: work(progress)),
            changes=changes,
            on_result=finished,
            writes=True,
            show_progress=show_progress,
            done_message=message,
        )

    def replay(self, command: RecordedCommand, play: Callable, message: str) -> None:
        """Play a command's journal back (undo) or forward (redo) as a write job."""
        before = self.stack.index()  # QUndoStack moves its index after the command returns
        self.jobs.start(
            title=command.text(),
            work=lambda progress: play(command.changes),
            changes=command.changes.kinds(),
            writes=True,
            show_progress=False,
            done_message=message.format(command.text()),
            on_error=lambda error: self._failed(error, before),
        )

    def _failed(self, error: BaseException, index: int) -> None:
        """A clash makes the history useless (clear it); anything else leaves it as it was."""
        # after the event loop turns: the stack moves its index only once the command returned
        QTimer.singleShot(0, self, lambda: self._restore_history(error, index))

    def _restore_history(self, error: BaseException, index: int) -> None:
        """Clear the history after a clash, or put its index back where it was."""
        if isinstance(error, UndoConflictError):
            self.stack.clear()
            return
        self.rewinding = True
        try:
            self.stack.setIndex(index)
        finally:
            self.rewinding = False
