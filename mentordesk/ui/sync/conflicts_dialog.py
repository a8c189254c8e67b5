"""Sync conflicts: the records that need a look, each field here and on the server, settled.

A record the server deleted and this workspace kept (it holds history) shows a sentence instead
of the fields, with Keep it and Delete it here too.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentordesk.core.changes import ChangeKind
from mentordesk.services.sync.conflicts import ConflictSummary, list_conflicts
from mentordesk.ui.context import UiContext
from mentordesk.ui.format import fmt_datetime
from mentordesk.ui.sync.conflict_model import FIELD, HERE, TAKE, THERE, ConflictFieldsModel
from mentordesk.ui.sync.conflict_words import history_words, kind_word

KIND_CHANGES = {
    "contact": ChangeKind.CONTACTS,
    "meeting": ChangeKind.MEETINGS,
    "task": ChangeKind.TASKS,
}
SYNCED_KINDS = ChangeKind.CONTACTS | ChangeKind.MEETINGS | ChangeKind.TASKS
DELETE_CHANGES = ChangeKind.ALL & ~ChangeKind.BACKUPS  # a delete takes its history along


def _describe(kind: str, uid: str):
    """The record's fields side by side (icalendar loads with the first look, not at start)."""
    from mentordesk.services.sync.settle import describe

    return describe(kind, uid)


def _resolve(kind: str, uid: str, keys: list[str]) -> int:
    """Settle a record: take those fields from the server, keep the rest, unmark it."""
    from mentordesk.services.sync.settle import resolve

    return resolve(kind, uid, take_server_fields=keys)


def _delete_here(kind: str, uid: str) -> bool:
    """Delete a record the server deleted here too, and unmark it."""
    from mentordesk.services.sync.settle import delete_here

    return delete_here(kind, uid)


