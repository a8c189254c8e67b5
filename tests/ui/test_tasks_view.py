"""The tasks view: quick add, inline edits, completing and undoing, the board, the timer, lists."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from mentordesk.core.task_lists import SmartList
from mentordesk.db import models as m
from mentordesk.db.database import close_database, open_database
from mentordesk.services.interop.export_json import export_json_text
from mentordesk.services.tasks.editing import create_task
from mentordesk.ui.context import UiContext
from mentordesk.ui.main_window import MainWindow
from mentordesk.ui.tasks.board import BoardColumnProxy
from mentordesk.ui.tasks.quick_add import QuickAddDialog
from mentordesk.ui.tasks.table_model import DUE, STATUS, TITLE
from mentordesk.ui.tasks.view import TasksView
from tests.conftest import FIXED_NOW


@pytest.fixture
def view(qtbot, demo_context):
    """The tasks view on the sample data, shown (so it reloads after each write)."""
    return _shown_view(qtbot, demo_context)


def _shown_view(qtbot, context) -> TasksView:
    tasks = TasksView(context)
    qtbot.addWidget(tasks)
    tasks.resize(1200, 760)
    tasks.show()
    tasks.reload()
    return tasks


def _settle(qtbot, view: TasksView) -> None:
    """Let queued writes and the reloads after them run."""
    qtbot.waitUntil(view.context.jobs.is_idle, timeout=3000)


def _status(title: str) -> str:
    return m.TaskRecord.get(m.TaskRecord.title == title).status


def _proxy_row(view: TasksView, title: str) -> int:
    proxy = view.tasks.proxy
    titles = [proxy.index(r, TITLE).data() for r in range(proxy.rowCount())]
    return titles.index(title)


def _titles(view: TasksView) -> set[str]:
    proxy = view.tasks.proxy
    return {proxy.index(r, TITLE).data() for r in range(proxy.rowCount())}


def test_quick_add_from_anywhere_shows_what_it_understood_and_undoes(qtbot, demo_context):
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    window.show()
    window.show_view("contacts")
    assert window.main_actions.quick_add.shortcut().toString() == "Ctrl+Shift+A"
    window.main_actions.quick_add.trigger()
    dialog = window.findChild(QuickAddDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.line, "Send the deck to Priya fri !high #talk")
    preview = dialog.preview.text()
    assert "Title: Send the deck to Priya" in preview and "Contact: Priya Raman" in preview
    assert 'Due: Fri 27 Nov 2026 (from "fri")' in preview
    assert "Goal: Give my first conference talk (#talk)" in preview
    before = export_json_text()
    qtbot.keyClick(dialog.line, Qt.Key.Key_Return)
    task = m.TaskRecord.get(m.TaskRecord.title == "Send the deck to Priya")
    assert (task.priority, task.contact.name) == (2, "Priya Raman")
    assert window.main_actions.undo.text() == "&Undo Add task"
    window.main_actions.undo.trigger()
    assert export_json_text() == before


def _editor(table, kind):
    """The open inline editor of a kind (editors live on the table's viewport)."""
    found = [w for w in table.viewport().findChildren(kind) if w.isVisible()]
    assert len(found) == 1, found
    return found[0]


def test_inline_edit_of_a_title_and_a_status_is_undoable(qtbot, view, demo_context):
    before = export_json_text()
    table = view.tasks.table
    index = view.tasks.proxy.index(_proxy_row(view, "Write the weekly status note"), TITLE)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = _editor(table, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Write the status note")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: m.TaskRecord.get_by_id(3).title == "Write the status note")
    status = view.tasks.proxy.index(_proxy_row(view, "Write the status note"), STATUS)
    table.edit(status)
    combo = _editor(table, QComboBox)
    assert combo.accessibleName() == "Status"
    combo.setCurrentIndex(combo.findData("done"))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: m.TaskRecord.get_by_id(3).status == "done")
    task = m.TaskRecord.get_by_id(3)
    assert task.status == "done" and task.completed_at is not None
    stack = demo_context.undo.stack
    assert stack.count() == 2
    stack.undo()
    stack.undo()
    assert export_json_text() == before
    assert "Write the weekly status note" in _titles(view)


def test_inline_edit_of_a_due_date(qtbot, view):
    row = _proxy_row(view, "Send Jordan three job postings")
    index = view.tasks.proxy.index(row, DUE)
    assert view.tasks.proxy.setData(index, index.data(Qt.ItemDataRole.EditRole).addDays(3))
    _settle(qtbot, view)
    assert m.TaskRecord.get(m.TaskRecord.title == "Send Jordan three job postings").due == (
        FIXED_NOW.date() + timedelta(days=5)
    )


def test_completing_several_and_undoing(qtbot, view, demo_context):
    before = export_json_text()
    titles = ["Run the dependency-mapping workshop", "Send thank-you note to Aiko"]
    selection = view.tasks.table.selectionModel()
    for title in titles:
        index = view.tasks.proxy.index(_proxy_row(view, title), 0)
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        selection.select(index, flags)
    view.tasks.table.setFocus()
    qtbot.keyClick(view.tasks.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    _settle(qtbot, view)
    assert [_status(t) for t in titles] == ["done", "done"]
    assert demo_context.undo.stack.undoText() == "Complete 2 tasks"
    demo_context.undo.stack.undo()
    assert [_status(t) for t in titles] == ["todo", "todo"]
    assert export_json_text() == before
    demo_context.undo.stack.redo()
    assert [_status(t) for t in titles] == ["done", "done"]


def test_reschedule_and_drop_the_selection(qtbot, view):
    index = view.tasks.proxy.index(_proxy_row(view, "Send thank-you note to Aiko"), 0)
    view.tasks.table.selectRow(index.row())
    new_day = FIXED_NOW.date() + timedelta(days=14)
    view.reschedule(view.selected_ids(), new_day)
    _settle(qtbot, view)
    assert m.TaskRecord.get(m.TaskRecord.title == "Send thank-you note to Aiko").due == new_day
    view.tasks.table.selectRow(_proxy_row(view, "Send thank-you note to Aiko"))
    view.actions.drop.trigger()
    _settle(qtbot, view)
    assert _status("Send thank-you note to Aiko") == "dropped"


def _drop_on(qtbot, view: TasksView, status: str, title: str) -> None:
    """Drag a task onto a board column as Qt delivers it: enter, move, then drop."""
    source_row = next(r for r in view.task_model.rows if r.title == title)
    source_index = view.task_model.index(view.task_model.rows.index(source_row), 0)
    mime = view.task_model.mimeData([source_index])
    target = view.board.columns[status].viewport()
    where = QPoint(10, target.height() - 5)  # enter and move take a QPoint, drop a QPointF
    args = (
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(where, *args)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(target, QDragMoveEvent(where, *args))
    QApplication.sendEvent(target, QDropEvent(QPointF(where), *args))
    _settle(qtbot, view)


def test_board_drag_and_drop_moves_a_task_and_undo_moves_it_back(qtbot, view, demo_context):
    view.tabs.setCurrentWidget(view.board)
    before = export_json_text()
    title = "Send Jordan three job postings"
    todo = view.board.proxies["todo"]
    assert title in [todo.index(r, 0).data().split("\n")[0] for r in range(todo.rowCount())]
    _drop_on(qtbot, view, "doing", title)
    assert _status(title) == "doing"
    doing = view.board.proxies["doing"]
    assert title in [doing.index(r, 0).data().split("\n")[0] for r in range(doing.rowCount())]
    _drop_on(qtbot, view, "done", title)
    assert _status(title) == "done"
    assert demo_context.undo.stack.undoText() == f"Move “{title}”"
    demo_context.undo.stack.undo()
    demo_context.undo.stack.undo()
    assert export_json_text() == before


def test_a_drop_of_something_else_is_refused(view):
    from PySide6.QtCore import QMimeData

    mime = QMimeData()
    mime.setText("not a task")
    proxy = view.board.proxies["done"]
    assert not proxy.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, proxy.index(-1, -1))


def test_timer_runs_across_a_simulated_restart(qtbot, demo_context, workspace):
    first = _shown_view(qtbot, demo_context)
    first.tasks.table.selectRow(_proxy_row(first, "Build the slide deck"))
    first.actions.timer.trigger()
    _settle(qtbot, first)
    assert "Build the slide deck" in first.timer_bar.label.text()
    first.close()
    close_database()  # the app quits or crashes with the timer running

    open_database(workspace.database)
    later = FIXED_NOW + timedelta(minutes=95)
    restarted = UiContext(workspace=workspace, jobs=demo_context.jobs, now=lambda: later)
    second = _shown_view(qtbot, restarted)
    assert second.timer_bar.label.text() == "Timer running for “Build the slide deck”: 1 h 35 min"
    assert second.actions.timer.text() == "Stop &timer"
    qtbot.mouseClick(second.timer_bar.stop, Qt.MouseButton.LeftButton)
    _settle(qtbot, second)
    entry = m.TimeEntryRecord.select().order_by(m.TimeEntryRecord.id.desc()).first()
    assert (entry.task.title, entry.minutes, entry.running) == ("Build the slide deck", 95, False)
    assert not second.timer_bar.stop.isEnabled()


EXPECTED = {
    SmartList.TODAY: {"Call Priya about the plan"},
    SmartList.OVERDUE: {
        "Run the dependency-mapping workshop",
        "Submit to the regional conference CFP",
        "Interview five potential customers",
        "Send thank-you note to Aiko",
    },
    SmartList.THIS_WEEK: {"Call Priya about the plan", "Send Jordan three job postings"},
    SmartList.WAITING: {"Get Priya's feedback on the design doc"},
}


@pytest.mark.parametrize("smart", list(SmartList))
def test_every_smart_list(qtbot, demo_context, smart):
    create_task(title="Call Priya about the plan", due=FIXED_NOW.date())
    view = _shown_view(qtbot, demo_context)
    view.choose_list(f"smart:{smart.value}")
    assert _titles(view) == EXPECTED[smart]
    entry = view.lists_model.row_at(view.lists_model.row_of(f"smart:{smart.value}"))
    assert entry.count == len(EXPECTED[smart])
    assert entry.text.endswith(f"({len(EXPECTED[smart])})")
    view.tabs.setCurrentWidget(view.board)
    on_board = sum(p.rowCount() for p in view.board.proxies.values())
    assert on_board == len(EXPECTED[smart])


def test_lists_per_mentor_and_goal_show_the_goal_above_its_tasks(view):
    goal = next(g for g in view.goal_model.rows if g.title == "Give my first conference talk")
    view.choose_list(f"goal:{goal.id}")
    assert view.goal_summary.isVisible()
    assert view.goal_summary.title.text() == "Give my first conference talk"
    assert "Pace: Behind" in view.goal_summary.facts.text()
    assert _titles(view) == {
        "Write the talk abstract",
        "Build the slide deck",
        "Submit to the regional conference CFP",
    }
    priya = m.ContactRecord.get(m.ContactRecord.name == "Priya Raman").id
    view.choose_list(f"mentor:{priya}")
    assert not view.goal_summary.isVisible()
    assert "Get Priya's feedback on the design doc" in _titles(view)


def test_recurring_task_appears_when_the_tasks_view_loads(qtbot, demo_context):
    later = FIXED_NOW + timedelta(days=10)  # past the 1st of next month
    context = UiContext(workspace=demo_context.workspace, jobs=demo_context.jobs, now=lambda: later)
    view = _shown_view(qtbot, context)
    rows = [r for r in view.task_model.rows if r.title == "Monthly progress email to Marcus"]
    assert [r.status for r in rows] == ["done", "done", "todo"]
    assert rows[-1].due.day == 1


def test_every_control_has_an_accessible_name(view):
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLineEdit

    for kind in (QAbstractButton, QAbstractItemView, QLineEdit):
        for widget in view.findChildren(kind):
            if widget.isVisibleTo(view) and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                assert widget.accessibleName(), widget


def test_new_models_pass_the_qt_model_tester(qtmodeltester, view):
    qtmodeltester.check(view.lists_model)
    qtmodeltester.check(view.task_model)
    view.tasks.search.setText("send")
    view.tasks.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(view.tasks.proxy)
    for proxy in view.board.proxies.values():
        assert isinstance(proxy, BoardColumnProxy)
        qtmodeltester.check(proxy)
    assert view.lists_model.rowCount() > 10


def test_the_main_window_adds_recurring_tasks_that_came_due_while_closed(qtbot, demo_context):
    later = FIXED_NOW + timedelta(days=10)
    context = UiContext(workspace=demo_context.workspace, jobs=demo_context.jobs, now=lambda: later)
    window = MainWindow(context)
    qtbot.addWidget(window)
    qtbot.waitUntil(context.jobs.is_idle)
    emails = m.TaskRecord.select().where(m.TaskRecord.title == "Monthly progress email to Marcus")
    assert [t.status for t in emails.order_by(m.TaskRecord.due)] == ["done", "done", "todo"]
    assert window.current_key() == "today"  # the Tasks view was never opened


def test_details_edit_notes_checklist_waiting_repeat_and_attach_a_file(
    qtbot, view, demo_context, monkeypatch, tmp_path
):
    from mentordesk.ui.tasks import commands

    deck = tmp_path / "deck.pdf"
    deck.write_bytes(b"%PDF slides")
    monkeypatch.setattr(commands, "ask_open_file", lambda *a, **k: deck)
    before = export_json_text()
    view.tasks.table.selectRow(_proxy_row(view, "Prepare questions for the discovery walkthrough"))
    dialog = view.open_details()
    assert dialog is not None and dialog.isVisible()
    dialog.notes.setPlainText("Bring the coffee notes")
    checklist = dialog.checklist.model
    checklist.setData(
        checklist.index(1), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    qtbot.keyClicks(dialog.checklist.new_item, "Ask about interview scripts")
    qtbot.keyClick(dialog.checklist.new_item, Qt.Key.Key_Return)
    assert dialog.isVisible()
    dialog.waiting.setChecked(True)
    dialog.repeats.setCurrentIndex(dialog.repeats.findData("FREQ=WEEKLY"))
    qtbot.mouseClick(dialog.attach, Qt.MouseButton.LeftButton)
    dialog.accept()
    _settle(qtbot, view)
    task = m.TaskRecord.get(m.TaskRecord.title.startswith("Prepare questions"))
    assert task.notes == "Bring the coffee notes" and task.waiting_on == "them"
    assert [i["done"] for i in task.checklist] == [True, True, False, False]
    assert task.checklist[-1]["text"] == "Ask about interview scripts"
    assert task.recurrence == "FREQ=WEEKLY" and task.series_uid
    assert task.deliverable == "files/deck.pdf"
    assert (demo_context.workspace.files / "deck.pdf").read_bytes() == b"%PDF slides"
    assert demo_context.undo.stack.count() == 1  # Enter in the new-item line only adds it
    assert "Waiting on my mentor" in [e.title for e in view.lists_model.rows if e.count]
    demo_context.undo.stack.undo()
    assert export_json_text() == before


def test_checklist_model_passes_the_qt_model_tester(qtmodeltester, qapp):
    from mentordesk.ui.tasks.checklist import ChecklistModel

    model = ChecklistModel([("one", False), ("two", True)])
    model.add("three")
    model.remove(0)
    qtmodeltester.check(model)
    assert model.as_stored() == [{"text": "two", "done": True}, {"text": "three", "done": False}]


def test_a_new_goal_and_an_edited_one_are_undoable(qtbot, view, demo_context):
    before = export_json_text()
    dialog = view.open_goal(None)
    qtbot.keyClicks(dialog.title, "Mentor two juniors")
    dialog.mentorship.setCurrentIndex(dialog.mentorship.findText("Jordan Lee"))
    dialog.criteria.setPlainText("Both ship a project")
    dialog.accept()
    _settle(qtbot, view)
    goal = m.GoalRecord.get(m.GoalRecord.title == "Mentor two juniors")
    assert goal.mentorship.contact.name == "Jordan Lee" and goal.started_on == FIXED_NOW.date()
    assert any(e.title == "Mentor two juniors" for e in view.lists_model.rows)
    view.choose_list(f"goal:{goal.id}")
    assert view.goal_summary.isVisible()
    edit = view.open_goal(view.goal_summary.goal)
    edit.by_hand.setChecked(True)
    edit.percent.setValue(40)
    edit.no_target.setChecked(True)
    edit.accept()
    _settle(qtbot, view)
    goal = m.GoalRecord.get_by_id(goal.id)
    assert (goal.progress_mode, goal.manual_progress, goal.target_date) == ("manual", 40, None)
    assert view.goal_summary.bar.value() == 40
    assert demo_context.undo.stack.undoText() == "Edit goal “Mentor two juniors”"
    demo_context.undo.stack.undo()
    demo_context.undo.stack.undo()
    assert export_json_text() == before


def test_log_time_by_hand_counts_towards_the_goal(qtbot, view, demo_context):
    before = export_json_text()
    goal = next(g for g in view.goal_model.rows if g.title == "Give my first conference talk")
    minutes_before = view.overview.goal_minutes[goal.id]
    view.tasks.table.selectRow(_proxy_row(view, "Build the slide deck"))
    dialog = view.ask_log_time()
    dialog.minutes.setValue(50)
    dialog.note.setText("Rehearsal notes")
    dialog.accept()
    _settle(qtbot, view)
    entry = m.TimeEntryRecord.select().order_by(m.TimeEntryRecord.id.desc()).first()
    assert (entry.task.title, entry.minutes, entry.note) == (
        "Build the slide deck",
        50,
        "Rehearsal notes",
    )
    assert entry.goal_id == goal.id and not entry.running
    assert view.overview.goal_minutes[goal.id] == minutes_before + 50
    demo_context.undo.stack.undo()
    assert export_json_text() == before


def test_expectations_both_ways_renegotiated_with_history(qtbot, view, demo_context):
    before = export_json_text()
    sam = m.ContactRecord.get(m.ContactRecord.name == "Sam Whitfield").id
    view.choose_list(f"mentor:{sam}")
    view.tabs.setCurrentWidget(view.expectations)
    table = view.expectations.table

    def texts():
        return [table.proxy.index(r, 0).data() for r in range(table.proxy.rowCount())]

    assert texts() == [
        "Weekly chat updates on interviews",
        "Fortnightly chat updates on interviews",
    ]
    table.table.selectRow(1)
    dialog = view.open_expectation(table.selected_row())
    assert not dialog.mentorship.isEnabled() and dialog.direction.currentIndex() == 1
    dialog.text.setPlainText("A monthly summary of the interviews")
    dialog.accept()
    _settle(qtbot, view)
    assert texts()[-1] == "A monthly summary of the interviews"
    newest = table.proxy.index(2, 5).data()
    assert newest == "Fortnightly chat updates on interviews"  # Replaces
    assert table.proxy.index(1, 4).data() == "Replaced"
    add = view.open_expectation(None)
    add.mentorship.setCurrentIndex(add.mentorship.findText("Sam Whitfield"))
    add.text.setPlainText("Introduce me to one founder")
    add.accept()
    _settle(qtbot, view)
    table.table.selectRow(texts().index("Introduce me to one founder"))
    view.set_expectation_status(table.selected_row(), "met")
    _settle(qtbot, view)
    record = m.ExpectationRecord.get(m.ExpectationRecord.text == "Introduce me to one founder")
    assert (record.expected_by, record.expected_of, record.status) == ("me", "them", "met")
    for _ in range(3):
        demo_context.undo.stack.undo()
    assert export_json_text() == before


def test_expectation_model_passes_the_qt_model_tester(qtmodeltester, view):
    qtmodeltester.check(view.expectations.model)
    qtmodeltester.check(view.expectations.table.proxy)


def test_time_tab_totals_per_week_per_goal_mentor_and_task(qtbot, qtmodeltester, view):
    view.tabs.setCurrentWidget(view.time)
    table = view.time.table

    def rows():
        proxy = table.proxy
        return [tuple(proxy.index(r, c).data() for c in range(3)) for r in range(proxy.rowCount())]

    assert ("2026-11-23", "Give my first conference talk", "35 min") in rows()
    assert ("2026-11-16", "Give my first conference talk", "3 h 20 min") in rows()  # 150 + 50
    view.time.by.setCurrentIndex(1)  # per mentor: held meetings count
    assert ("2026-11-23", "Sam Whitfield", "30 min") in rows()  # the sync held on the 24th
    view.time.by.setCurrentIndex(2)
    assert ("2026-11-16", "Build the slide deck", "50 min") in rows()
    qtmodeltester.check(view.time.model)
    qtmodeltester.check(table.proxy)


def test_timer_on_a_meeting_counts_for_its_mentor(qtbot, view, demo_context):
    from mentordesk.ui.tasks.dialogs import MeetingPickDialog

    view.tabs.setCurrentWidget(view.time)
    qtbot.mouseClick(view.time.meeting_timer, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.findChild(MeetingPickDialog) is not None)
    dialog = view.findChild(MeetingPickDialog)
    titles = [dialog.model.row_at(r).title for r in range(dialog.model.rowCount())]
    assert "Weekly check-in with Priya" in titles
    dialog.list.setCurrentIndex(dialog.model.index(titles.index("Weekly check-in with Priya"), 0))
    dialog.accept()
    _settle(qtbot, view)
    assert "Weekly check-in with Priya" in view.timer_bar.label.text()
    entry = m.TimeEntryRecord.get(m.TimeEntryRecord.running)
    assert entry.meeting.title == "Weekly check-in with Priya"
    assert entry.mentorship.contact.name == "Priya Raman" and entry.task_id is None
    view.stop_timer()  # at once: no minutes to keep
    _settle(qtbot, view)
    assert not m.TimeEntryRecord.select().where(m.TimeEntryRecord.running).exists()
    assert m.TimeEntryRecord.get_or_none(m.TimeEntryRecord.id == entry.id) is None


def test_prepared_rows_give_the_same_order_and_search_as_the_model_alone(view):
    from mentordesk.ui.tasks.table_model import TaskTableModel, prepare_tasks

    rows = view.task_model.rows
    plain = TaskTableModel(view.context.today())
    plain.set_rows(rows)
    prepared = prepare_tasks(rows, view.context.today())
    assert prepared.search == [plain.search_text(i) for i in range(len(rows))]
    assert prepared.orders[DUE] == plain.sort_order(DUE)
    assert view.task_model.search_texts() == prepared.search


def test_the_board_fills_when_shown_and_follows_the_list(qtbot, view):
    todo = view.board.proxies["todo"]
    assert todo.rowCount() == 0  # not computed while the board is hidden
    view.tabs.setCurrentWidget(view.board)
    shown = {todo.index(r, 0).data().split("\n")[0] for r in range(todo.rowCount())}
    assert "Send Jordan three job postings" in shown
    view.tabs.setCurrentWidget(view.tasks)
    priya = m.ContactRecord.get(m.ContactRecord.name == "Priya Raman").id
    view.choose_list(f"mentor:{priya}")
    view.tabs.setCurrentWidget(view.board)
    shown = {todo.index(r, 0).data().split("\n")[0] for r in range(todo.rowCount())}
    assert "Send Jordan three job postings" not in shown
    assert "Get Priya's feedback on the design doc" in shown


def test_the_weekly_totals_are_read_when_the_time_tab_shows(qtbot, view):
    assert view.time.model.rowCount() == 0  # the slow read waits for the tab
    view.tabs.setCurrentWidget(view.time)
    _settle(qtbot, view)
    assert view.time.model.rowCount() > 0


def test_a_board_card_is_two_lines_and_its_tooltip_has_the_whole_title(qtbot, view):
    view.tabs.setCurrentWidget(view.board)
    todo, column = view.board.proxies["todo"], view.board.columns["todo"]
    assert column.uniformItemSizes() and not column.wordWrap()
    index = todo.index(0, 0)
    title = index.data().split("\n")[0]
    assert index.data(Qt.ItemDataRole.ToolTipRole).split("\n")[0] == title
    assert column.visualRect(index).width() <= column.viewport().width()
