"""The workspace database: one handle per workspace, routed per thread; pragmas and migrations."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from peewee import DatabaseProxy, OperationalError, SqliteDatabase, __exception_wrapper__

from mentordesk.core.errors import (
    DatabaseUnreadableError,
    DiskFullError,
    ForeignDatabaseError,
    SchemaTooNewError,
    WorkspaceBusyError,
)
from mentordesk.db.meeting_times import refresh_derived_times

PRAGMAS = {"journal_mode": "wal", "foreign_keys": 1, "synchronous": "full"}
APPLICATION_ID = 0x4D444B31  # "MDK1": tells our databases from any other SQLite file
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
KNOWN_TABLES = frozenset({"schema_migration"})  # besides the *_record tables and sqlite_*
BUSY_TIMEOUT_S = 10.0  # a writer waits this long for another writer before giving up
FULL_MESSAGE = (
    "the disk is full or could not be written, so nothing in {0} was changed; "
    "free some space (or check the disk) and try again"
)
BUSY_MESSAGE = (
    "the workspace is busy: another MentorDesk command or window kept writing for {0:g} s; "
    "try again in a moment"
)


class WorkspaceSqlite(SqliteDatabase):
    """SQLite with writes that wait their turn: BEGIN IMMEDIATE, a busy timeout, a clear error."""

    def __init__(self, *, busy_timeout: float = BUSY_TIMEOUT_S) -> None:
        super().__init__(None, lock_type="IMMEDIATE")
        self.busy_timeout = busy_timeout

    def begin(self, lock_type=None) -> None:
        """Begin a transaction; a lock still held after the timeout is WorkspaceBusyError."""
        with self._as_user_errors():
            super().begin(lock_type)

    def execute_sql(self, sql, params=None):
        """Run one statement; busy and full become one-line user errors."""
        try:
            with self._as_user_errors():
                return super().execute_sql(sql, params)
        except OperationalError as error:
            if not _already_rolled_back(sql, error):
                raise
            return None  # SQLite undid the whole transaction (full disk): never hide the cause

    def execute_many(self, sql: str, rows) -> None:
        """Run one statement once per row of parameters (executemany); errors as execute_sql."""
        with self._as_user_errors(), __exception_wrapper__:  # sqlite3 errors as peewee's
            self.cursor().executemany(sql, rows)

    def commit(self) -> None:
        """Commit; busy and full become one-line user errors."""
        with self._as_user_errors():
            super().commit()

    def rollback(self) -> None:
        """Roll back, unless SQLite already did (after a full disk): never hide the cause."""
        try:
            super().rollback()
        except OperationalError as error:
            if "no transaction is active" not in str(error):
                raise

    @contextlib.contextmanager
    def _as_user_errors(self) -> Iterator[None]:
        """Turn SQLite's 'locked' and 'disk is full' into the app's one-line errors."""
        try:
            yield
        except OperationalError as error:
            text = str(error)
            if "locked" in text or "busy" in text:
                raise WorkspaceBusyError(BUSY_MESSAGE.format(self.busy_timeout)) from error
            if "disk is full" in text or "disk I/O error" in text:
                raise DiskFullError(FULL_MESSAGE.format(self.database)) from error
            raise


def _already_rolled_back(sql: str, error: OperationalError) -> bool:
    """True when rolling back to a savepoint fails because SQLite rolled everything back."""
    return sql.startswith("ROLLBACK TO SAVEPOINT") and "no such savepoint" in str(error)


class WorkspaceRouter(DatabaseProxy):
    """What the models are bound to: the app's workspace, or per thread another one."""

    __slots__ = ("_default", "_local")

    def __init__(self) -> None:
        object.__setattr__(self, "_default", None)
        object.__setattr__(self, "_local", threading.local())
        super().__init__()

    def __setattr__(self, attr, value) -> None:
        """`initialize()` sets the default database for every thread."""
        object.__setattr__(self, "_default" if attr == "obj" else attr, value)

    @property
    def obj(self) -> SqliteDatabase | None:
        """The database of the calling thread: its own binding, else the default."""
        bound = getattr(self._local, "database", None)
        return self._default if bound is None else bound

    @contextlib.contextmanager
    def routed_to(self, database: SqliteDatabase) -> Iterator[None]:
        """Send this thread's queries to `database` for the duration."""
        previous = getattr(self._local, "database", None)
        self._local.database = database
        try:
            yield
        finally:
            self._local.database = previous


