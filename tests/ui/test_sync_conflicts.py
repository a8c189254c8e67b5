"""Looking at a sync conflict: the dialog lists marked records, shows both sides in words, and
settles them (keep mine, or the server's per field, undoably); reachable from the marked record."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl

from mentordesk.db import models as m
from mentordesk.ui.sync.conflict_model import FIELD, HERE, TAKE, THERE
from mentordesk.ui.sync.conflicts_dialog import SyncConflictsDialog
from tests.ui.conftest import shown_window


@pytest.fixture
def marked(demo_context):
    """The sample workspace with the example account, and Priya and one meeting marked."""
    from mentordesk.services.sync.example_conflicts import add_example_conflicts

    add_example_conflicts()
    return demo_context


def _priya() -> m.ContactRecord:
    return m.ContactRecord.get(m.ContactRecord.name == "Priya Raman")


def _dialog(qtbot, context, **kwargs) -> SyncConflictsDialog:
    dialog = SyncConflictsDialog(context, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.detail is not None)
    return dialog


def _cells(dialog) -> list[tuple[str, str, str]]:
    model = dialog.model
    return [
        tuple(model.index(row, c).data() for c in (FIELD, HERE, THERE))
        for row in range(model.rowCount())
    ]


def test_the_dialog_lists_marked_records_and_words_both_sides(qtbot, qtmodeltester, marked):
    dialog = _dialog(qtbot, marked)
    lines = dialog.records_model.stringList()
    assert len(lines) == 2
    assert lines[0].startswith("Priya Raman (contact) — mia@dav.example.org, ")
    assert _cells(dialog) == [
        ("Role", "Staff Engineer", "Head of Design"),
        ("Email", "priya@northwind.example", "new.address@example.org"),
    ]
    qtmodeltester.check(dialog.model)


def test_a_meetings_times_are_dates_for_the_locale_not_icalendar(qtbot, marked):
    meeting = m.SyncConflictRecord.get(m.SyncConflictRecord.kind == "meeting")
    record = m.MeetingRecord.get(m.MeetingRecord.uid == meeting.uid)
    dialog = _dialog(qtbot, marked, select=("meeting", record.id))
    cells = {field: (here, there) for field, here, there in _cells(dialog)}
    assert set(cells) == {"Starts", "Ends", "Place"}
    here, there = cells["Starts"]
    assert here[:4].isdigit() and "T" not in here and ":" in here  # 2026-12-03 10:00 (C locale)
    assert here != there
    assert cells["Place"] == (record.location or "(empty)", "Main office, room 4")


def test_tick_a_field_by_keyboard_and_use_the_servers_value_then_undo(qtbot, marked):
    dialog = _dialog(qtbot, marked)
    dialog.table.setFocus()
    dialog.table.setCurrentIndex(dialog.model.index(0, TAKE))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert dialog.model.ticked_keys() == ["VCARD TITLE"]
    qtbot.mouseClick(dialog.take_ticked, Qt.MouseButton.LeftButton)
    priya = _priya()
    assert priya.role == "Head of Design"
    assert "priya@northwind.example" in priya.emails[0]["value"]
    qtbot.waitUntil(lambda: len(dialog.records_model.stringList()) == 1)
    assert "Priya" not in dialog.records_model.stringList()[0]
    assert dialog.status.text() == "Used the server's value of 1 field of Priya Raman."
    assert marked.undo.stack.undoText() == "Settle sync conflict on Priya Raman"
    marked.undo.stack.undo()
    assert _priya().role == "Staff Engineer"


def test_keep_mine_unmarks_and_changes_nothing(qtbot, marked):
    from mentordesk.services.sync.conflicts import needs_look_ids

    dialog = _dialog(qtbot, marked)
    qtbot.mouseClick(dialog.keep, Qt.MouseButton.LeftButton)
    assert _priya().role == "Staff Engineer"
    assert _priya().id not in needs_look_ids(m.ContactRecord)
    assert dialog.status.text() == "Kept your version of Priya Raman."


def test_ticking_nothing_says_what_to_do(qtbot, marked):
    dialog = _dialog(qtbot, marked)
    qtbot.mouseClick(dialog.take_ticked, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Tick the fields where the server's value is right."
    assert len(m.SyncConflictRecord.select()) == 2


def test_with_nothing_marked_the_dialog_says_so(qtbot, demo_context):
    dialog = SyncConflictsDialog(demo_context)
    qtbot.addWidget(dialog)
    assert dialog.records_model.stringList() == []
    assert "Nothing needs a look" in dialog.heading.text()
    assert not dialog.keep.isEnabled() and not dialog.take_all.isEnabled()


def test_the_contact_detail_links_to_its_conflict(qtbot, marked):
    window = shown_window(qtbot, marked)
    window.show_view("contacts")
    view = window.views["contacts"]
    view.select_contact(_priya().id)
    assert "changed here and on the server" in view.pane.toPlainText()
    view.pane.open_link(QUrl("mentordesk-sync-conflict:look"))
    dialog = window.findChild(SyncConflictsDialog)
    qtbot.waitUntil(lambda: dialog.detail is not None)
    assert dialog.current().title == "Priya Raman"


def test_a_contact_the_server_deleted_says_so_above_its_detail(qtbot, demo_context):
    from mentordesk.services.sync.example_conflicts import add_example_deleted_on_server

    uid = add_example_deleted_on_server()
    window = shown_window(qtbot, demo_context)
    window.show_view("contacts")
    view = window.views["contacts"]
    view.select_contact(m.ContactRecord.get(m.ContactRecord.uid == uid).id)
    text = view.pane.toPlainText()
    assert "deleted on the server" in text and "changed here and on the server" not in text
    view.pane.open_link(QUrl("mentordesk-sync-conflict:look"))
    dialog = window.findChild(SyncConflictsDialog)
    qtbot.waitUntil(lambda: dialog.detail is not None)
    assert dialog.detail.deleted_there


def test_a_marked_meeting_in_the_agenda_offers_its_conflict_in_the_editor(qtbot, marked):
    from mentordesk.ui.calendar.editor import MeetingEditorDialog

    window = shown_window(qtbot, marked)
    window.show_view("calendar")
    view = window.views["calendar"]
    view.show_mode("agenda")
    rows = [r for r in view.model.rows if r.needs_look]
    assert rows
    view.edit_requested.emit(rows[0])
    editor = window.findChild(MeetingEditorDialog)
    qtbot.waitUntil(editor.look_button.isVisible)
    qtbot.mouseClick(editor.look_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(SyncConflictsDialog)
    qtbot.waitUntil(lambda: dialog.detail is not None)
    assert dialog.current().kind == "meeting" and dialog.current().title == rows[0].title


def test_edit_menu_opens_every_conflict(qtbot, marked):
    window = shown_window(qtbot, marked)
    window.main_actions.sync_conflicts.trigger()
    dialog = window.findChild(SyncConflictsDialog)
    assert len(dialog.records_model.stringList()) == 2


def test_the_month_grid_knows_a_marked_meeting_so_its_editor_offers_the_conflict(qtbot, marked):
    window = shown_window(qtbot, marked)
    window.show_view("calendar")
    view = window.views["calendar"]
    view.show_mode("month")
    meeting = m.SyncConflictRecord.get(m.SyncConflictRecord.kind == "meeting")
    record = m.MeetingRecord.get(m.MeetingRecord.uid == meeting.uid)
    view.month.go_to(record.starts_at.astimezone().date())
    qtbot.waitUntil(lambda: any(r.meeting_id == record.id for r in view.month.rows))
    marked_rows = [r for r in view.month.rows if r.needs_look]
    assert [r.meeting_id for r in marked_rows] == [record.id]


def test_the_main_window_module_does_not_load_icalendar_for_the_conflicts_dialog():
    import subprocess
    import sys

    code = (
        "import sys, mentordesk.ui.main_window; "
        "print('icalendar' in sys.modules, 'mentordesk.ui.sync.conflicts_dialog' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
