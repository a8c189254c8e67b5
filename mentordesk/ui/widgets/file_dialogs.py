"""File dialogs that open in the last folder used, remembered in the workspace's window settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from mentordesk.paths import Workspace

SETTINGS_FILE = "window-state.ini"
LAST_FOLDER_KEY = "dialogs/last_folder"


def window_settings(workspace: Workspace) -> QSettings:
    """Window state (geometry, last folder) stored beside the workspace data."""
    return QSettings(str(workspace.root / SETTINGS_FILE), QSettings.Format.IniFormat)


def last_folder(workspace: Workspace) -> Path:
    """The folder of the last file opened or saved, or the home folder."""
    value = window_settings(workspace).value(LAST_FOLDER_KEY)
    folder = Path(str(value)) if value else None
    return folder if folder is not None and folder.is_dir() else Path.home()


def remember_folder(workspace: Workspace, path: Path) -> None:
    """Make the folder of `path` the one the next file dialog opens in."""
    window_settings(workspace).setValue(LAST_FOLDER_KEY, str(path.parent))


def ask_open_file(
    parent: QWidget, workspace: Workspace, *, title: str, filters: str
) -> Path | None:
    """Ask for a file to read, starting in the last folder used."""
    path, _ = QFileDialog.getOpenFileName(parent, title, str(last_folder(workspace)), filters)
    return _chosen(workspace, path)


def ask_save_file(
    parent: QWidget, workspace: Workspace, *, title: str, name: str, filters: str
) -> Path | None:
    """Ask where to save `name`, starting in the last folder used."""
    start = str(last_folder(workspace) / name)
    path, _ = QFileDialog.getSaveFileName(parent, title, start, filters)
    return _chosen(workspace, path)


def _chosen(workspace: Workspace, path: str) -> Path | None:
    """The chosen path (its folder remembered), or None when the dialog was cancelled."""
    if not path:
        return None
    remember_folder(workspace, Path(path))
    return Path(path)