db = WorkspaceRouter()


class WorkspaceDatabase:
    """One workspace's database with its own handle, so two can be open at the same time."""

    def __init__(self, path: Path, *, busy_timeout: float = BUSY_TIMEOUT_S) -> None:
        self.path = Path(path)
        self.handle = WorkspaceSqlite(busy_timeout=busy_timeout)

    def open(self, *, safety_dir: Path | None = None) -> int:
        """Open (creating if new), migrate to the latest schema; returns the schema version."""
        check_database_file(self.path)
        create_private_file(self.path)
        self.handle.init(str(self.path), pragmas=PRAGMAS, timeout=self.handle.busy_timeout)
        with self.bound():
            db.connect(reuse_if_open=True)
            migrate(path=self.path, safety_dir=safety_dir or self.path.parent / "safety")
            refresh_derived_times(db)
            return schema_version()

    def bound(self) -> contextlib.AbstractContextManager[None]:
        """Route the calling thread's queries to this workspace for the duration."""
        return db.routed_to(self.handle)

    def close(self) -> None:
        """Close the calling thread's connection to this workspace."""
        if not self.handle.is_closed():
            self.handle.close()


class CommitWatcher:
    """Notices commits to a workspace made through other connections (a CLI command, sync)."""

    def __init__(self, path: Path) -> None:
        self._connection = sqlite3.connect(path, check_same_thread=False, timeout=0)
        self._lock = threading.Lock()

    def version(self) -> int:
        """SQLite's `data_version`: it changes when another connection commits."""
        with self._lock:
            return self._connection.execute("PRAGMA data_version").fetchone()[0]

    def close(self) -> None:
        """Close the watching connection."""
        with self._lock:
            self._connection.close()


def open_database(path: Path, *, safety_dir: Path | None = None) -> int:
    """Open the app's workspace database, make it every thread's default; returns the version."""
    workspace_db = WorkspaceDatabase(path)
    version = workspace_db.open(safety_dir=safety_dir)
    db.initialize(workspace_db.handle)
    return version


def latest_schema_version() -> int:
    """The schema version this code writes: the number of the newest migration."""
    numbers = [int(p.name[:4]) for p in MIGRATIONS_DIR.glob("[0-9][0-9][0-9][0-9]_*.py")]
    return max(numbers, default=0)


def create_private_file(path: Path) -> None:
    """Create an empty file readable by the user only, if it does not exist yet."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))


def check_database_file(path: Path) -> None:
    """Refuse, before changing a byte, a file that is not a MentorDesk database we can open."""
    if not path.exists() or path.stat().st_size == 0:
        return
    reader = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        found, owner, tables = _header(reader)
    except sqlite3.DatabaseError as error:
        raise DatabaseUnreadableError(
            f"{path} is damaged or is not a MentorDesk database ({error}); "
            "restore a backup, or choose another folder with --data-dir"
        ) from error
    finally:
        reader.close()
    _check_ours(path, owner, tables)
    _check_not_newer(found, path)


def _header(reader: sqlite3.Connection) -> tuple[int, int, set[str]]:
    """A database file's schema version, application id and table names."""
    found = reader.execute("PRAGMA user_version").fetchone()[0]
    owner = reader.execute("PRAGMA application_id").fetchone()[0]
    rows = reader.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return found, owner, {name for (name,) in rows}


def _check_ours(path: Path, owner: int, tables: set[str]) -> None:
    """Raise ForeignDatabaseError for another program's database; never touch it."""
    strangers = sorted(t for t in tables if not _is_known_table(t))
    if owner not in (0, APPLICATION_ID) or strangers:
        what = (
            f"tables MentorDesk does not know ({', '.join(strangers[:3])})"
            if strangers
            else (f"another program's application id (0x{owner:08X})")
        )
        raise ForeignDatabaseError(
            f"{path} belongs to another program: it has {what}; it was left untouched. "
            "Choose an empty folder with --data-dir"
        )


def _is_known_table(name: str) -> bool:
    """True for the tables a MentorDesk database holds."""
    return name.endswith("_record") or name in KNOWN_TABLES or name.startswith("sqlite_")


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
    applied = Runner(db.obj, directory=str(MIGRATIONS_DIR)).up()
    db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")  # first: 0 means never ours
    db.execute_sql(f"PRAGMA user_version = {latest}")
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
