"""The contacts view: every mentor, mentee and prospect in a searchable list."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton

from mentordesk.services.contacts import add_contact, list_contacts
from mentordesk.ui.contacts.dialogs import ContactDialog
from mentordesk.ui.contacts.table_model import ContactTableModel
from mentordesk.ui.context import UiContext
from mentordesk.ui.widgets.empty_state import EmptyState
from mentordesk.ui.widgets.feature_view import FeatureView
from mentordesk.ui.widgets.record_table import RecordTable


class ContactsView(FeatureView):
    """Mentors and prospects with their stage, where you met and your last contact."""

    kinds = frozenset({"contacts", "interactions", "all"})

    def __init__(self, context: UiContext, parent=None) -> None:
        super().__init__(
            context,
            title=self.tr("Contacts"),
            subtitle=self.tr(
                "Your mentors, mentees and prospects, and how each relationship stands."
            ),
            parent=parent,
        )
        self._build_ui()
        self._connect()

    def _build_ui(self) -> None:
        """Toolbar row and the contact table with its empty state."""
        self.add_button = QPushButton(self.tr("&Add mentor…"), self)
        self.add_button.setAccessibleName(self.tr("Add mentor"))
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.model = ContactTableModel(self)
        empty = EmptyState(
            heading=self.tr("Add your first mentor"),
            text=self.tr(
                "Keep track of the people who help you grow: where you met, how you agreed "
                "to work together, and when you last talked."
            ),
            actions=[
                (self.tr("Add your first mentor…"), self.open_add_dialog),
                (self.tr("Load sample data"), self.sample_data_requested.emit),
            ],
        )
        self.table = RecordTable(
            model=self.model, name=self.tr("Contacts"), empty=empty, parent=self
        )
        self.body.addWidget(self.table, 1)

    def _connect(self) -> None:
        """Wire the add button."""
        self.add_button.clicked.connect(self.open_add_dialog)

    def reload(self) -> None:
        """Load the contact list in the background."""
        self.load_in_background(list_contacts, self.model.set_rows)

    def open_add_dialog(self) -> None:
        """Ask for a new contact's basics and save them as a write job."""
        dialog = ContactDialog(self)
        if dialog.exec() == ContactDialog.DialogCode.Accepted:
            self.save_new_contact(dialog.values())

    def save_new_contact(self, values: dict) -> None:
        """Create a contact in the background; the list reloads when it is saved."""
        self.context.jobs.start(
            title=self.tr("Adding {0}").format(values["name"]),
            work=lambda progress: add_contact(**values),
            changes=frozenset({"contacts"}),
            writes=True,
            show_progress=False,
        )


if __name__ == "__main__":
    from mentordesk.ui.preview import preview_view

    preview_view(ContactsView)
