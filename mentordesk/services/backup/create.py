"""Making a backup: snapshot, stream-encrypt to NAME.partial, fsync, swap in, read back, rotate."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import sqlite3
import tempfile
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from mentordesk.core.progress import NoProgress, Progress, check_cancelled
from mentordesk.paths import Workspace, make_private_dir
from mentordesk.services.backup import crypto
from mentordesk.services.backup.archive import archive_size, collect_members, write_archive
from mentordesk.services.backup.errors import NoSpaceError
from mentordesk.services.backup.header import build_header_block, file_key_aad, seal_summary
from mentordesk.services.backup.keys import KeyFile
from mentordesk.services.backup.reader import Secrets, decrypt_backup
from mentordesk.services.backup.rotation import backup_name, rotate
from mentordesk.services.backup.snapshot import (
    check_database,
    count_records,
    fsync_dir,
    read_schema_version,
    snapshot_database,
)
from mentordesk.services.backup.stream import ChunkWriter

CHUNK_SIZE = 1024 * 1024
SPACE_ERRORS = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
SPACE_MARGIN = 8 * 1024 * 1024
STALE_SCRATCH_S = 3600


@dataclass(frozen=True)
class BackupResult:
    """A finished, verified backup."""

    path: Path
    size_bytes: int
    summary: dict
    rotated: list[Path]
    second_copy: Path | None = None
    second_copy_problem: str = ""


def files_dir(workspace: Workspace) -> Path:
    """The workspace's deliverable files."""
    return workspace.root / "files"


def create_backup(
    workspace: Workspace,
    *,
    master_key: bytes,
    key_file: KeyFile,
    out: Path | None = None,
    progress: Progress | None = None,
    now: datetime | None = None,
    chunk_size: int = CHUNK_SIZE,
    app_version: str = "",
) -> BackupResult:
    """Write an encrypted, verified backup of the database and files/; rotate automatic ones."""
    progress = progress or NoProgress()
    now = now or datetime.now(UTC)
    target = Path(out) if out else make_private_dir(workspace.backups) / backup_name(now)
    _clear_stale_scratch(workspace.root)
    with tempfile.TemporaryDirectory(prefix=".backup-", dir=workspace.root) as scratch:
        snapshot = Path(scratch) / "snapshot.sqlite3"
        with _space_errors(target):
            snapshot_database(workspace.database, snapshot, durable=False)  # scratch: no fsync
            with ThreadPoolExecutor(max_workers=1, thread_name_prefix="backup-check") as pool:
                # SQLite checks the snapshot on another core while it is encrypted and read
                # back; the file takes its final name only once the check has passed.
                checked = pool.submit(check_database, snapshot, what="the snapshot")
                summary = {**_summary(snapshot, workspace, now), "app_version": app_version}
                keys = (master_key, key_file)
                _write(target, snapshot, workspace, keys, summary, chunk_size, progress, checked)
    rotated = rotate(target.parent, protect=target) if not out else []
    return BackupResult(target, target.stat().st_size, summary, rotated)


def _clear_stale_scratch(root: Path) -> None:
    """Remove snapshots a killed backup left behind (an hour old: no backup runs that long)."""
    for folder in root.glob(".backup-*"):
        if folder.is_dir() and time.time() - folder.stat().st_mtime > STALE_SCRATCH_S:
            shutil.rmtree(folder, ignore_errors=True)


def _read_back(target: Path, master_key: bytes, progress: Progress) -> None:
    """Authenticate every chunk of the written file; one that fails is removed, never kept."""
    try:
        decrypt_backup(
            target,
            Secrets(master_key=master_key, use_keyring=False),
            database_to=None,  # the snapshot's own check runs beside this, in create_backup
            files_to=None,
            progress=progress,
            message="Reading the backup back",
        )
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def _summary(snapshot: Path, workspace: Workspace, now: datetime) -> dict:
    """What the backup holds, for its preview: counts per entity, sizes, schema."""
    schema = read_schema_version(snapshot, what="the snapshot")  # checked in full meanwhile
    files = [p for p in files_dir(workspace).rglob("*") if p.is_file() and not p.is_symlink()]
    return {
        "created": now.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "schema_version": schema,
        "counts": count_records(snapshot),
        "database_bytes": snapshot.stat().st_size,
        "files": len(files),
        "files_bytes": sum(p.stat().st_size for p in files),
    }


