"""The board: to do, doing and done side by side; drag a task to another column to move it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from mentordesk.core.enums import TaskStatus
from mentordesk.services.tasks.listing import TaskRow
from mentordesk.ui.labels import label
from mentordesk.ui.tasks.table_model import (
    DUE,
    GOAL,
    PRIORITY,
    TaskTableModel,
    task_ids_from,
)
from mentordesk.ui.widgets.fast_proxy import FastRowProxy
from mentordesk.ui.widgets.table_model import RowTableModel

BOARD_STATUSES = (TaskStatus.TODO.value, TaskStatus.DOING.value, TaskStatus.DONE.value)


class BoardColumnProxy(FastRowProxy):
    """The tasks of one status that the current list keeps; accepts tasks dropped on it."""

    dropped = Signal(list, str)
    """Tasks were dropped here: (task ids, this column's status)."""

    def __init__(self, status: str, parent=None) -> None:
        super().__init__(parent)
        self.status = status
        self.keep = self._of_status(lambda row: True)

    def set_keep(self, keep: Callable[[TaskRow], bool], *, now: bool = True) -> None:
        """Show only the tasks of this status that `keep` accepts (the selected list)."""
        super().set_keep(self._of_status(keep), now=now)

    def _of_status(self, keep: Callable[[TaskRow], bool]) -> Callable[[TaskRow], bool]:
        """A rule keeping this column's status and what `keep` accepts."""
        status = self.status
        return lambda row: row.status == status and keep(row)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        """A card: the title, and below it the due date, priority and goal; the whole title
        leads its tooltip (the card may elide it)."""
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            title = self.sourceModel().row_at(self.mapToSource(index).row()).title
            return "\n".join(t for t in (title, super().data(index, role)) if t)
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return super().data(index, role)
        source = self.sourceModel()
        row = self.mapToSource(index).row()
        facts = [source.columns[c].text(source.row_at(row)) for c in (DUE, PRIORITY, GOAL)]
        return "\n".join([source.row_at(row).title, " · ".join(f for f in facts if f)])

    def flags(self, index) -> Qt.ItemFlag:
        """The column itself takes drops."""
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return super().flags(index) & ~Qt.ItemFlag.ItemIsEditable

    def supportedDropActions(self) -> Qt.DropAction:
        """Tasks move between columns."""
        return Qt.DropAction.MoveAction

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        """Only tasks are accepted."""
        return bool(task_ids_from(data))

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        """Ask for the dropped tasks to take this column's status; the view stores it."""
        ids = [i for i in task_ids_from(data) if self._status_of(i) != self.status]
        if ids:
            self.dropped.emit(ids, self.status)
        return False  # the model reloads after the write; nothing to remove here

    def _status_of(self, task_id: int) -> str | None:
        """The status a task has now."""
        row = self.sourceModel().row_by_id(task_id)
        return row.status if row else None


class CardDelegate(QStyledItemDelegate):
    """Cards as wide as their column and two lines high, a long title elided (tooltip: all)."""

    def sizeHint(self, option, index) -> QSize:
        """Two lines high; the column gives the width."""
        return QSize(1, super().sizeHint(option, index).height())


class TaskBoard(QWidget):
    """Three columns over the same task model as the list."""

    moved = Signal(list, str)
    """Tasks were dragged to a column: (task ids, new status)."""

    def __init__(self, model: TaskTableModel, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Task board"))
        self.columns: dict[str, QListView] = {}
        self.proxies: dict[str, BoardColumnProxy] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for status in BOARD_STATUSES:
            row.addLayout(self._column(model, status))
            self.proxies[status].pause()  # until the board first shows

    def _column(self, model: TaskTableModel, status: str) -> QVBoxLayout:
        """A heading over a list of the status' tasks that drags and takes drops."""
        proxy = BoardColumnProxy(status, self)
        proxy.setSourceModel(model)
        proxy.sort(3)  # by due date
        proxy.dropped.connect(self.moved)
        view = QListView(self)
        view.setModel(proxy)
        view.setAccessibleName(self.tr("{0} column").format(label(TaskStatus, status)))
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.setDragDropOverwriteMode(False)
        view.setUniformItemSizes(True)  # cards are two lines: no size asked of 50,000 rows
        view.setWordWrap(False)
        view.setItemDelegate(CardDelegate(view))
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setSpacing(4)
        view.setAlternatingRowColors(True)
        heading = QLabel(label(TaskStatus, status), self)
        heading.setBuddy(view)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.columns[status], self.proxies[status] = view, proxy
        column = QVBoxLayout()
        column.addWidget(heading)
        column.addWidget(view)
        return column

    def set_keep(self, keep: Callable[[TaskRow], bool], *, now: bool = True) -> None:
        """Show the tasks of the selected list (`now=False`: when the model next resets)."""
        for proxy in self.proxies.values():
            proxy.set_keep(keep, now=now)

    def showEvent(self, event) -> None:
        """Catch up with what changed while hidden."""
        for proxy in self.proxies.values():
            proxy.resume()
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        """While hidden (the list in front), new rows and lists wait until shown."""
        super().hideEvent(event)
        for proxy in self.proxies.values():
            proxy.pause()

    def selected_ids(self) -> list[int]:
        """The ids of the tasks selected in any column."""
        ids = []
        for view in self.columns.values():
            ids += [i.data(RowTableModel.RowRole).id for i in view.selectionModel().selectedRows()]
        return ids
