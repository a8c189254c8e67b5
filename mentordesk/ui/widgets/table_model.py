"""A table model over a list of row objects, described by columns."""

from __future__ import annotations

import heapq
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QFont

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
WIDEST_ROWS = 3  # rows per column measured to fit the column to its contents


@dataclass(frozen=True)
class Column:
    """How one column reads a row: its text, its sort key and its alignment."""

    title: str
    text: Callable[[Any], str]
    sort_key: Callable[[Any], Any] | None = None
    align_right: bool = False
    tooltip: Callable[[Any], str] | None = None
    priority: int = 0  # 0: always shown; higher ones are hidden first when the table is narrow


@dataclass(frozen=True)
class PreparedRows:
    """Rows with every cell text and search text computed, ready for a cheap model reset.

    Built by `prepare_rows` in a background job, so the GUI thread only swaps lists.
    """

    rows: list[Any]
    texts: list[tuple[str, ...]]
    """Each row's cell texts, by column."""
    search: list[str]
    """Each row's casefolded search text (its columns and extra text)."""
    widest: list[list[int]] = field(default_factory=list)
    """Per column, the positions of the rows with the longest texts (to fit the width)."""


def prepare_rows(
    columns: Sequence[Column],
    rows: Sequence[Any],
    search_extra: Callable[[Any], str] = lambda row: "",
) -> PreparedRows:
    """Compute the cell texts, search texts and widest rows of `rows` (safe in a worker)."""
    rows = list(rows)
    readers = [c.text for c in columns]
    texts = [tuple(read(row) for read in readers) for row in rows]
    search = [
        " ".join((*cells, search_extra(row))).casefold()
        for cells, row in zip(texts, rows, strict=True)
    ]
    widest = [
        heapq.nlargest(WIDEST_ROWS, range(len(texts)), key=lambda i, c=c: len(texts[i][c]))
        for c in range(len(readers))
    ]
    return PreparedRows(rows, texts, search, widest)


class RowTableModel(QAbstractTableModel):
    """Rows of plain objects shown through a fixed list of columns."""

    SortRole = Qt.ItemDataRole.UserRole + 1
    RowRole = Qt.ItemDataRole.UserRole + 2
    SearchRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, columns: Sequence[Column], parent=None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []
        self.emphasis: Callable[[Any], bool] = lambda row: False
        self.search_extra: Callable[[Any], str] = lambda row: ""
        """Text a row is also found by beyond its columns (notes, say)."""
        self._search_texts: dict[int, str] = {}
        self.prepared: PreparedRows | None = None
        """The rows as prepared in a job (set_prepared), or None (set_rows)."""
        self._retired: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace every row at once; texts are computed as they are asked for."""
        self.beginResetModel()
        self.rows = list(rows)
        self._search_texts = {}
        self.prepared = None
        self.endResetModel()

    def prepare(self, rows: Sequence[Any]) -> PreparedRows:
        """Rows prepared for `set_prepared`; call it in the job, off the GUI thread."""
        return prepare_rows(self.columns, rows, self.search_extra)

    def set_prepared(self, prepared: PreparedRows) -> None:
        """Replace every row with prepared ones: the reset only swaps lists.

        The old rows are let go on a later turn of the event loop: freeing tens of thousands
        of them takes a while of its own.
        """
        self._retired.append((self.rows, self.prepared))
        QTimer.singleShot(0, self, self._retired.clear)
        self.beginResetModel()
        self.rows = prepared.rows
        self._search_texts = {}
        self.prepared = prepared
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        """The row object at a position."""
        return self.rows[row]

    def rowCount(self, parent: Index = ROOT) -> int:
        """Number of rows (a flat table has no children)."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        """Number of columns."""
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, sort key, row object, alignment, tooltip or emphasis for a cell."""
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if self.prepared is not None:
                return self.prepared.texts[index.row()][index.column()]
            return column.text(row)
        if role == self.SearchRole:
            return self.search_text(index.row())
        return self._other_role(row, column, role)

    def search_text(self, position: int) -> str:
        """What the search matches in a row: its columns and extra text, casefolded, cached."""
        if self.prepared is not None:
            return self.prepared.search[position]
        text = self._search_texts.get(position)
        if text is None:
            row = self.rows[position]
            parts = [c.text(row) for c in self.columns] + [self.search_extra(row)]
            text = self._search_texts[position] = " ".join(parts).casefold()
        return text

    def _other_role(self, row: Any, column: Column, role: int) -> Any:
        """Data for the roles other than display."""
        if role == self.SortRole:
            return _sortable(column.sort_key(row) if column.sort_key else column.text(row))
        if role == self.RowRole:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.FontRole and self.emphasis(row):
            return _bold_font()
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles across the top; none down the side."""
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.columns):
            return self.columns[section].title
        return None


def _bold_font() -> QFont:
    """The default font in bold, for emphasised rows."""
    font = QFont()
    font.setBold(True)
    return font


def _sortable(value: Any) -> Any:
    """A value Qt can compare: None sorts first, everything else as given or as text."""
    if value is None:
        return ""
    if isinstance(value, int | float | str):
        return value
    return str(value)
