"""Sample data fills this workspace; File ▸ Remove sample data takes exactly it out, undoably."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from mentordesk.db import models as m
from mentordesk.services.contacts.editing import ContactForm, save_contact
from mentordesk.services.interop.export_json import export_json_text
from mentordesk.ui.main_window import MainWindow


@pytest.fixture
def window(demo_window):
    """A main window on the sample workspace."""
    return demo_window


def test_welcome_says_sample_data_fills_this_workspace(qtbot, context):
    win = MainWindow(context)
    qtbot.addWidget(win)
    welcome = win.views["today"].welcome
    assert "fill this workspace with sample data" in welcome.text.text()
    assert "Remove sample data" in welcome.text.text()
    assert [b.text() for b in welcome.buttons][1] == "Load sample data into this workspace"


def test_remove_sample_data_keeps_mine_and_undo_brings_it_back(window, monkeypatch):
    asked = []
    monkeypatch.setattr(
        MainWindow, "ask_yes_no", lambda self, title, text: asked.append(text) or True
    )
    save_contact(ContactForm(name="Grace Hopper", stage="active"))
    window.show_view("contacts")
    before = export_json_text()
    assert window.main_actions.remove_sample in window.menuBar().actions()[0].menu().actions()
    window.main_actions.remove_sample.trigger()
    assert asked and "What you added yourself stays" in asked[0]
    assert [c.name for c in m.ContactRecord.select()] == ["Grace Hopper"]
    assert window.views["contacts"].model.rowCount() == 1
    undo = window.main_actions.undo
    assert undo.isEnabled() and undo.text().replace("&", "") == "Undo Remove sample data"
    undo.trigger()
    assert export_json_text() == before
    assert window.views["contacts"].model.rowCount() == 7


def test_saying_no_removes_nothing(window, monkeypatch):
    monkeypatch.setattr(MainWindow, "ask_yes_no", lambda self, title, text: False)
    before = export_json_text()
    window.main_actions.remove_sample.trigger()
    assert export_json_text() == before


def test_without_sample_data_it_says_so(qtbot, context, monkeypatch):
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.main_actions.remove_sample.trigger()
    assert told == ["This workspace has no sample data."]
