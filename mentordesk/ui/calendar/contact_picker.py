"""A searchable list of contacts with a tick box each: who a meeting is with."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLineEdit, QListView, QVBoxLayout, QWidget

from mentordesk.services.calendar.editing import ContactChoice
from mentordesk.ui.widgets.form_fields import named

IdRole = Qt.ItemDataRole.UserRole + 1


class ContactPicker(QWidget):
    """Type to narrow the list; Space or a click ticks a contact."""

    changed = Signal()
    """The ticked contacts changed."""

    def __init__(self, contacts: list[ContactChoice], picked: Iterable[int], parent=None) -> None:
        super().__init__(parent)
        self.zones = {c.id: c.zone for c in contacts}
        self.names = {c.id: c.name for c in contacts}
        self.model = QStandardItemModel(self)
        picked = set(picked)
        for contact in contacts:
            self.model.appendRow(_item(contact, contact.id in picked))
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = named(QLineEdit(self), self.tr("Search contacts"))
        self.search.setPlaceholderText(self.tr("Type a name…"))
        self.search.setClearButtonEnabled(True)
        self.list = named(QListView(self), self.tr("Contacts"))
        self.list.setModel(self.proxy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.search.returnPressed.connect(self._tick_only_match)
        self.model.itemChanged.connect(lambda _: self.changed.emit())

    def picked(self) -> tuple[int, ...]:
        """The ids of the ticked contacts, in list order."""
        return tuple(
            self.model.item(row).data(IdRole)
            for row in range(self.model.rowCount())
            if self.model.item(row).checkState() == Qt.CheckState.Checked
        )

    def set_picked(self, ids: Iterable[int], on: bool = True) -> None:
        """Tick (or untick) contacts by id."""
        wanted = set(ids)
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.data(IdRole) in wanted:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _tick_only_match(self) -> None:
        """Enter in the search box ticks the one contact left, and clears the search."""
        if self.proxy.rowCount() == 1:
            source = self.proxy.mapToSource(self.proxy.index(0, 0))
            self.model.itemFromIndex(source).setCheckState(Qt.CheckState.Checked)
            self.search.clear()


def _item(contact: ContactChoice, ticked: bool) -> QStandardItem:
    """A tickable row for one contact, with their zone beside the name."""
    text = f"{contact.name} ({contact.zone})" if contact.zone else contact.name
    item = QStandardItem(text)
    item.setData(contact.id, IdRole)
    item.setEditable(False)
    item.setCheckable(True)
    item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
    return item
