"""The vCard import (read, preview, confirm, import) and export flows as background jobs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from mentordesk.core.changes import ChangeKind
from mentordesk.services.files import write_text_atomic
from mentordesk.services.interop.vcard.transfer import (
    export_vcards,
    import_vcards,
    preview_vcards,
    read_vcard_file,
)
from mentordesk.ui.contacts.vcard_dialogs import VCardPreviewDialog, prepare_preview


class VCardJobs(QObject):
    """Runs vCard import and export for a view that can ask for paths."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        self._prepared = None  # the preview's rows, prepared in the reading job

    def start_import(self) -> None:
        """Ask for a file, then read and preview it in the background."""
        path = self.view.ask_open_path()
        if path is not None:
            self.import_path(path)

    def import_path(self, path: Path) -> None:
        """Read and preview a given file in the background, then ask before importing."""
        self.view.context.jobs.start(
            title=self.tr("Reading {0}").format(path.name),
            work=lambda progress: _read_and_preview(path),
            then=lambda result: self.confirm_import(path, *result),
        )

    def confirm_import(self, path: Path, text: str, preview, prepared=None) -> None:
        """Show what the import would do (rows prepared in the job); import if the user agrees."""
        self._prepared = prepared
        dialog = self.preview_dialog(path, preview)
        if dialog.exec() == VCardPreviewDialog.DialogCode.Accepted:
            self.run_import(path, text)

    def preview_dialog(self, path: Path, preview) -> VCardPreviewDialog:
        """The preview dialog (a method so tests can answer it)."""
        prepared, self._prepared = self._prepared, None
        return VCardPreviewDialog(path=path, preview=preview, prepared=prepared, parent=self.view)

    def run_import(self, path: Path, text: str) -> None:
        """Import the cards in one transaction, with progress and cancel."""
        self.view.context.undo.run(
            label=self.tr("Import {0}").format(path.name),
            work=lambda progress: import_vcards(text, progress=progress),
            changes=ChangeKind.CONTACTS,
            show_progress=True,
            done_message=lambda r: self.tr(
                "Imported {0}: {1} new, {2} updated, {3} skipped."
            ).format(path.name, r.created, r.updated, len(r.problems)),
        )

    def start_export(self) -> None:
        """Ask where to save, then export every contact as vCard 4.0."""
        path = self.view.ask_save_path()
        if path is None:
            return
        self.view.context.jobs.start(
            title=self.tr("Exporting contacts to {0}").format(path.name),
            work=lambda progress: write_text_atomic(path, export_vcards()),
            done_message=self.tr("Exported contacts to {0}").format(path),
        )


def _read_and_preview(path: Path):
    """The file's text, the preview of importing it, and its table rows ready to show."""
    text = read_vcard_file(path)
    preview = preview_vcards(text)
    return text, preview, prepare_preview(preview)
