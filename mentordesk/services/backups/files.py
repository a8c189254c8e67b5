"""Listing of the backup and safety-copy files kept in a workspace."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path


@dataclass(frozen=True)
class BackupFileRow:
    """One file in the backups list."""

    path: Path
    kind: str
    created: datetime
    size_bytes: int


def list_backup_files(*, backups_dir: Path, safety_dir: Path) -> list[BackupFileRow]:
    """Encrypted backups and pre-migration safety copies, newest first."""
    rows = [_row(p, "Encrypted backup") for p in _files(backups_dir, "*.mdbk")]
    rows += [_row(p, "Safety copy before an upgrade") for p in _files(safety_dir, "*.sqlite3")]
    return sorted(rows, key=lambda r: r.created, reverse=True)


def _files(folder: Path, pattern: str) -> list[Path]:
    """Files matching a pattern in a folder that may not exist yet."""
    return sorted(folder.glob(pattern)) if folder.is_dir() else []


def _row(path: Path, kind: str) -> BackupFileRow:
    """A file's row from its metadata."""
    info = path.stat()
    return BackupFileRow(
        path=path,
        kind=kind,
        created=datetime.fromtimestamp(info.st_mtime, UTC),
        size_bytes=info.st_size,
    )
