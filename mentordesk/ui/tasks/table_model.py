"""The goal and task list models; tasks edit inline and drag onto the board as ids."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QDate, QMimeData, Qt, Signal

from mentordesk.core.enums import GoalStatus, Priority, TaskStatus
from mentordesk.core.goals import Pace
from mentordesk.services.tasks.listing import GoalRow, TaskRow
from mentordesk.ui.format import due_text, fmt_date, fmt_minutes, fmt_percent
from mentordesk.ui.labels import label
from mentordesk.ui.widgets.fast_proxy import ascending_order
from mentordesk.ui.widgets.table_model import ROOT, Column, Index, RowTableModel

TASK_IDS_MIME = "application/x-mentordesk-task-ids"
TITLE, STATUS, PRIORITY, DUE, GOAL, WITH, ESTIMATE = range(7)
EDITABLE = {TITLE: "title", STATUS: "status", PRIORITY: "priority", DUE: "due"}
EDITABLE[ESTIMATE] = "estimate_minutes"


def _tr(text: str) -> str:
    """Translate a column title or cell text."""
    return QCoreApplication.translate("", text)


def task_columns(today: date) -> list[Column]:
    """The columns of the task list."""
    status_order = {value: i for i, value in enumerate(TaskStatus.values())}
    return [
        Column(_tr("Task"), lambda r: r.title, tooltip=_task_tooltip),
        Column(
            _tr("Status"), lambda r: label(TaskStatus, r.status), lambda r: status_order[r.status]
        ),
        Column(
            _tr("Priority"), lambda r: label(Priority, r.priority), lambda r: r.priority, priority=2
        ),
        Column(
            _tr("Due"),
            lambda r: due_text(r, today),
            lambda r: r.due.isoformat() if r.due else "9999",
        ),
        Column(_tr("Goal"), lambda r: r.goal, priority=3),
        Column(_tr("With"), lambda r: r.contact, priority=4),
        Column(
            _tr("Estimate"),
            lambda r: fmt_minutes(r.estimate_minutes),
            lambda r: r.estimate_minutes or 0,
            align_right=True,
            priority=1,
        ),
    ]


def _task_tooltip(row: TaskRow) -> str:
    """Notes, checklist progress, waiting state and recurrence of a task, for its tooltip."""
    lines = [row.notes] if row.notes else []
    if row.meeting:
        lines.append(_tr("From the meeting “{0}”").format(row.meeting))
    if row.checklist:
        done = sum(1 for _, ticked in row.checklist if ticked)
        lines.append(_tr("Checklist: {0} of {1} done").format(done, len(row.checklist)))
    if row.waiting_on:
        lines.append(_tr("Waiting on the other side"))
    if row.recurrence:
        lines.append(_tr("Repeats: {0}").format(row.recurrence))
    if row.deliverable:
        lines.append(_tr("Deliverable: {0}").format(row.deliverable))
    return "\n".join(lines)


def goal_columns() -> list[Column]:
    """The columns of the goal list."""
    return [
        Column(_tr("Goal"), lambda r: r.title),
        Column(_tr("Mentor"), lambda r: r.mentor),
        Column(
            _tr("Target"), lambda r: fmt_date(r.target_date), lambda r: str(r.target_date or "")
        ),
        Column(
            _tr("Progress"),
            lambda r: fmt_percent(r.progress),
            lambda r: r.progress,
            align_right=True,
        ),
        Column(_tr("Pace"), lambda r: label(Pace, r.pace)),
        Column(_tr("Status"), lambda r: label(GoalStatus, r.status)),
    ]


@dataclasses.dataclass
class PreparedTasks:
    """What the proxies need of the rows, computed with them off the GUI thread."""

    search: list[str] | None = None
    orders: dict[int, list[int]] = dataclasses.field(default_factory=dict)


def prepare_tasks(rows: list[TaskRow], today: date) -> PreparedTasks:
    """Search texts and the order by due date (the board's) of rows (safe in a worker)."""
    labels = _status_and_priority_labels()
    return PreparedTasks(
        search=[_search_text(row, labels) for row in rows],
        orders={DUE: ascending_order(rows, task_columns(today)[DUE])},
    )


def _status_and_priority_labels() -> dict[Any, str]:
    """The worded statuses and priorities, by stored value."""
    labels: dict[Any, str] = {v: label(TaskStatus, v) for v in TaskStatus.values()}
    labels.update({p.value: label(Priority, p) for p in Priority})
    return labels


def _search_text(row: TaskRow, labels: dict[Any, str]) -> str:
    """What the search matches in a task, casefolded: the shown texts, built cheaply."""
    due = row.due.isoformat() if row.due else ""
    words = (row.title, labels[row.status], labels[row.priority], due, row.goal, row.contact)
    return " ".join(words).casefold()


class TaskTableModel(RowTableModel):
    """Tasks as rows of TaskRow; overdue ones are emphasised; cells edit in place."""

    edit_requested = Signal(int, str, object)
    """The user changed a cell: (task id, field name, new stored value)."""

    def __init__(self, today: date, parent=None) -> None:
        super().__init__(task_columns(today), parent)
        self.emphasis = lambda row: row.is_overdue(today)
        self._labels = _status_and_priority_labels()
        self._prepared = PreparedTasks()

    def set_rows(self, rows, prepared: PreparedTasks | None = None) -> None:
        """Replace every row; `prepared` (from `prepare_tasks` on the same rows) saves work."""
        self._prepared = prepared or PreparedTasks()
        super().set_rows(rows)

    def search_text(self, position: int) -> str:
        """What the search matches, casefolded: the shown texts, built cheaply for 50,000 rows."""
        return _search_text(self.rows[position], self._labels)

    def search_texts(self) -> list[str]:
        """Every row's search text, in row order (prepared, or built once and kept)."""
        if self._prepared.search is None:
            self._prepared.search = [_search_text(row, self._labels) for row in self.rows]
        return self._prepared.search

    def sort_order(self, column: int) -> list[int]:
        """Row positions in ascending order of a column, shared by every proxy over the rows."""
        orders = self._prepared.orders
        if column not in orders:
            orders[column] = ascending_order(self.rows, self.columns[column])
        return orders[column]

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Rows select and drag; title, status, priority, due and estimate edit."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = super().flags(index) | Qt.ItemFlag.ItemIsDragEnabled
        if index.column() in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell data; the edit role gives the stored value an editor starts from."""
        if role == Qt.ItemDataRole.EditRole and index.isValid() and index.row() < len(self.rows):
            return _edit_value(self.rows[index.row()], index.column())
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Show the edit at once and ask the view to store it (an undoable step)."""
        if role != Qt.ItemDataRole.EditRole or index.column() not in EDITABLE:
            return False
        row, field = self.rows[index.row()], EDITABLE[index.column()]
        stored = _stored_value(field, value)
        if stored is None and field == "title" or stored == getattr(row, field):
            return False
        self.rows[index.row()] = dataclasses.replace(row, **{field: stored})
        self._prepared = PreparedTasks()
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 6))
        self.edit_requested.emit(row.id, field, stored)
        return True

    def mimeTypes(self) -> list[str]:
        """Tasks drag as a list of ids."""
        return [TASK_IDS_MIME]

    def mimeData(self, indexes) -> QMimeData:
        """The ids of the dragged tasks."""
        ids = sorted({self.rows[i.row()].id for i in indexes if i.isValid()})
        mime = QMimeData()
        mime.setData(TASK_IDS_MIME, QByteArray(json.dumps(ids).encode()))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        """A task is moved, never copied."""
        return Qt.DropAction.MoveAction

    def row_by_id(self, task_id: int) -> TaskRow | None:
        """The row of a task, or None."""
        return next((r for r in self.rows if r.id == task_id), None)


def task_ids_from(mime: QMimeData) -> list[int]:
    """The task ids a drag carries (none if it carries something else)."""
    if not mime.hasFormat(TASK_IDS_MIME):
        return []
    return [int(i) for i in json.loads(bytes(mime.data(TASK_IDS_MIME)).decode())]


def _edit_value(row: TaskRow, column: int) -> Any:
    """The value an editor starts from."""
    field = EDITABLE.get(column)
    if field == "due":
        return QDate(row.due) if row.due else QDate()
    if field == "estimate_minutes":
        return row.estimate_minutes or 0
    return getattr(row, field) if field else None


def _stored_value(field: str, value: Any) -> Any:
    """An editor's value in stored form."""
    if field == "title":
        return str(value).strip() or None
    if field == "due":
        return value.toPython() if isinstance(value, QDate) and value.isValid() else value
    if field in ("priority", "estimate_minutes"):
        return int(value) if value not in (None, "") else None
    return value


class GoalTableModel(RowTableModel):
    """Goals as rows of GoalRow."""

    def __init__(self, parent=None) -> None:
        super().__init__(goal_columns(), parent)


__all__ = ["ROOT", "GoalRow", "GoalTableModel", "TaskRow", "TaskTableModel", "task_ids_from"]
