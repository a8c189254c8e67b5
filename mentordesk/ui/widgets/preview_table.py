"""The table an import preview shows: what the file holds and what will happen to each item."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView, QWidget

from mentordesk.ui.widgets.column_fit import fit_columns
from mentordesk.ui.widgets.table_model import RowTableModel


def preview_table(model: RowTableModel, name: str, parent: QWidget) -> QTableView:
    """A table over `model`, named for screen readers, fitted to its contents; Tab leaves it."""
    table = QTableView(parent)
    table.setModel(model)
    table.setAccessibleName(name)
    table.setTabKeyNavigation(False)
    fit_columns(table, model)
    table.horizontalHeader().setStretchLastSection(True)
    return table
