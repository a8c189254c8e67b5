"""Restoring a backup: check everything on a copy beside the database, then swap in one step."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from mentordesk.core.progress import NoProgress, Progress
from mentordesk.db.database import latest_schema_version
from mentordesk.paths import Workspace, make_private_dir
from mentordesk.services.backup.create import files_dir, is_space_error
from mentordesk.services.backup.errors import NewerSchemaError, NoSpaceError
from mentordesk.services.backup.header import open_header
from mentordesk.services.backup.markers import MARKER, STAGE
from mentordesk.services.backup.markers import restore_pending as restore_pending  # re-exported
from mentordesk.services.backup.reader import (
    Secrets,
    decrypt_backup,
    master_key_for,
    read_backup_header,
)
from mentordesk.services.backup.setup import adopt_master_key
from mentordesk.services.backup.snapshot import (
    check_database,
    fsync_dir,
    fsync_file,
    snapshot_database,
)

SPACE_MARGIN = 8 * 1024 * 1024


@dataclass(frozen=True)
class RestoreResult:
    """A finished restore."""

    summary: dict
    safety_copy: Path | None
    key_stored: bool | None  # None: the key came from the keyring already


def restore_backup(
    workspace: Workspace,
    path: Path,
    *,
    secrets: Secrets,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> RestoreResult:
    """Replace the workspace with a backup; any failure before the swap changes nothing."""
    header = read_backup_header(path)
    master = master_key_for(header, secrets)
    opened = open_header(header, master)
    _check_schema(header.schema_version)
    stage = _fresh_stage(workspace)
    try:
        _check_space(workspace, opened.summary)
        _stage(path, master, stage, progress or NoProgress())
        _match_page_size(stage / "mentordesk.sqlite3", workspace.database)
        safety = _safety_copy(workspace, now or datetime.now(UTC))
        _write_marker(workspace, has_files=(stage / "files").is_dir())
    except BaseException as error:
        (workspace.root / MARKER).unlink(missing_ok=True)
        shutil.rmtree(stage, ignore_errors=True)
        if is_space_error(error):
            raise NoSpaceError(_full(workspace)) from error
        raise
    finish_restore(workspace)
    stored = None
    if secrets.recovery_key is not None or secrets.passphrase is not None:
        stored = adopt_master_key(workspace.root, master, header.fields["master_key_slots"])
    return RestoreResult(summary=opened.summary, safety_copy=safety, key_stored=stored)


def _check_schema(version: int) -> None:
    """Refuse a backup whose database is newer than this code."""
    if version > latest_schema_version():
        raise NewerSchemaError(
            f"the backup holds a database from a newer MentorDesk (schema {version} > "
            f"{latest_schema_version()}); update MentorDesk to restore it"
        )


def _fresh_stage(workspace: Workspace) -> Path:
    """An empty staging folder beside the database (left-overs of a crash are cleared)."""
    finish_restore(workspace)
    stage = workspace.root / STAGE
    shutil.rmtree(stage, ignore_errors=True)
    return make_private_dir(stage)


def _check_space(workspace: Workspace, summary: dict) -> None:
    """NoSpaceError unless the disk takes the restored copy and the safety copy."""
    current = workspace.database.stat().st_size if workspace.database.exists() else 0
    needed = int(summary.get("database_bytes", 0)) + int(summary.get("files_bytes", 0))
    needed += current + SPACE_MARGIN
    free = shutil.disk_usage(workspace.root).free
    if free < needed:
        raise NoSpaceError(
            f"not enough free space to restore: about {needed // 2**20} MiB are needed, "
            f"{free // 2**20} MiB are free; the workspace was not changed"
        )


def _full(workspace: Workspace) -> str:
    """The message for a disk that filled up during a restore."""
    return f"the disk filled up while restoring into {workspace.root}; nothing was changed"


def _stage(path: Path, master: bytes, stage: Path, progress: Progress) -> None:
    """Decrypt into the stage, flush, check, and bring an older database up to date."""
    database = stage / "mentordesk.sqlite3"
    decrypt_backup(
        path,
        Secrets(master_key=master, use_keyring=False),
        database_to=database,
        files_to=stage / "files",
        progress=progress,
        message="Restoring the backup",
    )
    if check_database(database, what="the backup") < latest_schema_version():
        _migrate_copy(database, stage)
        check_database(database, what="the upgraded backup")
    fsync_file(database)
    fsync_dir(stage)


def _migrate_copy(database: Path, stage: Path) -> None:
    """Apply this version's migrations to the restored copy (never to the live database)."""
    from mentordesk.db.database import WorkspaceDatabase

    copy = WorkspaceDatabase(database)
    try:
        copy.open(safety_dir=stage / "safety")
    finally:
        copy.close()


