"""A contact's interaction log in a dialog: edit or delete an entry, each an undoable step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from mentordesk.core.changes import ChangeKind
from mentordesk.core.enums import Channel, Direction, InteractionKind
from mentordesk.services.contacts.interactions import (
    InteractionLog,
    LoggedInteraction,
    delete_interaction,
    interaction_log,
    update_interaction,
)
from mentordesk.ui.contacts.interaction_dialog import InteractionDialog
from mentordesk.ui.context import UiContext
from mentordesk.ui.format import fmt_datetime
from mentordesk.ui.labels import label
from mentordesk.ui.widgets.table_model import Column, RowTableModel

LOG_KEY = "contacts/interaction-log"
LOG_CHANGES = ChangeKind.INTERACTIONS | ChangeKind.CONTACTS


def _tr(text: str) -> str:
    """Translate a column title."""
    return QCoreApplication.translate("", text)


def log_columns() -> list[Column]:
    """When, which way, how, what kind, and what about."""
    return [
        Column(_tr("When"), lambda r: fmt_datetime(r.occurred_at), lambda r: r.occurred_at),
        Column(_tr("Direction"), lambda r: label(Direction, r.direction)),
        Column(_tr("Channel"), lambda r: label(Channel, r.channel)),
        Column(_tr("Kind"), lambda r: label(InteractionKind, r.kind)),
        Column(_tr("Summary"), lambda r: r.summary, tooltip=lambda r: r.summary),
    ]


class InteractionLogDialog(QDialog):
    """Every logged interaction with one contact, newest first, with Edit, Delete and Undo."""

    def __init__(self, *, context: UiContext, contact_id: int, name: str, parent=None) -> None:
        super().__init__(parent)
        self.context, self.contact_id, self.name = context, contact_id, name
        self.log: InteractionLog | None = None
        self.setWindowTitle(self.tr("Interactions with {0}").format(name))
        self.resize(720, 420)
        self._build_ui()
        self._connect()
        self.reload()

    def _build_ui(self) -> None:
        """The list with its label, the row of buttons, and Close."""
        self.model = RowTableModel(log_columns(), self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Logged interactions, newest first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        heading = QLabel(self.tr("&Interactions:"), self)
        heading.setBuddy(self.table)
        self.empty = QLabel(self.tr("Nothing logged yet. Use Log contact… to add the first."))
        self.empty.setAccessibleName(self.empty.text())
        self.edit_button = self._button(self.tr("&Edit…"), self.tr("Edit the selected interaction"))
        self.delete_button = self._button(
            self.tr("&Delete…"), self.tr("Delete the selected interaction")
        )
        self.undo_button = self._button(self.tr("&Undo"), self.tr("Undo the last change"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        for button in self.buttons.buttons():
            button.setAutoDefault(False)  # Return on the list edits; it never closes
        row = QHBoxLayout()
        for button in (self.edit_button, self.delete_button, self.undo_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)

    def _button(self, text: str, name: str) -> QPushButton:
        """A named push button that never steals Return from the list."""
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.setAutoDefault(False)
        return button

    def _connect(self) -> None:
        """Buttons, keys on the list, the undo stack, and reloading after changes."""
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.activated.connect(lambda index: self.edit_selected())
        delete = QAction(self.tr("Delete"), self.table)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_selected)
        self.table.addAction(delete)
        stack = self.context.undo.stack
        undo = stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.addAction(undo)
        self.undo_button.clicked.connect(stack.undo)
        stack.canUndoChanged.connect(self.undo_button.setEnabled)
        stack.undoTextChanged.connect(self._undo_tip)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.context.jobs.changed.connect(self._records_changed)
        self.undo_button.setEnabled(stack.canUndo())
        self._undo_tip(stack.undoText())

    def _undo_tip(self, text: str) -> None:
        """Say which step Undo takes back."""
        self.undo_button.setToolTip(self.tr("Undo {0} (Ctrl+Z)").format(text) if text else "")

    def reload(self) -> None:
        """Load the log in the background."""
        contact_id = self.contact_id
        self.context.jobs.start(
            title=self.tr("Loading interactions"),
            work=lambda progress: interaction_log(contact_id),
            on_result=self._show,
            key=LOG_KEY,
            show_progress=False,
        )

    def _records_changed(self, kinds: ChangeKind) -> None:
        """Reload when interactions (or the contact) changed, here or elsewhere."""
        if kinds & LOG_CHANGES:
            self.reload()

    def _show(self, log: InteractionLog) -> None:
        """Show the log, keeping the selected interaction selected where it still is."""
        keep = self.selected()
        self.log = log
        self.model.set_rows(log.interactions)
        ids = [r.id for r in log.interactions]
        if ids:
            self.table.selectRow(ids.index(keep.id) if keep and keep.id in ids else 0)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not ids)
        self._update_buttons()

    def selected(self) -> LoggedInteraction | None:
        """The selected interaction, or None."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        """Edit and Delete need a selected interaction."""
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def edit_selected(self) -> None:
        """Edit the selected interaction; the change is one undoable step."""
        row = self.selected()
        if row is None or self.log is None:
            return
        dialog = self.editor(row)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values, now = dialog.values(), self.context.now()
        self.context.undo.run(
            label=self.tr("Edit contact with {0} on {1}").format(
                self.name, fmt_datetime(row.occurred_at)
            ),
            work=lambda progress: update_interaction(interaction_id=row.id, now=now, **values),
            changes=ChangeKind.INTERACTIONS,
            done_message=self.tr("Saved the contact with {0}.").format(self.name),
        )

    def editor(self, row: LoggedInteraction) -> InteractionDialog:
        """The form to correct one interaction, offering the others as what it answered."""
        others = [r for r in self.log.interactions if r.id != row.id]
        return InteractionDialog(
            name=self.name,
            now=self.context.now(),
            channels=self.log.channels,
            earlier=others,
            current=row,
            parent=self,
        )

    def delete_selected(self) -> None:
        """Delete the selected interaction after asking; Undo brings it back."""
        row = self.selected()
        if row is None or not self.confirm_delete(row):
            return
        when = fmt_datetime(row.occurred_at)
        self.context.undo.run(
            label=self.tr("Delete contact with {0} on {1}").format(self.name, when),
            work=lambda progress: delete_interaction(row.id),
            changes=ChangeKind.INTERACTIONS,
            done_message=self.tr("Deleted the interaction of {0}. Press Ctrl+Z to undo.").format(
                when
            ),
        )

    def confirm_delete(self, row: LoggedInteraction) -> bool:
        """Ask before deleting; No is the default."""
        what = row.summary or label(InteractionKind, row.kind)
        answer = QMessageBox.question(
            self,
            self.tr("Delete interaction"),
            self.tr("Delete “{0}” of {1}? You can undo this.").format(
                what, fmt_datetime(row.occurred_at)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
