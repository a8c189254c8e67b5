"""Every menu action and keyboard shortcut of the main window, declared in one place."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from mentordesk.ui.views import ViewSpec


@dataclass
class MainActions:
    """The main window's actions."""

    export_json: QAction
    load_sample: QAction
    open_data_folder: QAction
    quit: QAction
    show_views: dict[str, QAction]
    shortcuts_help: QAction
    about: QAction


def _action(parent: QWidget, text: str, shortcut: QKeySequence | str | None = None) -> QAction:
    """An action with a visible text, an optional shortcut, and a tooltip naming it."""
    action = QAction(text, parent)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({action.shortcut().toString()})")
    return action


def create_actions(parent: QWidget, specs: list[ViewSpec]) -> MainActions:
    """Create the actions; the window connects them to its handlers."""
    tr = parent.tr
    views = {}
    for spec in specs:
        views[spec.key] = _action(parent, spec.title, spec.shortcut)
        views[spec.key].setCheckable(True)
    return MainActions(
        export_json=_action(parent, tr("&Export all data as JSON…"), "Ctrl+Shift+E"),
        load_sample=_action(parent, tr("Load &sample data")),
        open_data_folder=_action(parent, tr("Open &data folder")),
        quit=_action(parent, tr("&Quit"), QKeySequence.StandardKey.Quit),
        show_views=views,
        shortcuts_help=_action(parent, tr("&Keyboard shortcuts"), "F1"),
        about=_action(parent, tr("&About MentorDesk")),
    )


def shortcut_lines(actions: MainActions) -> list[tuple[str, str]]:
    """(shortcut, what it does) for every action that has a shortcut."""
    every = [
        actions.export_json,
        actions.quit,
        actions.shortcuts_help,
        *actions.show_views.values(),
    ]
    return [
        (a.shortcut().toString(QKeySequence.SequenceFormat.NativeText), a.text().replace("&", ""))
        for a in every
        if not a.shortcut().isEmpty()
    ]
