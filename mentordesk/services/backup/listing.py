"""The backups list: encrypted backups with date, size, state and preview; safety copies."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from mentordesk.services.backup.errors import BackupError, WrongKeyError
from mentordesk.services.backup.header import open_header
from mentordesk.services.backup.reader import master_key_for, read_backup_header

STATE_OK = "ok"
STATE_UNCHECKED = "not checked (no key)"


@dataclass(frozen=True)
class BackupFileRow:
    """One file in the backups list."""

    path: Path
    kind: str
    created: datetime
    size_bytes: int
    state: str = ""
    summary: dict = field(default_factory=dict)


def list_backup_files(
    *, backups_dir: Path, safety_dir: Path, master_key: bytes | None = None
) -> list[BackupFileRow]:
    """Encrypted backups (headers checked) and pre-upgrade safety copies, newest first."""
    rows = [backup_row(p, master_key) for p in _files(backups_dir, "*.mdbk")]
    rows += [_row(p, "Unfinished backup", "incomplete") for p in _files(backups_dir, "*.partial")]
    rows += [_row(p, "Safety copy", "") for p in _files(safety_dir, "*.sqlite3")]
    return sorted(rows, key=lambda r: r.created, reverse=True)


def _files(folder: Path, pattern: str) -> list[Path]:
    """Files matching a pattern in a folder that may not exist yet."""
    return sorted(folder.glob(pattern)) if folder.is_dir() else []


def _row(path: Path, kind: str, state: str, summary: dict | None = None) -> BackupFileRow:
    """A file's row from its metadata (and, for a backup, its summary's date)."""
    info = path.stat()
    created = datetime.fromtimestamp(info.st_mtime, UTC)
    if summary and summary.get("created"):
        created = datetime.strptime(summary["created"], "%Y-%m-%dT%H:%M:%S%z")
    return BackupFileRow(path, kind, created, info.st_size, state, summary or {})


def backup_row(path: Path, master_key: bytes | None, *, secrets=None) -> BackupFileRow:
    """A backup's row: its header checked, its summary opened when the key is at hand."""
    try:
        header = read_backup_header(path)
        if secrets is not None:
            master_key = master_key_for(header, secrets)
        if master_key is None:
            return _row(path, "Encrypted backup", STATE_UNCHECKED)
        opened = open_header(header, master_key)
    except WrongKeyError:
        return _row(path, "Encrypted backup", "made with another key")
    except BackupError as error:
        return _row(path, "Encrypted backup", f"unusable: {error}")
    return _row(path, "Encrypted backup", STATE_OK, opened.summary)


def last_good_backup(rows: list[BackupFileRow]) -> BackupFileRow | None:
    """The newest backup whose header checks out (with the key if at hand, else without)."""
    backups = [r for r in rows if r.kind == "Encrypted backup"]
    found = next((r for r in backups if r.state == STATE_OK), None)
    return found or next((r for r in backups if r.state == STATE_UNCHECKED), None)
