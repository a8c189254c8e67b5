"""The copy of the current database a restore keeps, taken while the backup is unpacked."""

from __future__ import annotations

import sqlite3
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from mentordesk.services.backup.snapshot import copy_database, snapshot_database


class SafetyCopy:
    """A copy of the live database made in a thread, made again if anything committed since."""

    def __init__(self, live: Path, target: Path, *, new_folder: bool = False) -> None:
        self.live, self.target, self._new_folder = live, target, new_folder
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="safety-copy")
        self._taken = self._pool.submit(self._take)

    def _take(self) -> tuple[sqlite3.Connection, int]:
        """Copy the database; the connection and the data version its copy shows."""
        source = sqlite3.connect(
            self.live, timeout=10, isolation_level=None, check_same_thread=False
        )
        try:
            source.execute("BEGIN")
            source.execute("SELECT count(*) FROM sqlite_schema").fetchone()  # the read begins
            version = _data_version(source)
            copy_database(source, self.target)  # inside that read: the version it shows
            source.execute("COMMIT")
        except BaseException:
            source.close()
            raise
        return source, version

    def finish(self) -> Path:
        """The copy, made again (now) if another connection committed since it was made."""
        try:
            source, version = self._taken.result()
            try:
                if _data_version(source) != version:
                    snapshot_database(self.live, self.target)
            finally:
                source.close()
        finally:
            self._pool.shutdown()
        return self.target

    def discard(self) -> None:
        """Wait for the copy and remove it: the restore did not happen."""
        try:
            self._taken.result()[0].close()
        except Exception:  # noqa: BLE001 - a copy that failed leaves nothing to close
            pass
        finally:
            self._pool.shutdown()
            self.target.unlink(missing_ok=True)
            if self._new_folder and not any(self.target.parent.iterdir()):
                self.target.parent.rmdir()  # made for this copy: leave no trace


def _data_version(connection: sqlite3.Connection) -> int:
    """SQLite's data version: it changes when another connection commits."""
    return connection.execute("PRAGMA data_version").fetchone()[0]
