"""What the Backups view shows and does: settings, the last good backup, backing up now."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path

from mentordesk.core.progress import Progress
from mentordesk.paths import Workspace
from mentordesk.services.backup.create import BackupResult, create_backup
from mentordesk.services.backup.errors import BackupError
from mentordesk.services.backup.keys import key_file_path, read_key_file
from mentordesk.services.backup.listing import BackupFileRow, last_good_backup, list_backup_files
from mentordesk.services.backup.second_copy import copy_to_folder
from mentordesk.services.backup.setup import PassphraseNeededError, workspace_master_key

SETTINGS_FILE = "backup-settings.json"


@dataclass(frozen=True)
class BackupSettings:
    """The user's backup preferences, with their defaults."""

    on_quit: bool = True
    daily: bool = True
    warn_after_days: int = 7
    second_folder: str = ""  # optional: a USB disk or a synced folder for a second copy


def read_settings(root: Path) -> BackupSettings:
    """The workspace's backup settings (defaults where missing or unreadable)."""
    try:
        data = json.loads((Path(root) / SETTINGS_FILE).read_text(encoding="utf-8"))
        known = {k: v for k, v in data.items() if k in BackupSettings.__dataclass_fields__}
        return BackupSettings(**known)
    except (OSError, ValueError, TypeError):
        return BackupSettings()


def write_settings(root: Path, settings: BackupSettings) -> None:
    """Save the backup settings."""
    from mentordesk.services.files import write_text_atomic

    write_text_atomic(Path(root) / SETTINGS_FILE, json.dumps(asdict(settings), indent=2) + "\n")


@dataclass(frozen=True)
class BackupOverview:
    """The state of a workspace's backups."""

    set_up: bool
    key_id: str = ""
    key_problem: str = ""
    rows: list[BackupFileRow] = field(default_factory=list)
    last_good: BackupFileRow | None = None
    needs_passphrase: bool = False

    def age(self, now: datetime) -> timedelta | None:
        """How old the last good backup is, or None without one."""
        return now - self.last_good.created if self.last_good else None

    def is_overdue(self, now: datetime, settings: BackupSettings) -> bool:
        """True when there is no good backup, or it is older than the setting allows."""
        age = self.age(now)
        return self.set_up and (age is None or age > timedelta(days=settings.warn_after_days))


def backup_overview(workspace: Workspace) -> BackupOverview:
    """Set-up state, every backup with its state, and the last good one."""
    if not key_file_path(workspace.root).exists():
        rows = _rows(workspace, None)
        return BackupOverview(set_up=False, rows=rows)
    key_id, master, problem, locked = read_key_file(workspace.root).key_id, None, "", False
    try:
        master = workspace_master_key(workspace.root)[0]
    except PassphraseNeededError:
        locked = True  # not a problem: Back up now asks for the passphrase
    except BackupError as error:
        problem = str(error)
    rows = _rows(workspace, master)
    return BackupOverview(True, key_id, problem, rows, last_good_backup(rows), locked)


def _rows(workspace: Workspace, master: bytes | None) -> list[BackupFileRow]:
    """The listing of the workspace's backups and safety copies."""
    return list_backup_files(
        backups_dir=workspace.backups, safety_dir=workspace.safety_dir, master_key=master
    )


def backup_now(
    workspace: Workspace,
    *,
    progress: Progress | None = None,
    app_version: str = "",
    now: datetime | None = None,
    passphrase: bytes | None = None,
) -> BackupResult:
    """Make a verified backup with the workspace's key (keyring, or unlocked by a passphrase)."""
    master, key_file = workspace_master_key(workspace.root, passphrase=passphrase)
    result = create_backup(
        workspace,
        master_key=master,
        key_file=key_file,
        progress=progress,
        app_version=app_version,
        now=now,
    )
    return with_second_copy(result, read_settings(workspace.root))


def with_second_copy(result: BackupResult, settings: BackupSettings) -> BackupResult:
    """Copy a finished backup to the second folder if one is set; a failure is reported."""
    if not settings.second_folder:
        return result
    try:
        copy = copy_to_folder(result.path, Path(settings.second_folder))
    except BackupError as error:
        return replace(result, second_copy_problem=str(error))
    return replace(result, second_copy=copy)


def backup_due(overview: BackupOverview, settings: BackupSettings, now: datetime) -> bool:
    """True when a daily automatic backup should run now."""
    age = overview.age(now)
    return overview.set_up and settings.daily and (age is None or age >= timedelta(days=1))


def backup_if_due(
    workspace: Workspace, *, now: datetime, reason: str, app_version: str = ""
) -> BackupResult | None:
    """The automatic backup: on 'quit' or 'daily', if set up and the setting asks for it."""
    settings = read_settings(workspace.root)
    if not key_file_path(workspace.root).exists():
        return None
    if reason == "quit" and not settings.on_quit:
        return None
    if reason == "daily" and not backup_due(backup_overview(workspace), settings, now):
        return None
    return backup_now(workspace, app_version=app_version, now=now)