def _write(target, snapshot, workspace, keys, summary, chunk_size, progress, checked: Future):
    """Encrypt into NAME.partial, flush and read it back; once `checked` passed, swap it in."""
    master_key, key_file = keys
    members = collect_members(snapshot, files_dir(workspace))
    total = archive_size(members)
    _check_space(target.parent, total)
    file_key, nonce = crypto.random_bytes(32), crypto.random_bytes(16)
    fields = _fields(summary, key_file, master_key, file_key, nonce, total, chunk_size)
    block = build_header_block(fields, file_key)
    fd, name = tempfile.mkstemp(prefix=f"{target.name}.", suffix=".partial", dir=target.parent)
    partial = Path(name)  # its own name: two backups in one second never share a partial file
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(block)
            key = crypto.subkey(file_key, salt=nonce, purpose="payload")
            aad = hashlib.sha256(block).digest()
            writer = ChunkWriter(out, key=key, aad=aad, chunk_size=chunk_size, total=total)
            done = [0]
            write_archive(members, writer, on_bytes=_reporter(done, total, progress))
            writer.close()
            out.flush()
            os.fsync(out.fileno())
        _read_back(partial, master_key, progress)  # the same bytes the final name will hold
        checked.result()  # a snapshot that fails its check raises here: nothing is kept
        os.replace(partial, target)
        fsync_dir(target.parent)
    finally:
        partial.unlink(missing_ok=True)


def _reporter(done: list[int], total: int, progress: Progress):
    """A callback counting bytes archived, reporting progress and honouring cancel."""

    def on_bytes(count: int) -> None:
        """Count, report, and stop if cancelled."""
        done[0] += count
        check_cancelled(progress)
        progress.report(min(done[0], total), total, "Encrypting the backup")

    return on_bytes


def _fields(summary, key_file, master_key, file_key, nonce, total, chunk_size) -> dict:
    """The header's fields."""
    key_id = crypto.key_id(master_key)
    slot = crypto.seal(master_key, file_key, aad=file_key_aad(key_id, nonce))
    return {
        "features": [],
        "created": summary["created"],
        "app_version": summary["app_version"],
        "schema_version": summary["schema_version"],
        "aead": crypto.AEAD_ID,
        "chunk_size": chunk_size,
        "payload_nonce": nonce.hex(),
        "plaintext_bytes": total,
        "key_id": key_id,
        "file_key": {k: v.hex() for k, v in slot.items()},
        "master_key_slots": [s for s in key_file.slots if s.get("label") == "recovery"],
        "summary": seal_summary(file_key, nonce, summary),
    }


def _check_space(folder: Path, needed: int) -> None:
    """NoSpaceError before writing when the folder's disk cannot take the backup."""
    free = shutil.disk_usage(folder).free
    if free < needed + SPACE_MARGIN:
        raise NoSpaceError(
            f"not enough free space in {folder} for the backup: it needs about "
            f"{(needed + SPACE_MARGIN) // 2**20} MiB, {free // 2**20} MiB are free; "
            "nothing was written"
        )


class _space_errors:  # noqa: N801 - a context manager that reads as a phrase
    """A full disk while writing becomes NoSpaceError (the partial file is already gone)."""

    def __init__(self, target: Path) -> None:
        self.target = target

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind, error, traceback) -> bool:
        if is_space_error(error):
            raise NoSpaceError(
                f"the disk filled up (or could not be written) while writing {self.target.name}; "
                "nothing was kept. "
                "Free some space and try again"
            ) from error
        return False


def is_space_error(error: BaseException | None) -> bool:
    """True for a full disk, a quota or a file-size limit, from the OS or from SQLite."""
    if isinstance(error, OSError):
        return error.errno in SPACE_ERRORS
    text = str(error)
    return isinstance(error, sqlite3.OperationalError) and ("full" in text or "I/O error" in text)
