"""The backups view: the workspace's backups and safety copies."""

from __future__ import annotations

from mentordesk.core.changes import ChangeKind
from mentordesk.services.backup.listing import list_backup_files
from mentordesk.ui.backups.table_model import BackupTableModel
from mentordesk.ui.context import UiContext
from mentordesk.ui.widgets.empty_state import EmptyState
from mentordesk.ui.widgets.feature_view import FeatureView
from mentordesk.ui.widgets.record_table import RecordTable


class BackupsView(FeatureView):
    """Backups and the safety copies taken before upgrades, newest first."""

    kinds = ChangeKind.BACKUPS

    def __init__(self, context: UiContext, parent=None) -> None:
        super().__init__(
            context,
            title=self.tr("Backups"),
            subtitle=self.tr("Where your data is kept safe: in {0}").format(context.workspace.root),
            parent=parent,
        )
        self.model = BackupTableModel(self)
        empty = EmptyState(
            heading=self.tr("No backups yet"),
            text=self.tr(
                "Encrypted automatic backups are coming in a later version. Until then, "
                "File ▸ Export all data as JSON… saves a complete, readable copy."
            ),
        )
        self.table = RecordTable(
            model=self.model, name=self.tr("Backups"), empty=empty, parent=self
        )
        self.body.addWidget(self.table, 1)

    def reload(self) -> None:
        """List the backup files in the background."""
        workspace = self.context.workspace
        self.load_in_background(
            "backups/list",
            lambda: list_backup_files(
                backups_dir=workspace.backups, safety_dir=workspace.safety_dir
            ),
            self.model.set_rows,
        )


if __name__ == "__main__":
    from mentordesk.ui.preview import preview_view

    preview_view(BackupsView)
