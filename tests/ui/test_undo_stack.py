"""The app's one undo stack: Edit ▸ Undo names each step and takes it back byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from mentordesk.core.changes import ChangeKind
from mentordesk.db import models as m
from mentordesk.services.contacts.removal import delete_contact
from mentordesk.services.interop.export_json import export_json_text
from mentordesk.ui.contacts.dialogs import ContactDialog
from mentordesk.ui.context import UiContext
from mentordesk.ui.jobs import JobRunner
from tests.conftest import FIXED_NOW

DATA = Path(__file__).resolve().parents[1] / "data" / "vcards"


@pytest.fixture
def window(demo_window):
    """The main window on the sample data, showing Contacts."""
    demo_window.show_view("contacts")
    return demo_window


def _contacts(window):
    return window.views["contacts"]


def _ctrl(qtbot, window, key) -> None:
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_z_in_the_window_undoes_a_delete_and_the_menu_names_it(qtbot, window, monkeypatch):
    view = _contacts(window)
    before = export_json_text()
    victim = view.selected().name
    monkeypatch.setattr(view, "confirm", lambda title, text: True)
    view.contact_actions.delete.trigger()
    assert window.main_actions.undo.text().replace("&", "") == f"Undo Delete {victim}"
    edit_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    assert window.main_actions.undo in edit_menu.actions()
    _ctrl(qtbot, window, Qt.Key.Key_Z)
    assert export_json_text() == before
    assert window.main_actions.redo.text().replace("&", "") == f"Redo Delete {victim}"
    redo_keys = window.main_actions.redo.shortcut()[0]
    qtbot.keyClick(window, redo_keys.key(), redo_keys.keyboardModifiers())
    assert victim not in [c.name for c in m.ContactRecord.select()]


def test_an_edit_is_one_undoable_step(window, monkeypatch):
    view = _contacts(window)
    before = export_json_text()

    def change(dialog):
        dialog.name.setText("Renamed Person")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ContactDialog, "exec", change)
    view.contact_actions.edit.trigger()
    assert "Renamed Person" in export_json_text()
    window.main_actions.undo.trigger()
    assert export_json_text() == before


def test_logging_a_contact_is_undoable(window, monkeypatch):
    from mentordesk.ui.contacts.interaction_dialog import InteractionDialog

    view = _contacts(window)
    before = export_json_text()

    def fill(dialog):
        dialog.summary.setText("Sent the slides")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(InteractionDialog, "exec", fill)
    view.contact_actions.log_interaction.trigger()
    assert "Sent the slides" in export_json_text()
    assert window.context.undo.stack.undoText().startswith("Log contact with")
    window.main_actions.undo.trigger()
    assert export_json_text() == before


def test_a_vcard_import_is_one_step(window, monkeypatch):
    view = _contacts(window)
    before = export_json_text()
    monkeypatch.setattr(view, "ask_open_path", lambda: DATA / "google_contacts.vcf")
    monkeypatch.setattr(view.vcard, "preview_dialog", lambda path, preview: _Accepting())
    view.contact_actions.import_vcf.trigger()
    assert export_json_text() != before
    assert window.context.undo.stack.count() == 1
    window.main_actions.undo.trigger()
    assert export_json_text() == before


class _Accepting:
    """A preview dialog that the user accepts."""

    DialogCode = QDialog.DialogCode

    def exec(self):
        return QDialog.DialogCode.Accepted


def test_an_undo_that_would_clash_changes_nothing_and_says_so(qtbot, window, monkeypatch):
    view = _contacts(window)
    monkeypatch.setattr(view, "confirm", lambda title, text: True)
    view.contact_actions.delete.trigger()
    m.TaskRecord.update(title="Changed elsewhere").where(m.TaskRecord.contact.is_null()).execute()
    before = export_json_text()
    failures = []
    window.context.jobs.failed.connect(lambda title, message: failures.append(message))
    monkeypatch.setattr("mentordesk.ui.main_window.QMessageBox.warning", lambda *a: None)
    window.main_actions.undo.trigger()
    assert export_json_text() == before
    assert failures and "changed since" in failures[0]
    qtbot.waitUntil(lambda: window.context.undo.stack.count() == 0)


def test_undo_and_redo_in_order_with_the_threaded_runner(qtbot, demo_database, workspace):
    context = UiContext(workspace=workspace, jobs=JobRunner(), now=lambda: FIXED_NOW)
    before = export_json_text()
    undo = context.undo
    for name in ("Priya Raman", "Marcus Okafor"):
        contact_id = m.ContactRecord.get(m.ContactRecord.name == name).id
        undo.run(
            label=f"Delete {name}",
            work=lambda progress, c=contact_id: delete_contact(c),
            changes=ChangeKind.CONTACTS,
        )
    qtbot.waitUntil(lambda: undo.stack.count() == 2, timeout=10000)
    after = export_json_text()
    undo.stack.undo()
    undo.stack.undo()  # queued behind the first on the one write thread
    qtbot.waitUntil(context.jobs.is_idle, timeout=10000)
    assert export_json_text() == before
    undo.stack.redo()
    undo.stack.redo()
    qtbot.waitUntil(context.jobs.is_idle, timeout=10000)
    assert export_json_text() == after


def test_an_undo_that_finds_the_workspace_busy_keeps_the_history(qtbot, window, monkeypatch):
    from mentordesk.core.errors import WorkspaceBusyError
    from mentordesk.ui import undo as ui_undo

    view = _contacts(window)
    monkeypatch.setattr(view, "confirm", lambda title, text: True)
    view.contact_actions.delete.trigger()
    after = export_json_text()

    def busy(changes):
        raise WorkspaceBusyError("the workspace is busy")

    monkeypatch.setattr(ui_undo, "undo_changes", busy)
    monkeypatch.setattr("mentordesk.ui.main_window.QMessageBox.warning", lambda *a: None)
    window.main_actions.undo.trigger()
    stack = window.context.undo.stack
    qtbot.waitUntil(lambda: stack.index() == 1)
    assert export_json_text() == after
    assert stack.count() == 1 and stack.canUndo()
