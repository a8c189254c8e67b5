"""The goal and task list models."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from mentordesk.core.enums import GoalStatus, Priority, TaskStatus
from mentordesk.services.tasks.listing import GoalRow, TaskRow
from mentordesk.ui.format import due_text, fmt_date, fmt_minutes, fmt_percent
from mentordesk.ui.labels import label
from mentordesk.ui.widgets.table_model import Column, RowTableModel


def _tr(text: str) -> str:
    """Translate a column title or cell text."""
    return QCoreApplication.translate("TaskTableModel", text)


def task_columns(today: date) -> list[Column]:
    """The columns of the task list."""
    status_order = {value: i for i, value in enumerate(TaskStatus.values())}
    return [
        Column(_tr("Task"), lambda r: r.title),
        Column(
            _tr("Status"), lambda r: label(TaskStatus, r.status), lambda r: status_order[r.status]
        ),
        Column(_tr("Priority"), lambda r: Priority(r.priority).label, lambda r: r.priority),
        Column(
            _tr("Due"),
            lambda r: due_text(r, today),
            lambda r: r.due.isoformat() if r.due else "9999",
        ),
        Column(_tr("Goal"), lambda r: r.goal),
        Column(_tr("With"), lambda r: r.contact),
        Column(
            _tr("Estimate"),
            lambda r: fmt_minutes(r.estimate_minutes),
            lambda r: r.estimate_minutes or 0,
            align_right=True,
        ),
    ]


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
        Column(_tr("Pace"), lambda r: QCoreApplication.translate("labels", r.pace.label)),
        Column(_tr("Status"), lambda r: label(GoalStatus, r.status)),
    ]


class TaskTableModel(RowTableModel):
    """Tasks as rows of TaskRow; overdue ones are emphasised."""

    def __init__(self, today: date, parent=None) -> None:
        super().__init__(task_columns(today), parent)
        self.emphasis = lambda row: row.is_overdue(today)


class GoalTableModel(RowTableModel):
    """Goals as rows of GoalRow."""

    def __init__(self, parent=None) -> None:
        super().__init__(goal_columns(), parent)


__all__ = ["GoalRow", "GoalTableModel", "TaskRow", "TaskTableModel"]
