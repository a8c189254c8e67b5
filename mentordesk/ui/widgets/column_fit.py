"""Fitting table columns to a prepared model's widest cells, not to a thousand sampled rows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QTableView

from mentordesk.ui.widgets.table_model import RowTableModel


def fit_to_widest_rows(
    table: QTableView,
    model: RowTableModel,
    to_view: Callable[[QModelIndex], QModelIndex] = lambda index: index,
) -> None:
    """Size each column to its header and the model's longest prepared texts (a few cells)."""
    header, grid = table.horizontalHeader(), 1 if table.showGrid() else 0
    for column, positions in enumerate(model.prepared.widest):
        cells = [to_view(model.index(p, column)) for p in positions]
        sizes = [table.sizeHintForIndex(c).width() + grid for c in cells if c.isValid()]
        table.setColumnWidth(column, max([header.sectionSizeHint(column), *sizes]))


def fit_columns(table: QTableView, model: RowTableModel, to_view=lambda index: index) -> None:
    """Fit to the widest prepared cells when the model is prepared, else as Qt samples them."""
    if model.prepared is None:
        table.resizeColumnsToContents()
    else:
        fit_to_widest_rows(table, model, to_view)
