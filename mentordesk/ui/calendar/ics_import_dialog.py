"""The calendar import preview: each event of the file, who comes, and what importing does."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services.interop.ics.importing import IcsAction, IcsPreview
from mentordesk.ui.labels import label
from mentordesk.ui.widgets.preview_table import preview_table
from mentordesk.ui.widgets.table_model import Column, PreparedRows, RowTableModel, prepare_rows

MAX_WARNINGS = 10


def _tr(text: str) -> str:
    """Translate a preview string."""
    return QCoreApplication.translate("", text)


def preview_columns() -> list[Column]:
    """Columns of the preview table: line, title, when, who, what happens."""
    return [
        Column(_tr("Line"), lambda r: str(r.line), lambda r: r.line, align_right=True),
        Column(_tr("Meeting"), lambda r: r.title),
        Column(_tr("When"), lambda r: r.when),
        Column(_tr("Who"), lambda r: r.who, priority=1),
        Column(_tr("What happens"), lambda r: label(IcsAction, r.action)),
    ]


def prepare_preview(preview: IcsPreview) -> PreparedRows:
    """The preview's rows with their texts computed (in the reading job, off the GUI thread)."""
    return prepare_rows(preview_columns(), preview.rows)


def summary_text(preview: IcsPreview) -> str:
    """One sentence of counts."""
    return _tr(
        "{0} new, {1} updated, {2} cancelled, {3} unchanged, {4} older copies ignored."
    ).format(
        preview.count(IcsAction.NEW),
        preview.count(IcsAction.UPDATED),
        preview.count(IcsAction.CANCELLED),
        preview.count(IcsAction.UNCHANGED),
        preview.count(IcsAction.STALE),
    )


class IcsImportDialog(QDialog):
    """Shows what importing a calendar file would do; Import applies it, Cancel changes nothing."""

    def __init__(
        self,
        *,
        path: Path,
        preview: IcsPreview,
        prepared: PreparedRows | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import calendar from {0}").format(path.name))
        self.resize(720, 440)
        self._build_ui(preview, prepared or prepare_preview(preview))

    def _build_ui(self, preview: IcsPreview, prepared: PreparedRows) -> None:
        """Summary, the event table, warnings and the buttons."""
        layout = QVBoxLayout(self)
        self.summary = QLabel(summary_text(preview), self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.summary.text())
        layout.addWidget(self.summary)
        self.model = RowTableModel(preview_columns(), self)
        self.model.set_prepared(prepared)
        self.table = preview_table(self.model, self.tr("Events in the file"), self)
        layout.addWidget(self.table, 1)
        self.warnings = self._warnings(preview.warnings)
        layout.addWidget(self.warnings)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setAccessibleName(self.tr("Import"))
        self.import_button.setEnabled(preview.changes_anything)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _warnings(self, warnings: list[str]) -> QLabel:
        """What was noticed but not refused; hidden when there is nothing."""
        lines = warnings[:MAX_WARNINGS]
        if len(warnings) > len(lines):
            lines.append(self.tr("… and {0} more").format(len(warnings) - len(lines)))
        note = QLabel(self.tr("Noticed while reading:") + "\n" + "\n".join(lines), self)
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setAccessibleName(self.tr("Warnings"))
        note.setVisible(bool(warnings))
        return note
