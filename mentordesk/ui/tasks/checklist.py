"""A task's checklist: items to tick, edit in place, add and remove."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.ui.widgets.table_model import ROOT, Index


class ChecklistModel(QAbstractListModel):
    """Checklist items as (text, done); ticking and renaming happen in place."""

    def __init__(self, items: list[tuple[str, bool]] = (), parent=None) -> None:
        super().__init__(parent)
        self.items = [list(item) for item in items]

    def rowCount(self, parent: Index = ROOT) -> int:
        """Number of items."""
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The item's text, or whether it is ticked."""
        if not index.isValid() or index.row() >= len(self.items):
            return None
        text, done = self.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = self.tr("done") if done else self.tr("to do")
            return f"{text} ({state})"
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if done else Qt.CheckState.Unchecked
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Items select, tick and edit."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Rename or tick an item."""
        if not index.isValid():
            return False
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole:
            item[1] = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role == Qt.ItemDataRole.EditRole and str(value).strip():
            item[0] = str(value).strip()
        else:
            return False
        self.dataChanged.emit(index, index, [role])
        return True

    def add(self, text: str) -> None:
        """Add an open item at the end."""
        if text.strip():
            self.beginInsertRows(QModelIndex(), len(self.items), len(self.items))
            self.items.append([text.strip(), False])
            self.endInsertRows()

    def remove(self, row: int) -> None:
        """Remove one item."""
        if 0 <= row < len(self.items):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.items[row]
            self.endRemoveRows()

    def as_stored(self) -> list[dict[str, Any]]:
        """The items as the task stores them."""
        return [{"text": text, "done": done} for text, done in self.items]


class NewItemLine(QLineEdit):
    """A line whose Enter adds the item, rather than also pressing the dialog's default button."""

    def keyPressEvent(self, event) -> None:
        """Keep Enter to this line."""
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class ChecklistEditor(QWidget):
    """The checklist, a line to add an item, and a button to remove the selected one."""

    def __init__(self, items: list[tuple[str, bool]], parent=None) -> None:
        super().__init__(parent)
        self.model = ChecklistModel(items, self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Checklist"))
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.new_item = NewItemLine(self)
        self.new_item.setPlaceholderText(self.tr("Add an item and press Enter"))
        self.new_item.setAccessibleName(self.tr("New checklist item"))
        self.remove = QPushButton(self.tr("Remove item"), self)
        self.remove.setAccessibleName(self.tr("Remove checklist item"))
        self.new_item.returnPressed.connect(self._add)
        self.remove.clicked.connect(lambda: self.model.remove(self.view.currentIndex().row()))
        row = QHBoxLayout()
        row.addWidget(self.new_item, 1)
        row.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(row)

    def _add(self) -> None:
        """Add the typed item and clear the line."""
        self.model.add(self.new_item.text())
        self.new_item.clear()
