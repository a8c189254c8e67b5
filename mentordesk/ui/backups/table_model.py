"""The backup file list model."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from mentordesk.services.backup.listing import BackupFileRow, BackupKind, BackupState
from mentordesk.ui.format import fmt_datetime
from mentordesk.ui.labels import label
from mentordesk.ui.widgets.table_model import Column, RowTableModel


def _tr(text: str) -> str:
    """Translate a column title."""
    return QCoreApplication.translate("", text)


def backup_columns() -> list[Column]:
    """The columns of the backup list."""
    return [
        Column(_tr("Created"), lambda r: fmt_datetime(r.created), lambda r: r.created.isoformat()),
        Column(_tr("Kind"), lambda r: label(BackupKind, r.kind)),
        Column(
            _tr("State"),
            lambda r: label(BackupState, r.state) if r.state else "",
            tooltip=lambda r: r.problem or label(BackupState, r.state) if r.state else "",
        ),
        Column(
            _tr("Size"),
            lambda r: QLocale().formattedDataSize(r.size_bytes),
            lambda r: r.size_bytes,
            align_right=True,
        ),
        Column(_tr("File"), lambda r: r.path.name, tooltip=lambda r: str(r.path)),
    ]


class BackupTableModel(RowTableModel):
    """Backup files as rows of BackupFileRow."""

    def __init__(self, parent=None) -> None:
        super().__init__(backup_columns(), parent)


__all__ = ["BackupFileRow", "BackupTableModel"]
