"""Every menu action and keyboard shortcut of the main window, declared in one place."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget

from mentordesk.ui.views import ViewSpec


@dataclass
class MainActions:
    """The main window's actions."""

    export_json: QAction
    import_contacts: QAction
    import_calendar: QAction
    export_contacts: QAction
    export_calendar: QAction
    calendar_settings: QAction
    sync_accounts: QAction
    sync_conflicts: QAction
    sync_now: QAction
    load_sample: QAction
    remove_sample: QAction
    quick_add: QAction
    open_data_folder: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    show_views: dict[str, QAction]
    shortcuts_help: QAction
    about: QAction


def _tr(text: str) -> str:
    """Translate an action's text (context "", as lupdate reads a bare `tr`)."""
    return QCoreApplication.translate("", text)


def _action(parent: QWidget, text: str, shortcut: QKeySequence | str | None = None) -> QAction:
    """An action with a visible text, an optional shortcut, and a tooltip naming it."""
    action = QAction(text, parent)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({action.shortcut().toString()})")
    return action


def create_actions(parent: QWidget, specs: list[ViewSpec], stack: QUndoStack) -> MainActions:
    """Create the actions; the window connects them to its handlers."""
    tr = _tr
    views = {}
    for spec in specs:
        views[spec.key] = _action(parent, spec.title, spec.shortcut)
        views[spec.key].setCheckable(True)
    return MainActions(
        export_json=_action(parent, tr("&Export all data as JSON…"), "Ctrl+Shift+E"),
        import_contacts=_action(parent, tr("&Import contacts from vCard…")),
        import_calendar=_action(parent, tr("Import c&alendar…")),
        export_contacts=_action(parent, tr("Export &contacts as vCard…")),
        export_calendar=_action(parent, tr("Export ca&lendar…")),
        calendar_settings=_action(parent, tr("Calendar &settings…")),
        sync_accounts=_action(parent, tr("S&ync accounts…")),
        sync_conflicts=_action(parent, tr("Sync &conflicts…")),
        sync_now=_action(parent, tr("Sync &now"), "Ctrl+Shift+Y"),
        load_sample=_action(parent, tr("Load &sample data into this workspace")),
        remove_sample=_action(parent, tr("&Remove sample data…")),
        quick_add=_action(parent, tr("&Quick add task…"), "Ctrl+Shift+A"),
        open_data_folder=_action(parent, tr("Open &data folder")),
        quit=_action(parent, tr("&Quit"), QKeySequence.StandardKey.Quit),
        undo=_undo_action(
            stack.createUndoAction(parent, tr("&Undo")), QKeySequence.StandardKey.Undo
        ),
        redo=_undo_action(
            stack.createRedoAction(parent, tr("&Redo")), QKeySequence.StandardKey.Redo
        ),
        show_views=views,
        shortcuts_help=_action(parent, tr("&Keyboard shortcuts"), "F1"),
        about=_action(parent, tr("&About MentorDesk")),
    )


StandardKey = QKeySequence.StandardKey


def _undo_action(action: QAction, shortcut: QKeySequence.StandardKey) -> QAction:
    """Undo or Redo from the stack: its text names the step ("Undo Delete Priya")."""
    action.setShortcut(QKeySequence(shortcut))
    return action


def global_actions(actions: MainActions) -> list[QAction]:
    """The main window's actions that have a shortcut anywhere in the app, in F1 order."""
    return [
        actions.quick_add,
        actions.export_json,
        actions.undo,
        actions.redo,
        actions.quit,
        actions.shortcuts_help,
        *actions.show_views.values(),
    ]


