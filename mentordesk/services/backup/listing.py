"""The backups list: encrypted backups with date, size, state and preview; safety copies."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from mentordesk.services.backup.errors import BackupError, WrongKeyError
from mentordesk.services.backup.header import open_header
from mentordesk.services.backup.reader import master_key_for, read_backup_header


class BackupKind(StrEnum):
    """What a file in the backups list is (the UI and the CLI word it)."""

    ENCRYPTED = "encrypted"
    UNFINISHED = "unfinished"
    SAFETY_COPY = "safety_copy"


class BackupState(StrEnum):
    """What checking a file found; safety copies have none ("")."""

    OK = "ok"
    UNCHECKED = "unchecked"  # no key at hand: only the header was checked
    INCOMPLETE = "incomplete"
    WRONG_KEY = "wrong_key"
    UNUSABLE = "unusable"  # `problem` says why


STATE_OK = BackupState.OK
STATE_UNCHECKED = BackupState.UNCHECKED


@dataclass(frozen=True)
class BackupFileRow:
    """One file in the backups list."""

    path: Path
    kind: str
    created: datetime
    size_bytes: int
    state: str = ""
    summary: dict = field(default_factory=dict)
    problem: str = ""  # why an unusable backup is unusable, as the error said it


def list_backup_files(
    *, backups_dir: Path, safety_dir: Path, master_key: bytes | None = None
) -> list[BackupFileRow]:
    """Encrypted backups (headers checked) and pre-upgrade safety copies, newest first."""
    rows = [backup_row(p, master_key) for p in _files(backups_dir, "*.mdbk")]
    partial = _files(backups_dir, "*.partial")
    rows += [_row(p, BackupKind.UNFINISHED, BackupState.INCOMPLETE) for p in partial]
    rows += [_row(p, BackupKind.SAFETY_COPY, "") for p in _files(safety_dir, "*.sqlite3")]
    return sorted(rows, key=lambda r: r.created, reverse=True)


def _files(folder: Path, pattern: str) -> list[Path]:
    """Files matching a pattern in a folder that may not exist yet."""
    return sorted(folder.glob(pattern)) if folder.is_dir() else []


def _row(
    path: Path, kind: str, state: str, summary: dict | None = None, problem: str = ""
) -> BackupFileRow:
    """A file's row from its metadata (and, for a backup, its summary's date)."""
    info = path.stat()
    created = datetime.fromtimestamp(info.st_mtime, UTC)
    if summary and summary.get("created"):
        created = datetime.strptime(summary["created"], "%Y-%m-%dT%H:%M:%S%z")
    return BackupFileRow(path, kind, created, info.st_size, state, summary or {}, problem)


def backup_row(path: Path, master_key: bytes | None, *, secrets=None) -> BackupFileRow:
    """A backup's row: its header checked, its summary opened when the key is at hand."""
    try:
        header = read_backup_header(path)
        if secrets is not None:
            master_key = master_key_for(header, secrets)
        if master_key is None:
            return _row(path, BackupKind.ENCRYPTED, BackupState.UNCHECKED)
        opened = open_header(header, master_key)
    except WrongKeyError:
        return _row(path, BackupKind.ENCRYPTED, BackupState.WRONG_KEY)
    except BackupError as error:
        return _row(path, BackupKind.ENCRYPTED, BackupState.UNUSABLE, problem=str(error))
    return _row(path, BackupKind.ENCRYPTED, BackupState.OK, opened.summary)


def last_good_backup(rows: list[BackupFileRow]) -> BackupFileRow | None:
    """The newest backup whose header checks out (with the key if at hand, else without)."""
    backups = [r for r in rows if r.kind == BackupKind.ENCRYPTED]
    found = next((r for r in backups if r.state == STATE_OK), None)
    return found or next((r for r in backups if r.state == STATE_UNCHECKED), None)
