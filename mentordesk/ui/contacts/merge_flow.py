"""The merge flow of the contacts view: pick the duplicate, preview the result, merge."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from mentordesk.services.contacts import merge
from mentordesk.services.contacts.duplicates import merge_candidates
from mentordesk.services.contacts.merge_preview import preview_merge
from mentordesk.ui.contacts.merge_dialogs import SWAP, MergePickerDialog, MergePreviewDialog


class MergeFlow(QObject):
    """Merges a duplicate into the selected contact, one step at a time, never blind."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view

    def start(self) -> None:
        """Merge a duplicate into the selected contact: pick it, see the result, then merge."""
        keep = self.view.selected()
        if keep is None or self.view.model.rowCount() < 2:
            return
        self.view.load_in_background(
            "contacts/merge-candidates",
            lambda: merge_candidates(keep.id),
            then=lambda candidates: self._pick_duplicate(keep.id, keep.name, candidates),
        )

    def _pick_duplicate(self, keep_id: int, keep_name: str, candidates) -> None:
        """Ask which contact is the duplicate, then preview the merge."""
        other = self.ask_duplicate(keep_name, candidates)
        if other is not None:
            self._preview_merge(keep_id, other.contact_id)

    def ask_duplicate(self, keep_name: str, candidates):
        """The picker (a method so tests can answer it): the chosen MergeCandidate or None."""
        dialog = MergePickerDialog(keep_name, candidates, parent=self.view)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()

    def _preview_merge(self, keep_id: int, merge_id: int) -> None:
        """Work out the merged contact in the background (merge, read, roll back)."""
        self.view.context.jobs.start(
            title=self.tr("Preparing the merge"),
            work=lambda progress: preview_merge(keep_id=keep_id, merge_id=merge_id),
            then=lambda preview: self._confirm_merge(preview, keep_id, merge_id),
            writes=True,
            show_progress=False,
        )

    def _confirm_merge(self, preview, keep_id: int, merge_id: int) -> None:
        """Show the result; merge, swap which one is kept, or leave everything as it is."""
        answer = self.confirm_merge(preview)
        if answer == SWAP:
            self._preview_merge(merge_id, keep_id)
        elif answer == QDialog.DialogCode.Accepted:
            self.view.select_after_reload(keep_id)
            self.view.context.undo.run(
                label=self.tr("Merge {0} into {1}").format(preview.other_name, preview.kept_name),
                work=lambda progress: merge.merge_contacts(keep_id=keep_id, merge_id=merge_id),
                changes=self.view.kinds,
                done_message=self.tr("Merged {0} into {1}. Press Ctrl+Z to undo.").format(
                    preview.other_name, preview.kept_name
                ),
            )

    def confirm_merge(self, preview) -> int:
        """The preview dialog (a method so tests can answer it): its result code."""
        return MergePreviewDialog(preview, parent=self.view).exec()
