"""What the tasks view does to tasks: every write is one undoable step on the app's stack."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from mentordesk.core.changes import ChangeKind
from mentordesk.services.calendar.occurrences import list_occurrences
from mentordesk.services.tasks.editing import (
    reschedule_tasks,
    save_task_details,
    set_status,
    update_task,
)
from mentordesk.services.tasks.goals import (
    ExpectationRow,
    create_expectation,
    create_goal,
    renegotiate_expectation,
    set_expectation_status,
    update_goal,
)
from mentordesk.services.tasks.listing import GoalRow, TaskRow
from mentordesk.services.tasks.time_invested import add_time_entry, start_timer, stop_timer
from mentordesk.ui.tasks.details import TaskDetailsDialog
from mentordesk.ui.tasks.dialogs import LogTimeDialog, MeetingPickDialog, RescheduleDialog
from mentordesk.ui.tasks.expectation_dialog import ExpectationDialog
from mentordesk.ui.tasks.goal_dialog import GoalDialog
from mentordesk.ui.tasks.quick_add import QuickAddDialog
from mentordesk.ui.widgets.file_dialogs import ask_open_file

CHANGES = ChangeKind.TASKS | ChangeKind.GOALS


def _tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """Translate in the context "" (lupdate reads `_tr` as `tr`): a mixin's plurals need it."""
    return QCoreApplication.translate("", text, disambiguation, n)


