"""The meeting editor and Find a time, on the sample data, with the job runner of the tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDialog

from mentordesk.core.enums import TimeKind
from mentordesk.core.meeting_time import MeetingTime
from mentordesk.db import models as m
from mentordesk.services.calendar.editing import MeetingDraft, create_meeting, load_meeting
from mentordesk.services.calendar.occurrences import list_occurrences
from mentordesk.ui.calendar import editor_flow
from mentordesk.ui.calendar.editor import MeetingEditorDialog
from mentordesk.ui.calendar.editor_flow import open_meeting_editor
from tests.conftest import FIXED_NOW

BERLIN = "Europe/Berlin"


@pytest.fixture(autouse=True)
def in_berlin(monkeypatch):
    """I live in Berlin, whatever this computer says."""
    monkeypatch.setattr(editor_flow, "my_zone", lambda: BERLIN)
    # closing a changed editor at the end of a test asks nobody
    monkeypatch.setattr(MeetingEditorDialog, "confirm_discard", lambda self: True)


def _id(name: str) -> int:
    return m.ContactRecord.get(m.ContactRecord.name == name).id


def _meeting(title: str) -> int:
    return m.MeetingRecord.get(m.MeetingRecord.title == title).id


def _editor(qtbot, context, **target) -> MeetingEditorDialog:
    flow = open_meeting_editor(context, None, **target)
    dialog = flow.dialog
    qtbot.addWidget(dialog)
    dialog.flow = flow
    return dialog


def _set_time(dialog, day: QDate, start: QTime, end: QTime) -> None:
    times = dialog.times
    times.day.setDate(day)
    times.start.setTime(start)
    times.end.setTime(end)


def test_create_a_meeting_from_the_keyboard(qtbot, demo_context):
    dialog = _editor(qtbot, demo_context, start=datetime(2026, 12, 1, 9, 0))
    assert dialog.windowTitle() == "New meeting"
    assert dialog.times.zone.currentText() == BERLIN
    qtbot.keyClicks(dialog.title, "Mock interview")
    qtbot.keyClicks(dialog.people.search, "jord")
    qtbot.keyClick(dialog.people.search, Qt.Key.Key_Return)  # ticks the only match
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = load_meeting(_meeting("Mock interview"))
    assert stored.when == MeetingTime.timed(
        datetime(2026, 12, 1, 9), datetime(2026, 12, 1, 10), BERLIN
    )
    assert stored.contact_ids == (_id("Jordan Lee"),)
    assert demo_context.undo.stack.count() == 1


def test_a_missing_title_is_refused_in_place(qtbot, demo_context):
    dialog = _editor(qtbot, demo_context, start=datetime(2026, 12, 1, 9, 0))
    dialog.show()
    dialog.accept()
    assert dialog.isVisible() and not dialog.error.isHidden()
    assert dialog.title.hasFocus() or dialog.focusWidget() is dialog.title


def test_edit_keeps_the_kind_and_bumps_sequence(qtbot, demo_context):
    meeting_id = _meeting("Talk rehearsal")
    dialog = _editor(qtbot, demo_context, meeting_id=meeting_id)
    assert dialog.times.zone.currentText() == "America/New_York"
    dialog.location.setText("Room 4")
    dialog.accept()
    record = m.MeetingRecord.get_by_id(meeting_id)
    assert (record.location, record.sequence, record.timezone) == ("Room 4", 1, "America/New_York")


def test_an_all_day_meeting_stays_all_day(qtbot, demo_context):
    dialog = _editor(qtbot, demo_context, start=datetime(2026, 12, 1, 9, 0))
    dialog.title.setText("Offsite")
    dialog.times.kind.setCurrentIndex(dialog.times.kind.findData(TimeKind.ALL_DAY.value))
    assert dialog.times.start.isHidden() and not dialog.times.until.isHidden()
    dialog.times.until.setDate(QDate(2026, 12, 2))
    dialog.accept()
    assert load_meeting(_meeting("Offsite")).when == MeetingTime.all_day(
        datetime(2026, 12, 1).date(), datetime(2026, 12, 3).date()
    )


def test_the_time_for_me_and_each_person(qtbot, demo_context):
    dialog = _editor(qtbot, demo_context, start=datetime(2026, 12, 3, 17, 30))
    dialog.people.set_picked([_id("Priya Raman"), _id("Marcus Okafor")])
    assert dialog.zones.text().splitlines() == [
        "You (Europe/Berlin): Thu 2026-12-03 17:30–18:30",
        "Marcus Okafor (America/New_York): Thu 2026-12-03 11:30–12:30",
        "Priya Raman (Europe/Berlin): Thu 2026-12-03 17:30–18:30",
    ]
    dialog.times.zone.setCurrentText("Asia/Kolkata")  # 17:30 in Kolkata is 13:00 in Berlin
    assert dialog.zones.text().splitlines()[0] == "You (Europe/Berlin): Thu 2026-12-03 13:00–14:00"


def test_warnings_follow_the_time(qtbot, demo_context):
    dialog = _editor(qtbot, demo_context, start=datetime(2026, 12, 3, 17, 45))
    dialog.people.set_picked([_id("Marcus Okafor")])  # Thursdays 08:00-12:00 New York
    qtbot.waitUntil(lambda: "Outside" in dialog.warnings.text())
    lines = dialog.warnings.text().splitlines()
    assert lines == [
        "⚠ Outside Marcus Okafor's availability (America/New_York)",
        "⚠ Overlaps “Weekly check-in with Priya”, 2026-12-03 17:30–18:00",
    ]
    _set_time(dialog, QDate(2026, 12, 3), QTime(16, 0), QTime(17, 0))  # 10:00-11:00 New York
    qtbot.waitUntil(lambda: dialog.warnings.isHidden())


def test_prepare_fills_the_agenda_and_asks_before_replacing_mine(qtbot, demo_context, monkeypatch):
    dialog = _editor(qtbot, demo_context, start=datetime(2026, 12, 3, 17, 30))
    dialog.people.set_picked([_id("Priya Raman")])
    dialog.prepare.click()
    text = dialog.agenda.text.toPlainText()
    assert "Goals behind plan\n- Lead a cross-team project" in text
    dialog.prepare.click()  # my own draft again: replaced without asking
    dialog.agenda.text.setPlainText("My own agenda")
    monkeypatch.setattr(dialog, "confirm_replace_agenda", lambda: False)
    dialog.prepare.click()
    assert dialog.agenda.text.toPlainText() == "My own agenda"
    monkeypatch.setattr(dialog, "confirm_replace_agenda", lambda: True)
    dialog.prepare.click()
    assert dialog.agenda.text.toPlainText() == text


def test_action_items_become_tasks(qtbot, demo_context):
    meeting_id = create_meeting(
        MeetingDraft(
            title="Retro",
            when=MeetingTime.timed(datetime(2026, 11, 20, 9), datetime(2026, 11, 20, 10), BERLIN),
            contact_ids=(_id("Priya Raman"),),
        )
    )
    dialog = _editor(qtbot, demo_context, meeting_id=meeting_id)
    dialog.notes.text.setPlainText("Good talk.\n- [ ] send the deck\nTODO: book a room")
    dialog.make_tasks.click()
    tasks = (
        m.TaskRecord.select().where(m.TaskRecord.meeting == meeting_id).order_by(m.TaskRecord.id)
    )
    assert [(t.title, t.contact_id) for t in tasks] == [
        ("send the deck", _id("Priya Raman")),
        ("book a room", _id("Priya Raman")),
    ]
    assert dialog.notes.outcome.text() == "Made 2 tasks."


def test_a_new_meeting_cannot_make_tasks_yet(qtbot, demo_context):
    dialog = _editor(qtbot, demo_context, start=datetime(2026, 12, 1, 9, 0))
    assert not dialog.make_tasks.isEnabled()


def test_find_a_time_fills_the_editor(qtbot, demo_context):
    dialog = _editor(qtbot, demo_context, start=datetime(2026, 11, 30, 9, 0))
    dialog.people.set_picked([_id("Marcus Okafor")])  # Tue and Thu 08:00-12:00 New York
    dialog.find_time.click()
    picker = dialog.flow.picker
    qtbot.addWidget(picker)
    assert picker.model.rowCount() == 10
    first = picker.model.row_at(0)
    assert first.start == datetime(2026, 12, 1, 13, 0, tzinfo=UTC)  # Tue 08:00 in New York
    assert picker.model.data(picker.model.index(0, 1)) == "Tue 2026-12-01 08:00–09:00"
    assert picker.model.data(picker.model.index(0, 0)) == "Tue 2026-12-01 14:00–15:00"
    picker.table.selectRow(2)
    picker.accept()
    assert dialog.current_time() == MeetingTime.timed(
        datetime(2026, 12, 1, 15), datetime(2026, 12, 1, 16), BERLIN
    )


def _next_checkin():
    rows = list_occurrences(
        window_start=FIXED_NOW, window_end=FIXED_NOW + timedelta(days=14), now=FIXED_NOW
    )
    return next(
        r for r in rows if r.title.startswith("Weekly check-in") and r.series_id == r.meeting_id
    )


def test_moving_one_occurrence_asks_and_moves_only_it(qtbot, demo_context, monkeypatch):
    row = _next_checkin()
    dialog = _editor(qtbot, demo_context, occurrence=row)
    assert dialog.windowTitle() == "Edit one occurrence"
    monkeypatch.setattr(dialog, "ask_scope", lambda: "occurrence")
    dialog.times.start.setTime(QTime(18, 0))
    dialog.times.end.setTime(QTime(18, 30))
    dialog.accept()
    after = list_occurrences(
        window_start=row.start - timedelta(hours=1),
        window_end=row.start + timedelta(days=8),
        now=FIXED_NOW,
    )
    moved = [r for r in after if r.recurrence_id == row.recurrence_id]
    assert moved[0].meeting_id != row.series_id
    assert moved[0].start == row.start + timedelta(minutes=30)
    assert load_meeting(row.series_id).when.start.hour == 17  # the series stays


def test_an_agenda_for_one_occurrence_does_not_ask(qtbot, demo_context, monkeypatch):
    row = _next_checkin()
    dialog = _editor(qtbot, demo_context, occurrence=row)
    monkeypatch.setattr(dialog, "ask_scope", lambda: pytest.fail("asked"))
    dialog.agenda.text.setPlainText("Only this week")
    dialog.accept()
    assert load_meeting(row.series_id).agenda != "Only this week"


def test_escape_asks_before_dropping_changes(qtbot, demo_context, monkeypatch):
    dialog = _editor(qtbot, demo_context, start=datetime(2026, 12, 1, 9, 0))
    dialog.show()
    asked = []
    monkeypatch.setattr(dialog, "confirm_discard", lambda: asked.append(1) or False)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and asked == []  # nothing changed: it just closes
    dialog.show()
    qtbot.keyClicks(dialog.title, "Half typed")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and asked == [1]


def test_the_editor_fits_800_by_600(qtbot, demo_context):
    dialog = _editor(qtbot, demo_context, meeting_id=_meeting("Weekly check-in with Priya"))
    dialog.show()
    hint = dialog.sizeHint().expandedTo(dialog.minimumSizeHint())
    assert hint.width() <= 800 and hint.height() <= 600, hint


def test_a_skipped_date_is_brought_back(qtbot, demo_context):
    series = _meeting("Weekly check-in with Priya")
    dialog = _editor(qtbot, demo_context, meeting_id=series)
    dialog.show()
    assert dialog.times.skipped.isVisible() and dialog.times.exdates.rowCount() == 1
    dialog.times.skipped.setCurrentIndex(dialog.times.exdates.index(0))
    dialog.times.restore.click()
    assert dialog.times.skipped_dates() == ()
    dialog.accept()
    assert load_meeting(series).exdates == ()
    assert m.MeetingRecord.get_by_id(series).sequence == 1


def test_moving_an_occurrence_for_the_whole_series(qtbot, demo_context, monkeypatch):
    row = _next_checkin()
    dialog = _editor(qtbot, demo_context, occurrence=row)
    monkeypatch.setattr(dialog, "ask_scope", lambda: "series")
    dialog.times.start.setTime(QTime(18, 0))
    dialog.times.end.setTime(QTime(18, 30))
    dialog.accept()
    series = load_meeting(row.series_id)
    assert (series.when.start.hour, series.when.start.minute) == (18, 0)
    assert series.rrule == "FREQ=WEEKLY;BYDAY=TH"


def test_a_bad_custom_rule_is_refused_in_place(qtbot, demo_context):
    dialog = _editor(qtbot, demo_context, start=datetime(2026, 12, 1, 9, 0))
    dialog.show()
    dialog.title.setText("Odd one")
    dialog.times.repeat.setCurrentIndex(dialog.times.repeat.findData("custom"))
    dialog.times.rule.setText("FREQ=WHENEVER")
    dialog.accept()
    assert dialog.isVisible() and "repeat rule" in dialog.error.text()
    assert dialog.focusWidget() is dialog.times.rule
    dialog.times.rule.setText("FREQ=WEEKLY;BYDAY=TU,TH;COUNT=6")
    dialog.accept()
    assert load_meeting(_meeting("Odd one")).rrule == "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=6"


def test_other_people_take_their_own_mentorship(qtbot, demo_context):
    meeting_id = _meeting("Talk rehearsal")
    dialog = _editor(qtbot, demo_context, meeting_id=meeting_id)
    dialog.people.set_picked([_id("Marcus Okafor")], on=False)
    dialog.people.set_picked([_id("Elena Petrova")])
    dialog.accept()
    ship = m.MeetingRecord.get_by_id(meeting_id).mentorship
    assert ship.contact_id == _id("Elena Petrova")


def test_a_moved_occurrence_opens_as_an_occurrence_and_makes_its_tasks(qtbot, demo_context):
    held = m.MeetingRecord.get(m.MeetingRecord.notes.contains("Action:")).id
    dialog = _editor(qtbot, demo_context, meeting_id=held)
    assert dialog.windowTitle() == "Edit one occurrence"
    dialog.make_tasks.click()
    tasks = m.TaskRecord.select().where(m.TaskRecord.meeting == held)
    assert sorted(t.title for t in tasks) == [
        "Send Priya the revised migration timeline",
        "ask the platform team who owns the old queue",
        "book a room for the dependency-mapping workshop",
    ]
    dialog.make_tasks.click()
    assert dialog.notes.outcome.text() == "Those action items are tasks already."


@pytest.mark.parametrize(
    ("rule", "shown"),
    [
        ("FREQ=WEEKLY;BYDAY=TU", "Weekly on Tuesday"),
        ("FREQ=MONTHLY;BYDAY=1TU", "Monthly on the first Tuesday"),
        ("FREQ=WEEKLY;BYDAY=TU;COUNT=4", "Custom rule…"),  # the preset would lose the count
    ],
)
def test_repeat_rules_show_as_presets_and_keep_their_ends(qtbot, demo_context, rule, shown):
    meeting_id = create_meeting(
        MeetingDraft(
            title="Series",
            when=MeetingTime.timed(datetime(2026, 12, 1, 9), datetime(2026, 12, 1, 10), BERLIN),
            rrule=rule,
        )
    )
    dialog = _editor(qtbot, demo_context, meeting_id=meeting_id)
    assert dialog.times.repeat.currentText() == shown
    dialog.accept()
    assert load_meeting(meeting_id).rrule == rule


def test_the_reminder_choices_keep_default_and_off_apart(qtbot, demo_context):
    dialog = _editor(qtbot, demo_context, start=datetime(2026, 12, 1, 9, 0))
    choices = dialog.reminder
    texts = [choices.itemText(i) for i in range(choices.count())]
    assert texts[:3] == ["Default (15 min)", "No reminder", "At the start"]
    assert "30 minutes before" in texts
    assert dialog.draft().reminder_minutes is None
    choices.setCurrentIndex(choices.findText("No reminder"))
    assert dialog.draft().reminder_minutes == -1
    choices.setCurrentIndex(choices.findText("30 minutes before"))
    assert dialog.draft().reminder_minutes == 30
