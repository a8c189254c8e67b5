"""The Backups view, the first-run wizard and the restore confirmation (pytest-qt)."""

from __future__ import annotations

import re
from datetime import timedelta

import keyring
import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWizard

from mentordesk.core.changes import ChangeKind
from mentordesk.services.backup.keys import parse_recovery_key, read_key_file
from mentordesk.services.backup.overview import BackupSettings, write_settings
from mentordesk.services.backup.setup import init_backups
from mentordesk.services.interop.export_json import export_json_text
from mentordesk.ui.backups.restore_dialog import RestoreConfirmation
from mentordesk.ui.backups.setup_wizard import INTRO, PASSPHRASE, RECOVERY, BackupSetupWizard
from mentordesk.ui.backups.view import BackupsView
from tests.conftest import FIXED_NOW
from tests.services.backup.memory_keyring import (
    LOCKED,
    FailingKeyring,
    install_memory_keyring,
)

GROUPED = re.compile(r"^([A-Z2-7]{4}-){8}[A-Z2-7]{4}$")


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch):
    """A fresh in-memory keyring and a cheap KDF for every test here."""
    yield from install_memory_keyring(monkeypatch)


@pytest.fixture
def view(qtbot, demo_context):
    """The Backups view on the sample data, loaded."""
    widget = BackupsView(demo_context)
    qtbot.addWidget(widget)
    widget.resize(1100, 650)
    widget.reload()
    return widget


def test_not_set_up_says_so_and_offers_the_wizard(view):
    assert "not set up" in view.status.text()
    assert not view.setup_button.isHidden() and not view.backup_button.isEnabled()
    assert view.table.is_showing_empty_state()


def test_the_wizard_shows_the_recovery_key_once_and_waits_for_confirmation(
    qtbot, workspace, tmp_path
):
    wizard = BackupSetupWizard(workspace.root)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.currentId() == INTRO
    wizard.next()
    assert wizard.currentId() == RECOVERY and wizard.keys.in_keyring
    page = wizard.currentPage()
    assert GROUPED.match(page.key_label.text())
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()
    qtbot.mouseClick(page.copy_button, qtbot_left())
    assert QGuiApplication.clipboard().text() == page.key_label.text()
    saved = tmp_path / "recovery.txt"
    page.save_key(path=str(saved))
    assert parse_recovery_key(saved.read_text()) == wizard.keys.recovery_key
    page.kept.setChecked(True)
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    _shot(wizard, "wizard-recovery-key")


def qtbot_left():
    """The left mouse button."""
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_the_wizard_falls_back_to_a_passphrase_without_a_keyring(qtbot, workspace):
    keyring.set_keyring(FailingKeyring(LOCKED))
    wizard = BackupSetupWizard(workspace.root)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wizard.currentId() == PASSPHRASE
    page = wizard.currentPage()
    assert "locked" in page.reason.text()
    page.first.setText("long enough words")
    assert not page.isComplete()
    page.second.setText("long enough words")
    assert page.isComplete()
    _shot(wizard, "wizard-passphrase")
    wizard.next()
    assert wizard.currentId() == RECOVERY and not wizard.keys.in_keyring
    labels = [s["label"] for s in read_key_file(workspace.root).slots]
    assert labels == ["recovery", "passphrase"]


def test_back_up_now_lists_the_backup_with_its_state_and_preview(view, demo_context):
    init_backups(demo_context.workspace.root)
    view.reload()
    assert view.backup_button.isEnabled() and view.setup_button.isHidden()
    assert "No good backup yet" in view.status.text()
    qtbot_backup(view)
    rows = view.model.rows
    assert [r.state for r in rows if r.kind == "encrypted"] == ["ok"]
    view.table.table.selectRow(0)
    assert "6 contacts" in view.preview.text() and view.restore_button.isEnabled()
    assert view.status.text().startswith("Last good backup")
    _shot(view, "backups-view")


def qtbot_backup(view) -> None:
    """Click Back up now (the synchronous runner finishes at once), then reload."""
    view.backup_button.click()
    view.reload()


