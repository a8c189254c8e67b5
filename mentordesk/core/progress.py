"""The progress protocol long services report through, and its silent default."""

from __future__ import annotations

from typing import Protocol


class JobCancelledError(Exception):
    """The user cancelled a long job; whatever it was writing is rolled back."""


class Progress(Protocol):
    """What a long-running service reports to and asks of its caller."""

    def report(self, done: int, total: int, message: str = "") -> None:
        """Tell how far the work has come."""

    def cancelled(self) -> bool:
        """True once the user asked to stop."""


class NoProgress:
    """A progress sink for callers that do not watch (the CLI, tests)."""

    def report(self, done: int, total: int, message: str = "") -> None:
        """Ignore the report."""

    def cancelled(self) -> bool:
        """Never cancelled."""
        return False


def check_cancelled(progress: Progress) -> None:
    """Raise JobCancelledError if the user asked to stop."""
    if progress.cancelled():
        raise JobCancelledError("cancelled")
