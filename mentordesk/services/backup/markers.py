"""The files that say a workspace's backup state, readable before any backup code loads.

Start-up asks only these: a restore left unfinished (finish it before opening), and whether
backups are set up at all (no key file: no automatic backup, nothing more to load).
"""

from __future__ import annotations

from pathlib import Path

from mentordesk.paths import Workspace

STAGE = ".restore-incoming"  # the restored copy being put together beside the database
MARKER = "restore-pending.json"  # written once that copy is complete: the swap may finish
KEY_FILE_NAME = "backup-key.json"


def restore_pending(workspace: Workspace) -> bool:
    """True when a restore was interrupted: finish it (or clear its left-overs) on open."""
    return (workspace.root / MARKER).exists() or (workspace.root / STAGE).exists()


def backups_set_up(root: Path) -> bool:
    """True when the workspace has a backup key file (backups were set up)."""
    return (Path(root) / KEY_FILE_NAME).exists()
