"""A titled list of short lines with a placeholder when empty (for summaries)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QLabel, QListView, QVBoxLayout

ROOT = QModelIndex()


class TextListModel(QAbstractListModel):
    """Lines of text, each with an optional tooltip."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.lines: list[tuple[str, str]] = []

    def set_lines(self, lines: list[tuple[str, str]]) -> None:
        """Replace every line: (text, tooltip) pairs."""
        self.beginResetModel()
        self.lines = list(lines)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        """Number of lines."""
        return 0 if parent.isValid() else len(self.lines)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The text (display, accessible) or tooltip of a line."""
        if not index.isValid() or index.row() >= len(self.lines):
            return None
        text, tip = self.lines[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip or None
        return None


class SummaryList(QGroupBox):
    """A group box with a list of lines, or a placeholder sentence when there are none."""

    def __init__(self, *, title: str, placeholder: str, parent=None) -> None:
        super().__init__(title, parent)
        self.setAccessibleName(title)
        self.model = TextListModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(title)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.setSpacing(3)
        self.placeholder = QLabel(placeholder, self)
        self.placeholder.setWordWrap(True)
        self.placeholder.setAccessibleName(placeholder)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.placeholder)
        self.set_lines([])

    def set_lines(self, lines: list[tuple[str, str]]) -> None:
        """Show the lines, or the placeholder when there are none."""
        self.model.set_lines(lines)
        self.view.setVisible(bool(lines))
        self.placeholder.setVisible(not lines)
