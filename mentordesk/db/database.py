"""The database handle, its pragmas, schema versioning and migrations."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from peewee import SqliteDatabase

from mentordesk.core.errors import DatabaseUnreadableError, SchemaTooNewError
from mentordesk.db.meeting_times import refresh_derived_times

PRAGMAS = {"journal_mode": "wal", "foreign_keys": 1, "synchronous": "full"}
APPLICATION_ID = 0x4D444B31  # "MDK1": tells our databases from any other SQLite file
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

db = SqliteDatabase(None)


def latest_schema_version() -> int:
    """The schema version this code writes: the number of the newest migration."""
    numbers = [int(p.name[:4]) for p in MIGRATIONS_DIR.glob("[0-9][0-9][0-9][0-9]_*.py")]
    return max(numbers, default=0)


def create_private_file(path: Path) -> None:
    """Create an empty file readable by the user only, if it does not exist yet."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))


def open_database(path: Path, *, safety_dir: Path | None = None) -> int:
    """Open the workspace database, migrate it to the latest schema and return its version."""
    refuse_newer_schema(path)
    create_private_file(path)
    db.init(str(path), pragmas=PRAGMAS)
    db.connect(reuse_if_open=True)
    migrate(path=path, safety_dir=safety_dir or path.parent / "safety")
    refresh_derived_times(db)
    return schema_version()


def refuse_newer_schema(path: Path) -> None:
    """Refuse, before changing a byte, a database written by a newer MentorDesk."""
    if not path.exists() or path.stat().st_size == 0:
        return
    reader = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        found = reader.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise DatabaseUnreadableError(
            f"{path} is damaged or is not a MentorDesk database ({error}); "
            "restore a backup, or choose another folder with --data-dir"
        ) from error
    finally:
        reader.close()
    _check_not_newer(found, path)


def _check_not_newer(found: int, path: Path) -> None:
    """Raise SchemaTooNewError when `found` is past the newest schema this code knows."""
    latest = latest_schema_version()
    if found > latest:
        raise SchemaTooNewError(
            f"{path} was written by a newer MentorDesk (schema {found} > {latest}); "
            "update MentorDesk to open it"
        )


def close_database() -> None:
    """Close the connection of the calling thread."""
    if not db.is_closed():
        db.close()


def schema_version() -> int:
    """The schema version recorded in the open database."""
    return db.execute_sql("PRAGMA user_version").fetchone()[0]


def migrate(*, path: Path, safety_dir: Path) -> list[str]:
    """Apply pending migrations, copying the database aside first if it holds data."""
    current, latest = schema_version(), latest_schema_version()
    _check_not_newer(current, path)
    if current == latest:
        return []
    from playhouse.migrations import Runner

    if current > 0:
        copy_database(safety_dir / f"before-schema-{latest}-{_stamp()}.sqlite3")
    applied = Runner(db, directory=str(MIGRATIONS_DIR)).up()
    db.execute_sql(f"PRAGMA user_version = {latest}")
    db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    return applied


def copy_database(target: Path) -> Path:
    """Write a consistent copy of the open database with SQLite's online backup API."""
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    create_private_file(target)
    destination = sqlite3.connect(target)
    try:
        db.connection().backup(destination)
    finally:
        destination.close()
    return target


def _stamp() -> str:
    """A UTC timestamp safe for file names."""
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
