"""The contacts view: a filtered list of people and a detail pane on the selected one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QMenu, QMessageBox, QSplitter, QToolButton

from mentordesk.core.changes import ChangeKind
from mentordesk.services.contacts import detail as contact_detail
from mentordesk.services.contacts import editing as contact_editing
from mentordesk.services.contacts import removal
from mentordesk.services.contacts.listing import list_contacts
from mentordesk.ui.actions import create_contact_actions
from mentordesk.ui.contacts.detail_pane import ContactDetailPane, render_detail
from mentordesk.ui.contacts.dialogs import ContactDialog
from mentordesk.ui.contacts.filters import (
    ContactFilterBar,
    ContactFilterProxy,
    contact_choices,
)
from mentordesk.ui.contacts.interaction_dialog import InteractionDialog
from mentordesk.ui.contacts.interaction_log import InteractionLogDialog
from mentordesk.ui.contacts.merge_flow import MergeFlow
from mentordesk.ui.contacts.table_model import ContactTableModel
from mentordesk.ui.contacts.vcard_jobs import VCardJobs
from mentordesk.ui.context import UiContext
from mentordesk.ui.widgets.empty_state import EmptyState
from mentordesk.ui.widgets.feature_view import FeatureView
from mentordesk.ui.widgets.file_dialogs import ask_open_file, ask_save_file
from mentordesk.ui.widgets.record_table import RecordTable
from mentordesk.ui.widgets.toolbar import ActionToolBar

CONTACT_CHANGES = (
    ChangeKind.CONTACTS
    | ChangeKind.INTERACTIONS
    | ChangeKind.MEETINGS
    | ChangeKind.TASKS
    | ChangeKind.GOALS
)
DETAIL_KEY = "contacts/detail"
DETAIL_PAUSE_MS = 150  # the detail follows a selection the search moved once typing pauses
MIN_LIST_CHARS = 30  # the narrowest list and pane, in average characters
MIN_PANE_CHARS = 28


class ContactsView(FeatureView):
    """Mentors, mentees and prospects; select one to see the relationship in detail."""

    kinds = CONTACT_CHANGES

    sync_conflict_requested = Signal(str, int)
    """The user asked to settle a contact's sync conflict: "contact" and its id."""

    def __init__(self, context: UiContext, parent=None) -> None:
        super().__init__(
            context,
            title=self.tr("Contacts"),
            subtitle=self.tr(
                "Your mentors, mentees and prospects, and how each relationship stands."
            ),
            parent=parent,
        )
        self.detail = None
        self._select_after_reload: int | None = None
        self._current_id: int | None = None  # the contact the user chose, kept across reloads
        self._searched = ""  # the search text the last selection change saw
        self._detail_behind = False  # a paused detail read came due while hidden
        self._detail_pause = QTimer(self)
        self._detail_pause.setSingleShot(True)
        self._detail_pause.setInterval(DETAIL_PAUSE_MS)
        self._detail_pause.timeout.connect(self._load_detail)
        self.vcard = VCardJobs(self)
        self.merging = MergeFlow(self)
        self._build_ui()
        self._connect()
        self._update_actions()

    def _build_ui(self) -> None:
        """Toolbar, filters, and the list beside the detail pane."""
        self.contact_actions = create_contact_actions(self)
        self.toolbar = ActionToolBar(self.tr("Contact actions"), self)
        a = self.contact_actions
        self.toolbar.addActions([x for x in a.all() if x not in (a.import_vcf, a.export_vcf)])
        self._add_vcard_menu(a)
        self.toolbar.addAction(self._toolbar_undo())
        self.body.addWidget(self.toolbar)
        self.filters = ContactFilterBar(self)
        self.body.addWidget(self.filters)
        self.model = ContactTableModel(self)
        self.model.emphasis = lambda row: row.needs_attention
        self.table = RecordTable(
            model=self.model,
            name=self.tr("Contacts"),
            empty=self._empty_state(),
            proxy=ContactFilterProxy(self),
            parent=self,
        )
        self.pane = ContactDetailPane(self)
        self.body.addWidget(self._splitter(), 1)

    def _splitter(self) -> QSplitter:
        """List and pane side by side; neither can be squeezed out of sight."""
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setAccessibleName(self.tr("Contact list and details"))
        splitter.addWidget(self.table)
        splitter.addWidget(self.pane)
        splitter.setChildrenCollapsible(False)
        chars = self.fontMetrics().averageCharWidth()
        self.table.setMinimumWidth(chars * MIN_LIST_CHARS)
        self.pane.setMinimumWidth(chars * MIN_PANE_CHARS)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.splitter = splitter
        return splitter

    def shortcut_actions(self) -> list:
        """Add, Edit, Log, Delete, Merge, Import and Export (for the F1 list)."""
        return self.contact_actions.all()

    def _add_vcard_menu(self, actions) -> None:
        """Import and export as one "vCard" button with a menu, so the toolbar fits 800 px."""
        menu = QMenu(self.tr("vCard"), self)
        menu.setAccessibleName(self.tr("vCard import and export"))
        menu.addActions([actions.import_vcf, actions.export_vcf])
        self.toolbar.addAction(menu.menuAction())
        button = self.toolbar.widgetForAction(menu.menuAction())
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setToolTip(self.tr("Import or export contacts as vCard (Ctrl+I, Ctrl+Shift+X)"))

    def _toolbar_undo(self):
        """The app's Undo on the toolbar, naming the step (Ctrl+Z lives in the Edit menu)."""
        action = self.context.undo.stack.createUndoAction(self, self.tr("Undo"))
        action.setToolTip(self.tr("Undo the last change (Ctrl+Z)"))
        return action

    def _empty_state(self) -> EmptyState:
        """What a first-time user sees instead of an empty list."""
        return EmptyState(
            heading=self.tr("Add your first mentor"),
            text=self.tr(
                "Keep track of the people who help you grow: where you met, how you agreed "
                "to work together, and when you last talked."
            ),
            actions=[
                (self.tr("Add your first mentor…"), self.open_add_dialog),
                (self.tr("Import from a vCard file…"), self.vcard.start_import),
                (
                    self.tr("Load sample data into this workspace"),
                    self.sample_data_requested.emit,
                ),
            ],
        )

    def _connect(self) -> None:
        """Wire actions, filters and selection."""
        a = self.contact_actions
        a.add.triggered.connect(self.open_add_dialog)
        a.edit.triggered.connect(self.open_edit_dialog)
        a.log_interaction.triggered.connect(self.open_interaction_dialog)
        a.interactions.triggered.connect(self.open_interaction_log)
        a.delete.triggered.connect(self.delete_selected)
        a.merge.triggered.connect(self.merging.start)
        a.import_vcf.triggered.connect(self.vcard.start_import)
        a.export_vcf.triggered.connect(self.vcard.start_export)
        self.filters.changed.connect(self.table.proxy.set_contact_filter)
        self.filters.changed.connect(self.table.show_table_or_no_match)
        self.table.clear_filters_requested.connect(self.filters.reset)
        selection = self.table.table.selectionModel()
        selection.selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.activated_row.connect(lambda row: self.open_edit_dialog())
        self.pane.sync_conflict_requested.connect(self._request_sync_conflict)
        self.model.modelReset.connect(self._rows_reloaded)
        self.table.proxy.layoutChanged.connect(lambda *_: self._keep_a_selection())

    # ---- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Load the contact list in the background, texts and filter counts computed there."""
        now, model = self.context.now(), self.model

        def load():
            rows = list_contacts(now=now)
            return model.prepare(rows), contact_choices(rows)

        self.load_in_background("contacts/list", load, self.show_rows)

    def show_rows(self, loaded) -> None:
        """Show a loaded list: the filter choices, then the rows (one cheap model reset)."""
        prepared, choices = loaded
        self.filters.set_choices(choices)
        self.model.set_prepared(prepared)

    def _rows_reloaded(self) -> None:
        """Keep (or make) a selection."""
        keep = self._select_after_reload or self._current_id
        self._select_after_reload = None
        if keep:
            self.select_contact(keep)
        else:
            self._select_first()

    def _select_first(self) -> None:
        """Select the first listed contact, if any."""
        if self.table.proxy.rowCount():
            self.table.table.selectRow(0)
        else:
            self._show_detail(None)

    def select_contact(self, contact_id: int, *, or_first: bool = True) -> bool:
        """Select a contact by id if it is listed and passes the filters (else the first)."""
        position = next((i for i, r in enumerate(self.model.rows) if r.id == contact_id), -1)
        shown = self.table.proxy.mapFromSource(self.model.index(position, 0))
        if shown.isValid():
            self.table.table.selectRow(shown.row())
            return True
        if or_first:
            self._select_first()
        return False

    def _keep_a_selection(self) -> None:
        """After a search or filter change: the chosen contact if shown, else the first match."""
        if self.selected() is not None:
            return
        if self._current_id is not None and self.select_contact(self._current_id, or_first=False):
            return
        self._select_first()

    def selected(self):
        """The selected ContactRow, or None."""
        return self.table.selected_row()

    def _selection_changed(self) -> None:
        """Load the detail of the newly selected contact (once typing pauses, if it moved it)."""
        row = self.selected()
        self._update_actions()
        text = self.table.search.text()
        typed = text != self._searched or self._detail_pause.isActive()
        self._searched = text
        self._detail_pause.stop()
        if row is None:
            self._show_detail(None)
            return
        self._current_id = row.id
        if typed:  # each keystroke would start a detail read competing with the repaint
            self._detail_pause.start()
        else:
            self._load_detail()

    def _load_detail(self) -> None:
        """Read the selected contact's detail in the background (when shown: else on show)."""
        row = self.selected()
        self._detail_behind = row is not None and not self.isVisible()
        if row is None or self._detail_behind:
            return
        now = self.context.now()
        self.load_in_background(
            DETAIL_KEY,
            lambda: render_detail(
                contact_detail.get_contact_detail(row.id, now=now),
                now,
                needs_look=row.needs_look,
                deleted_there=row.deleted_there,
            ),
            self._show_detail,
        )

    def showEvent(self, event) -> None:
        """Read a detail that came due while hidden."""
        super().showEvent(event)
        if self._detail_behind:
            self._load_detail()

    def _show_detail(self, rendered) -> None:
        """Show a contact's rendered page in the pane, or the guidance when None."""
        self.detail = rendered.detail if rendered is not None else None
        if rendered is None:
            self.context.jobs.drop_pending(DETAIL_KEY)
            self.pane.show_nothing()
        else:
            self.pane.show_rendered(rendered)
        self._update_actions()

    def _request_sync_conflict(self) -> None:
        """Ask (the window) to open the sync conflict of the contact shown."""
        if self.detail is not None:
            self.sync_conflict_requested.emit("contact", self.detail.id)

    def _update_actions(self) -> None:
        """Enable what makes sense for the current selection."""
        a, has = self.contact_actions, self.selected() is not None
        for action in (a.edit, a.log_interaction, a.interactions, a.delete):
            action.setEnabled(has)
        a.merge.setEnabled(has and self.model.rowCount() > 1)

    # ---- editing ---------------------------------------------------------------------------

    def open_add_dialog(self) -> None:
        """Ask for a new contact and save it in the background."""
        dialog = ContactDialog(parent=self, today=self.context.today())
        if dialog.exec() == ContactDialog.DialogCode.Accepted:
            self.save(dialog.form(), contact_id=None)

    def open_edit_dialog(self) -> None:
        """Edit the selected contact."""
        row = self.selected()
        if row is not None:
            self.load_in_background(
                "contacts/editor",
                lambda: contact_editing.contact_form(row.id),
                then=lambda form: self._edit(form, row.id),
            )

    def _edit(self, form, contact_id: int) -> None:
        """Show the editor filled with a contact's values; save what the user accepts."""
        dialog = ContactDialog(form, parent=self, today=self.context.today())
        if dialog.exec() == ContactDialog.DialogCode.Accepted:
            self.save(dialog.form(), contact_id=contact_id)

    def save(self, form, *, contact_id: int | None) -> None:
        """Create or update a contact as an undoable write job, then select it."""
        label = self.tr("Add {0}") if contact_id is None else self.tr("Edit {0}")
        self.context.undo.run(
            label=label.format(form.name),
            work=lambda progress: contact_editing.save_contact(form, contact_id=contact_id),
            on_result=self.select_after_reload,
            changes=ChangeKind.CONTACTS,
            done_message=self.tr("Saved {0}.").format(form.name),
        )

    def select_after_reload(self, contact_id: int) -> None:
        """Make the saved contact the one to select after the reload."""
        self._select_after_reload = contact_id

    def open_interaction_dialog(self) -> None:
        """Log a message, call or give-back with the selected contact."""
        row, detail = self.selected(), self.detail
        if row is None:
            return
        if detail is not None and detail.id == row.id:
            self._log_interaction(row, detail)
            return
        now = self.context.now()
        self.load_in_background(
            "contacts/log-interaction",
            lambda: contact_detail.get_contact_detail(row.id, now=now),
            then=lambda loaded: self._log_interaction(row, loaded),
        )

    def _log_interaction(self, row, detail) -> None:
        """Ask what was said, offering the channels and earlier messages of this contact."""
        channels = detail.agreement.channels if detail.agreement else []
        earlier = detail.interactions[:15]
        dialog = InteractionDialog(
            name=row.name, now=self.context.now(), channels=channels, earlier=earlier, parent=self
        )
        if dialog.exec() == InteractionDialog.DialogCode.Accepted:
            values = dialog.values()
            self.context.undo.run(
                label=self.tr("Log contact with {0}").format(row.name),
                work=lambda progress: contact_editing.add_interaction(contact_id=row.id, **values),
                changes=ChangeKind.INTERACTIONS,
                done_message=self.tr("Logged contact with {0}.").format(row.name),
            )

    def open_interaction_log(self) -> None:
        """List the selected contact's interactions to edit or delete them."""
        row = self.selected()
        if row is not None:
            dialog = InteractionLogDialog(
                context=self.context, contact_id=row.id, name=row.name, parent=self
            )
            dialog.exec()
            dialog.deleteLater()

    def confirm(self, title: str, text: str) -> bool:
        """Ask a yes/no question; No is the default."""
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete_selected(self) -> None:
        """Delete the selected contact after confirmation; undo stays available."""
        row = self.selected()
        if row is None or not self.confirm(
            self.tr("Delete contact"),
            self.tr(
                "Delete {0} with their mentorship, agreement and interaction log? "
                "You can undo this with Ctrl+Z."
            ).format(row.name),
        ):
            return
        self.context.undo.run(
            label=self.tr("Delete {0}").format(row.name),
            work=lambda progress: removal.delete_contact(row.id),
            changes=CONTACT_CHANGES,
            done_message=self.tr("Deleted {0}. Press Ctrl+Z to undo.").format(row.name),
        )

    def ask_open_path(self) -> Path | None:
        """Ask for a vCard file to import (starting in the last folder used)."""
        return ask_open_file(
            self,
            self.context.workspace,
            title=self.tr("Import contacts"),
            filters=self.tr("vCard files (*.vcf *.vcard);;All files (*)"),
        )

    def ask_save_path(self) -> Path | None:
        """Ask where to export contacts (starting in the last folder used)."""
        return ask_save_file(
            self,
            self.context.workspace,
            title=self.tr("Export contacts"),
            name="mentordesk-contacts.vcf",
            filters=self.tr("vCard files (*.vcf)"),
        )


if __name__ == "__main__":
    from mentordesk.ui.preview import preview_view

    preview_view(ContactsView)
