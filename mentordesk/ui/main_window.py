"""The main window: a sidebar of views, menus, a status bar; views are built on first use."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolButton,
    QWidget,
)

from mentordesk import __version__
from mentordesk.core.changes import ChangeKind
from mentordesk.services.tasks.recurring import create_due_occurrences
from mentordesk.ui.actions import MainActions, create_actions, global_actions, shortcut_lines
from mentordesk.ui.app_icon import app_icon
from mentordesk.ui.backups.auto import AutoBackup
from mentordesk.ui.calendar.publish import CalendarPublisher, open_calendar_settings
from mentordesk.ui.context import UiContext
from mentordesk.ui.sync.auto import AutoSync
from mentordesk.ui.views import ViewSpec, view_specs
from mentordesk.ui.widgets.feature_view import FeatureView
from mentordesk.ui.widgets.file_dialogs import ask_save_file, window_settings
from mentordesk.ui.workspace_watch import WorkspaceWatch

MINIMUM_SIZE = QSize(800, 600)  # every view is laid out to be usable at this size


class MainWindow(QMainWindow):
    """The application shell; each feature lives in its own view."""

    def __init__(self, context: UiContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.specs: list[ViewSpec] = view_specs()
        self.views: dict[str, FeatureView] = {}
        self.setWindowTitle(self.tr("MentorDesk"))
        self.setWindowIcon(app_icon())
        self.setMinimumSize(MINIMUM_SIZE)
        self.main_actions: MainActions = create_actions(self, self.specs, context.undo.stack)
        self._build_ui()
        self._build_menus()
        self._connect()
        self._restore_geometry()
        self.watch = WorkspaceWatch(context.jobs, context.workspace.database, self)
        self.auto_backup = AutoBackup(context, self)
        self.auto_sync = AutoSync(context, self)
        self._build_sync_status()
        self.publisher = CalendarPublisher(context, self)
        self.publisher.start()  # reads the folder; it may have missed changes made elsewhere
        self.add_recurring_tasks()
        self.show_view(self.specs[0].key)

    def _build_ui(self) -> None:
        """Sidebar and view stack side by side, plus the status bar."""
        self.sidebar = self._build_sidebar()
        self.stack = QStackedWidget(self)
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.workspace_label = QLabel(str(self.context.workspace.root), self)
        self.workspace_label.setAccessibleName(self.tr("Workspace folder"))
        self.statusBar().addPermanentWidget(self.workspace_label)

    def _build_sidebar(self) -> QListWidget:
        """The list of sections, sized to the font so it scales with the system text size."""
        sidebar = QListWidget(self)
        sidebar.setAccessibleName(self.tr("Sections"))
        line = sidebar.fontMetrics().height()
        for spec in self.specs:
            item = QListWidgetItem(spec.title)
            item.setToolTip(f"{spec.title} ({spec.shortcut})")
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setSizeHint(QSize(0, int(line * 2.2)))
            sidebar.addItem(item)
        widest = max(sidebar.fontMetrics().horizontalAdvance(s.title) for s in self.specs)
        sidebar.setFixedWidth(widest + line * 4)
        return sidebar

    def _build_menus(self) -> None:
        """File, View and Help menus from the declared actions."""
        a = self.main_actions
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions(
            [a.import_contacts, a.import_calendar, a.export_contacts, a.export_calendar]
        )
        file_menu.addAction(a.export_json)
        file_menu.addSeparator()
        file_menu.addActions([a.quick_add, a.load_sample, a.remove_sample, a.open_data_folder])
        file_menu.addSeparator()
        file_menu.addAction(a.quit)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addActions([a.undo, a.redo])
        edit_menu.addSeparator()
        edit_menu.addAction(a.calendar_settings)
        edit_menu.addActions([a.sync_accounts, a.sync_conflicts])
        file_menu.insertAction(a.quit, a.sync_now)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addActions(list(a.show_views.values()))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addActions([a.shortcuts_help, a.about])

    def _connect(self) -> None:
        """Wire sidebar, actions and job announcements."""
        a = self.main_actions
        self.sidebar.currentRowChanged.connect(lambda row: self.show_view(self.specs[row].key))
        for key, action in a.show_views.items():
            action.triggered.connect(lambda _=False, k=key: self.show_view(k))
        a.export_json.triggered.connect(self.export_json)
        a.import_contacts.triggered.connect(lambda: self._contacts().vcard.start_import())
        a.export_contacts.triggered.connect(lambda: self._contacts().vcard.start_export())
        a.import_calendar.triggered.connect(self.import_calendar)
        a.export_calendar.triggered.connect(self.export_calendar)
        a.calendar_settings.triggered.connect(
            lambda: open_calendar_settings(self.context, self, self.publisher.remember_folder)
        )
        a.load_sample.triggered.connect(self.load_sample_data)
        a.sync_now.triggered.connect(lambda: self.auto_sync.sync_now())
        a.sync_accounts.triggered.connect(lambda: self.auto_sync.open_accounts())
        a.sync_conflicts.triggered.connect(lambda: self.auto_sync.open_conflicts())
        a.quick_add.triggered.connect(self.open_quick_add)
        a.remove_sample.triggered.connect(self.remove_sample_data)
        a.open_data_folder.triggered.connect(self.open_data_folder)
        a.quit.triggered.connect(self.close)
        a.shortcuts_help.triggered.connect(self.show_shortcuts)
        a.about.triggered.connect(self.show_about)
        jobs = self.context.jobs
        jobs.failed.connect(self._show_failure)
        jobs.succeeded.connect(lambda message: self.statusBar().showMessage(message, 8000))

    def _build_sync_status(self) -> None:
        """The last good sync and a Sync now button, at the right of the status bar."""
        button = QToolButton(self)
        button.setDefaultAction(self.main_actions.sync_now)
        button.setAccessibleName(self.tr("Sync now"))
        self.statusBar().addPermanentWidget(self.auto_sync.label)
        self.statusBar().addPermanentWidget(button)

    def view(self, key: str) -> FeatureView:
        """The view for a key, built and loaded on first use."""
        if key not in self.views:
            spec = next(s for s in self.specs if s.key == key)
            view = spec.build(self.context)
            view.sample_data_requested.connect(self.load_sample_data)
            if hasattr(view, "add_contact_requested"):
                view.add_contact_requested.connect(self.add_first_contact)
            if hasattr(view, "review_requested"):
                view.review_requested.connect(self.open_guided_review)
            if hasattr(view, "sync_conflict_requested"):
                view.sync_conflict_requested.connect(
                    lambda kind, record_id: self.auto_sync.open_conflicts((kind, record_id))
                )
            self.views[key] = view
            self.stack.addWidget(view)
            view.reload()
        return self.views[key]

    def show_view(self, key: str) -> None:
        """Bring a view to the front and mark it in the sidebar and menu."""
        self.stack.setCurrentWidget(self.view(key))
        row = [s.key for s in self.specs].index(key)
        if self.sidebar.currentRow() != row:
            self.sidebar.setCurrentRow(row)
        for other, action in self.main_actions.show_views.items():
            action.setChecked(other == key)

    def current_key(self) -> str:
        """The key of the view in front."""
        return next(k for k, v in self.views.items() if v is self.stack.currentWidget())

    def _show_failure(self, title: str, message: str) -> None:
        """Tell the user a job failed, in one clear message."""
        self.statusBar().showMessage(f"{title}: {message}", 8000)
        QMessageBox.warning(self, title, message)

    def _contacts(self):
        """Bring the contacts view to the front and return it (for its vCard flows)."""
        self.show_view("contacts")
        return self.views["contacts"]

    def import_calendar(self) -> None:
        """Ask for a calendar file and preview its import (icalendar loads only now)."""
        from mentordesk.ui.calendar.ics_import_jobs import start_ics_import

        start_ics_import(self.context, self)

    def export_calendar(self) -> None:
        """Ask where to export the calendar and write it in the background."""
        from mentordesk.ui.calendar.export_jobs import export_calendar_to_file

        export_calendar_to_file(self.context, self)

    def add_first_contact(self) -> None:
        """Go to Contacts and open the add dialog."""
        self._contacts().open_add_dialog()

    def add_recurring_tasks(self) -> None:
        """Create the recurring tasks that came due while the app was closed."""
        today = self.context.today()
        jobs = self.context.jobs
        jobs.start(
            title=self.tr("Adding recurring tasks"),
            work=lambda progress: create_due_occurrences(today=today),
            writes=True,
            show_progress=False,
            then=lambda created: jobs.changed.emit(ChangeKind.TASKS) if created else None,
        )

    def open_quick_add(self):
        """Open the quick-add line over whatever view is in front (its parser loads now)."""
        from mentordesk.ui.tasks.quick_add import QuickAddDialog

        dialog = QuickAddDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_guided_review(self, mentorship_id: int):
        """Open the guided review of a mentorship over whatever view is in front."""
        from mentordesk.ui.reviews.guided_review import GuidedReviewDialog

        dialog = GuidedReviewDialog(self.context, mentorship_id=mentorship_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def load_sample_data(self) -> None:
        """Fill this (empty) workspace with the sample data, as a write job."""
        from mentordesk.services.demo import seed_demo

        self.context.jobs.start(
            title=self.tr("Loading sample data"),
            work=lambda progress: seed_demo(today=self.context.today()),
            changes=ChangeKind.ALL,
            writes=True,
            done_message=self.tr("Sample data loaded."),
        )

    def remove_sample_data(self) -> None:
        """Count the sample records in the background, then confirm and remove them."""
        from mentordesk.services.demo_removal import sample_plan

        self.context.jobs.start(
            title=self.tr("Looking for sample data"),
            work=lambda progress: sample_plan(),
            then=self._confirm_remove_sample,
            show_progress=False,
        )

    def _confirm_remove_sample(self, plan) -> None:
        """Ask before removing the sample records (one undoable step)."""
        from mentordesk.services.demo_removal import remove_sample_data

        title = self.tr("Remove sample data")
        if not plan.sample:
            QMessageBox.information(self, title, self.tr("This workspace has no sample data."))
            return
        if not self.ask_yes_no(title, self._remove_sample_question(plan)):
            return
        self.context.undo.run(
            label=title,
            work=lambda progress: remove_sample_data(),
            changes=ChangeKind.ALL,
            done_message=self.tr("Removed the sample data. Press Ctrl+Z to undo."),
        )

    def _remove_sample_question(self, plan) -> str:
        """The confirmation text: what goes, what stays, and that it can be undone."""
        text = self.tr(
            "Remove the {0} sample records (the sample mentors, their meetings, tasks, goals "
            "and reviews) from this workspace? What you added yourself stays."
        ).format(plan.sample)
        if plan.dependent:
            text += " " + self.tr(
                "{0} of your own records belong to sample records and go with them."
            ).format(plan.dependent)
        return text + " " + self.tr("You can undo this with Ctrl+Z.")

    def ask_yes_no(self, title: str, text: str) -> bool:
        """Ask a yes/no question; No is the default."""
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        answer = QMessageBox.question(self, title, text, buttons, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def export_json(self) -> None:
        """Ask where to save (in the last folder used), then export every record as JSON."""
        path = ask_save_file(
            self,
            self.context.workspace,
            title=self.tr("Export all data"),
            name="mentordesk-export.json",
            filters=self.tr("JSON files (*.json)"),
        )
        if path is not None:
            self.start_export_json(path)

    def start_export_json(self, path: Path) -> None:
        """Export to `path` as a background job with progress."""
        from mentordesk.services.files import write_text_atomic
        from mentordesk.services.interop.export_json import write_export_json

        self.context.jobs.start(
            title=self.tr("Exporting to {0}").format(path.name),
            work=lambda progress: write_text_atomic(path, write_export_json),
            done_message=self.tr("Exported all data to {0}").format(path),
        )

    def open_data_folder(self) -> None:
        """Show the workspace folder in the system's file manager."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.context.workspace.root)))

    def show_shortcuts(self) -> None:
        """List the keyboard shortcuts: everywhere, and in the view in front."""
        self.shortcuts_box().exec()

    def shortcuts_box(self) -> QMessageBox:
        """The F1 message box (not yet shown)."""
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Keyboard shortcuts"), "", parent=self
        )
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(self.shortcuts_html())
        box.setAccessibleName(self.tr("Keyboard shortcuts"))
        return box

    def shortcuts_html(self) -> str:
        """The global shortcuts, then those of the current view under its title."""
        view = self.stack.currentWidget()
        sections = [(self.tr("Everywhere"), global_actions(self.main_actions))]
        if isinstance(view, FeatureView) and view.shortcut_actions():
            title = self.specs[self.sidebar.currentRow()].title
            sections.append((self.tr("In {0}").format(title), view.shortcut_actions()))
        return "".join(_shortcut_table(title, actions) for title, actions in sections)

    def show_about(self) -> None:
        """Version, workspace and log locations."""
        workspace = self.context.workspace
        text = self.tr(
            "<b>MentorDesk {0}</b><p>Run your mentoring relationships well, offline.</p>"
            "<p>Data folder: {1}<br>Log file: {2}</p>"
        ).format(__version__, workspace.root, workspace.log_file)
        QMessageBox.about(self, self.tr("About MentorDesk"), text)

    def _settings(self) -> QSettings:
        """Window state stored beside the workspace data."""
        return window_settings(self.context.workspace)

    def _restore_geometry(self) -> None:
        """Restore the last size and position, or a sensible default."""
        geometry = self._settings().value("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 760)

    def closeEvent(self, event) -> None:
        """Remember the geometry and let running jobs finish before closing."""
        self._settings().setValue("geometry", self.saveGeometry())
        self.context.jobs.wait_until_idle()
        self.auto_backup.on_quit()
        self.watch.stop()
        super().closeEvent(event)


def _shortcut_table(title: str, actions) -> str:
    """A heading and a two-column table of shortcut and what it does."""
    rows = "".join(
        f"<tr><td><b>{escape(k)}</b>&nbsp;&nbsp;</td><td>{escape(t)}</td></tr>"
        for k, t in shortcut_lines(actions)
    )
    return f"<h4>{escape(title)}</h4><table>{rows}</table>"
