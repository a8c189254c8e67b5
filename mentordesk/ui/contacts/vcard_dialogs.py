"""vCard import with a preview of what will be created or updated, and vCard export."""

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

from mentordesk.services.interop.vcard.transfer import ImportPreview, PreviewAction, PreviewItem
from mentordesk.ui.labels import label
from mentordesk.ui.widgets.preview_table import preview_table
from mentordesk.ui.widgets.table_model import Column, PreparedRows, RowTableModel, prepare_rows


def _tr(text: str) -> str:
    """Translate a preview string."""
    return QCoreApplication.translate("", text)


def preview_columns() -> list[Column]:
    """Columns of the preview table: card line, name, what happens, which fields change."""
    return [
        Column(_tr("Line"), lambda r: str(r.line), lambda r: r.line, align_right=True),
        Column(_tr("Name"), lambda r: r.name),
        Column(_tr("What happens"), lambda r: label(PreviewAction, r.action)),
        Column(_tr("Changes"), lambda r: ", ".join(r.changed_fields)),
    ]


def prepare_preview(preview: ImportPreview) -> PreparedRows:
    """The preview's rows with their texts computed (in the reading job, off the GUI thread)."""
    return prepare_rows(preview_columns(), preview.items)


def summary_text(preview: ImportPreview) -> str:
    """One sentence: how many cards create, update, stay and are skipped."""
    return _tr("{0} new, {1} updated, {2} unchanged, {3} skipped because they are damaged.").format(
        preview.count(PreviewAction.CREATE),
        preview.count(PreviewAction.UPDATE),
        preview.count(PreviewAction.UNCHANGED),
        len(preview.problems),
    )


class VCardPreviewDialog(QDialog):
    """Shows what importing a file would do; Import applies it, Cancel changes nothing."""

    def __init__(
        self,
        *,
        path: Path,
        preview: ImportPreview,
        prepared: PreparedRows | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import contacts from {0}").format(path.name))
        self.resize(720, 460)
        self._build_ui(preview, prepared or prepare_preview(preview))

    def _build_ui(self, preview: ImportPreview, prepared: PreparedRows) -> None:
        """Summary, the card table, problems and the buttons."""
        layout = QVBoxLayout(self)
        self.summary = QLabel(summary_text(preview), self)
        self.summary.setAccessibleName(self.summary.text())
        layout.addWidget(self.summary)
        self.model = RowTableModel(preview_columns(), self)
        self.model.set_prepared(prepared)
        self.table = preview_table(self.model, self.tr("Cards in the file"), self)
        layout.addWidget(self.table, 1)
        self.problems = self._note(
            self.tr("These cards will be skipped:"), preview.problems, self.tr("Damaged cards")
        )
        self.warnings = self._note(
            self.tr("Imported, with a field repaired or left out:"),
            preview.warnings,
            self.tr("Repaired fields"),
        )
        layout.addWidget(self.problems)
        layout.addWidget(self.warnings)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setAccessibleName(self.tr("Import"))
        self.import_button.setEnabled(
            any(i.action != PreviewAction.UNCHANGED for i in preview.items)
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _note(self, heading: str, problems: list, name: str) -> QLabel:
        """A heading and one line per problem (by line number); hidden when there are none."""
        lines = [self.tr("Line {0}: {1}").format(p.line, p.message) for p in problems[:20]]
        more = len(problems) - len(lines)
        if more > 0:
            lines.append(self.tr("… and {0} more").format(more))
        note = QLabel(heading + "\n" + "\n".join(lines), self)
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setAccessibleName(name)
        note.setVisible(bool(problems))
        return note


__all__ = ["PreviewItem", "VCardPreviewDialog", "preview_columns", "summary_text"]
