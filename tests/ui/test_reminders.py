"""Tray reminders: the 30 s timer, driven on a fixed clock, shows each reminder exactly once."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QSystemTrayIcon

from mentordesk.core.meeting_time import MeetingTime
from mentordesk.db import models as m
from mentordesk.services.contacts.records import add_contact
from mentordesk.ui.context import UiContext
from mentordesk.ui.reminders import CHECK_EVERY_MS, MeetingReminders
from tests.conftest import FIXED_NOW


class RecordingTray(QSystemTrayIcon):
    """A tray icon that keeps the messages it is asked to show."""

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[tuple[str, str]] = []

    def showMessage(self, title, text, *args) -> None:  # noqa: N802 (Qt's name)
        self.messages.append((title, text))


def _meeting_in(minutes: int, **fields) -> m.MeetingRecord:
    start = (FIXED_NOW + timedelta(minutes=minutes)).replace(tzinfo=None)
    record = m.MeetingRecord(title="Portfolio review", location="Room 4", **fields)
    record.when = MeetingTime.timed(start, start + timedelta(hours=1), "UTC")
    record.save()
    return record


def test_a_due_reminder_is_shown_exactly_once(qtbot, workspace, database, jobs):
    clock = [FIXED_NOW]
    context = UiContext(workspace=workspace, jobs=jobs, now=lambda: clock[0])
    meeting = _meeting_in(20, reminder_minutes=15)  # remind at FIXED_NOW + 5 min
    m.MeetingAttendeeRecord.create(meeting=meeting, contact=add_contact(name="Priya Raman"))
    _meeting_in(30, status="cancelled")
    reminders = MeetingReminders(context, tray_available=lambda: True)
    tray = RecordingTray()
    assert reminders.start(tray=tray)
    assert reminders.timer.isActive() and reminders.timer.interval() == CHECK_EVERY_MS
    reminders.timer.timeout.emit()
    assert tray.messages == []
    for seconds in (300, 330, 360, 900):
        clock[0] = FIXED_NOW + timedelta(seconds=seconds)
        reminders.timer.timeout.emit()
    assert len(tray.messages) == 1
    title, text = tray.messages[0]
    assert title == "Portfolio review"
    assert "With Priya Raman" in text and "Room 4" in text


def test_a_reminder_missed_just_before_start_is_caught_up_once(qtbot, context, database):
    _meeting_in(5)  # its default 15-minute reminder fell due 10 minutes ago
    _meeting_in(-1, reminder_minutes=10)  # due 11 minutes ago, but started a minute ago
    reminders = MeetingReminders(context, tray_available=lambda: True)
    tray = RecordingTray()
    reminders.start(tray=tray)
    reminders.check()
    reminders.check()
    assert [title for title, _ in tray.messages] == ["Portfolio review"]


def test_without_a_system_tray_nothing_happens(qtbot, context, database):
    _meeting_in(10)
    reminders = MeetingReminders(context, tray_available=lambda: False)
    assert reminders.start() is False
    assert not reminders.timer.isActive() and reminders.tray is None
    reminders.check()  # a stray tick does nothing either


def test_a_reminder_at_the_start_time_is_shown(qtbot, workspace, database, jobs):
    clock = [FIXED_NOW]
    context = UiContext(workspace=workspace, jobs=jobs, now=lambda: clock[0])
    _meeting_in(1, reminder_minutes=0)  # remind when it starts, a minute from now
    reminders = MeetingReminders(context, tray_available=lambda: True)
    tray = RecordingTray()
    reminders.start(tray=tray)
    for seconds in (30, 60, 90):
        clock[0] = FIXED_NOW + timedelta(seconds=seconds)
        reminders.timer.timeout.emit()
    assert [title for title, _ in tray.messages] == ["Portfolio review"]
