"""Calendar export in the GUI: the export and settings dialogs, invitations, calendar.ics kept current."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtWidgets import QDialog

from mentordesk.core.changes import ChangeKind
from mentordesk.db import models as m
from mentordesk.services.interop.ics.publish import CalendarSettings, read_calendar_settings
from mentordesk.services.settings import CALENDAR_PUBLISH_FOLDER, MY_EMAIL, set_setting
from mentordesk.ui.calendar import export_jobs, publish
from mentordesk.ui.calendar.export_dialog import CalendarExportDialog
from mentordesk.ui.calendar.publish import PUBLISH_DELAY_MS, CalendarPublisher
from mentordesk.ui.calendar.settings_dialog import CalendarSettingsDialog


def _answer(monkeypatch, dialog_class, fill):
    """Make the dialog's exec fill it in as a user would and press OK."""

    def exec_(self):
        fill(self)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialog_class, "exec", exec_)


def _save_to(monkeypatch, path: Path):
    monkeypatch.setattr(export_jobs, "ask_save_file", lambda *a, **k: path)


def test_the_export_dialog_gives_the_scope(qtbot, demo_context):
    contacts = [(7, "Ada"), (9, "Bob")]
    dialog = CalendarExportDialog(contacts, date(2026, 11, 26))
    qtbot.addWidget(dialog)
    assert dialog.scope().contact_id is None and dialog.scope().first_day is None
    assert not dialog.first.isEnabled()
    dialog.contact.setCurrentIndex(2)
    dialog.limit.setChecked(True)
    assert dialog.first.isEnabled()
    dialog.first.setDate(date(2026, 12, 1))
    dialog.last.setDate(date(2026, 12, 31))
    scope = dialog.scope()
    assert (scope.contact_id, scope.first_day, scope.last_day) == (
        9,
        date(2026, 12, 1),
        date(2026, 12, 31),
    )
    dialog.show()
    assert dialog.width() <= 800 and dialog.height() <= 600


def test_export_calendar_to_file_writes_the_chosen_meetings(
    qtbot, demo_context, monkeypatch, tmp_path
):
    target = tmp_path / "cal.ics"

    def fill(dialog):
        dialog.contact.setCurrentIndex(dialog.contact.findText("Jordan Lee"))
        dialog.tasks.setChecked(True)

    _answer(monkeypatch, CalendarExportDialog, fill)
    _save_to(monkeypatch, target)
    messages = []
    demo_context.jobs.succeeded.connect(messages.append)
    export_jobs.export_calendar_to_file(demo_context, None)
    calendar = Calendar.from_ical(target.read_bytes())
    assert {str(e["summary"]) for e in calendar.events} == {
        "Portfolio review with Jordan",
        "First session with Jordan",
    }
    assert messages == [f"Exported 2 meetings to {target}"]


