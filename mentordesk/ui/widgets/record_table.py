"""A searchable, sortable table over a RowTableModel, with an empty state when there are no rows."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentordesk.ui.widgets.empty_state import EmptyState
from mentordesk.ui.widgets.table_model import RowTableModel

MAX_COLUMN_CHARS = 48


class RowFilterProxy(QSortFilterProxyModel):
    """Filters rows by the search text and sorts by each column's sort key."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setFilterRole(RowTableModel.SearchRole)
        self.setSortRole(RowTableModel.SortRole)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)


class RecordTable(QWidget):
    """Search field above a table; an empty state replaces both when there is nothing yet."""

    activated_row = Signal(object)
    """The user opened a row (double-click or Enter): the row object."""

    def __init__(
        self,
        *,
        model: RowTableModel,
        name: str,
        empty: EmptyState,
        proxy: RowFilterProxy | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = proxy or RowFilterProxy(self)
        self.proxy.setSourceModel(model)
        self._build_ui(name, empty)
        self._connect()

    def _build_ui(self, name: str, empty: EmptyState) -> None:
        """Search field, table and empty state in a stack."""
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search {0}…").format(name.lower()))
        self.search.setAccessibleName(self.tr("Search {0}").format(name.lower()))
        self.search.setClearButtonEnabled(True)
        self.table = _make_table(self.proxy, name)
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addWidget(self.table)
        self.empty = empty
        self.stack = QStackedWidget(self)
        self.stack.addWidget(content)
        self.stack.addWidget(empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def _connect(self) -> None:
        """Wire search, activation and model resets."""
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table.activated.connect(
            lambda index: self.activated_row.emit(index.data(RowTableModel.RowRole))
        )
        self.model.modelReset.connect(self._show_content_or_empty)

    def _show_content_or_empty(self) -> None:
        """Show the table when there are rows, the empty state otherwise."""
        has_rows = self.model.rowCount() > 0
        self.stack.setCurrentIndex(0 if has_rows else 1)
        if has_rows:
            self._fit_columns()

    def _fit_columns(self) -> None:
        """Size columns to their contents, capped so one long text cannot push others away."""
        table = self.table
        table.resizeColumnsToContents()
        widest = table.fontMetrics().averageCharWidth() * MAX_COLUMN_CHARS
        for column in range(self.model.columnCount()):
            table.setColumnWidth(column, min(table.columnWidth(column), widest))
        table.horizontalHeader().setStretchLastSection(True)

    def selected_row(self):
        """The row object of the selected line, or None."""
        indexes = self.table.selectionModel().selectedRows()
        return indexes[0].data(RowTableModel.RowRole) if indexes else None

    def is_showing_empty_state(self) -> bool:
        """True when the empty state is what the user sees."""
        return self.stack.currentWidget() is self.empty


def _make_table(proxy: QSortFilterProxyModel, name: str) -> QTableView:
    """A read-only, row-selecting, sortable table view."""
    table = QTableView()
    table.setModel(proxy)
    table.setAccessibleName(name)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrow keys move between cells
    table.setSortingEnabled(True)
    table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setHighlightSections(False)
    return table
