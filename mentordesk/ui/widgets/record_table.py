"""A searchable, sortable table over a RowTableModel, with an empty state when there are no rows."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentordesk.ui.widgets.column_fit import fit_columns
from mentordesk.ui.widgets.empty_state import EmptyState
from mentordesk.ui.widgets.table_model import RowTableModel

MAX_COLUMN_CHARS = 48
SHOWN_SEARCH_CHARS = 60  # the search text quoted in 'no match', cut after this


class RowFilterProxy(QSortFilterProxyModel):
    """Filters rows by the search text and sorts by each column's sort key."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setFilterRole(RowTableModel.SearchRole)
        self.setSortRole(RowTableModel.SortRole)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def is_narrowed(self) -> bool:
        """True when filters beyond the search text are chosen (subclasses say which)."""
        return False


class SearchField(QLineEdit):
    """A search line edit that Escape clears (and only then passes Escape on when empty)."""

    def keyPressEvent(self, event) -> None:
        """Clear on Escape while there is text."""
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            event.accept()
            return
        super().keyPressEvent(event)


class RecordTable(QWidget):
    """Search field above a table; an empty state replaces both when there is nothing yet."""

    activated_row = Signal(object)
    """The user opened a row (double-click or Enter): the row object."""

    clear_filters_requested = Signal()
    """The user asked to clear the filters beyond the search text (nothing matched)."""

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
        self._natural_widths: list[int] = []
        self.proxy = proxy or RowFilterProxy(self)
        self.proxy.setSourceModel(model)
        self._build_ui(name, empty)
        self._connect()

    def _build_ui(self, name: str, empty: EmptyState) -> None:
        """Search field over the table (or 'no match'), and the empty state, in a stack."""
        self.name = name
        self.search = SearchField(self)
        self.search.setPlaceholderText(self.tr("Search {0}…").format(name.lower()))
        self.search.setAccessibleName(self.tr("Search {0}").format(name.lower()))
        self.search.setToolTip(self.tr("Type to search; Escape clears"))
        self.search.setClearButtonEnabled(True)
        self.table = _make_table(self.proxy, name)
        self.no_match = NoMatch(self)
        self.results = QStackedWidget(self)
        self.results.addWidget(self.table)
        self.results.addWidget(self.no_match)
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addWidget(self.results)
        self.empty = empty
        self.stack = QStackedWidget(self)
        self.stack.addWidget(content)
        self.stack.addWidget(empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def _connect(self) -> None:
        """Wire search, activation, model resets and the 'no match' state."""
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.search.textChanged.connect(self.show_table_or_no_match)
        self.table.activated.connect(
            lambda index: self.activated_row.emit(index.data(RowTableModel.RowRole))
        )
        self.model.modelReset.connect(self._show_content_or_empty)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset):
            signal.connect(self.show_table_or_no_match)
        self.proxy.layoutChanged.connect(self.show_table_or_no_match)
        self.no_match.clear_button.clicked.connect(self.clear_search_and_filters)
        self.table.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        """Refit the columns to the table's width when it changes."""
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_to_width()
        return super().eventFilter(watched, event)

    def _show_content_or_empty(self) -> None:
        """Show the table when there are rows, the empty state otherwise."""
        has_rows = self.model.rowCount() > 0
        self.stack.setCurrentIndex(0 if has_rows else 1)
        if has_rows:
            self._fit_columns()
        self.show_table_or_no_match()

    def show_table_or_no_match(self, *_) -> None:
        """Say so when there are rows but the search or filters hide every one."""
        hidden = self.model.rowCount() > 0 and self.proxy.rowCount() == 0
        if hidden:
            self.no_match.explain(self.name, self.search.text(), self.proxy.is_narrowed())
        self.results.setCurrentWidget(self.no_match if hidden else self.table)

    def clear_search_and_filters(self) -> None:
        """Show every row again: empty the search, ask for the filters to be cleared."""
        self.search.clear()
        self.clear_filters_requested.emit()
        self.search.setFocus()

    def is_showing_no_match(self) -> bool:
        """True when 'no match' stands in for the table."""
        return self.results.currentWidget() is self.no_match

    def _fit_columns(self) -> None:
        """Size columns to their contents, capped so one long text cannot push others away."""
        table, count = self.table, self.model.columnCount()
        table.horizontalHeader().setStretchLastSection(False)
        for column in range(count):
            table.setColumnHidden(column, False)
        fit_columns(table, self.model, self.proxy.mapFromSource)
        widest = table.fontMetrics().averageCharWidth() * MAX_COLUMN_CHARS
        self._natural_widths = [min(table.columnWidth(c), widest) for c in range(count)]
        for column, width in enumerate(self._natural_widths):
            table.setColumnWidth(column, width)
        table.horizontalHeader().setStretchLastSection(True)
        self._fit_to_width()

    def _fit_to_width(self) -> None:
        """Hide the least important columns (highest priority number) that do not fit."""
        room, used, hiding = self.table.viewport().width(), 0, False
        columns = self.model.columns
        for column in sorted(range(len(self._natural_widths)), key=lambda c: columns[c].priority):
            used += self._natural_widths[column]
            hiding = hiding or (columns[column].priority > 0 and used > room)
            self.table.setColumnHidden(column, hiding and columns[column].priority > 0)

    def selected_row(self):
        """The row object of the selected line, or None."""
        indexes = self.table.selectionModel().selectedRows()
        return indexes[0].data(RowTableModel.RowRole) if indexes else None

    def is_showing_empty_state(self) -> bool:
        """True when the empty state is what the user sees."""
        return self.stack.currentWidget() is self.empty


class NoMatch(QWidget):
    """What stands in for a table when nothing matches: why, and a way back to every row."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.clear_button = QPushButton(self.tr("Clear search and filters"), self)
        self.clear_button.setAccessibleName(self.tr("Clear search and filters"))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def explain(self, name: str, text: str, narrowed: bool) -> None:
        """'No contacts match “…”', naming the filters too when they are part of it."""
        shown = text if len(text) <= SHOWN_SEARCH_CHARS else text[:SHOWN_SEARCH_CHARS] + "…"
        if text and narrowed:
            message = self.tr("No {0} match “{1}” with the chosen filters.").format(
                name.lower(), shown
            )
        elif text:
            message = self.tr("No {0} match “{1}”.").format(name.lower(), shown)
        else:
            message = self.tr("No {0} match the chosen filters.").format(name.lower())
        self.message.setText(message)
        self.message.setAccessibleName(message)
        self.clear_button.setText(
            self.tr("Clear search and filters") if narrowed else self.tr("Clear search")
        )


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
