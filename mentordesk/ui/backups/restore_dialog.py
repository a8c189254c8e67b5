"""The restore confirmation: what the backup holds, and what will happen to today's data."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from mentordesk.services.backup.listing import BackupFileRow
from mentordesk.ui.format import fmt_datetime

ENTITY_NAMES = {
    "contacts": "contacts",
    "meetings": "meetings",
    "tasks": "tasks",
    "goals": "goals",
    "interactions": "interactions",
    "reviews": "reviews",
}


def preview_text(row: BackupFileRow) -> str:
    """'6 contacts, 10 meetings, … and 2 files' for a backup's summary."""
    summary = row.summary
    if not summary:
        return ""
    counts = summary.get("counts", {})
    parts = [f"{counts.get(key, 0)} {name}" for key, name in ENTITY_NAMES.items()]
    parts.append(f"{summary.get('files', 0)} files")
    return ", ".join(parts)


class RestoreConfirmation(QDialog):
    """Asks before replacing the workspace; Restore is not the default button."""

    def __init__(self, row: BackupFileRow, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore this backup?"))
        text = QLabel(
            self.tr(
                "<p><b>Restore the backup made {0}?</b></p><p>It holds {1}.</p>"
                "<p>Everything in MentorDesk now will be replaced by it. A safety copy of "
                "today's data is kept in the safety folder first, so this can be undone by "
                "hand.</p>"
            ).format(fmt_datetime(row.created), preview_text(row) or self.tr("unknown contents")),
            self,
        )
        text.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        self.restore_button.clicked.connect(self.accept)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.buttons)
