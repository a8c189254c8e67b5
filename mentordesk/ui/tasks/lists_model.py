"""The task lists beside the tasks: smart lists, all, personal, one per mentor and per goal."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from mentordesk.core.task_lists import SmartList, in_smart_list, is_open, smart_counts
from mentordesk.services.tasks.listing import GoalRow, TaskRow
from mentordesk.ui.labels import label
from mentordesk.ui.widgets.fast_proxy import keep_everything
from mentordesk.ui.widgets.table_model import Column, Index, RowTableModel


def _tr(text: str) -> str:
    """Translate a list name."""
    return QCoreApplication.translate("", text)


@dataclass(frozen=True)
class TaskList:
    """One entry: a heading, or a list with the rule that picks its tasks."""

    key: str
    title: str
    accepts: Callable[[TaskRow], bool] = field(default=lambda row: False, compare=False)
    count: int = 0
    heading: bool = False
    goal_id: int | None = None

    @property
    def text(self) -> str:
        """The title, with the number of open tasks."""
        return self.title if self.heading else f"{self.title}  ({self.count})"


def build_lists(
    tasks: Sequence[TaskRow],
    goals: Sequence[GoalRow],
    mentors: Sequence[tuple[int, str]],
    today: date,
) -> list[TaskList]:
    """Every list with its open-task count (counted in one pass over the open tasks)."""
    open_rows = [row for row in tasks if is_open(row.status)]
    counts = smart_counts(open_rows, today=today)
    by_mentor = Counter(row.mentor_id for row in open_rows)
    by_goal = Counter(row.goal_id for row in open_rows)
    entries = [TaskList("h:smart", _tr("Smart lists"), heading=True)]
    for kind in SmartList:
        entries.append(
            TaskList(
                f"smart:{kind.value}", label(SmartList, kind), _smart(kind, today), counts[kind]
            )
        )
    entries.append(TaskList("h:lists", _tr("Lists"), heading=True))
    entries.append(TaskList("all", _tr("All tasks"), keep_everything, len(open_rows)))
    personal = lambda row: row.mentor_id is None  # noqa: E731
    entries.append(TaskList("personal", _tr("Personal"), personal, by_mentor[None]))
    if mentors:
        entries.append(TaskList("h:mentors", _tr("Mentors"), heading=True))
    for contact_id, name in mentors:
        rule = _by("mentor_id", contact_id)
        entries.append(TaskList(f"mentor:{contact_id}", name, rule, by_mentor[contact_id]))
    if goals:
        entries.append(TaskList("h:goals", _tr("Goals"), heading=True))
    for goal in goals:
        rule = _by("goal_id", goal.id)
        entries.append(
            TaskList(f"goal:{goal.id}", goal.title, rule, by_goal[goal.id], False, goal.id)
        )
    return entries


def _smart(kind: SmartList, today: date) -> Callable[[TaskRow], bool]:
    """The rule of a smart list on `today`."""
    return lambda row: in_smart_list(
        kind, status=row.status, due=row.due, waiting_on=row.waiting_on, today=today
    )


def _by(attribute: str, value: int) -> Callable[[TaskRow], bool]:
    """A rule keeping the tasks whose attribute has the value."""
    return lambda row: getattr(row, attribute) == value


class TaskListsModel(RowTableModel):
    """The lists as one column; headings are bold and cannot be selected."""

    def __init__(self, parent=None) -> None:
        column = Column(_tr("Lists"), lambda entry: entry.text, tooltip=lambda entry: entry.text)
        super().__init__([column], parent)
        self.emphasis = lambda entry: entry.heading

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Lists select; headings only show."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.rows[index.row()].heading:
            return Qt.ItemFlag.ItemIsEnabled
        return super().flags(index)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell data; headings are also announced as headings to screen readers."""
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and index.isValid():
            return _tr("Heading") if self.rows[index.row()].heading else _tr("Task list")
        return super().data(index, role)

    def row_of(self, key: str) -> int:
        """The position of a list by key, or -1."""
        return next((i for i, entry in enumerate(self.rows) if entry.key == key), -1)
