"""The contact editor never throws input away: inline errors, stays open, asks before discarding."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from mentordesk.core.errors import ValidationError
from mentordesk.services.contacts.form import ContactForm
from mentordesk.ui.contacts.dialogs import ContactDialog

TODAY = date(2026, 11, 26)
PROFILE, MET, AGREEMENT = range(3)


@pytest.fixture(autouse=True)
def discard_when_closed_at_the_end(monkeypatch):
    """A test's dialogs close on teardown without a real (blocking) question."""
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)


@pytest.fixture
def dialog(qtbot):
    """A new-contact editor, shown, with a name typed."""
    widget = ContactDialog(today=TODAY)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.keyClicks(widget.name, "Grace Hopper")
    return widget


def _press_ok(qtbot, dialog) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_Return)


def test_a_bad_birthday_is_shown_under_the_field_and_nothing_is_lost(qtbot, dialog):
    qtbot.keyClicks(dialog.organisation, "US Navy")
    dialog.tabs.setCurrentIndex(AGREEMENT)
    qtbot.keyClicks(dialog.birthday, "1985-13-40")
    _press_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.tabs.currentIndex() == PROFILE
    assert dialog.focusWidget() is dialog.birthday
    assert "Birthday '1985-13-40' should look like" in dialog.errors.message("birthday")
    assert dialog.birthday.accessibleDescription() == dialog.errors.message("birthday")
    assert (dialog.name.text(), dialog.organisation.text()) == ("Grace Hopper", "US Navy")
    assert dialog.birthday.text() == "1985-13-40"


def test_an_impossible_availability_time_goes_to_the_agreement_tab(qtbot, dialog):
    dialog.availability.setPlainText("Mon 25:00-26:00")
    _press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.tabs.currentIndex() == AGREEMENT
    assert dialog.focusWidget() is dialog.availability
    assert "25:00" in dialog.errors.message("availability")
    assert dialog.availability.toPlainText() == "Mon 25:00-26:00"


def test_an_unreadable_availability_line_is_an_inline_error_too(qtbot, dialog):
    dialog.availability.setPlainText("Mon 09:00-17:00\nsometime")
    _press_ok(qtbot, dialog)
    assert "line 2" in dialog.errors.message("availability")


@pytest.mark.parametrize("zone", ["Mars/Olympus", "Europe"])
def test_a_zone_that_is_not_one_stays_on_the_profile(qtbot, dialog, zone):
    dialog.tabs.setCurrentIndex(MET)
    dialog.timezone.setCurrentText(zone)
    _press_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.tabs.currentIndex() == PROFILE
    assert f"Unknown time zone {zone!r}" in dialog.errors.message("timezone")


def test_fixing_the_problem_clears_the_message_and_accepts(qtbot, dialog):
    qtbot.keyClicks(dialog.birthday, "1985-13-40")
    _press_ok(qtbot, dialog)
    dialog.birthday.setText("--12-09")
    _press_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.errors.message("birthday") == ""
    assert dialog.form().birthday == "--12-09"


def test_the_date_we_met_cannot_be_after_today(dialog):
    dialog.met_on_known.setChecked(True)
    dialog.met_on.setDate(QDate(2030, 1, 1))
    assert dialog.met_on.maximumDate() == QDate(2026, 11, 26)
    assert dialog.form().met_on == TODAY


def test_a_past_date_we_met_set_in_the_future_later_is_reported(qtbot):
    widget = ContactDialog(ContactForm(name="Ada", met_on=date(2026, 11, 20)), today=TODAY)
    qtbot.addWidget(widget)
    widget.show()
    widget.today = date(2026, 11, 1)  # the clock went back since the dialog opened
    widget.accept()
    assert widget.tabs.currentIndex() == MET
    assert "in the future" in widget.errors.message("met_on")


def _answer(monkeypatch, button):
    asked = []

    def question(parent, title, text, buttons, default):
        asked.append((text, default))
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_escape_on_an_unchanged_form_closes_at_once(qtbot, monkeypatch):
    widget = ContactDialog(ContactForm(name="Ada Lovelace"), today=TODAY)
    qtbot.addWidget(widget)
    widget.show()
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    qtbot.keyClick(widget, Qt.Key.Key_Escape)
    assert not asked and not widget.isVisible()
    assert widget.result() == QDialog.DialogCode.Rejected


def test_escape_on_a_changed_form_asks_and_no_keeps_it_open(qtbot, monkeypatch):
    widget = ContactDialog(ContactForm(name="Ada Lovelace"), today=TODAY)
    qtbot.addWidget(widget)
    widget.show()
    widget.channels.list.setCurrentRow(2)
    widget.channels.move(-1)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    qtbot.keyClick(widget, Qt.Key.Key_Escape)
    assert asked == [("Discard your changes to Ada Lovelace?", QMessageBox.StandardButton.No)]
    assert widget.isVisible()


def test_cancel_on_a_changed_new_contact_discards_when_agreed(qtbot, dialog, monkeypatch):
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert asked[0][0] == "Discard your changes to this new contact?"
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def test_a_validation_error_reaching_the_job_runner_is_its_own_line(jobs, database):
    failures = []
    jobs.failed.connect(lambda title, message: failures.append(message))

    def work(progress):
        raise ValidationError("Birthday '1985-13-40' is wrong.", field="birthday")

    jobs.start(title="Save", work=work, writes=True, show_progress=False)
    assert failures == ["Birthday '1985-13-40' is wrong."]
