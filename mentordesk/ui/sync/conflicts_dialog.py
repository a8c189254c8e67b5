"""Sync conflicts: the records that need a look, each field here and on the server, settled."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, QTimer
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
from mentordesk.ui.sync.conflict_words import kind_word

KIND_CHANGES = {
    "contact": ChangeKind.CONTACTS,
    "meeting": ChangeKind.MEETINGS,
    "task": ChangeKind.TASKS,
}
SYNCED_KINDS = ChangeKind.CONTACTS | ChangeKind.MEETINGS | ChangeKind.TASKS


def _describe(kind: str, uid: str):
    """The record's fields side by side (icalendar loads with the first look, not at start)."""
    from mentordesk.services.sync.settle import describe

    return describe(kind, uid)


def _resolve(kind: str, uid: str, keys: list[str]) -> int:
    """Settle a record: take those fields from the server, keep the rest, unmark it."""
    from mentordesk.services.sync.settle import resolve

    return resolve(kind, uid, take_server_fields=keys)


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
        fields_label = QLabel(self.tr("Fiel&ds changed on both sides"), self)
        layout.addWidget(fields_label)
        layout.addWidget(self._fields_table(), 1)
        fields_label.setBuddy(self.table)
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
            "the result."
        )

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
        self.later = self._button(self.tr("Decide &later"), self.tr("Close and decide later"))
        row = QHBoxLayout()
        for button in (self.keep, self.take_ticked, self.take_all):
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
        return (
            self.tr("%1 (%2) — %3, %4")
            .replace("%1", title)
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
        for button in (self.keep, self.take_ticked, self.take_all):
            button.setEnabled(detail is not None)
        if detail is None:
            self.heading.setText(self.tr("Nothing needs a look: every sync so far merged cleanly."))
            return
        for button in (self.take_ticked, self.take_all):
            button.setEnabled(not detail.deleted_here and bool(detail.fields))
        self.heading.setText(self._heading(detail))

    def _heading(self, detail) -> str:
        """The record in one line, or what happened to a record deleted here."""
        conflict = self.current()
        title = conflict.title if conflict and conflict.title else self.tr("(no title)")
        if detail.deleted_here:
            return self.tr(
                "%1 was deleted here while it changed on the server. It stays deleted; "
                "Keep mine forgets the server's version."
            ).replace("%1", title)
        return self.tr(
            "%1: here is what you have; on the server is what the sync found there."
        ).replace("%1", title)

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
        self.status.setText("")
        self.context.undo.run(
            label=self.tr("Settle sync conflict on %1").replace("%1", title),
            work=lambda progress: _resolve(conflict.kind, conflict.uid, keys),
            changes=KIND_CHANGES.get(conflict.kind, SYNCED_KINDS),
            done_message=self._settled_message(title, keys),
            on_result=lambda _: self.status.setText(self._settled_message(title, keys)),
        )

    def _settled_message(self, title: str, keys: list[str]) -> str:
        """What settling did, in one line."""
        if not keys:
            return self.tr("Kept your version of %1.").replace("%1", title)
        return self.tr("Used the server's value of %n field(s) of %1.", "", len(keys)).replace(
            "%1", title
        )
