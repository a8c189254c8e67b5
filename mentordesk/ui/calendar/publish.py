"""Keep calendar.ics current: re-publish in the background after every change to meetings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
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


def _tr(text: str) -> str:
    """Translate a text of this module."""
    return QCoreApplication.translate("", text)


class CalendarPublisher(QObject):
    """Writes calendar.ics to the publish folder (when one is set) after meetings change."""

    def __init__(self, context: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        context.jobs.changed.connect(self.on_changed)

    def on_changed(self, kinds: ChangeKind) -> None:
        """Publish again when the change touched meetings (or contacts, who attend them)."""
        if kinds & (ChangeKind.MEETINGS | ChangeKind.CONTACTS):
            self.publish()

    def publish(self) -> None:
        """Re-publish in the background; does nothing when no folder is set."""
        self.context.jobs.start(
            title=self.tr("Publishing calendar.ics"),
            work=lambda progress: republish(progress=progress),
            key=PUBLISH_KEY,
            show_progress=False,
        )


def open_calendar_settings(context: UiContext, parent: QWidget) -> None:
    """Read the settings, let the user edit them, then save and publish in the background."""
    context.jobs.start(
        title=_tr("Reading calendar settings"),
        work=lambda progress: read_calendar_settings(),
        then=lambda settings: _edit_settings(context, parent, settings),
        show_progress=False,
    )


def _edit_settings(context: UiContext, parent: QWidget, settings) -> None:
    """The settings dialog; on OK, a write job stores the values and publishes."""
    dialog = CalendarSettingsDialog(settings, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    chosen = dialog.settings()
    context.jobs.start(
        title=_tr("Saving calendar settings"),
        work=lambda progress: save_calendar_settings(chosen),
        writes=True,
        done_message=lambda path: (
            _tr("Calendar settings saved; calendar.ics is kept in {0}").format(path.parent)
            if path is not None
            else _tr("Calendar settings saved")
        ),
    )