def test_an_old_last_backup_is_warned_about(view, demo_context):
    from mentordesk.services.backup.create import create_backup
    from mentordesk.services.backup.setup import workspace_master_key

    init_backups(demo_context.workspace.root)
    master, key_file = workspace_master_key(demo_context.workspace.root)
    create_backup(
        demo_context.workspace,
        master_key=master,
        key_file=key_file,
        now=FIXED_NOW - timedelta(days=10),
    )
    view.reload()
    assert "⚠" in view.status.text() and "10 days ago" in view.status.text()
    assert view.status.font().bold()
    _shot(view, "backups-view-warning")
    view.warn_days.setValue(30)
    assert "⚠" not in view.status.text() and not view.status.font().bold()


def test_restore_asks_then_runs_as_a_job_and_every_view_reloads(qtbot, view, demo_context):
    from mentordesk.db import models as m

    init_backups(demo_context.workspace.root)
    view.reload()
    qtbot_backup(view)
    before = export_json_text()
    m.ContactRecord.update(name="Changed").execute()
    asked = []
    view.confirm_restore = lambda row: asked.append(row) or False
    view.table.table.selectRow(0)
    view.restore_button.click()
    assert asked and "Changed" in export_json_text()  # declined: nothing happened
    view.confirm_restore = lambda row: True
    with qtbot.waitSignal(demo_context.jobs.changed) as changed:
        view.restore_button.click()
    assert changed.args[0] == ChangeKind.ALL
    assert export_json_text() == before


def test_the_confirmation_names_the_backup_and_defaults_to_cancel(qtbot, view, demo_context):
    init_backups(demo_context.workspace.root)
    view.reload()
    qtbot_backup(view)
    row = next(r for r in view.model.rows if r.state == "ok")
    dialog = RestoreConfirmation(row)
    qtbot.addWidget(dialog)
    dialog.show()
    text = " ".join(label.text() for label in dialog.findChildren(type(view.status)))
    assert "6 contacts" in text and "safety copy" in text
    assert not dialog.restore_button.isDefault()
    _shot(dialog, "restore-confirmation")
    dialog.restore_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted


def test_settings_are_kept_and_the_quit_backup_follows_them(qtbot, demo_context):
    from mentordesk.ui.backups.auto import AutoBackup

    root = demo_context.workspace.root
    init_backups(root)
    auto = AutoBackup(demo_context)
    write_settings(root, BackupSettings(on_quit=False))
    auto.on_quit()
    assert not list(demo_context.workspace.backups.glob("*.mdbk"))
    write_settings(root, BackupSettings(on_quit=True))
    auto.on_quit()
    assert len(list(demo_context.workspace.backups.glob("*.mdbk"))) == 1
    view = BackupsView(demo_context)
    qtbot.addWidget(view)
    view.daily.setChecked(False)
    assert BackupsView(demo_context).daily.isChecked() is False


def test_the_daily_backup_runs_once_a_day(demo_context):
    from mentordesk.services.backup.overview import backup_if_due

    init_backups(demo_context.workspace.root)
    now = FIXED_NOW + timedelta(days=5)
    first = backup_if_due(demo_context.workspace, now=now, reason="daily")
    assert first is not None
    assert backup_if_due(demo_context.workspace, now=now, reason="daily") is None


def _shot(widget, name: str) -> None:
    """Save a screenshot when MENTORDESK_SHOTS names a folder (to look at them)."""
    import os

    folder = os.environ.get("MENTORDESK_SHOTS")
    if folder:
        widget.grab().save(f"{folder}/{name}.png")


def test_back_up_now_with_a_passphrase_locked_key(view, demo_context):
    keyring.set_keyring(FailingKeyring(LOCKED))
    init_backups(demo_context.workspace.root, passphrase=b"long enough words")
    view.reload()
    assert view.overview.needs_passphrase and "No good backup yet" in view.status.text()
    view.start_backup(passphrase="long enough words")
    view.reload()
    assert [r.kind for r in view.model.rows] == ["encrypted"]
    assert view.model.rows[0].state == "unchecked"
    assert view.status.text().startswith("Last good backup")


