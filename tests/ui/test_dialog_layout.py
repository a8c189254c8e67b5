"""The editor and the log form fit a small screen and show their text whole."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow

from mentordesk.db import models as m
from mentordesk.services.contacts.editing import contact_form
from mentordesk.services.contacts.interactions import interaction_log
from mentordesk.ui.contacts.dialogs import ContactDialog
from mentordesk.ui.contacts.interaction_dialog import InteractionDialog
from tests.conftest import FIXED_NOW

ARROW_AND_FRAME = 40  # a combo's drop-down arrow and margins, generously


@pytest.fixture
def small_window(qtbot):
    """A main window at 800x600, the smallest the app promises to work at."""
    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(800, 600)
    window.show()
    return window


def _priya() -> int:
    return m.ContactRecord.get(m.ContactRecord.name == "Priya Raman").id


def test_the_channel_list_sits_beside_its_buttons_uncut(qtbot, demo_database, small_window):
    dialog = ContactDialog(contact_form(_priya()), small_window, today=FIXED_NOW.date())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(2)
    qtbot.waitExposed(dialog)
    channels = dialog.channels
    assert channels.up.x() >= channels.list.geometry().right()
    assert abs(channels.up.y() - channels.list.y()) <= 4  # side by side, top-aligned
    assert channels.down.x() == channels.up.x() and channels.down.y() > channels.up.y()
    assert channels.list.verticalScrollBar().maximum() == 0  # every channel shows
    assert channels.list.height() < 4 * channels.up.height() * 2
    assert dialog.width() <= 800 and dialog.height() <= 600


def test_the_log_form_shows_every_label_and_choice_whole(qtbot, demo_database, small_window):
    log = interaction_log(_priya())
    dialog = InteractionDialog(
        name=log.name,
        now=FIXED_NOW,
        channels=log.channels,
        earlier=log.interactions,
        parent=small_window,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= 800
    for label in dialog.findChildren(QLabel):
        assert label.width() >= label.sizeHint().width(), label.text()
    for combo in dialog.findChildren(QComboBox):
        metrics = combo.fontMetrics()
        for index in range(combo.count()):
            text = combo.itemText(index)
            assert metrics.horizontalAdvance(text) + ARROW_AND_FRAME <= combo.width(), text