class SyncConflictsDialog(QDialog):
    """Look at each record a sync marked, field by field, and keep mine or use the server's."""

    def __init__(
        self, context: UiContext, *, select: tuple[str, int] | None = None, parent=None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.wanted = select  # (kind, record id) to show first
        self.conflicts: list[ConflictSummary] = []
        self.detail = None
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.setAccessibleName(self.windowTitle())
        self.resize(760, 480)
        self._build_ui()
        self._connect()
        self.reload()

    def _build_ui(self) -> None:
        """Intro, the records, the chosen record's fields, the choices."""
        layout = QVBoxLayout(self)
        intro = QLabel(self._intro(), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self._records())
        self.heading = QLabel("", self)
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(self.tr("The record shown"))
        layout.addWidget(self.heading)
        self.fields_label = QLabel(self.tr("Fiel&ds changed on both sides"), self)
        layout.addWidget(self.fields_label)
        layout.addWidget(self._fields_table(), 1)
        self.fields_label.setBuddy(self.table)
        layout.addWidget(self._deleted_there_note(), 1)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("What happened"))
        layout.addWidget(self.status)
        layout.addLayout(self._buttons())

    def _intro(self) -> str:
        """What a conflict is, and what the choices do."""
        return self.tr(
            "These records changed both here and on the server since the last sync. "
            "Your version was kept and sent; the server's was kept beside it. Keep yours, or "
            "tick the fields where the server's is right and use those. The next sync sends "
            "the result. A record deleted on the server that holds your history here waits "
            "for you too."
        )

    def _deleted_there_note(self) -> QLabel:
        """What happened to a record the server deleted, shown instead of the fields."""
        self.deleted_note = QLabel("", self)
        self.deleted_note.setWordWrap(True)
        self.deleted_note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.deleted_note.setAccessibleName(self.tr("What happened on the server"))
        self.deleted_note.hide()
        return self.deleted_note

    def _records(self) -> QWidget:
        """The records that need a look, one line each."""
        self.records_model = QStringListModel(self)
        self.records = QListView(self)
        self.records.setModel(self.records_model)
        self.records.setAccessibleName(self.tr("Records that need a look"))
        self.records.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.records.setMaximumHeight(self.fontMetrics().height() * 5)
        label = QLabel(self.tr("&Records that need a look"), self)
        label.setBuddy(self.records)
        holder = QWidget(self)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(label)
        box.addWidget(self.records)
        return holder

    def _fields_table(self) -> QTableView:
        """The fields: a tick for the server's value, the field, here, on the server."""
        self.model = ConflictFieldsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Fields changed on both sides"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TAKE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FIELD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HERE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(THERE, QHeaderView.ResizeMode.Stretch)
        return self.table

    def _buttons(self) -> QHBoxLayout:
        """Keep mine, use the server's (ticked fields or all), decide later."""
        self.keep = self._button(self.tr("Keep &mine"), self.tr("Keep my version of every field"))
        self.take_ticked = self._button(
            self.tr("Use the server's for &ticked fields"),
            self.tr("Use the server's value of the ticked fields"),
        )
        self.take_all = self._button(
            self.tr("Use the &server's for all"), self.tr("Use the server's value of every field")
        )
        self.keep_it = self._button(
            self.tr("&Keep it"), self.tr("Keep it here; the next sync puts it back on the server")
        )
        self.delete_it = self._button(
            self.tr("Delete it &here too"), self.tr("Delete it here too, as on the server")
        )
        self.later = self._button(self.tr("Decide &later"), self.tr("Close and decide later"))
        row = QHBoxLayout()
        for button in (self.keep, self.take_ticked, self.take_all, self.keep_it, self.delete_it):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.later)
        return row

    def _button(self, text: str, name: str) -> QPushButton:
        """A push button named for screen readers."""
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.setAutoDefault(False)
        return button

    def _connect(self) -> None:
        """Choices to settling; a change anywhere reloads the list."""
        self.records.selectionModel().currentChanged.connect(lambda *_: self._show_current())
        self.keep.clicked.connect(lambda: self.settle([]))
        self.keep_it.clicked.connect(lambda: self.settle([]))
        self.delete_it.clicked.connect(self.delete_here)
        self.take_ticked.clicked.connect(self._settle_ticked)
        self.take_all.clicked.connect(
            lambda: self.settle([f.key for f in self.detail.fields] if self.detail else [])
        )
        self.later.clicked.connect(self.reject)
        self.context.jobs.changed.connect(self._records_changed)

    # ---- loading -----------------------------------------------------------------------------

    def reload(self) -> None:
        """List the records that need a look, in the background."""
        self.context.jobs.start(
            title=self.tr("Sync conflicts"),
            work=lambda progress: list_conflicts(),
            key="sync/conflicts",
            show_progress=False,
            on_result=self.show_conflicts,
            then=lambda _: self._show_current(),
        )

    def _records_changed(self, kinds: ChangeKind) -> None:
        """Records were written (a settle, an undo, a sync): list again once the loop is free."""
        if kinds & SYNCED_KINDS:
            QTimer.singleShot(0, self.reload)

    def show_conflicts(self, conflicts: list[ConflictSummary]) -> None:
        """Show the records; keep the one shown, or the one asked for, or the first."""
        shown = self.current()
        self.conflicts = list(conflicts)
        self.records_model.setStringList([self._line(c) for c in self.conflicts])
        row = self._row_to_show(shown)
        if row is not None:
            self.records.setCurrentIndex(self.records_model.index(row, 0))
        else:
            self.show_detail(None)

    def _row_to_show(self, shown: ConflictSummary | None) -> int | None:
        """Which row to select after a reload."""
        if not self.conflicts:
            return None
        keys = [(c.kind, c.uid) for c in self.conflicts]
        ids = [(c.kind, c.record_id) for c in self.conflicts]
        if self.wanted in ids:
            row, self.wanted = ids.index(self.wanted), None
            return row
        if shown is not None and (shown.kind, shown.uid) in keys:
            return keys.index((shown.kind, shown.uid))
        return 0

    def _line(self, conflict: ConflictSummary) -> str:
        """One record as a line: its title, what it is, the account, when it was found."""
        title = conflict.title or self.tr("(no title)")
        text = self.tr("%1 (%2) — %3, %4")
        if conflict.deleted_there:
            text = self.tr("%1 (%2) — deleted on the server; %3, %4")
        return (
            text.replace("%1", title)
            .replace("%2", kind_word(conflict.kind))
            .replace("%3", conflict.account)
            .replace("%4", fmt_datetime(conflict.found_at))
        )

    def current(self) -> ConflictSummary | None:
        """The record selected in the list."""
        row = self.records.currentIndex().row()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _show_current(self) -> None:
        """Load the selected record's fields in the background."""
        conflict = self.current()
        if conflict is None:
            self.show_detail(None)
            return
        self.context.jobs.start(
            title=self.tr("Sync conflict"),
            work=lambda progress: _describe(conflict.kind, conflict.uid),
            key="sync/conflict",
            show_progress=False,
            on_result=self.show_detail,
        )

    def show_detail(self, detail) -> None:
        """Show a record's fields (None: nothing needs a look)."""
        self.detail = detail
        self.model.set_fields(detail.fields if detail else [])
        self.table.resizeRowsToContents()
        self._show_choices(deleted_there=bool(detail and detail.deleted_there))
        for button in (self.keep, self.take_ticked, self.take_all, self.keep_it, self.delete_it):
            button.setEnabled(detail is not None)
        if detail is None:
            self.heading.setText(self.tr("Nothing needs a look: every sync so far merged cleanly."))
            return
        for button in (self.take_ticked, self.take_all):
            button.setEnabled(not detail.deleted_here and bool(detail.fields))
        self.heading.setText(self._heading(detail))
        self.deleted_note.setText(self._deleted_there_text(detail))

    def _show_choices(self, *, deleted_there: bool) -> None:
        """The fields and their choices, or the sentence and keep it / delete it here too."""
        for widget in (self.fields_label, self.table, self.keep, self.take_ticked, self.take_all):
            widget.setVisible(not deleted_there)
        for widget in (self.deleted_note, self.keep_it, self.delete_it):
            widget.setVisible(deleted_there)

    def _deleted_there_text(self, detail) -> str:
        """What keeping or deleting a record the server deleted does."""
        if not detail.deleted_there:
            return ""
        return self.tr(
            "Keep it: it stays here and the next sync puts it back on the server.\n"
            "Delete it here too: it goes from this workspace with its history "
            "(Edit ▸ Undo brings it back); nothing more is sent."
        )

    def _heading(self, detail) -> str:
        """The record in one line, or what happened to a record deleted here or there."""
        conflict = self.current()
        title = conflict.title if conflict and conflict.title else self.tr("(no title)")
        if detail.deleted_there:
            return self._deleted_there_heading(title, detail)
        if detail.deleted_here:
            return self.tr(
                "%1 was deleted here while it changed on the server. It stays deleted; "
                "Keep mine forgets the server's version."
            ).replace("%1", title)
        return self.tr(
            "%1: here is what you have; on the server is what the sync found there."
        ).replace("%1", title)

    def _deleted_there_heading(self, title: str, detail) -> str:
        """Deleted on the server, and the history it was kept here for."""
        if not detail.kept_history:
            return self.tr("%1: deleted on the server (by another device or app).").replace(
                "%1", title
            )
        return (
            self.tr(
                "%1: deleted on the server (by another device or app). Kept here because it "
                "holds your history (%2)."
            )
            .replace("%1", title)
            .replace("%2", history_words(detail.kept_history))
        )

    # ---- settling ----------------------------------------------------------------------------

    def _settle_ticked(self) -> None:
        """Use the server's value of the ticked fields (say so when none is ticked)."""
        keys = self.model.ticked_keys()
        if not keys:
            self.status.setText(self.tr("Tick the fields where the server's value is right."))
            return
        self.settle(keys)

    def settle(self, keys: list[str]) -> None:
        """Settle the shown record as one undoable step: those fields from the server."""
        conflict = self.current()
        if conflict is None or self.detail is None:
            return
        title = conflict.title or self.tr("(no title)")
        done = self._settled_message(title, keys)
        self.status.setText("")
        self.context.undo.run(
            label=self.tr("Settle sync conflict on %1").replace("%1", title),
            work=lambda progress: _resolve(conflict.kind, conflict.uid, keys),
            changes=KIND_CHANGES.get(conflict.kind, SYNCED_KINDS),
            done_message=done,
            on_result=lambda _: self.status.setText(done),
        )

    def delete_here(self) -> None:
        """Delete the shown record (the server deleted it) here too, as one undoable step."""
        conflict = self.current()
        if conflict is None or self.detail is None or not self.detail.deleted_there:
            return
        title = conflict.title or self.tr("(no title)")
        done = self.tr("Deleted %1 here too.").replace("%1", title)
        self.status.setText("")
        self.context.undo.run(
            label=self.tr("Delete %1 here too").replace("%1", title),
            work=lambda progress: _delete_here(conflict.kind, conflict.uid),
            changes=DELETE_CHANGES,
            done_message=done,
            on_result=lambda _: self.status.setText(done),
        )

    def _settled_message(self, title: str, keys: list[str]) -> str:
        """What settling did, in one line."""
        if not keys and self.detail is not None and self.detail.deleted_there:
            return self.tr("Kept %1; the next sync puts it back on the server.").replace(
                "%1", title
            )
        if not keys:
            return self.tr("Kept your version of %1.").replace("%1", title)
        return self.tr("Used the server's value of %n field(s) of %1.", "", len(keys)).replace(
            "%1", title
        )
