"""SQLite side of backups: online snapshots, checks of a copy, counts for the preview."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from mentordesk.db.database import APPLICATION_ID, latest_schema_version
from mentordesk.services.backup.errors import CorruptBackupError, NewerSchemaError

CHECK_MMAP_BYTES = 1 << 30  # address space only: the pages stay the OS's file cache
CHECK_CACHE_KIB = -32 * 1024  # a 32 MiB page cache for the index-to-table lookups


def snapshot_database(live: Path, target: Path, *, durable: bool = True) -> None:
    """Copy the live database with SQLite's online backup API: the app keeps working."""
    source = sqlite3.connect(live, timeout=10)
    try:
        copy_database(source, target, durable=durable)
    finally:
        source.close()


def copy_database(source: sqlite3.Connection, target: Path, *, durable: bool = True) -> None:
    """Copy what `source` sees (in one read transaction) into a self-contained file."""
    destination = sqlite3.connect(target)
    try:
        source.backup(destination)  # one step, one read transaction: a consistent snapshot
        destination.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
    finally:
        destination.close()
    if durable:
        fsync_file(target)


def check_database(path: Path, *, what: str, full: bool = True) -> int:
    """integrity_check (or quick_check), foreign_key_check, application id; the schema version.

    `quick_check` skips only the comparison of every index with its table; restore uses it on
    a decrypted backup whose bytes the AEAD proves are those that passed `integrity_check`
    when the backup was made.
    """
    connection = _open_read_only(path)
    try:
        problem = _problem(connection, full=full)
        version = connection.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as error:
        problem = str(error)
    finally:
        connection.close()
    if problem:
        raise CorruptBackupError(f"the database in {what} fails its check: {problem}")
    _refuse_newer(version, what)
    return version


def read_schema_version(path: Path, *, what: str) -> int:
    """The schema version of a copy (its header only), refused when newer than this code."""
    connection = _open_read_only(path)
    try:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise CorruptBackupError(f"the database in {what} fails its check: {error}") from error
    finally:
        connection.close()
    _refuse_newer(version, what)
    return version


def _refuse_newer(version: int, what: str) -> None:
    """NewerSchemaError for a database from a newer MentorDesk."""
    if version > latest_schema_version():
        raise NewerSchemaError(
            f"the database in {what} is from a newer MentorDesk (schema {version} > "
            f"{latest_schema_version()}); update MentorDesk to restore it"
        )


def _open_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection to a copy, its pages memory-mapped (checks read it all)."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    connection.execute(f"PRAGMA mmap_size = {CHECK_MMAP_BYTES}")
    connection.execute(f"PRAGMA cache_size = {CHECK_CACHE_KIB}")
    return connection


def _problem(connection: sqlite3.Connection, *, full: bool) -> str:
    """What is wrong with a database, or ''."""
    check = "integrity_check" if full else "quick_check"
    result = connection.execute(f"PRAGMA {check}").fetchall()
    if result != [("ok",)]:
        return "; ".join(row[0] for row in result[:3])
    if connection.execute("PRAGMA foreign_key_check").fetchone() is not None:
        return "a record points to one that does not exist"
    owner = connection.execute("PRAGMA application_id").fetchone()[0]
    if owner != APPLICATION_ID:
        return f"it is not a MentorDesk database (application id 0x{owner:08X})"
    return ""


def count_records(path: Path) -> dict[str, int]:
    """Live records per entity (tombstones left out), for a backup's preview."""
    from mentordesk.services.interop.export_json import ENTITY_KEYS

    connection = _open_read_only(path)
    try:
        return {key: _count(connection, m._meta.table_name) for key, m in ENTITY_KEYS.items()}
    finally:
        connection.close()


def _count(connection: sqlite3.Connection, table: str) -> int:
    """Rows of a table that are not tombstones (0 for a missing table)."""
    columns = {row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')}
    if not columns:
        return 0
    where = " WHERE deleted_at IS NULL" if "deleted_at" in columns else ""
    return connection.execute(f'SELECT count(*) FROM "{table}"{where}').fetchone()[0]


def fsync_file(path: Path) -> None:
    """Flush a file's contents to disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    """Flush a folder's entries (a rename) to disk."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
