"""What every view is given: the workspace, the job runner and the clock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from mentordesk.paths import Workspace
from mentordesk.ui.jobs import JobRunner
from mentordesk.ui.undo import AppUndo


def _utc_now() -> datetime:
    """The current instant in UTC."""
    return datetime.now(UTC)


@dataclass
class UiContext:
    """Collaborators passed into views (no global app object)."""

    workspace: Workspace
    jobs: JobRunner
    now: Callable[[], datetime] = field(default=_utc_now)
    undo: AppUndo | None = None

    def __post_init__(self) -> None:
        """Every window gets one undo stack over its job runner."""
        if self.undo is None:
            self.undo = AppUndo(self.jobs)

    def today(self) -> date:
        """Today's date on this computer."""
        return self.now().astimezone().date()
