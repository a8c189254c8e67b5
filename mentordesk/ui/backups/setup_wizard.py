"""The first-run wizard: create the backup key, show the recovery key once, confirm it is kept."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from mentordesk.services.backup.errors import KeyringUnavailableError
from mentordesk.services.backup.keys import format_recovery_key, recovery_key_file_text
from mentordesk.services.backup.setup import BackupKeys, init_backups
from mentordesk.ui.format import sentence

INTRO, PASSPHRASE, RECOVERY = range(3)


class BackupSetupWizard(QWizard):
    """Sets up encrypted backups; the recovery key is shown here once and never again."""

    def __init__(self, root: Path, *, init: Callable = init_backups, parent=None) -> None:
        super().__init__(parent)
        self.root, self.init = Path(root), init
        self.keys: BackupKeys | None = None
        self.keyring_problem = ""
        self.setWindowTitle(self.tr("Set up encrypted backups"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setPage(INTRO, IntroPage(self))
        self.setPage(PASSPHRASE, PassphrasePage(self))
        self.setPage(RECOVERY, RecoveryPage(self))

    def create_keys(self, passphrase: bytes | None = None) -> bool:
        """Create the keys; False (and the reason kept) when the keyring cannot hold them."""
        try:
            self.keys = self.init(self.root, passphrase=passphrase)
        except KeyringUnavailableError as error:
            self.keyring_problem = str(error)
            return False
        return True


class IntroPage(QWizardPage):
    """What backups do and what the recovery key is for."""

    def __init__(self, wizard: BackupSetupWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Protect your notes with encrypted backups"))
        text = QLabel(
            self.tr(
                "MentorDesk will create a backup key and keep it in this computer's keyring. "
                "Backups are encrypted with it: nobody can read them without it.\n\n"
                "You will then see a recovery key, once. With it you can restore your backups "
                "on a new computer. Keep it somewhere safe, away from this computer."
            )
        )
        text.setWordWrap(True)
        QVBoxLayout(self).addWidget(text)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create the keys"))

    def validatePage(self) -> bool:
        """Create the keys in the keyring; without one, go on to the passphrase page."""
        self.wizard().create_keys()
        return True

    def nextId(self) -> int:
        """The recovery key, or the passphrase fallback when the keyring failed."""
        return RECOVERY if self.wizard().keys else PASSPHRASE


class PassphrasePage(QWizardPage):
    """No usable keyring: the backup key is locked with a passphrase instead."""

    def __init__(self, wizard: BackupSetupWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("No keyring: choose a backup passphrase"))
        self.reason = QLabel(self)
        self.reason.setWordWrap(True)
        self.first, self.second = QLineEdit(self), QLineEdit(self)
        names = ((self.first, self.tr("Passphrase")), (self.second, self.tr("The same again")))
        for field, name in names:
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setPlaceholderText(name)
            field.setAccessibleName(name)
            field.textChanged.connect(self.completeChanged)
        self.problem = QLabel(self)
        layout = QVBoxLayout(self)
        for widget in (self.reason, self.first, self.second, self.problem):
            layout.addWidget(widget)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create the keys"))

    def initializePage(self) -> None:
        """Say why the keyring could not be used."""
        self.reason.setText(
            self.tr(
                "{0}.\n\nThe backup key will be kept in the workspace, locked with a passphrase "
                "(never in plain text). You will need it for each backup."
            ).format(sentence(self.wizard().keyring_problem))
        )

    def isComplete(self) -> bool:
        """Two equal passphrases of at least 8 characters."""
        ok = len(self.first.text()) >= 8 and self.first.text() == self.second.text()
        self.problem.setText("" if ok else self.tr("At least 8 characters, typed twice."))
        return ok

    def validatePage(self) -> bool:
        """Create the keys with the passphrase."""
        return self.wizard().create_keys(self.first.text().encode())

    def nextId(self) -> int:
        """Then the recovery key."""
        return RECOVERY


class RecoveryPage(QWizardPage):
    """The recovery key, shown once: copy it or save it, then confirm it is kept."""

    def __init__(self, wizard: BackupSetupWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Your recovery key"))
        self.setSubTitle(
            self.tr("It is shown only now. Without it, a lost computer means lost backups.")
        )
        self.key_label = QLabel(self)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.key_label.setFont(font)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.save_button = QPushButton(self.tr("Save…"), self)
        self.kept = QCheckBox(self.tr("I have kept my recovery key somewhere safe"), self)
        self.status = QLabel(self)
        self._layout()
        self.copy_button.clicked.connect(self.copy_key)
        self.save_button.clicked.connect(self.save_key)
        self.kept.toggled.connect(self.completeChanged)
        for button in (self.copy_button, self.save_button, self.kept):
            button.setAccessibleName(button.text().rstrip("…"))

    def _layout(self) -> None:
        """Key, buttons, confirmation."""
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.key_label)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.kept)

    def initializePage(self) -> None:
        """Show the key that was just made."""
        self.key_label.setText(format_recovery_key(self.wizard().keys.recovery_key))

    def isComplete(self) -> bool:
        """Finish only once the user confirms the key is kept."""
        return self.kept.isChecked()

    def copy_key(self) -> None:
        """Put the key on the clipboard."""
        QGuiApplication.clipboard().setText(self.key_label.text())
        self.status.setText(self.tr("Copied. Paste it into your password manager."))

    def save_key(self, *, path: str | None = None) -> None:
        """Save the key to a file the user chooses."""
        from mentordesk.services.files import write_text_atomic

        path = (
            path
            or QFileDialog.getSaveFileName(
                self, self.tr("Save the recovery key"), "mentordesk-recovery-key.txt"
            )[0]
        )
        if not path:
            return
        keys = self.wizard().keys
        write_text_atomic(Path(path), recovery_key_file_text(keys.recovery_key, keys.key_id))
        self.status.setText(self.tr("Saved to {0}. Keep a copy off this computer.").format(path))
