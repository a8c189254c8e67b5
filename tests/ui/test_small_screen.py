"""At 800x600 every view fits; the contacts list and pane both stay; dialogs remember folders."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QFileDialog,
    QLineEdit,
)

from mentordesk.ui.main_window import MainWindow
from tests.ui.conftest import shown_window


@pytest.fixture
def window(qtbot, demo_context):
    """A main window on the sample workspace at 800x600."""
    return shown_window(qtbot, demo_context, size=(800, 600))


def _inside_a_scroll_area(widget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(widget, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def _cut_off(window, view) -> list[str]:
    """Controls of `view` that are shown but not wholly inside the window."""
    area = window.rect()
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView)
    return [
        f"{type(w).__name__} {w.accessibleName()!r}"
        for kind in kinds
        for w in view.findChildren(kind)
        if w.isVisible()
        and not _inside_a_scroll_area(w)
        and not area.contains(QRect(w.mapTo(window, QPoint(0, 0)), w.size()))
    ]


def test_the_window_has_a_minimum_size(window):
    assert window.minimumSize() == QSize(800, 600)


@pytest.mark.parametrize("key", ["today", "contacts", "calendar", "tasks", "reviews", "backups"])
def test_every_view_fits_800_by_600(qtbot, window, key):
    window.show_view(key)
    qtbot.wait(10)
    assert window.size() == QSize(800, 600)
    assert window.minimumSizeHint().width() <= 800
    assert _cut_off(window, window.views[key]) == []


def test_contacts_keeps_list_pane_and_every_toolbar_button_visible(window):
    window.show_view("contacts")
    contacts = window.views["contacts"]
    table_width, pane_width = contacts.splitter.sizes()
    chars = contacts.fontMetrics().averageCharWidth()
    assert table_width >= 30 * chars and pane_width >= 28 * chars
    assert not contacts.splitter.childrenCollapsible()
    buttons = [contacts.toolbar.widgetForAction(a) for a in contacts.toolbar.actions()]
    assert all(b.isVisible() for b in buttons)


def test_less_important_columns_hide_when_narrow_and_come_back_when_wide(window):
    window.show_view("contacts")
    table = window.views["contacts"].table.table
    titles = [column.title for column in window.views["contacts"].model.columns]

    def shown() -> list[str]:
        return [t for c, t in enumerate(titles) if not table.isColumnHidden(c)]

    narrow = shown()
    assert narrow[0] == "Name" and "Time zone" not in narrow and "Met on" not in narrow
    window.resize(2600, 800)
    window.views["contacts"].splitter.setSizes([2200, 300])
    assert shown() == titles


def test_file_dialogs_open_in_the_last_folder_used(window, monkeypatch, tmp_path):
    asked = []
    chosen = tmp_path / "cards" / "friends.vcf"
    chosen.parent.mkdir()

    def fake_open(parent, title, folder, filters):
        asked.append(folder)
        return str(chosen), filters

    def fake_save(parent, title, start, filters):
        asked.append(start)
        return "", filters  # cancelled

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake_open)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    window.show_view("contacts")
    contacts = window.views["contacts"]
    assert contacts.ask_open_path() == chosen
    contacts.ask_save_path()
    window.export_json()
    assert asked[0] == str(Path.home())
    assert asked[1:] == [
        str(chosen.parent / "mentordesk-contacts.vcf"),
        str(chosen.parent / "mentordesk-export.json"),
    ]
    again = MainWindow(window.context)
    again.export_json()
    assert asked[-1] == str(chosen.parent / "mentordesk-export.json")  # kept in the workspace
    again.close()
