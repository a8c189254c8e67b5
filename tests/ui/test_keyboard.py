"""Keyboard-only use: Tab through the contacts view, toolbar buttons, F1 lists the view's keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from mentordesk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_context):
    """A main window on the sample workspace, active, showing Contacts."""
    win = MainWindow(demo_context)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitActive(win)
    win.show_view("contacts")
    return win


def _tab(qtbot) -> object:
    """Press Tab on the focused widget; the widget that has focus afterwards."""
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    return QApplication.focusWidget()


def test_tab_enters_the_table_from_search_and_leaves_it_with_one_more(qtbot, window):
    contacts = window.views["contacts"]
    contacts.table.search.setFocus()
    assert QApplication.focusWidget() is contacts.table.search
    assert _tab(qtbot) is contacts.table.table
    after = _tab(qtbot)
    assert after is not contacts.table.table
    assert not contacts.table.table.isAncestorOf(after)


def test_every_table_lets_tab_move_on(window):
    from PySide6.QtWidgets import QTableView

    for key in ("contacts", "calendar", "tasks", "reviews", "backups"):
        window.show_view(key)
    tables = window.findChildren(QTableView)
    assert len(tables) >= 5
    assert not any(t.tabKeyNavigation() for t in tables)


def test_every_toolbar_button_can_take_focus_and_tab_reaches_it(qtbot, window):
    contacts = window.views["contacts"]
    buttons = [contacts.toolbar.widgetForAction(a) for a in contacts.toolbar.actions()]
    assert len(buttons) == 8
    assert all(b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in buttons)
    assert all(b.accessibleName() for b in buttons)
    enabled = [b for b in buttons if b.isEnabled()]
    assert len(enabled) == 7  # all but Undo, with nothing to undo yet
    window.sidebar.setFocus()
    seen = {_tab(qtbot) for _ in range(40)}
    assert set(enabled) <= seen


def test_f1_lists_the_global_shortcuts_and_those_of_contacts(qtbot, window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    qtbot.keyClick(window, Qt.Key.Key_F1)
    (text,) = shown
    for key in ("Ctrl+0", "Ctrl+1", "F1", "Ctrl+N", "Ctrl+E", "Ctrl+L", "Ctrl+M", "Ctrl+I"):
        assert f"<b>{key}</b>" in text
    assert "Ctrl+Shift+X" in text and "Log contact" in text and "In Contacts" in text


def test_f1_on_today_lists_only_the_global_shortcuts(window):
    window.show_view("today")
    text = window.shortcuts_html()
    assert "Ctrl+1" in text and "Ctrl+L" not in text and "In " not in text
