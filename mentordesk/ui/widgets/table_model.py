"""A table model over a list of row objects, described by columns."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


@dataclass(frozen=True)
class Column:
    """How one column reads a row: its text, its sort key and its alignment."""

    title: str
    text: Callable[[Any], str]
    sort_key: Callable[[Any], Any] | None = None
    align_right: bool = False
    tooltip: Callable[[Any], str] | None = None
    priority: int = 0  # 0: always shown; higher ones are hidden first when the table is narrow


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

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace every row at once."""
        self.beginResetModel()
        self.rows = list(rows)
        self._search_texts = {}
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
            return column.text(row)
        if role == self.SearchRole:
            return self.search_text(index.row())
        return self._other_role(row, column, role)

    def search_text(self, position: int) -> str:
        """What the search matches in a row: its columns and extra text, casefolded, cached."""
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
