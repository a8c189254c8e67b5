"""The workspace lock: one window per workspace, and no wholesale replacement under a window."""

from __future__ import annotations

from PySide6.QtCore import QLockFile

from mentordesk.core.errors import WorkspaceBusyError
from mentordesk.paths import Workspace


def acquire_lock(workspace: Workspace, *, doing: str = "") -> QLockFile:
    """Hold the workspace lock, or refuse because a MentorDesk window holds it."""
    lock = QLockFile(str(workspace.lock_file))
    lock.setStaleLockTime(0)
    if not lock.tryLock(100):
        prefix = f"cannot {doing}: " if doing else ""
        raise WorkspaceBusyError(
            f"{prefix}another MentorDesk window already has {workspace.root} open; "
            "switch to that window, or close it and try again"
        )
    return lock
