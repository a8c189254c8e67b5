"""Verifying a backup completely, without touching the workspace."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from mentordesk.core.progress import Progress
from mentordesk.services.backup.reader import Secrets, decrypt_backup
from mentordesk.services.backup.snapshot import check_database


@dataclass(frozen=True)
class VerifyResult:
    """What a verified backup holds."""

    key_id: str
    schema_version: int
    summary: dict


def verify_backup(
    path: Path, *, secrets: Secrets, progress: Progress | None = None
) -> VerifyResult:
    """Authenticate every byte and check the database inside; raises a BackupError if not."""
    with tempfile.TemporaryDirectory(prefix="mentordesk-verify-") as scratch:
        database = Path(scratch) / "mentordesk.sqlite3"
        opened, _ = decrypt_backup(
            Path(path), secrets, database_to=database, files_to=None, progress=progress
        )
        version = check_database(database, what="the backup")
    return VerifyResult(opened.header.key_id, version, opened.summary)
