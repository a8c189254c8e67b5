"""Screenshots of sync, for `screenshots`: the accounts dialog, a marked record, its conflict,
and a record the server deleted that was kept here for its history.

The window given is on a copy of the workspace that holds the example account and conflicts
(`services/sync/example_conflicts.py`); the user's own workspace never gets them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from mentordesk.ui.sync.conflicts_dialog import SyncConflictsDialog


def _settle(window) -> None:
    """Let background jobs finish and the widgets repaint."""
    window.context.jobs.wait_until_idle()
    QApplication.processEvents()
    window.context.jobs.wait_until_idle()
    QApplication.processEvents()


def _save(widget: QWidget, path: Path) -> Path:
    """Grab a widget into a PNG file."""
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    return path


def render_sync_screenshots(window, out_dir: Path) -> list[Path]:
    """sync-accounts, sync-needs-look, sync-conflict, sync-deleted-there: PNGs, light and dark."""
    from mentordesk.services.sync.example_conflicts import add_example_deleted_on_server
    from mentordesk.ui.theme import dark_palette

    deleted_there = add_example_deleted_on_server()
    app = QApplication.instance()
    light, paths = app.palette(), []
    for suffix, palette in (("", light), ("-dark", dark_palette())):
        app.setPalette(palette)
        for name, shoot in _shots(window, deleted_there).items():
            paths.append(_save(shoot(), out_dir / f"{name}{suffix}.png"))
            _close_dialogs(window)
    app.setPalette(light)
    return paths


def _shots(window, deleted_there: str | None) -> dict[str, Callable[[], QWidget]]:
    """Each shot's name and what to show for it (returns the widget to grab)."""
    return {
        "sync-accounts": lambda: _accounts(window),
        "sync-needs-look": lambda: _needs_look(window),
        "sync-conflict": lambda: _conflict(window),
        "sync-deleted-there": lambda: _deleted_there(window, deleted_there),
    }


def _accounts(window) -> QWidget:
    """The accounts dialog with the example account listed."""
    dialog = window.auto_sync.open_accounts()
    _settle(window)
    return dialog


def _needs_look(window) -> QWidget:
    """The contacts view with the marked contact selected: the list mark and the pane's link."""
    window.show_view("contacts")
    window.auto_sync.refresh_label()
    view = window.views["contacts"]
    view.reload()  # the pane's links take the palette's colour when written
    _settle(window)
    marked = next((r for r in view.model.rows if r.needs_look), None)
    if marked is not None:
        view.select_contact(marked.id)
    _settle(window)
    return window


def _conflict(window) -> QWidget:
    """The conflicts dialog on the marked contact, the first field ticked to take the server's."""
    dialog = window.auto_sync.open_conflicts()
    _settle(window)
    if dialog.model.rowCount():
        dialog.model.ticked[0] = True
        dialog.table.setCurrentIndex(dialog.model.index(0, 0))
    _settle(window)
    return dialog


def _deleted_there(window, uid: str | None) -> QWidget:
    """The conflicts dialog on the contact the server deleted: the sentence and its choices."""
    dialog = window.auto_sync.open_conflicts()
    _settle(window)
    rows = [c.uid for c in dialog.conflicts]
    if uid in rows:
        dialog.records.setCurrentIndex(dialog.records_model.index(rows.index(uid), 0))
    _settle(window)
    return dialog


def _close_dialogs(window) -> None:
    """Close the dialogs a shot opened."""
    from mentordesk.ui.sync.accounts_dialog import SyncAccountsDialog

    for kind in (SyncAccountsDialog, SyncConflictsDialog):
        for dialog in window.findChildren(kind):
            dialog.close()
            dialog.deleteLater()
    QApplication.processEvents()
