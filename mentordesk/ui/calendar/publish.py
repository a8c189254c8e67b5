"""Keep calendar.ics current: re-publish in the background shortly after meetings change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QDialog, QWidget

from mentordesk.core.changes import ChangeKind
from mentordesk.services.interop.ics.publish import (
    read_calendar_settings,
    republish,
    save_calendar_settings,
)
from mentordesk.ui.calendar.settings_dialog import CalendarSettingsDialog
from mentordesk.ui.context import UiContext

PUBLISH_KEY = "calendar/publish"  # a newer publish makes the one still running stale
PUBLISH_DELAY_MS = 2000  # a burst of edits publishes once, this long after the last


def _tr(text: str) -> str:
    """Translate a text of this module."""
    return QCoreApplication.translate("", text)


class CalendarPublisher(QObject):
    """Writes calendar.ics to the publish folder (when one is set) after meetings change.

    The folder is kept in memory (read by `start`, refreshed by `remember_folder` when the
    settings dialog saves): with none set, a change starts no job at all. A burst of changes
    publishes once, PUBLISH_DELAY_MS after the last of them.
    """

    def __init__(self, context: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.folder = ""  # the publish folder; "" when not published (or not read yet)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PUBLISH_DELAY_MS)
        self.timer.timeout.connect(self.publish_now)
        context.jobs.changed.connect(self.on_changed)

    def start(self) -> None:
        """Read the publish folder in the background, then publish once if one is set."""
        self.context.jobs.start(
            title=self.tr("Reading calendar settings"),
            work=lambda progress: read_calendar_settings().folder,
            on_result=self._read,
            show_progress=False,
        )

    def _read(self, folder: str) -> None:
        """Keep the folder read at start; the folder may have missed changes made elsewhere."""
        self.remember_folder(folder)
        self.publish()

    def remember_folder(self, folder: str) -> None:
        """Keep the publish folder the settings now hold ("" for none)."""
        self.folder = folder.strip()
        if not self.folder:
            self.timer.stop()

    def on_changed(self, kinds: ChangeKind) -> None:
        """Publish again when the change touched meetings (or contacts, who attend them)."""
        if kinds & (ChangeKind.MEETINGS | ChangeKind.CONTACTS):
            self.publish()

    def publish(self) -> None:
        """Publish after a short quiet spell (restarted by each call); nothing with no folder."""
        if self.folder:
            self.timer.start()

    def publish_now(self) -> None:
        """Re-publish in the background."""
        self.context.jobs.start(
            title=self.tr("Publishing calendar.ics"),
            work=lambda progress: republish(progress=progress),
            key=PUBLISH_KEY,
            show_progress=False,
        )


def open_calendar_settings(
    context: UiContext, parent: QWidget, on_folder: Callable[[str], None] | None = None
) -> None:
    """Read the settings, let the user edit them, then save and publish in the background.

    `on_folder(folder)` hears the publish folder once the settings are saved.
    """
    context.jobs.start(
        title=_tr("Reading calendar settings"),
        work=lambda progress: read_calendar_settings(),
        then=lambda settings: _edit_settings(context, parent, settings, on_folder),
        show_progress=False,
    )


def _edit_settings(
    context: UiContext, parent: QWidget, settings, on_folder: Callable[[str], None] | None
) -> None:
    """The settings dialog; on OK, a write job stores the values and publishes."""
    dialog = CalendarSettingsDialog(settings, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    chosen = dialog.settings()
    context.jobs.start(
        title=_tr("Saving calendar settings"),
        work=lambda progress: save_calendar_settings(chosen),
        writes=True,
        on_result=lambda path: on_folder(chosen.folder) if on_folder else None,
        done_message=lambda path: (
            _tr("Calendar settings saved; calendar.ics is kept in {0}").format(path.parent)
            if path is not None
            else _tr("Calendar settings saved")
        ),
    )
