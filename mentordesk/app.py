"""Composition root: workspace -> database -> jobs -> QApplication -> main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from mentordesk import __version__
from mentordesk.core.errors import UserError, WorkspaceBusyError
from mentordesk.db.database import open_database
from mentordesk.paths import Workspace
from mentordesk.services.backup.markers import restore_pending
from mentordesk.ui.app_icon import app_icon
from mentordesk.ui.context import UiContext
from mentordesk.ui.jobs import JobRunner
from mentordesk.ui.main_window import MainWindow
from mentordesk.ui.translations import install_translations
from mentordesk.workspace_lock import acquire_lock

log = logging.getLogger(__name__)
READY_POLL_MS = 5


def application(language: str | None = None) -> QApplication:
    """The QApplication, created once with the app's names, speaking `language` or the system's."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translations(app, language)
    app.setApplicationName("MentorDesk")
    app.setOrganizationName("MentorDesk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.mentordesk.MentorDesk")  # matches packaging/linux/*.desktop
    app.setWindowIcon(app_icon())
    return app


def build_window(workspace: Workspace, jobs: JobRunner | None = None) -> MainWindow:
    """The main window on an open workspace database."""
    jobs = jobs or JobRunner(log_file=str(workspace.log_file))
    window = MainWindow(UiContext(workspace=workspace, jobs=jobs))
    jobs.dialog_parent = window
    return window


def run_app(
    *,
    workspace: Workspace,
    demo: bool = False,
    quit_after_show: bool = False,
    files: list[Path] | None = None,
    language: str | None = None,
) -> int:
    """Open the GUI on a workspace (or hand the files to the window already on it)."""
    app = application(language)
    try:
        lock = acquire_lock(workspace)
    except WorkspaceBusyError as error:
        from mentordesk.ui.single_instance import hand_over

        if hand_over(workspace, files or []):
            return 0
        if not quit_after_show:
            QMessageBox.warning(None, "MentorDesk", str(error).capitalize() + ".")
        raise
    try:
        _open_or_explain(workspace, show_dialog=not quit_after_show)
        if demo:
            from mentordesk.services.demo import seed_demo

            seed_demo()
        window = build_window(workspace)
        install_exception_dialog(window, workspace.log_file)
        window.show()

        def after_show() -> None:
            start_background(window, workspace, files or [])
            if quit_after_show:
                _quit_when_ready(app, window)

        QTimer.singleShot(0, window, after_show)  # the first paint comes before the rest
        return app.exec()
    finally:
        lock.unlock()


def start_background(window: MainWindow, workspace: Workspace, files: list[Path]) -> None:
    """What the first paint does not need: watch, backups, sync, reminders, the file listener."""
    from mentordesk.ui.reminders import MeetingReminders

    window.watch.start()
    window.auto_backup.start()
    window.auto_sync.start()
    MeetingReminders(window.context, window).start()  # tray notifications, if there is a tray
    take_files(window, workspace, files)


def take_files(window: MainWindow, workspace: Workspace, files: list[Path]) -> None:
    """Open the launch's files, and listen for the files later launches hand over."""
    from mentordesk.ui.open_files import open_files
    from mentordesk.ui.single_instance import FileReceiver

    receiver = FileReceiver(workspace, parent=window)
    if not receiver.listen():
        log.warning("cannot listen for files on %s", receiver.name)
    QApplication.instance().aboutToQuit.connect(receiver.close)  # no stale socket is left
    receiver.files_received.connect(lambda paths: open_files(window, paths))
    if files:
        open_files(window, files)


def _open_or_explain(workspace: Workspace, *, show_dialog: bool) -> None:
    """Open the database; a damaged or foreign file is explained in a dialog, then refused."""
    try:
        if restore_pending(workspace):  # the lock is ours: complete a restore a crash left
            from mentordesk.services.backup.restore import finish_restore

            finish_restore(workspace)
        open_database(workspace.database, safety_dir=workspace.safety_dir)
    except UserError as error:
        if show_dialog:
            QMessageBox.critical(
                None,
                "MentorDesk",
                QApplication.translate(
                    "app", "MentorDesk cannot open this workspace:\n\n{0}."
                ).format(str(error).capitalize()),
            )
        raise


def _quit_when_ready(app: QApplication, window: MainWindow) -> None:
    """Quit once the window is exposed and its data has loaded."""

    def check() -> None:
        handle = window.windowHandle()
        if handle is not None and handle.isExposed() and window.context.jobs.is_idle():
            timer.stop()
            app.quit()

    timer = QTimer(window)
    timer.timeout.connect(check)
    timer.start(READY_POLL_MS)


def install_exception_dialog(window: MainWindow, log_file: Path) -> None:
    """Log any unexpected exception and tell the user where the details are."""

    def hook(kind, value, traceback) -> None:
        log.error("unexpected error", exc_info=(kind, value, traceback))
        QMessageBox.critical(
            window,
            QApplication.translate("app", "Unexpected error"),
            QApplication.translate(
                "app", "Something went wrong: {0}\n\nThe details are in {1}"
            ).format(value, log_file),
        )

    sys.excepthook = hook


def render_screenshots(
    *, workspace: Workspace, out_dir: Path, language: str | None = None
) -> list[Path]:
    """Render every main view offscreen to `out_dir/<view>.png`, and the reviews; the paths."""
    from mentordesk.ui.reviews.guided_review_shots import render_review_screenshots

    application(language)
    open_database(workspace.database, safety_dir=workspace.safety_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    window = build_window(workspace)
    window.resize(1280, 800)
    window.show()
    paths = []
    for spec in window.specs:
        window.show_view(spec.key)
        window.context.jobs.wait_until_idle()
        QApplication.processEvents()
        path = out_dir / f"{spec.key}.png"
        if not window.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        paths.append(path)
    paths += _screenshot_states(window, out_dir)
    paths += render_review_screenshots(window, out_dir)
    window.close()
    return paths + _sync_screenshots(workspace, out_dir)


def _sync_screenshots(workspace: Workspace, out_dir: Path) -> list[Path]:
    """The sync shots, on a copy of the workspace holding an example account and conflicts."""
    import tempfile

    from mentordesk.db.database import close_database, copy_database
    from mentordesk.services.sync.example_conflicts import add_example_conflicts
    from mentordesk.ui.sync.shots import render_sync_screenshots

    with tempfile.TemporaryDirectory(prefix="mentordesk-shots-") as folder:
        copy = Workspace(Path(folder))
        copy_database(copy.database)
        close_database()
        open_database(copy.database)
        add_example_conflicts()
        window = build_window(copy)
        window.workspace_label.setText(str(workspace.root))  # the shots show the user's folder
        window.resize(1280, 800)
        window.show()
        try:
            return render_sync_screenshots(window, out_dir)
        finally:
            window.close()
            close_database()


def _screenshot_states(window: MainWindow, out_dir: Path) -> list[Path]:
    """Extra shots views offer (`screenshot_states`), each light and dark: `<name>[-dark].png`."""
    from mentordesk.ui.theme import dark_palette

    app, paths = QApplication.instance(), []
    light = app.palette()
    for spec in window.specs:
        view = window.view(spec.key)
        for name, prepare in getattr(view, "screenshot_states", dict)().items():
            window.show_view(spec.key)
            for suffix, palette in (("", light), ("-dark", dark_palette())):
                app.setPalette(palette)
                prepare()
                window.context.jobs.wait_until_idle()
                QApplication.processEvents()
                path = out_dir / f"{name}{suffix}.png"
                if not window.grab().save(str(path)):
                    raise OSError(f"could not write {path}")
                paths.append(path)
    app.setPalette(light)
    return paths