def test_a_second_folder_gets_a_verified_copy_and_a_missing_one_is_said(
    view, demo_context, tmp_path
):
    init_backups(demo_context.workspace.root)
    view.reload()
    usb = tmp_path / "usb"
    usb.mkdir()
    view.choose_second_folder(folder=str(usb))
    assert str(usb) in view.second_label.text() and view.clear_second.isEnabled()
    messages = []
    demo_context.jobs.succeeded.connect(messages.append)
    view.start_backup()
    copies = list(usb.glob("*.mdbk"))
    assert len(copies) == 1 and "copied to the second folder" in messages[-1]
    assert (
        copies[0].read_bytes() == next(demo_context.workspace.backups.glob("*.mdbk")).read_bytes()
    )
    usb.rename(tmp_path / "unplugged")
    view.start_backup()
    assert "not available" in messages[-1]
    view.reload()
    view.table.table.selectRow(0)
    _shot(view, "backups-view-second-folder")
    view.choose_second_folder(folder="")
    assert "No second copy" in view.second_label.text()


def test_restore_from_a_file_on_a_new_machine_asks_for_the_recovery_key(
    qtbot, view, demo_context, monkeypatch, memory_keyring
):
    from mentordesk.services.backup.keys import format_recovery_key
    from mentordesk.ui.backups import view as view_module

    keys = init_backups(demo_context.workspace.root)
    view.reload()
    qtbot_backup(view)
    made = next(demo_context.workspace.backups.glob("*.mdbk"))
    before = export_json_text()
    from mentordesk.db import models as m

    m.ContactRecord.update(name="Changed").execute()
    memory_keyring.secrets.clear()  # as on a new machine
    typed = format_recovery_key(keys.recovery_key).lower()
    monkeypatch.setattr(view_module.QInputDialog, "getText", lambda *a, **k: (typed, True))
    shown = []
    view.confirm_restore = lambda row: shown.append(row) or True
    with qtbot.waitSignal(demo_context.jobs.changed):
        view.restore_from_file(path=str(made))
    assert shown[0].summary["counts"]["contacts"] == 6
    assert export_json_text() == before
    assert memory_keyring.secrets  # the key is back in this machine's keyring


def test_back_up_and_restore_on_the_real_threaded_runner(qtbot, workspace, demo_database):
    from mentordesk.db import models as m
    from mentordesk.ui.context import UiContext
    from mentordesk.ui.jobs import JobRunner

    runner = JobRunner(log_file="LOG")
    context = UiContext(workspace=workspace, jobs=runner, now=lambda: FIXED_NOW)
    init_backups(workspace.root)
    widget = BackupsView(context)
    qtbot.addWidget(widget)
    widget.show()
    widget.reload()
    qtbot.waitUntil(lambda: runner.is_idle() and widget.backup_button.isEnabled(), timeout=5000)
    with qtbot.waitSignal(runner.changed, timeout=10000):
        widget.start_backup()
    qtbot.waitUntil(lambda: runner.is_idle() and len(widget.model.rows) == 1, timeout=5000)
    before = export_json_text()
    m.ContactRecord.update(name="Changed meanwhile").execute()
    widget.confirm_restore = lambda row: True
    with qtbot.waitSignal(runner.changed, timeout=10000) as changed:
        widget.restore_row(widget.model.rows[0])
    runner.wait_until_idle()
    assert changed.args[0] == ChangeKind.ALL
    assert export_json_text() == before  # the GUI thread's connection sees the restored data


def test_restore_with_a_passphrase_locked_key_asks_for_it(qtbot, view, demo_context, monkeypatch):
    from mentordesk.db import models as m
    from mentordesk.ui.backups import view as view_module

    keyring.set_keyring(FailingKeyring(LOCKED))
    init_backups(demo_context.workspace.root, passphrase=b"long enough words")
    view.reload()
    view.start_backup(passphrase="long enough words")
    view.reload()
    view.table.table.selectRow(0)
    assert view.restore_button.isEnabled()  # not checked without the key, still restorable
    before = export_json_text()
    m.ContactRecord.update(name="Changed").execute()
    view.confirm_restore = lambda row: True
    monkeypatch.setattr(
        view_module.QInputDialog, "getText", lambda *a, **k: ("long enough words", True)
    )
    with qtbot.waitSignal(demo_context.jobs.changed):
        view.restore_button.click()
    assert export_json_text() == before
