"""The tasks view: goals with their pace, and the tasks and deliverables behind them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter

from mentordesk.core.changes import ChangeKind
from mentordesk.services.tasks.listing import list_goals, list_tasks
from mentordesk.ui.context import UiContext
from mentordesk.ui.tasks.table_model import GoalTableModel, TaskTableModel
from mentordesk.ui.widgets.empty_state import EmptyState
from mentordesk.ui.widgets.feature_view import FeatureView
from mentordesk.ui.widgets.record_table import RecordTable


class TasksView(FeatureView):
    """Goals above, tasks below; overdue tasks stand out."""

    kinds = ChangeKind.TASKS | ChangeKind.GOALS

    def __init__(self, context: UiContext, parent=None) -> None:
        super().__init__(
            context,
            title=self.tr("Goals and tasks"),
            subtitle=self.tr("What you are working towards, how you are pacing, and what is due."),
            parent=parent,
        )
        self._build_ui()

    def _build_ui(self) -> None:
        """Goal and task tables in a vertical splitter."""
        self.goal_model = GoalTableModel(self)
        self.task_model = TaskTableModel(self.context.today(), self)
        self.goals = RecordTable(
            model=self.goal_model,
            name=self.tr("Goals"),
            empty=EmptyState(
                heading=self.tr("No goals yet"),
                text=self.tr("Agree a goal with a mentor and its progress will show here."),
            ),
        )
        self.tasks = RecordTable(
            model=self.task_model,
            name=self.tr("Tasks"),
            empty=EmptyState(
                heading=self.tr("No tasks yet"),
                text=self.tr("Tasks and deliverables you take from meetings will show here."),
                actions=[(self.tr("Load sample data"), self.sample_data_requested.emit)],
            ),
        )
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.goals)
        splitter.addWidget(self.tasks)
        splitter.setStretchFactor(1, 2)
        self.body.addWidget(splitter, 1)

    def reload(self) -> None:
        """Load goals and tasks in the background."""
        today = self.context.today()
        self.load_in_background(
            "tasks/goals", lambda: list_goals(today=today), self.goal_model.set_rows
        )
        self.load_in_background("tasks/tasks", list_tasks, self.task_model.set_rows)


if __name__ == "__main__":
    from mentordesk.ui.preview import preview_view

    preview_view(TasksView)
