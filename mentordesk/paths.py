"""Where the workspace lives: --data-dir, MENTORDESK_DATA_DIR, or the platform's data dir."""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from mentordesk.core.errors import UserError

ENV_DATA_DIR = "MENTORDESK_DATA_DIR"
SQLITE_MAX_PATH = 512  # SQLite's default SQLITE_MAX_PATHNAME on Unix


class WorkspaceUnusableError(UserError):
    """The workspace folder cannot be created, written or named as it is."""

    exit_code = 8


def default_data_dir() -> Path:
    """The platform's per-user data folder for MentorDesk."""
    from platformdirs import user_data_path

    return user_data_path("MentorDesk", appauthor=False)


def resolve_data_dir(explicit: str | os.PathLike | None = None) -> Path:
    """The workspace folder chosen by argument, environment or platform default."""
    chosen = explicit or os.environ.get(ENV_DATA_DIR)
    return Path(chosen).expanduser().resolve() if chosen else default_data_dir()


def make_private_dir(path: Path) -> Path:
    """Create a folder readable by the user only; tighten an existing one open to others."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix" and stat.S_IMODE(path.stat().st_mode) & 0o077:
        path.chmod(0o700)
    return path


def _unusable(root: Path, error: OSError) -> WorkspaceUnusableError:
    """One line that says why a workspace folder cannot be used, and what to do."""
    if error.errno == errno.ENAMETOOLONG:
        reason = "its name is too long for this system"
    elif isinstance(error, FileExistsError | NotADirectoryError):
        reason = "a file (not a folder) is in the way"
    elif isinstance(error, PermissionError):
        reason = "you are not allowed to write there"
    elif error.errno == errno.ENOSPC:
        reason = "the disk is full"
    else:
        reason = error.strerror or str(error)
    return WorkspaceUnusableError(
        f"cannot use {root} as the workspace: {reason}; choose another folder with --data-dir"
    )


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
    def files(self) -> Path:
        """Files the user attached (task deliverables), kept with the workspace."""
        return self.root / "files"

    @property
    def lock_file(self) -> Path:
        """The lock file held by a running GUI."""
        return self.root / "mentordesk.lock"

    def ensure(self) -> Workspace:
        """Create the workspace folders with user-only permissions, or say why not."""
        if len(str(self.database)) >= SQLITE_MAX_PATH:
            raise _unusable(self.root, OSError(errno.ENAMETOOLONG, "name too long"))
        try:
            make_private_dir(self.root)
            make_private_dir(self.log_file.parent)
            _check_writable(self.root)
        except OSError as error:
            raise _unusable(self.root, error) from error
        return self


def _check_writable(folder: Path) -> None:
    """Raise PermissionError unless a file can be created in `folder`."""
    if not os.access(folder, os.W_OK | os.X_OK):
        raise PermissionError(errno.EACCES, "not writable", str(folder))
