"""The tasks view on the real threaded runner: quick add, complete, undo, reload in order."""

from __future__ import annotations

import pytest

from mentordesk.db import models as m
from mentordesk.ui.context import UiContext
from mentordesk.ui.tasks.quick_add import QuickAddDialog
from mentordesk.ui.tasks.view import TasksView
from tests.conftest import FIXED_NOW


@pytest.fixture
def context(workspace, runner):
    return UiContext(workspace=workspace, jobs=runner, now=lambda: FIXED_NOW)


@pytest.fixture
def view(qtbot, context, runner):
    widget = TasksView(context)
    qtbot.addWidget(widget)
    widget.show()
    widget.reload()
    qtbot.waitUntil(lambda: runner.is_idle() and widget.task_model.rowCount() == 15, timeout=5000)
    return widget


def _titles(view):
    return [r.title for r in view.task_model.rows]


def test_quick_add_then_complete_then_undo(qtbot, view, context, runner):
    dialog = QuickAddDialog(context, view)
    qtbot.addWidget(dialog)
    dialog.open()
    for text in ("Pl", "Plan the", "Plan the retro tomorrow !low"):  # newest reading wins
        dialog.line.setText(text)
    qtbot.waitUntil(lambda: "Title: Plan the retro" in dialog.preview.text(), timeout=5000)
    dialog.add()
    qtbot.waitUntil(lambda: "Plan the retro" in _titles(view), timeout=5000)
    row = next(r for r in view.task_model.rows if r.title == "Plan the retro")
    view.tasks.table.selectRow(
        view.tasks.proxy.mapFromSource(
            view.task_model.index(view.task_model.rows.index(row), 0)
        ).row()
    )
    view.actions.complete.trigger()
    qtbot.waitUntil(lambda: view.task_model.row_by_id(row.id).status == "done", timeout=5000)
    context.undo.stack.undo()
    qtbot.waitUntil(lambda: view.task_model.row_by_id(row.id).status == "todo", timeout=5000)
    assert m.TaskRecord.get_by_id(row.id).priority == 0
    runner.wait_until_idle()


def test_closing_quick_add_drops_a_reading_on_its_way(qtbot, context, runner, monkeypatch):
    import threading

    from mentordesk.ui.tasks import quick_add as quick_add_module

    gate = threading.Event()
    understand = quick_add_module.understand_quick_add

    def slow(text, *, today):
        assert gate.wait(5)
        return understand(text, today=today)

    monkeypatch.setattr(quick_add_module, "understand_quick_add", slow)
    dialog = QuickAddDialog(context)
    dialog.open()
    dialog.line.setText("Call Priya tomorrow")
    dialog.reject()
    dialog.deleteLater()
    qtbot.wait(10)
    gate.set()
    runner.wait_until_idle()  # the stale reading is dropped, not shown on a deleted dialog
