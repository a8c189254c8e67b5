"""A record the server deleted but this workspace kept for its history: the conflicts dialog says so
in a sentence instead of the field table, and offers Keep it and Delete it here too (undoable)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from mentordesk.db import models as m
from mentordesk.ui.sync.conflicts_dialog import SyncConflictsDialog


@pytest.fixture
def deleted_there(demo_context):
    """The sample workspace with its busiest contact marked "deleted on the server"."""
    from mentordesk.services.sync.example_conflicts import add_example_deleted_on_server

    uid = add_example_deleted_on_server()
    return demo_context, m.ContactRecord.get(m.ContactRecord.uid == uid)


def _dialog(qtbot, context, contact) -> SyncConflictsDialog:
    dialog = SyncConflictsDialog(context, select=("contact", contact.id))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.detail is not None)
    return dialog


def _logged(contact) -> int:
    return m.InteractionRecord.select().where(m.InteractionRecord.contact == contact.id).count()


def test_a_sentence_replaces_the_fields_with_what_the_record_holds(qtbot, deleted_there):
    context, contact = deleted_there
    dialog = _dialog(qtbot, context, contact)
    n = _logged(contact)
    assert dialog.records_model.stringList()[0].startswith(
        f"{contact.name} (contact) — deleted on the server; mia@dav.example.org, "
    )
    heading = dialog.heading.text()
    assert heading.startswith(f"{contact.name}: deleted on the server (by another device or app).")
    assert f"Kept here because it holds your history ({n} interactions, " in heading
    assert dialog.deleted_note.isVisible() and "Keep it" in dialog.deleted_note.text()
    assert not dialog.table.isVisible() and not dialog.take_all.isVisible()
    assert not dialog.keep.isVisible()
    assert dialog.keep_it.isVisible() and dialog.delete_it.isVisible() and dialog.later.isVisible()
    names = {dialog.keep_it.accessibleName(), dialog.delete_it.accessibleName()}
    assert all(names) and len(names) == 2


def test_keep_it_by_keyboard_unmarks_and_keeps_everything(qtbot, deleted_there):
    context, contact = deleted_there
    dialog = _dialog(qtbot, context, contact)
    n = _logged(contact)
    assert dialog.keep_it.shortcut() == QKeySequence("Alt+K")
    assert dialog.keep_it.focusPolicy() & Qt.FocusPolicy.TabFocus
    dialog.keep_it.setFocus()
    qtbot.keyClick(dialog.keep_it, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.status.text() != "")
    assert dialog.status.text() == (
        f"Kept {contact.name}; the next sync puts it back on the server."
    )
    assert not m.SyncConflictRecord.select().exists()
    assert m.ContactRecord.get_by_id(contact.id).name == contact.name and _logged(contact) == n
    qtbot.waitUntil(lambda: dialog.records_model.stringList() == [])


def test_delete_it_here_too_deletes_undoably_and_unmarks(qtbot, deleted_there):
    context, contact = deleted_there
    dialog = _dialog(qtbot, context, contact)
    n = _logged(contact)
    assert dialog.delete_it.shortcut() == QKeySequence("Alt+H")
    dialog.delete_it.setFocus()
    qtbot.keyClick(dialog.delete_it, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.status.text() != "")
    assert dialog.status.text() == f"Deleted {contact.name} here too."
    assert m.ContactRecord.get_or_none(m.ContactRecord.id == contact.id) is None
    assert _logged(contact) == 0
    assert not m.SyncConflictRecord.select().exists()
    qtbot.waitUntil(lambda: "Nothing needs a look" in dialog.heading.text())
    assert context.undo.stack.undoText() == f"Delete {contact.name} here too"
    context.undo.stack.undo()
    qtbot.waitUntil(
        lambda: m.ContactRecord.get_or_none(m.ContactRecord.id == contact.id) is not None
    )
    assert _logged(contact) == n


def test_decide_later_leaves_it_marked(qtbot, deleted_there):
    context, contact = deleted_there
    dialog = _dialog(qtbot, context, contact)
    dialog.later.setFocus()
    qtbot.keyClick(dialog.later, Qt.Key.Key_Space)
    assert not dialog.isVisible()
    assert m.SyncConflictRecord.select().count() == 1
