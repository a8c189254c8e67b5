"""The table an import preview shows: what the file holds and what will happen to each item."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QTableView, QWidget


def preview_table(model: QAbstractItemModel, name: str, parent: QWidget) -> QTableView:
    """A table over `model`, named for screen readers, fitted to its contents; Tab leaves it."""
    table = QTableView(parent)
    table.setModel(model)
    table.setAccessibleName(name)
    table.setTabKeyNavigation(False)
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    return table