class TaskCommands:
    """The view's writes (a mixin of TasksView: uses its context, model, selection and tr)."""

    def run_write(self, label: str, work: Callable[[], Any]) -> None:
        """Run a write as one undoable step, after the editor or drag that asked has finished."""
        self.context.jobs.queue_follow_up(
            lambda: self.context.undo.run(
                label=label, work=lambda progress: work(), changes=CHANGES
            )
        )

    def edit_task(self, task_id: int, field: str, value: Any) -> None:
        """Store an inline edit."""
        row = self.task_model.row_by_id(task_id)
        title = row.title if row else ""
        label = self.tr("Edit “{0}”").format(title)
        self.run_write(label, lambda: update_task(task_id, **{field: value}))

    def move_tasks(self, ids: list[int], status: str) -> None:
        """Tasks dragged to a board column take its status."""
        self.run_write(self._label("move", ids), lambda: set_status(ids, status))

    def set_selected_status(self, status: str) -> None:
        """Complete or drop the selected tasks."""
        ids = self.selected_ids()
        if ids:
            verb = "complete" if status == "done" else "drop"
            self.run_write(self._label(verb, ids), lambda: set_status(ids, status))

    def ask_reschedule(self) -> None:
        """Ask for a new due date for the selected tasks."""
        ids = self.selected_ids()
        if not ids:
            return
        dialog = RescheduleDialog(len(ids), self.context.today(), self)
        dialog.accepted.connect(lambda: self.reschedule(ids, dialog.due()))
        dialog.open()

    def reschedule(self, ids: list[int], due: date | None) -> None:
        """Give tasks a new due date."""
        self.run_write(self._label("reschedule", ids), lambda: reschedule_tasks(ids, due))

    def open_details(self) -> TaskDetailsDialog | None:
        """Open the details of the (first) selected task."""
        ids = self.selected_ids()
        row = self.task_model.row_by_id(ids[0]) if ids else None
        if row is None:
            return None
        dialog = TaskDetailsDialog(row, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.attach.clicked.connect(lambda: self._choose_attachment(dialog))
        dialog.accepted.connect(lambda: self.save_details(row, dialog))
        dialog.open()
        return dialog

    def _choose_attachment(self, dialog: TaskDetailsDialog) -> None:
        """Ask for the file to attach as the deliverable."""
        title = self.tr("Attach a deliverable")
        path = ask_open_file(dialog, self.context.workspace, title=title, filters="*")
        if path is not None:
            dialog.attach_file(path)

    def save_details(self, row: TaskRow, dialog: TaskDetailsDialog) -> None:
        """Store the dialog's changes as one undoable step."""
        changes, attachment = dialog.changes(), dialog.attachment
        files = self.context.workspace.files
        label = self.tr("Edit “{0}”").format(row.title)
        self.run_write(
            label,
            lambda: save_task_details(row.id, changes, attachment=attachment, files_dir=files),
        )

    def open_goal(self, goal: GoalRow | None) -> GoalDialog:
        """Open a goal to edit, or a new one (None)."""
        mentorships = self.overview.mentorships if self.overview else []
        dialog = GoalDialog(
            goal=goal, mentorships=mentorships, today=self.context.today(), parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.save_goal(goal, dialog.values()))
        dialog.open()
        return dialog

    def save_goal(self, goal: GoalRow | None, values: dict[str, Any]) -> None:
        """Create or change a goal as one undoable step."""
        if goal is None:
            label = self.tr("Add goal “{0}”").format(values["title"])
            self.run_write(label, lambda: create_goal(**values))
        else:
            label = self.tr("Edit goal “{0}”").format(goal.title)
            self.run_write(label, lambda: update_goal(goal.id, **values))

    def open_expectation(self, old: ExpectationRow | None) -> ExpectationDialog:
        """Agree a new expectation, or renegotiate `old`."""
        mentorships = self.overview.mentorships if self.overview else []
        today = self.context.today()
        dialog = ExpectationDialog(mentorships=mentorships, today=today, replacing=old, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.save_expectation(old, dialog.values()))
        dialog.open()
        return dialog

    def save_expectation(self, old: ExpectationRow | None, values: dict[str, Any]) -> None:
        """Store a new expectation, or a new version that replaces the old one."""
        if old is None:
            label = self.tr("Add expectation")
            self.run_write(label, lambda: create_expectation(**values))
            return
        label = self.tr("Renegotiate “{0}”").format(old.text)
        text, agreed, due = values["text"], values["agreed_on"], values["due"]
        self.run_write(
            label, lambda: renegotiate_expectation(old.id, text=text, agreed_on=agreed, due=due)
        )

    def set_expectation_status(self, row: ExpectationRow, status: str) -> None:
        """Mark an expectation met or missed."""
        label = self.tr("Mark “{0}” {1}").format(row.text, status)
        self.run_write(label, lambda: set_expectation_status(row.id, status))

    def ask_log_time(self) -> LogTimeDialog | None:
        """Ask for time spent on the (first) selected task."""
        ids = self.selected_ids()
        row = self.task_model.row_by_id(ids[0]) if ids else None
        if row is None:
            return None
        dialog = LogTimeDialog(row.title, self.context.today(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.log_time(row, *dialog.entry()))
        dialog.open()
        return dialog

    def log_time(self, row: TaskRow, day: date, minutes: int, note: str) -> None:
        """Add a time entry on the task, at noon of that day in this computer's zone."""
        started = datetime.combine(day, time(12)).astimezone(UTC)
        label = self.tr("Log time on “{0}”").format(row.title)
        self.run_write(
            label,
            lambda: add_time_entry(started_at=started, minutes=minutes, note=note, task_id=row.id),
        )

    def ask_meeting_timer(self) -> None:
        """Read the meetings around now, then offer them (the dialog opens after the read)."""
        now = self.context.now()
        window = {"window_start": now - timedelta(days=1), "window_end": now + timedelta(days=1)}
        self.context.jobs.start(
            title=self.tr("Reading today's meetings"),
            work=lambda progress: list_occurrences(**window, now=now),
            then=self.open_meeting_timer,
            key="tasks/meetings-for-timer",
            show_progress=False,
        )

    def open_meeting_timer(self, meetings: list) -> MeetingPickDialog:
        """Offer the meetings; the chosen one gets the timer."""
        dialog = MeetingPickDialog(meetings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.start_meeting_timer(dialog.meeting_id()))
        dialog.open()
        return dialog

    def start_meeting_timer(self, meeting_id: int | None) -> None:
        """Run the timer on a meeting (a running one stops first)."""
        if meeting_id is not None:
            now = self.context.now()
            label = self.tr("Start timer")
            self.run_write(label, lambda: start_timer(now=now, meeting_id=meeting_id))

    def toggle_timer(self) -> None:
        """Stop the running timer, or start one on the selected task."""
        if self.overview is not None and self.overview.timer is not None:
            self.stop_timer()
            return
        ids = self.selected_ids()
        if ids:
            now = self.context.now()
            self.run_write(self.tr("Start timer"), lambda: start_timer(now=now, task_id=ids[0]))

    def stop_timer(self) -> None:
        """Stop the timer, keeping its time as an entry."""
        now = self.context.now()
        self.run_write(self.tr("Stop timer"), lambda: stop_timer(now=now))

    def open_quick_add(self) -> None:
        """Open the quick-add line."""
        dialog = QuickAddDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _label(self, verb: str, ids: list[int]) -> str:
        """An undo label such as "Complete 3 tasks" or "Complete “Draft plan”"."""
        one = {
            "complete": self.tr("Complete “{0}”"),
            "drop": self.tr("Drop “{0}”"),
            "move": self.tr("Move “{0}”"),
            "reschedule": self.tr("Reschedule “{0}”"),
        }
        if len(ids) == 1 and (row := self.task_model.row_by_id(ids[0])) is not None:
            return one[verb].format(row.title)
        count = len(ids)
        many = {  # a plural from a mixin: PySide's tr() misses it here
            "complete": _tr("Complete %n task(s)", "", count),
            "drop": _tr("Drop %n task(s)", "", count),
            "move": _tr("Move %n task(s)", "", count),
            "reschedule": _tr("Reschedule %n task(s)", "", count),
        }
        return many[verb]