def test_a_cancelled_export_dialog_writes_nothing(qtbot, demo_context, monkeypatch, tmp_path):
    monkeypatch.setattr(CalendarExportDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    monkeypatch.setattr(export_jobs, "ask_save_file", lambda *a, **k: pytest.fail("asked"))
    export_jobs.export_calendar_to_file(demo_context, None)
    assert list(tmp_path.iterdir()) == [demo_context.workspace.root]


def test_export_invitation_writes_a_request(qtbot, demo_context, monkeypatch, tmp_path):
    set_setting(MY_EMAIL, "mia@example.org")
    target = tmp_path / "invite.ics"
    _save_to(monkeypatch, target)
    meeting = m.MeetingRecord.get(m.MeetingRecord.title == "Talk rehearsal")
    export_jobs.export_invitation(demo_context, None, meeting.id, "request")
    calendar = Calendar.from_ical(target.read_bytes())
    assert str(calendar["method"]) == "REQUEST"
    assert str(calendar.events[0]["organizer"]) == "mailto:mia@example.org"


def test_a_cancellation_of_one_occurrence(qtbot, demo_context, monkeypatch, tmp_path):
    set_setting(MY_EMAIL, "mia@example.org")
    target = tmp_path / "cancel.ics"
    _save_to(monkeypatch, target)
    series = m.MeetingRecord.get(m.MeetingRecord.rrule != "")
    occurrence = series.start_wall
    export_jobs.export_invitation(demo_context, None, series.id, "cancel", occurrence)
    (event,) = Calendar.from_ical(target.read_bytes()).events
    assert str(event["status"]) == "CANCELLED" and "RECURRENCE-ID" in event


def test_an_invitation_that_cannot_be_sent_is_one_message(
    qtbot, demo_context, monkeypatch, tmp_path
):
    target = tmp_path / "invite.ics"
    _save_to(monkeypatch, target)
    failures = []
    demo_context.jobs.failed.connect(lambda title, message: failures.append(message))
    export_jobs.export_invitation(demo_context, None, 1, "request")
    assert len(failures) == 1 and "set it in Calendar settings" in failures[0]
    assert not target.exists()


def _publish_jobs(context, monkeypatch) -> list[str]:
    """The titles of the publish jobs the context starts from now on."""
    titles, real_start = [], context.jobs.start

    def start(**options):
        if options["title"] == "Publishing calendar.ics":
            titles.append(options["title"])
        return real_start(**options)

    monkeypatch.setattr(context.jobs, "start", start)
    return titles


def test_the_publisher_rewrites_calendar_ics_after_meeting_changes(
    qtbot, demo_context, tmp_path, monkeypatch
):
    jobs = _publish_jobs(demo_context, monkeypatch)
    publisher = CalendarPublisher(demo_context)
    publisher.timer.setInterval(0)
    publisher.start()
    publisher.publish()
    demo_context.jobs.changed.emit(ChangeKind.MEETINGS)
    assert not publisher.timer.isActive() and jobs == []  # no folder set: no job at all
    set_setting(CALENDAR_PUBLISH_FOLDER, str(tmp_path / "pub"))
    publisher.start()  # reads the folder again, as at start-up
    published = tmp_path / "pub" / "calendar.ics"
    qtbot.waitUntil(published.exists)
    published.unlink()
    demo_context.jobs.changed.emit(ChangeKind.TASKS)
    assert not publisher.timer.isActive()  # tasks alone do not publish
    demo_context.jobs.changed.emit(ChangeKind.MEETINGS)
    qtbot.waitUntil(published.exists)
    assert len(Calendar.from_ical(published.read_bytes()).events) == 12  # 10 + 2 overrides
    m.MeetingRecord.update(title="Renamed rehearsal").where(
        m.MeetingRecord.title == "Talk rehearsal"
    ).execute()
    demo_context.jobs.changed.emit(ChangeKind.MEETINGS)
    qtbot.waitUntil(lambda: "SUMMARY:Renamed rehearsal" in published.read_text())


def test_a_burst_of_changes_publishes_once(qtbot, demo_context, tmp_path, monkeypatch):
    jobs = _publish_jobs(demo_context, monkeypatch)
    publisher = CalendarPublisher(demo_context)
    set_setting(CALENDAR_PUBLISH_FOLDER, str(tmp_path))
    publisher.remember_folder(str(tmp_path))
    assert publisher.timer.isSingleShot() and publisher.timer.interval() == PUBLISH_DELAY_MS
    publisher.timer.setInterval(50)
    for _ in range(5):
        demo_context.jobs.changed.emit(ChangeKind.MEETINGS | ChangeKind.CONTACTS)
    assert jobs == []  # nothing yet: the edits are still coming
    qtbot.waitUntil((tmp_path / "calendar.ics").exists)
    assert jobs == ["Publishing calendar.ics"]


def test_the_settings_dialog_saves_and_publishes(qtbot, demo_context, monkeypatch, tmp_path):
    folder = tmp_path / "shared"

    def fill(dialog):
        dialog.name.setText("Mia Mentee")
        dialog.email.setText("mia@example.org")
        dialog.folder.setText(str(folder))

    _answer(monkeypatch, CalendarSettingsDialog, fill)
    publisher = CalendarPublisher(demo_context)
    publish.open_calendar_settings(demo_context, _parent(qtbot), publisher.remember_folder)
    assert read_calendar_settings() == CalendarSettings(
        "Mia Mentee", "mia@example.org", str(folder)
    )
    assert (folder / "calendar.ics").exists()
    assert publisher.folder == str(folder)  # later changes publish there without a re-read


def test_a_bad_address_changes_nothing(qtbot, demo_context, monkeypatch):
    _answer(monkeypatch, CalendarSettingsDialog, lambda d: d.email.setText("not an address"))
    failures = []
    demo_context.jobs.failed.connect(lambda title, message: failures.append(message))
    publish.open_calendar_settings(demo_context, _parent(qtbot))
    assert failures == ["'not an address' is not an email address"]
    assert read_calendar_settings() == CalendarSettings()


def test_the_settings_dialog_shows_the_values_and_fits(qtbot):
    dialog = CalendarSettingsDialog(CalendarSettings("Mia", "mia@example.org", "/srv/cal"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.settings() == CalendarSettings("Mia", "mia@example.org", "/srv/cal")
    assert dialog.width() <= 800 and dialog.height() <= 600
    assert dialog.browse.accessibleName() and dialog.folder.accessibleName()


def test_the_menus_offer_export_and_settings(demo_window):
    texts = {a.text() for menu in demo_window.menuBar().actions() for a in menu.menu().actions()}
    assert {"Export ca&lendar…", "Calendar &settings…"} <= texts


def _parent(qtbot):
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    qtbot.addWidget(widget)
    return widget