def shortcut_lines(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(shortcut, what it does) for every action that has a shortcut."""
    return [
        (
            a.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
            a.text().replace("&", "").rstrip("…"),
        )
        for a in actions
        if not a.shortcut().isEmpty()
    ]


@dataclass
class ContactActions:
    """The contacts view's actions."""

    add: QAction
    edit: QAction
    log_interaction: QAction
    interactions: QAction
    delete: QAction
    merge: QAction
    import_vcf: QAction
    export_vcf: QAction

    def all(self) -> list[QAction]:
        """Every action, in toolbar order."""
        return [
            self.add,
            self.edit,
            self.log_interaction,
            self.interactions,
            self.delete,
            self.merge,
            self.import_vcf,
            self.export_vcf,
        ]


def create_contact_actions(parent: QWidget) -> ContactActions:
    """Create the contacts view's actions with their shortcuts (active while the view shows)."""
    tr = _tr
    actions = ContactActions(
        add=_action(parent, tr("&Add mentor…"), QKeySequence.StandardKey.New),
        edit=_action(parent, tr("&Edit…"), "Ctrl+E"),
        log_interaction=_action(parent, tr("&Log contact…"), "Ctrl+L"),
        interactions=_action(parent, tr("In&teractions…"), "Ctrl+Shift+L"),
        delete=_action(parent, tr("&Delete…"), QKeySequence.StandardKey.Delete),
        merge=_action(parent, tr("&Merge duplicate…"), "Ctrl+M"),
        import_vcf=_action(parent, tr("&Import vCard…"), "Ctrl+I"),
        export_vcf=_action(parent, tr("E&xport vCard…"), "Ctrl+Shift+X"),
    )
    for action in actions.all():
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        parent.addAction(action)
    return actions


@dataclass
class TaskActions:
    """The tasks view's actions on the selected tasks."""

    details: QAction
    complete: QAction
    reschedule: QAction
    drop: QAction
    timer: QAction
    log_time: QAction

    def all(self) -> list[QAction]:
        """Every action, in toolbar order."""
        return [self.details, self.complete, self.reschedule, self.drop, self.timer, self.log_time]


def create_task_actions(parent: QWidget) -> TaskActions:
    """Create the tasks view's actions with their shortcuts (active while the view shows)."""
    tr = _tr
    actions = TaskActions(
        details=_action(parent, tr("D&etails…"), "Ctrl+E"),
        complete=_action(parent, tr("&Complete"), "Ctrl+Return"),
        reschedule=_action(parent, tr("&Reschedule…"), "Ctrl+R"),
        drop=_action(parent, tr("&Drop"), "Ctrl+Shift+D"),
        timer=_action(parent, tr("Start &timer"), "Ctrl+T"),
        log_time=_action(parent, tr("&Log time…"), "Ctrl+Shift+T"),
    )
    for action in actions.all():
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        parent.addAction(action)
    return actions


@dataclass
class CalendarActions:
    """The calendar view's actions, and the keys its grids take (listed by F1)."""

    month: QAction
    week: QAction
    agenda: QAction
    today: QAction
    new_meeting: QAction
    grid_keys: list[QAction]

    def all(self) -> list[QAction]:
        """The actions that run from anywhere in the view."""
        return [self.month, self.week, self.agenda, self.today, self.new_meeting]


def create_calendar_actions(parent: QWidget) -> CalendarActions:
    """Create the calendar's actions (active while the view shows) and its grid keys."""
    tr = _tr
    actions = CalendarActions(
        month=_action(parent, tr("&Month"), "Ctrl+Alt+1"),
        week=_action(parent, tr("&Week"), "Ctrl+Alt+2"),
        agenda=_action(parent, tr("&Agenda"), "Ctrl+Alt+3"),
        today=_action(parent, tr("&Today"), "Ctrl+T"),
        new_meeting=_action(parent, tr("&New meeting…"), QKeySequence.StandardKey.New),
        grid_keys=[
            _action(parent, tr("Previous month or week (in the grid)"), "PgUp"),
            _action(parent, tr("Next month or week (in the grid)"), "PgDown"),
            _action(parent, tr("Today (in the grid)"), "T"),
            _action(parent, tr("Edit the focused meeting (in the grid)"), "Return"),
            _action(parent, tr("Next meeting of the focused day (in the grid)"), "Tab"),
        ],
    )
    for action in actions.all():
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        parent.addAction(action)
    return actions  # grid_keys are not added to a widget: the grids handle those keys
