"""The meeting editor on the real threaded runner: open, live warnings, save, undo."""

from __future__ import annotations

from datetime import datetime

import pytest

from mentordesk.db import models as m
from mentordesk.ui.calendar import editor_flow
from mentordesk.ui.calendar.editor import MeetingEditorDialog
from mentordesk.ui.context import UiContext
from tests.conftest import FIXED_NOW


@pytest.fixture
def context(workspace, runner, monkeypatch):
    monkeypatch.setattr(editor_flow, "my_zone", lambda: "Europe/Berlin")
    monkeypatch.setattr(MeetingEditorDialog, "confirm_discard", lambda self: True)
    return UiContext(workspace=workspace, jobs=runner, now=lambda: FIXED_NOW)


def test_open_warn_save_and_undo(qtbot, context, runner):
    flow = editor_flow.open_meeting_editor(context, None, start=datetime(2026, 12, 3, 17, 30))
    qtbot.waitUntil(lambda: flow.dialog is not None, timeout=5000)
    dialog = flow.dialog
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "Overlaps" in dialog.warnings.text(), timeout=5000)
    dialog.title.setText("Clash on purpose")
    dialog.accept()
    title = m.MeetingRecord.title == "Clash on purpose"
    qtbot.waitUntil(
        lambda: runner.is_idle() and m.MeetingRecord.select().where(title).exists(), timeout=5000
    )
    context.undo.stack.undo()
    qtbot.waitUntil(
        lambda: (
            runner.is_idle() and not m.MeetingRecord.select_with_tombstones().where(title).exists()
        ),
        timeout=5000,
    )
