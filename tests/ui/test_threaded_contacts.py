"""The contacts view on the real threaded runner: slow, stale reads never win."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QDialog

from mentordesk.db import models as m
from mentordesk.services.contacts import detail as contact_detail
from mentordesk.ui.contacts import view as contacts_view
from mentordesk.ui.context import UiContext
from tests.conftest import FIXED_NOW


@pytest.fixture
def view(qtbot, workspace, runner):
    """The contacts view on the sample data, loaded by the threaded runner."""
    context = UiContext(workspace=workspace, jobs=runner, now=lambda: FIXED_NOW)
    widget = contacts_view.ContactsView(context)
    qtbot.addWidget(widget)
    widget.show()
    widget.reload()
    qtbot.waitUntil(lambda: runner.is_idle() and widget.detail is not None, timeout=5000)
    return widget


@pytest.fixture
def slow_detail(monkeypatch):
    """Make loading one contact's detail wait for a gate; returns (slow ids, gate)."""
    slow_ids, gate = set(), threading.Event()
    load = contact_detail.get_contact_detail

    def gated(contact_id, *, now):
        if contact_id in slow_ids:
            assert gate.wait(5)
        return load(contact_id, now=now)

    monkeypatch.setattr(contact_detail, "get_contact_detail", gated)
    yield slow_ids, gate
    gate.set()


def _others(view, count: int) -> list[m.ContactRecord]:
    """Contacts other than the selected one (so selecting them changes the selection)."""
    records = m.ContactRecord.select().order_by(m.ContactRecord.name)
    return [c for c in records if c.id != view.selected().id][:count]


def test_a_slow_earlier_detail_never_replaces_the_newer_one(qtbot, view, runner, slow_detail):
    slow_ids, gate = slow_detail
    first, second = _others(view, 2)
    slow_ids.add(first.id)
    view.select_contact(first.id)
    view.select_contact(second.id)
    qtbot.waitUntil(lambda: view.detail.id == second.id, timeout=5000)
    gate.set()
    runner.wait_until_idle()
    assert view.detail.id == second.id
    assert second.name in view.pane.toPlainText()
    assert first.name not in view.pane.toPlainText()


def test_clearing_the_selection_drops_a_detail_on_its_way(qtbot, view, runner, slow_detail):
    slow_ids, gate = slow_detail
    (other,) = _others(view, 1)
    slow_ids.add(other.id)
    view.select_contact(other.id)
    view.table.table.clearSelection()
    gate.set()
    runner.wait_until_idle()
    assert view.detail is None


def test_log_contact_offers_the_selected_persons_messages(
    qtbot, view, runner, slow_detail, monkeypatch
):
    slow_ids, gate = slow_detail
    marcus = m.ContactRecord.get(m.ContactRecord.name == "Marcus Okafor")
    view.select_contact(marcus.id)
    qtbot.waitUntil(lambda: runner.is_idle() and view.detail.id == marcus.id, timeout=5000)
    (other,) = [c for c in _others(view, 2) if c.id != marcus.id][:1]
    opened = []

    class RecordingDialog:
        DialogCode = QDialog.DialogCode

        def __init__(self, *, name, now, channels, earlier, parent):
            opened.append((name, [row.id for row in earlier]))

        def exec(self):
            return QDialog.DialogCode.Rejected

    monkeypatch.setattr(contacts_view, "InteractionDialog", RecordingDialog)
    slow_ids.add(other.id)
    view.select_contact(other.id)
    view.contact_actions.log_interaction.trigger()
    gate.set()
    qtbot.waitUntil(lambda: opened != [], timeout=5000)
    runner.wait_until_idle()
    theirs = {
        r.id for r in m.InteractionRecord.select().where(m.InteractionRecord.contact == other)
    }
    assert opened[0][0] == other.name
    assert set(opened[0][1]) <= theirs