def _match_page_size(copy: Path, live: Path) -> None:
    """Give the copy the live database's page size: the backup API needs it under WAL."""
    if not live.exists() or live.stat().st_size == 0:
        return
    wanted = _page_size(live)
    if _page_size(copy) != wanted:
        connection = sqlite3.connect(copy)
        try:
            connection.execute("PRAGMA journal_mode = DELETE")
            connection.execute(f"PRAGMA page_size = {int(wanted)}")
            connection.execute("VACUUM")
        finally:
            connection.close()


def _page_size(path: Path) -> int:
    """A database's page size."""
    connection = sqlite3.connect(path)
    try:
        return connection.execute("PRAGMA page_size").fetchone()[0]
    finally:
        connection.close()


def _safety_copy(workspace: Workspace, now: datetime) -> Path | None:
    """A copy of the current database, kept in safety/ before it is replaced."""
    if not workspace.database.exists() or workspace.database.stat().st_size == 0:
        return None
    folder = make_private_dir(workspace.safety_dir)
    target = unused_path(folder / f"before-restore-{_stamp(now)}.sqlite3")
    snapshot_database(workspace.database, target)
    return target


def unused_path(path: Path) -> Path:
    """`path`, or `path` with -2, -3… before its suffix when that name is taken."""
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return candidate


def _stamp(now: datetime) -> str:
    """A UTC timestamp for file names."""
    return now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _write_marker(workspace: Workspace, *, has_files: bool) -> None:
    """Record, durably, that the staged copy is complete and the swap may be rolled forward."""
    from mentordesk.services.files import write_text_atomic

    stamp = _stamp(datetime.now(UTC))
    write_text_atomic(workspace.root / MARKER, json.dumps({"files": has_files, "stamp": stamp}))
    fsync_dir(workspace.root)


def finish_restore(workspace: Workspace) -> bool:
    """Complete a restore whose staged copy was complete (after a crash too); True if one was."""
    marker, stage = workspace.root / MARKER, workspace.root / STAGE
    if not marker.exists():
        shutil.rmtree(stage, ignore_errors=True)  # an unfinished copy: the live one is intact
        return False
    plan = json.loads(marker.read_text(encoding="utf-8"))
    staged = stage / "mentordesk.sqlite3"
    if staged.exists():
        _swap_database(staged, workspace.database)
    _swap_files(workspace, stage / "files", has_files=plan["files"], stamp=plan["stamp"])
    marker.unlink()
    fsync_dir(workspace.root)
    shutil.rmtree(stage, ignore_errors=True)
    return True


def _swap_database(staged: Path, live: Path) -> None:
    """Copy the staged database into the live one in one transaction (or move it in)."""
    if not live.exists() or live.stat().st_size == 0:
        for suffix in ("-wal", "-shm"):
            live.with_name(live.name + suffix).unlink(missing_ok=True)
        os.replace(staged, live)  # nothing to keep: a rename is the one step
        fsync_dir(live.parent)
        return
    source, destination = sqlite3.connect(staged), sqlite3.connect(live, timeout=10)
    try:
        source.backup(destination)
    finally:
        destination.close()
        source.close()


def _swap_files(workspace: Workspace, incoming: Path, *, has_files: bool, stamp: str) -> None:
    """Put the backup's files/ in place, the current one aside in safety/ (idempotent)."""
    current = files_dir(workspace)
    if current.exists() and (incoming.exists() or not has_files):
        aside = make_private_dir(workspace.safety_dir) / f"files-before-restore-{stamp}"
        os.replace(current, unused_path(aside))
    if incoming.exists():
        os.replace(incoming, current)
    fsync_dir(workspace.root)
