"""The tasks view: lists and smart lists beside the tasks, as a table or a board; a timer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services.tasks.overview import TaskOverview, load_overview, load_week_totals
from mentordesk.services.tasks.recurring import create_due_occurrences
from mentordesk.ui.actions import create_task_actions
from mentordesk.ui.context import UiContext
from mentordesk.ui.tasks.board import TaskBoard
from mentordesk.ui.tasks.commands import CHANGES, TaskCommands
from mentordesk.ui.tasks.delegates import TaskItemDelegate
from mentordesk.ui.tasks.expectations import ExpectationsPanel
from mentordesk.ui.tasks.goal_summary import GoalSummary
from mentordesk.ui.tasks.lists_model import TaskList, TaskListsModel, build_lists
from mentordesk.ui.tasks.table_model import (
    GoalTableModel,
    PreparedTasks,
    TaskTableModel,
    prepare_tasks,
)
from mentordesk.ui.tasks.time_panel import TimePanel
from mentordesk.ui.tasks.timer_bar import TimerBar
from mentordesk.ui.widgets.empty_state import EmptyState
from mentordesk.ui.widgets.fast_proxy import FastRowProxy
from mentordesk.ui.widgets.feature_view import FeatureView
from mentordesk.ui.widgets.record_table import RecordTable
from mentordesk.ui.widgets.table_model import RowTableModel
from mentordesk.ui.widgets.toolbar import ActionToolBar


class TaskFilterProxy(FastRowProxy):
    """The search text and the selected list together decide which tasks show (in bulk)."""


@dataclass(frozen=True)
class TaskScreen:
    """What the view shows: the overview, the lists, and the rows prepared for the proxies."""

    overview: TaskOverview
    lists: list[TaskList]
    prepared: PreparedTasks


def load_screen(today: date) -> TaskScreen:
    """Read the overview and do the per-row work the GUI thread would (runs in a job)."""
    overview = load_overview(today=today, with_week_totals=False)
    lists = build_lists(overview.tasks, overview.goals, overview.mentors, today)
    return TaskScreen(overview, lists, prepare_tasks(overview.tasks, today))


class TasksView(TaskCommands, FeatureView):
    """Lists on the left; the chosen list's tasks as a table or a board; undoable edits."""

    kinds = CHANGES

    def __init__(self, context: UiContext, parent=None) -> None:
        super().__init__(
            context,
            title=self.tr("Goals and tasks"),
            subtitle=self.tr("What you are working towards, how you are pacing, and what is due."),
            parent=parent,
        )
        self.overview: TaskOverview | None = None
        self.current_list = "all"
        self._checked_recurrence_on: date | None = None
        self._time_stale = False  # the Time tab's totals wait until it shows
        self._build_ui()
        self._connect()

    def _build_ui(self) -> None:
        """Timer and actions above; lists beside the tabs (list, board, expectations, time)."""
        self.actions = create_task_actions(self)
        self.goal_model = GoalTableModel(self)
        self.task_model = TaskTableModel(self.context.today(), self)
        self.timer_bar = TimerBar(self.context.now, self)
        self.body.addLayout(self._toolbar())
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._lists_pane())
        splitter.addWidget(self._tabs_pane())
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        chars = self.fontMetrics().averageCharWidth()
        splitter.setSizes([chars * 36, chars * 110])
        self.body.addWidget(splitter, 1)

    def _lists_pane(self) -> QWidget:
        """The lists, and a button for a new goal below them."""
        self.lists_model = TaskListsModel(self)
        self.lists = _lists_table(self.lists_model, self.tr("Task lists"))
        self.new_goal_button = QPushButton(self.tr("New goal…"), self)
        self.new_goal_button.setAccessibleName(self.tr("New goal"))
        pane = QWidget(self)
        column = QVBoxLayout(pane)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.lists, 1)
        column.addWidget(self.new_goal_button)
        return pane

    def _tabs_pane(self) -> QWidget:
        """The chosen goal above the tabs: list, board, expectations and time."""
        self.goal_summary = GoalSummary(self)
        self.goal_summary.hide()
        self.tasks = self._task_table()
        self.board = TaskBoard(self.task_model, self)
        self.expectations = ExpectationsPanel(self)
        self.time = TimePanel(self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("List, board, expectations or time"))
        self.tabs.addTab(self.tasks, self.tr("&List"))
        self.tabs.addTab(self.board, self.tr("&Board"))
        self.tabs.addTab(self.expectations, self.tr("E&xpectations"))
        self.tabs.addTab(self.time, self.tr("T&ime"))
        pane = QWidget(self)
        column = QVBoxLayout(pane)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.goal_summary)
        column.addWidget(self.tabs, 1)
        return pane

    def _toolbar(self) -> QHBoxLayout:
        """Quick add and the actions on the selection; the timer takes the rest of the row."""
        row = QHBoxLayout()
        self.quick_add_button = QPushButton(self.tr("Quick &add…"), self)
        self.quick_add_button.setAccessibleName(self.tr("Quick add task"))
        self.quick_add_button.setToolTip(self.tr("Quick add a task (Ctrl+Shift+A)"))
        row.addWidget(self.quick_add_button)
        self.toolbar = ActionToolBar(self.tr("Task actions"), self)
        self.toolbar.addActions(self.actions.all())
        row.addWidget(self.toolbar)
        row.addWidget(self.timer_bar, 1)
        return row

    def shortcut_actions(self) -> list:
        """Complete, Reschedule, Drop and the timer (for the F1 list)."""
        return self.actions.all()

    def _task_table(self) -> RecordTable:
        """The task table: several rows select; cells edit on double-click, F2 or typing."""
        table = RecordTable(
            model=self.task_model,
            name=self.tr("Tasks"),
            proxy=TaskFilterProxy(self),
            empty=EmptyState(
                heading=self.tr("No tasks yet"),
                text=self.tr("Press Ctrl+Shift+A to add one, or take them from meetings."),
                actions=[(self.tr("Load sample data"), self.sample_data_requested.emit)],
            ),
        )
        view = table.table
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        view.setItemDelegate(TaskItemDelegate(view))
        view.horizontalHeader().setResizeContentsPrecision(
            40
        )  # columns fit from 40 rows (each reload)
        return table

    def _connect(self) -> None:
        """Wire lists, edits, drops, actions and the timer."""
        self.lists.selectionModel().currentRowChanged.connect(self._list_chosen)
        self.task_model.edit_requested.connect(self.edit_task)
        self.board.moved.connect(self.move_tasks)
        self.tabs.currentChanged.connect(lambda index: self._load_time_if_shown())
        self.actions.complete.triggered.connect(lambda: self.set_selected_status("done"))
        self.actions.drop.triggered.connect(lambda: self.set_selected_status("dropped"))
        self.actions.reschedule.triggered.connect(self.ask_reschedule)
        self.actions.details.triggered.connect(self.open_details)
        self.tasks.activated_row.connect(lambda row: self.open_details())
        self.actions.timer.triggered.connect(self.toggle_timer)
        self.actions.log_time.triggered.connect(self.ask_log_time)
        self.time.meeting_timer_requested.connect(self.ask_meeting_timer)
        self.timer_bar.stop_requested.connect(self.stop_timer)
        self.quick_add_button.clicked.connect(self.open_quick_add)
        self.new_goal_button.clicked.connect(lambda: self.open_goal(None))
        self.goal_summary.edit_requested.connect(self.open_goal)
        self.expectations.add_requested.connect(lambda: self.open_expectation(None))
        self.expectations.renegotiate_requested.connect(self.open_expectation)
        self.expectations.status_requested.connect(self.set_expectation_status)

    def reload(self) -> None:
        """Create recurring tasks that came due (once a day), then read everything."""
        today = self.context.today()
        if self._checked_recurrence_on != today:
            self._checked_recurrence_on = today
            self.context.jobs.start(
                title=self.tr("Adding recurring tasks"),
                work=lambda progress: create_due_occurrences(today=today),
                writes=True,
                show_progress=False,
                then=lambda created: self.reload() if created else None,
            )
        load = lambda: load_screen(today)  # noqa: E731
        self.load_in_background("tasks/overview", load, self.show_screen, then=self._time_behind)

    def _time_behind(self, screen: TaskScreen) -> None:
        """The weekly totals are read when the Time tab shows (they take longer)."""
        self._time_stale = True
        self._load_time_if_shown()

    def _load_time_if_shown(self) -> None:
        """Read the weekly time totals if the Time tab is in front and they are behind."""
        if not self._time_stale or self.tabs.currentWidget() is not self.time:
            return
        self._time_stale = False
        tasks, goals = self.overview.tasks, self.overview.goals
        self.load_in_background(
            "tasks/time",
            lambda: load_week_totals(tasks=tasks, goals=goals),
            self.time.show_totals,
        )

    def show_screen(self, screen: TaskScreen) -> None:
        """Show what was read, keeping the chosen list (each proxy filters once)."""
        overview = self.overview = screen.overview
        self.goal_model.set_rows(overview.goals)
        self.expectations.model.set_rows(overview.expectations)
        self.lists_model.set_rows(screen.lists)
        entry = self.lists_model.row_at(self._list_row(self.current_list))
        self._keep(entry, now=False)
        self.task_model.set_rows(overview.tasks, screen.prepared)
        self._select_quietly(self.lists_model.row_of(entry.key))
        self._show_goal(entry)
        self.timer_bar.show_timer(overview.timer)
        self.actions.timer.setText(
            self.tr("Stop &timer") if overview.timer else self.tr("Start &timer")
        )

    def choose_list(self, key: str) -> None:
        """Select a list by key (`all`, `smart:today`, `mentor:3`, `goal:2`…)."""
        row = self._list_row(key)
        self._select_quietly(row)
        self._apply(self.lists_model.row_at(row))

    def _list_row(self, key: str) -> int:
        """The row of a list, or of All tasks when that list is gone."""
        row = self.lists_model.row_of(key)
        return row if row >= 0 else self.lists_model.row_of("all")

    def _select_quietly(self, row: int) -> None:
        """Select a list without reacting to it as a choice."""
        selection = self.lists.selectionModel()
        blocked = selection.blockSignals(True)
        selection.setCurrentIndex(
            self.lists_model.index(row, 0), selection.SelectionFlag.ClearAndSelect
        )
        selection.blockSignals(blocked)
        self.lists.viewport().update()

    def _list_chosen(self, current, previous) -> None:
        """The user picked another list."""
        if current.isValid():
            self._apply(self.lists_model.row_at(current.row()))

    def _apply(self, entry: TaskList) -> None:
        """Filter the table and board by the list; show the goal above its tasks."""
        if entry.heading:
            return
        self._keep(entry, now=True)
        self._show_goal(entry)

    def _keep(self, entry: TaskList, *, now: bool) -> None:
        """Make the table and the board show the list's tasks."""
        self.current_list = entry.key
        self.tasks.proxy.set_keep(entry.accepts, now=now)
        self.board.set_keep(entry.accepts, now=now)
        self.expectations.set_keep(self._expectations_of(entry))

    def _expectations_of(self, entry: TaskList):
        """The expectations of a mentor's list, or of a goal's mentor; all of them otherwise."""
        mentor = int(entry.key.split(":")[1]) if entry.key.startswith("mentor:") else None
        if entry.goal_id is not None:
            goal = next((g for g in self.goal_model.rows if g.id == entry.goal_id), None)
            mentor = goal.mentor_id if goal else None
        return (lambda row: True) if mentor is None else (lambda row: row.mentor_id == mentor)

    def _show_goal(self, entry: TaskList) -> None:
        """Show the list's goal above its tasks, if it is a goal's list."""
        goal = next((g for g in self.goal_model.rows if g.id == entry.goal_id), None)
        if goal is not None and self.overview is not None:
            minutes = self.overview.goal_minutes.get(goal.id, 0)
            self.goal_summary.show_goal(goal, minutes, self.context.today())
        self.goal_summary.setVisible(goal is not None)

    def selected_ids(self) -> list[int]:
        """The tasks selected in the table or, when it shows, on the board."""
        if self.tabs.currentWidget() is self.board:
            return self.board.selected_ids()
        rows = self.tasks.table.selectionModel().selectedRows()
        return [index.data(RowTableModel.RowRole).id for index in rows]


def _lists_table(model: TaskListsModel, name: str) -> QTableView:
    """A one-column, headerless table of lists."""
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setVisible(False)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)  # Tab leaves the lists; arrow keys move between them
    table.setMinimumWidth(table.fontMetrics().averageCharWidth() * 28)
    return table


if __name__ == "__main__":
    from mentordesk.ui.preview import preview_view

    preview_view(TasksView)
