"""The interaction list: edit and delete a logged contact from the keyboard, undo byte for byte."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from mentordesk.db import models as m
from mentordesk.services.contacts.interactions import LoggedInteraction
from mentordesk.services.interop.export_json import export_json_text
from mentordesk.ui.contacts.interaction_dialog import InteractionDialog
from mentordesk.ui.contacts.interaction_log import InteractionLogDialog
from mentordesk.ui.contacts.view import ContactsView
from tests.conftest import FIXED_NOW


def _priya() -> m.ContactRecord:
    return m.ContactRecord.get(m.ContactRecord.name == "Priya Raman")


@pytest.fixture
def log(qtbot, demo_context):
    """Priya's interaction list, shown and loaded."""
    dialog = InteractionLogDialog(context=demo_context, contact_id=_priya().id, name="Priya Raman")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _summaries(log) -> list[str]:
    return [row.summary for row in log.model.rows]


def _answer(monkeypatch, button) -> list[str]:
    asked = []

    def question(parent, title, text, buttons, default):
        asked.append(text)
        assert default == QMessageBox.StandardButton.No
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_lists_the_log_newest_first_with_the_first_selected(log):
    assert _summaries(log)[0] == "Sent her the meetup recording and my notes"
    assert len(_summaries(log)) == 4
    assert log.selected().summary == _summaries(log)[0]
    assert log.edit_button.isEnabled() and log.delete_button.isEnabled()
    assert not log.empty.isVisible()


def test_edit_from_the_keyboard_is_one_undoable_step(qtbot, log, demo_context, monkeypatch):
    before = export_json_text()

    def correct(dialog):
        assert dialog.windowTitle() == "Edit logged contact with Priya Raman"
        assert dialog.summary.text() == "Detailed comments on the plan"
        assert dialog.direction.currentData() == "in"
        dialog.summary.setText("Detailed comments, and a book tip")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(InteractionDialog, "exec", correct)
    log.table.setFocus()
    log.table.selectRow(_summaries(log).index("Detailed comments on the plan"))
    qtbot.keyClick(log.table, Qt.Key.Key_Return)
    assert log.isVisible()
    assert "Detailed comments, and a book tip" in _summaries(log)
    assert log.selected().summary == "Detailed comments, and a book tip"
    assert demo_context.undo.stack.undoText().startswith("Edit contact with Priya Raman on ")
    log.undo_button.click()
    assert export_json_text() == before
    assert "Detailed comments on the plan" in _summaries(log)


def test_delete_asks_first_then_unlinks_the_reply_and_undoes(qtbot, log, monkeypatch):
    before = export_json_text()
    log.table.setFocus()
    log.table.selectRow(_summaries(log).index("Detailed comments on the plan"))
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    qtbot.keyClick(log.table, Qt.Key.Key_Delete)
    assert asked and "Detailed comments on the plan" in asked[0]
    assert export_json_text() == before
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    log.delete_button.click()
    assert "Detailed comments on the plan" not in _summaries(log)
    thanks = m.InteractionRecord.get(m.InteractionRecord.summary.startswith("Thanked her"))
    assert thanks.reply_to_id is None
    qtbot.keyClick(log, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert export_json_text() == before
    assert "Detailed comments on the plan" in _summaries(log)


def test_opened_from_the_contacts_view_and_undone_from_the_edit_menu(
    qtbot, demo_context, monkeypatch
):
    view = ContactsView(demo_context)
    qtbot.addWidget(view)
    view.show()
    view.reload()
    view.select_contact(_priya().id)
    before = export_json_text()

    def delete_first(dialog):
        _answer(monkeypatch, QMessageBox.StandardButton.Yes)
        dialog.delete_selected()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(InteractionLogDialog, "exec", delete_first)
    assert view.contact_actions.interactions.isEnabled()
    view.contact_actions.interactions.trigger()
    assert "Sent her the meetup recording" not in view.pane.toPlainText()
    demo_context.undo.stack.undo()
    assert export_json_text() == before


def test_an_empty_log_says_so(qtbot, demo_context):
    ghost = m.ContactRecord.create(name="New Person")
    dialog = InteractionLogDialog(context=demo_context, contact_id=ghost.id, name="New Person")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty.isVisible()
    assert not dialog.edit_button.isEnabled() and not dialog.delete_button.isEnabled()


def test_the_time_of_a_contact_cannot_be_set_after_now(qtbot):
    dialog = InteractionDialog(name="Priya", now=FIXED_NOW, channels=[])
    qtbot.addWidget(dialog)
    dialog.when.setDateTime(dialog.when.dateTime().addDays(3))
    assert dialog.values()["occurred_at"] == FIXED_NOW


def test_the_editor_shows_the_logged_values(qtbot):
    current = LoggedInteraction(
        id=7,
        contact_id=1,
        occurred_at=datetime(2026, 11, 20, 8, 30, tzinfo=UTC),
        channel="phone",
        direction="in",
        kind="call",
        summary="Talked about the offer",
        reply_to_id=3,
    )
    earlier = [
        LoggedInteraction(
            3, 1, FIXED_NOW - timedelta(days=9), "email", "out", "message", "Hi", None
        )
    ]
    dialog = InteractionDialog(
        name="Priya", now=FIXED_NOW, channels=["email"], earlier=earlier, current=current
    )
    qtbot.addWidget(dialog)
    values = dialog.values()
    assert values == {
        "occurred_at": current.occurred_at,
        "channel": "phone",
        "direction": "in",
        "kind": "call",
        "summary": "Talked about the offer",
        "reply_to_id": 3,
    }
