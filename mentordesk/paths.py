"""Where the workspace lives: --data-dir, MENTORDESK_DATA_DIR, or the platform's data dir."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ENV_DATA_DIR = "MENTORDESK_DATA_DIR"


def default_data_dir() -> Path:
    """The platform's per-user data folder for MentorDesk."""
    from platformdirs import user_data_path

    return user_data_path("MentorDesk", appauthor=False)


def resolve_data_dir(explicit: str | os.PathLike | None = None) -> Path:
    """The workspace folder chosen by argument, environment or platform default."""
    chosen = explicit or os.environ.get(ENV_DATA_DIR)
    return Path(chosen).expanduser().resolve() if chosen else default_data_dir()


def make_private_dir(path: Path) -> Path:
    """Create a folder readable by the user only (where the OS supports modes)."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


@dataclass(frozen=True)
class Workspace:
    """The files of one workspace: database, backups, logs and lock."""

    root: Path

    @property
    def database(self) -> Path:
        """The SQLite database file."""
        return self.root / "mentordesk.sqlite3"

    @property
    def backups(self) -> Path:
        """The folder for encrypted backups."""
        return self.root / "backups"

    @property
    def safety_dir(self) -> Path:
        """The folder for copies taken before an upgrade changes the database."""
        return self.root / "safety"

    @property
    def log_file(self) -> Path:
        """The log file that receives tracebacks."""
        return self.root / "logs" / "mentordesk.log"

    @property
    def lock_file(self) -> Path:
        """The lock file held by a running GUI."""
        return self.root / "mentordesk.lock"

    def ensure(self) -> Workspace:
        """Create the workspace folders with user-only permissions."""
        make_private_dir(self.root)
        make_private_dir(self.log_file.parent)
        return self
