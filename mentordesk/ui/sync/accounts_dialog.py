"""Sync accounts: what leaves the machine, the accounts there are, and a form to add one."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
)

from mentordesk.services.sync.accounts import AccountSummary


class SyncAccountsDialog(QDialog):
    """List, add and remove CalDAV/CardDAV accounts; says plainly which data leaves."""

    add_requested = Signal(str, str, str, bool)
    """The user asked to add an account: URL, user name, password, share contact notes."""
    remove_requested = Signal(str)
    """The user asked to forget the named account."""

    def __init__(self, accounts: list[AccountSummary], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync accounts"))
        self.setAccessibleName(self.windowTitle())
        self.accounts: list[AccountSummary] = []
        self._build_ui()
        self._connect()
        self.show_accounts(accounts)

    def _build_ui(self) -> None:
        """The note, the account list with Remove, the add form, Close."""
        layout = QVBoxLayout(self)
        layout.addWidget(self._note())
        self.model = QStringListModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Sync accounts"))
        self.list.setMaximumHeight(90)
        layout.addWidget(self.list)
        self.remove = QPushButton(self.tr("&Remove account"), self)
        self.remove.setAccessibleName(self.tr("Remove the selected account"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove)
        layout.addLayout(row)
        layout.addLayout(self._form())
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Account status"))
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        layout.addWidget(self.buttons)

    def _note(self) -> QLabel:
        """What sync sends, and what it never sends."""
        note = QLabel(
            self.tr(
                "Sync sends your meetings, your tasks that have a due date and your contacts "
                "(names, addresses, numbers, birthdays) to the server, and brings back what "
                "changed there. Contact notes stay on this computer unless you tick the box "
                "below. Interactions, reviews, goals and time entries never leave it."
            ),
            self,
        )
        note.setWordWrap(True)
        return note

    def _form(self) -> QFormLayout:
        """URL, user name, password, the opt-in for contact notes, and Add."""
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("https://dav.example.org/")
        self.url.setAccessibleName(self.tr("Server address"))
        self.username = QLineEdit(self)
        self.username.setAccessibleName(self.tr("User name"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.share_notes = QCheckBox(self.tr("Also send contact &notes"), self)
        self.share_notes.setAccessibleName(self.tr("Also send contact notes"))
        self.add = QPushButton(self.tr("&Add account"), self)
        self.add.setAccessibleName(self.tr("Add the account"))
        form = QFormLayout()
        form.addRow(self.tr("&Server address"), self.url)
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Password"), self.password)
        form.addRow("", self.share_notes)
        form.addRow("", self.add)
        return form

    def _connect(self) -> None:
        """Buttons to requests."""
        self.buttons.rejected.connect(self.reject)
        self.add.clicked.connect(self._request_add)
        self.remove.clicked.connect(self._request_remove)

    def show_accounts(self, accounts: list[AccountSummary]) -> None:
        """Show the accounts, one line each: name, and what it shares."""
        self.accounts = list(accounts)
        self.model.setStringList([self._line(a) for a in self.accounts])
        self.remove.setEnabled(bool(self.accounts))

    def _line(self, account: AccountSummary) -> str:
        """One account as a line of the list."""
        notes = (
            self.tr("contact notes sent") if account.shared_private else self.tr("notes stay here")
        )
        return f"{account.name} — {account.url} ({notes})"

    def show_status(self, text: str) -> None:
        """A line under the form: an error, a warning, or what was added."""
        self.status.setText(text)

    def _request_add(self) -> None:
        """Ask to add the account in the form; the password field is cleared at once."""
        url, user = self.url.text().strip(), self.username.text().strip()
        if not url or not user:
            self.show_status(self.tr("Give the server address and the user name."))
            return
        password = self.password.text()
        self.password.clear()
        self.add_requested.emit(url, user, password, self.share_notes.isChecked())

    def _request_remove(self) -> None:
        """Ask to forget the selected account (the first when none is selected)."""
        if not self.accounts:
            return
        row = max(self.list.currentIndex().row(), 0)
        self.remove_requested.emit(self.accounts[row].name)
