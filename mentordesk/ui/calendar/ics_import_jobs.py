"""The calendar import flow: read and preview in the background, confirm, import undoably.

Entry points: `start_ics_import(context, parent)` (File ▸ Import calendar…),
`import_ics_path(context, parent, path)` (a file given on the command line, handed over by a
second launch, or dropped), and `install_ics_drop(widget, context)` for drag and drop.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QWidget

from mentordesk.core.changes import ChangeKind
from mentordesk.services.interop.ics.importing import apply_ics, read_ics_file
from mentordesk.services.interop.ics.preview import preview_ics
from mentordesk.ui.calendar.ics_import_dialog import IcsImportDialog, prepare_preview
from mentordesk.ui.widgets.file_dialogs import ask_open_file

CALENDAR_SUFFIXES = (".ics",)


def _tr(text: str) -> str:
    """Translate a text of this module."""
    return QCoreApplication.translate("", text)


class IcsImportFlow(QObject):
    """One import: preview job, the dialog, then the import on the undo stack."""

    def __init__(self, context, parent: QWidget) -> None:
        super().__init__(parent)
        self.context, self.parent_widget = context, parent
        self._prepared = None  # the preview's rows, prepared in the reading job

    def start(self, path: Path) -> None:
        """Read and preview the file in the background (a write job: the preview imports and
        rolls back in an IMMEDIATE transaction, so it queues with the other writes), then ask."""
        self.context.jobs.start(
            title=self.tr("Reading {0}").format(path.name),
            work=lambda progress: _read_and_preview(path),
            writes=True,
            then=lambda result: self.confirm(path, *result),
        )

    def confirm(self, path: Path, data: bytes, preview, prepared=None) -> None:
        """Show the preview (rows prepared in the job); import only if the user agrees."""
        self._prepared = prepared
        dialog = self.preview_dialog(path, preview)
        if dialog.exec() == IcsImportDialog.DialogCode.Accepted:
            self.run_import(path, data)

    def preview_dialog(self, path: Path, preview) -> IcsImportDialog:
        """The preview dialog (a method so tests can answer it)."""
        prepared, self._prepared = self._prepared, None
        return IcsImportDialog(
            path=path, preview=preview, prepared=prepared, parent=self.parent_widget
        )

    def run_import(self, path: Path, data: bytes) -> None:
        """Import every event in one transaction: one Undo takes the whole import back."""
        self.context.undo.run(
            label=self.tr("Import {0}").format(path.name),
            work=lambda progress: apply_ics(data, source=path.name, progress=progress),
            changes=ChangeKind.MEETINGS,
            show_progress=True,
            done_message=lambda r: self.tr("Imported {0}: {1}.").format(path.name, r.summary()),
        )


def import_ics_path(context, parent: QWidget, path: Path) -> IcsImportFlow:
    """Preview a calendar file and import it if the user agrees."""
    flow = IcsImportFlow(context, parent)
    flow.start(Path(path))
    return flow


def start_ics_import(context, parent: QWidget) -> IcsImportFlow | None:
    """Ask for a calendar file (in the last folder used), then preview it."""
    path = ask_open_file(
        parent,
        context.workspace,
        title=_tr("Import calendar"),
        filters=_tr("iCalendar files (*.ics);;All files (*)"),
    )
    return import_ics_path(context, parent, path) if path is not None else None


class IcsDropFilter(QObject):
    """Accepts .ics files dragged onto a widget and starts their import."""

    def __init__(self, widget: QWidget, context) -> None:
        super().__init__(widget)
        self.widget, self.context = widget, context

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Take drags that carry .ics files; import them when dropped."""
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and dropped_calendars(event):
            event.acceptProposedAction()
            return True
        if kind == QEvent.Type.Drop and dropped_calendars(event):
            event.acceptProposedAction()
            for path in dropped_calendars(event):
                import_ics_path(self.context, self.widget, path)
            return True
        return False


def dropped_calendars(event) -> list[Path]:
    """The local .ics files a drag or drop event carries."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    paths = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in CALENDAR_SUFFIXES]


def install_ics_drop(widget: QWidget, context) -> IcsDropFilter:
    """Let .ics files be dropped onto `widget` (the calendar view installs this)."""
    widget.setAcceptDrops(True)
    drop = IcsDropFilter(widget, context)
    widget.installEventFilter(drop)
    return drop


def _read_and_preview(path: Path):
    """The file's bytes, the preview of importing them, and its table rows ready to show."""
    data = read_ics_file(path)
    preview = preview_ics(data, source=path.name)
    return data, preview, prepare_preview(preview)
