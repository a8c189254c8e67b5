"""The backups view: set up, back up now, the list with state and preview, restore."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from mentordesk import __version__
from mentordesk.core.changes import ChangeKind
from mentordesk.core.errors import UserError
from mentordesk.services.backup.listing import STATE_OK, STATE_UNCHECKED, BackupFileRow
from mentordesk.services.backup.overview import (
    BackupOverview,
    BackupSettings,
    backup_now,
    backup_overview,
    read_settings,
    write_settings,
)
from mentordesk.services.backup.reader import Secrets
from mentordesk.services.backup.restore import restore_backup
from mentordesk.ui.backups.restore_dialog import RestoreConfirmation, preview_text
from mentordesk.ui.backups.setup_wizard import BackupSetupWizard
from mentordesk.ui.backups.table_model import BackupTableModel
from mentordesk.ui.context import UiContext
from mentordesk.ui.format import fmt_datetime, sentence
from mentordesk.ui.widgets.empty_state import EmptyState
from mentordesk.ui.widgets.feature_view import FeatureView
from mentordesk.ui.widgets.record_table import RecordTable


class BackupsView(FeatureView):
    """Encrypted backups, newest first, with the last good one and a warning when it is old."""

    kinds = ChangeKind.BACKUPS

    def __init__(self, context: UiContext, parent=None) -> None:
        super().__init__(
            context,
            title=self.tr("Backups"),
            subtitle=self.tr("Encrypted copies of your workspace, kept in {0}").format(
                context.workspace.backups
            ),
            parent=parent,
        )
        self.overview = BackupOverview(set_up=False)
        self.settings = read_settings(context.workspace.root)
        self.confirm_restore = lambda row: RestoreConfirmation(row, self).exec() == QDialog.Accepted
        self._build_ui()
        self._connect()

    def _build_ui(self) -> None:
        """Status, actions, settings, the list and the preview of the selected backup."""
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Backup status"))
        self.setup_button = QPushButton(self.tr("Set up backups…"), self)
        self.backup_button = QPushButton(self.tr("Back up now"), self)
        self.restore_button = QPushButton(self.tr("Restore…"), self)
        self.restore_file_button = QPushButton(self.tr("Restore from file…"), self)
        buttons = QHBoxLayout()
        for button in (self.setup_button, self.backup_button, self.restore_button):
            buttons.addWidget(button)
        buttons.addWidget(self.restore_file_button)
        buttons.addStretch(1)
        self.body.addWidget(self.status)
        self.body.addLayout(buttons)
        self.body.addLayout(self._settings_row())
        self.body.addLayout(self._second_folder_row())
        self.model = BackupTableModel(self)
        empty = EmptyState(
            heading=self.tr("No backups yet"),
            text=self.tr("Set up backups, then back up now: each backup is encrypted and checked."),
        )
        self.table = RecordTable(
            model=self.model, name=self.tr("Backups"), empty=empty, parent=self
        )
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName(self.tr("What the selected backup holds"))
        self.body.addWidget(self.table, 1)
        self.body.addWidget(self.preview)
        for control in self.findChildren(QAbstractButton):
            control.setAccessibleName(control.text().rstrip("…"))

    def _settings_row(self) -> QVBoxLayout:
        """Automatic backups on quit and daily, and when to warn (two lines: fits 800 px)."""
        self.on_quit = QCheckBox(self.tr("Back up when MentorDesk closes"), self)
        self.daily = QCheckBox(self.tr("Back up once a day while open"), self)
        self.warn_days = QSpinBox(self)
        self.warn_days.setRange(1, 365)
        self.warn_days.setSuffix(self.tr(" days"))
        self.warn_days.setAccessibleName(self.tr("Warn when the last backup is older than"))
        self.on_quit.setChecked(self.settings.on_quit)
        self.daily.setChecked(self.settings.daily)
        self.warn_days.setValue(self.settings.warn_after_days)
        automatic, warning = QHBoxLayout(), QHBoxLayout()
        automatic.addWidget(self.on_quit)
        automatic.addWidget(self.daily)
        automatic.addStretch(1)
        warning.addWidget(QLabel(self.tr("Warn when the last backup is older than"), self))
        warning.addWidget(self.warn_days)
        warning.addStretch(1)
        rows = QVBoxLayout()
        rows.addLayout(automatic)
        rows.addLayout(warning)
        return rows

    def _second_folder_row(self) -> QHBoxLayout:
        """The optional second folder each backup is copied to."""
        self.second_label = QLabel(self)
        self.second_label.setAccessibleName(self.tr("Second copy folder"))
        self.choose_second = QPushButton(self.tr("Choose a second folder…"), self)
        self.clear_second = QPushButton(self.tr("No second copy"), self)
        row = QHBoxLayout()
        for widget in (self.second_label, self.choose_second, self.clear_second):
            row.addWidget(widget)
        row.addStretch(1)
        self._show_second_folder()
        return row

    def _show_second_folder(self) -> None:
        """Say where the second copy goes, if anywhere."""
        folder = self.settings.second_folder
        self.second_label.setText(
            self.tr("Second copy in {0}").format(folder)
            if folder
            else self.tr("No second copy (a USB disk or a synced folder is safer)")
        )
        self.clear_second.setEnabled(bool(folder))

    def choose_second_folder(self, *, folder: str | None = None) -> None:
        """Pick the folder for the second copy (or clear it with an empty string)."""
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Second backup folder"))
            if not folder:
                return
        self.settings = replace(self.settings, second_folder=folder)
        write_settings(self.context.workspace.root, self.settings)
        self._show_second_folder()

    def _connect(self) -> None:
        """Buttons, settings and the selection."""
        self.setup_button.clicked.connect(self.set_up)
        self.backup_button.clicked.connect(self.start_backup)
        self.restore_button.clicked.connect(lambda: self.restore_row(self.table.selected_row()))
        self.restore_file_button.clicked.connect(self.restore_from_file)
        for box in (self.on_quit, self.daily):
            box.toggled.connect(self.save_settings)
        self.warn_days.valueChanged.connect(self.save_settings)
        self.choose_second.clicked.connect(lambda: self.choose_second_folder())
        self.clear_second.clicked.connect(lambda: self.choose_second_folder(folder=""))
        selection = self.table.table.selectionModel()
        selection.selectionChanged.connect(lambda *_: self.show_preview(self.table.selected_row()))

    def reload(self) -> None:
        """Read the backups and their state in the background."""
        workspace = self.context.workspace
        self.load_in_background(
            "backups/list", lambda: backup_overview(workspace), self.show_overview
        )

    def show_overview(self, overview: BackupOverview) -> None:
        """Show an overview."""
        self.overview = overview
        self.model.set_rows(overview.rows)
        self.setup_button.setVisible(not overview.set_up)
        self.backup_button.setEnabled(overview.set_up)
        self.show_status()
        self.show_preview(self.table.selected_row())

    def show_status(self) -> None:
        """The status line, in bold when it warns."""
        text = self.status_text()
        font = self.status.font()
        font.setBold(text.startswith("⚠"))
        self.status.setFont(font)
        self.status.setText(text)

    def status_text(self) -> str:
        """The last good backup, or why there is none; a warning when it is too old."""
        overview, now = self.overview, self.context.now()
        if not overview.set_up:
            return self.tr("⚠ Backups are not set up yet: your notes exist only on this computer.")
        if overview.key_problem:
            return self.tr("⚠ {0}.").format(sentence(overview.key_problem))
        if overview.last_good is None:
            return self.tr("⚠ No good backup yet: back up now.")
        text = self.tr("Last good backup: {0}").format(fmt_datetime(overview.last_good.created))
        if overview.is_overdue(now, self.settings):
            days = overview.age(now).days
            return self.tr("⚠ {0}, {1} days ago: older than you asked for. Back up now.").format(
                text, days
            )
        return text + "."

    def show_preview(self, row: BackupFileRow | None) -> None:
        """What the selected backup holds."""
        text = preview_text(row) if row is not None else ""
        self.preview.setText(self.tr("Holds {0}.").format(text) if text else "")
        usable = row is not None and row.state in (STATE_OK, STATE_UNCHECKED)
        self.restore_button.setEnabled(bool(usable))

    def save_settings(self, *_) -> None:
        """Keep the settings as soon as they change."""
        self.settings = BackupSettings(
            second_folder=self.settings.second_folder,
            on_quit=self.on_quit.isChecked(),
            daily=self.daily.isChecked(),
            warn_after_days=self.warn_days.value(),
        )
        write_settings(self.context.workspace.root, self.settings)
        self.show_status()

    def set_up(self) -> None:
        """Run the first-run wizard, then reload."""
        wizard = BackupSetupWizard(self.context.workspace.root, parent=self)
        wizard.exec()
        self.reload()

    def start_backup(self, *, passphrase: str | None = None) -> None:
        """Back up now, as a background job with progress (asking for the passphrase if needed)."""
        workspace = self.context.workspace
        if passphrase is None and self.overview.needs_passphrase:
            passphrase, ok = QInputDialog.getText(
                self,
                self.tr("Backup passphrase"),
                self.tr("The backup key is locked with your passphrase:"),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return
        secret = passphrase.encode() if passphrase is not None else None
        self.context.jobs.start(
            title=self.tr("Backing up"),
            work=lambda progress: backup_now(
                workspace, progress=progress, app_version=__version__, passphrase=secret
            ),
            changes=ChangeKind.BACKUPS,
            done_message=self.backup_done_text,
        )

    def backup_done_text(self, result) -> str:
        """What a finished backup says, including its second copy."""
        text = self.tr("Backup saved: {0}").format(result.path.name)
        if result.second_copy_problem:
            return self.tr("{0}; but {1}").format(text, result.second_copy_problem)
        return text + (self.tr(", and copied to the second folder") if result.second_copy else "")

    def restore_row(self, row: BackupFileRow | None, secrets: Secrets | None = None) -> None:
        """Confirm, then restore as a background job; every view reloads afterwards."""
        if row is None or not self.confirm_restore(row):
            return
        if secrets is None and self.overview.needs_passphrase:
            secrets = self._unlock_with_passphrase()
            if secrets is None:
                return
        workspace, path = self.context.workspace, row.path
        self.context.jobs.start(
            title=self.tr("Restoring the backup"),
            work=lambda progress: restore_backup(
                workspace, path, secrets=secrets or Secrets(), progress=progress
            ),
            changes=ChangeKind.ALL,
            writes=True,
            exclusive=True,  # a running sync stops first: it must not write into the restored data
            done_message=self.tr("Backup restored; the replaced data is in the safety folder."),
        )

    def _unlock_with_passphrase(self, *, passphrase: str | None = None) -> Secrets | None:
        """The workspace's key, unlocked by the passphrase the user types (None if cancelled)."""
        from mentordesk.services.backup.setup import workspace_master_key

        if passphrase is None:
            passphrase, ok = QInputDialog.getText(
                self,
                self.tr("Backup passphrase"),
                self.tr("The backup key is locked with your passphrase:"),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return None
        try:
            root = self.context.workspace.root
            master = workspace_master_key(root, passphrase=passphrase.encode())[0]
        except UserError as error:
            QMessageBox.warning(self, self.tr("Cannot restore"), sentence(str(error)) + ".")
            return None
        return Secrets(master_key=master)

    def restore_from_file(self, *, path: str | None = None) -> None:
        """Restore a backup file chosen by the user (with its recovery key if this is new)."""
        path = (
            path
            or QFileDialog.getOpenFileName(
                self, self.tr("Restore a backup"), "", self.tr("MentorDesk backups (*.mdbk)")
            )[0]
        )
        if not path:
            return
        try:
            row, secrets = self._row_for_file(Path(path))
        except UserError as error:
            QMessageBox.warning(self, self.tr("Cannot restore"), sentence(str(error)) + ".")
            return
        self.restore_row(row, secrets)

    def _row_for_file(self, path: Path) -> tuple[BackupFileRow, Secrets]:
        """The file's row (with its summary) and the secret that opens it."""
        from mentordesk.services.backup import keystore
        from mentordesk.services.backup.keys import parse_recovery_key
        from mentordesk.services.backup.listing import backup_row
        from mentordesk.services.backup.reader import read_backup_header

        header = read_backup_header(path)
        master = keystore.load_master_key(header.key_id)
        if master is not None:
            return backup_row(path, master), Secrets(master_key=master)
        text, ok = QInputDialog.getText(
            self,
            self.tr("Recovery key"),
            self.tr("This backup's key is not on this computer. Type its recovery key:"),
        )
        if not ok:
            raise UserError("no recovery key given; nothing was changed")
        secrets = Secrets(recovery_key=parse_recovery_key(text))
        return backup_row(path, None, secrets=secrets), secrets


if __name__ == "__main__":
    from mentordesk.ui.preview import preview_view

    preview_view(BackupsView)
