"""Alt+letter does one thing: no two visible labels, buttons or tabs of a dialog share a letter."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QGroupBox,
    QLabel,
    QPushButton,
    QTabBar,
    QTabWidget,
)

import mentordesk.ui
from mentordesk.db import models as m
from mentordesk.services.backup.listing import BackupFileRow
from mentordesk.services.calendar.editing import list_contact_choices, load_meeting
from mentordesk.services.calendar.find_time import people_windows, propose_slots
from mentordesk.services.calendar.occurrences import list_occurrences
from mentordesk.services.contacts.duplicates import merge_candidates
from mentordesk.services.contacts.editing import contact_form
from mentordesk.services.contacts.interactions import list_interactions
from mentordesk.services.contacts.merge_preview import preview_merge
from mentordesk.services.interop.ics.export_selection import contact_choices
from mentordesk.services.interop.ics.preview import preview_ics
from mentordesk.services.interop.ics.publish import CalendarSettings
from mentordesk.services.interop.vcard.transfer import preview_vcards, read_vcard_file
from mentordesk.services.tasks.goals import list_expectations
from mentordesk.services.tasks.listing import list_goals, list_mentorships, list_tasks
from mentordesk.ui.backups.restore_dialog import RestoreConfirmation
from mentordesk.ui.backups.setup_wizard import BackupSetupWizard
from mentordesk.ui.calendar.editor import MeetingEditorDialog
from mentordesk.ui.calendar.export_dialog import CalendarExportDialog
from mentordesk.ui.calendar.find_time_dialog import FindTimeDialog
from mentordesk.ui.calendar.ics_import_dialog import IcsImportDialog
from mentordesk.ui.calendar.move_dialog import MoveScopeDialog
from mentordesk.ui.calendar.settings_dialog import CalendarSettingsDialog
from mentordesk.ui.contacts.dialogs import ContactDialog
from mentordesk.ui.contacts.interaction_dialog import InteractionDialog
from mentordesk.ui.contacts.interaction_log import InteractionLogDialog
from mentordesk.ui.contacts.merge_dialogs import MergePickerDialog, MergePreviewDialog
from mentordesk.ui.contacts.vcard_dialogs import VCardPreviewDialog
from mentordesk.ui.reviews.guided_review import GuidedReviewDialog
from mentordesk.ui.sync.accounts_dialog import SyncAccountsDialog
from mentordesk.ui.sync.conflicts_dialog import SyncConflictsDialog
from mentordesk.ui.tasks.details import TaskDetailsDialog
from mentordesk.ui.tasks.dialogs import LogTimeDialog, MeetingPickDialog, RescheduleDialog
from mentordesk.ui.tasks.expectation_dialog import ExpectationDialog
from mentordesk.ui.tasks.goal_dialog import GoalDialog
from mentordesk.ui.tasks.quick_add import QuickAddDialog
from mentordesk.ui.widgets.long_text import TextViewerDialog
from tests.conftest import FIXED_NOW

VCARD = Path(__file__).resolve().parents[1] / "data" / "vcards" / "google_contacts.vcf"
INVITE = Path(__file__).resolve().parents[1] / "data" / "ics" / "outlook-windows-zone.ics"
MNEMONIC = re.compile(r"&([^&])")


def _sync_account():
    from mentordesk.services.sync.accounts import AccountSummary

    return AccountSummary(
        "mia@dav.example.org", "https://dav.example.org/", "mia", "", "", (), None
    )


def _priya() -> int:
    return m.ContactRecord.get(m.ContactRecord.name == "Priya Raman").id


def _interaction_editor(context) -> QDialog:
    rows = list_interactions(_priya())
    return InteractionDialog(
        name="Priya", now=FIXED_NOW, channels=[], earlier=rows[1:], current=rows[0]
    )


def _checkin() -> int:
    return m.MeetingRecord.get(m.MeetingRecord.title == "Weekly check-in with Priya").id


def _meeting_editor(context, *, occurrence: bool = False) -> QDialog:
    return MeetingEditorDialog(
        draft=load_meeting(_checkin()),
        contacts=list_contact_choices(),
        my_zone="Europe/Berlin",
        new=False,
        occurrence=occurrence,
    )


def _marked_meeting_editor(context) -> QDialog:
    dialog = _meeting_editor(context)
    dialog.show_needs_look()
    return dialog


def _conflicts(context) -> QDialog:
    from mentordesk.services.sync.example_conflicts import add_example_conflicts

    add_example_conflicts()
    return SyncConflictsDialog(context)


def _deleted_there(context) -> QDialog:
    from PySide6.QtWidgets import QApplication

    from mentordesk.services.sync.example_conflicts import add_example_deleted_on_server

    uid = add_example_deleted_on_server()
    contact = m.ContactRecord.get(m.ContactRecord.uid == uid)
    dialog = SyncConflictsDialog(context, select=("contact", contact.id))
    for _ in range(2):  # the list, then the record's detail
        context.jobs.wait_until_idle()
        QApplication.processEvents()
    assert dialog.detail is not None and dialog.detail.deleted_there
    return dialog


def _find_time(context) -> QDialog:
    ids = [_priya(), _priya() + 1]
    slots = propose_slots(
        ids,
        timedelta(minutes=30),
        search_from=FIXED_NOW,
        search_to=FIXED_NOW + timedelta(days=14),
        my_zone="Europe/Berlin",
    )
    return FindTimeDialog(slots=slots, people=people_windows(ids), my_zone="Europe/Berlin")


DIALOGS: dict[type[QDialog], dict[str, Callable]] = {
    MeetingEditorDialog: {
        "series": _meeting_editor,
        "occurrence": lambda context: _meeting_editor(context, occurrence=True),
        "needs a look": _marked_meeting_editor,
    },
    FindTimeDialog: {
        "slots": _find_time,
        "none": lambda context: FindTimeDialog(slots=[], people=[], my_zone="UTC"),
    },
    ContactDialog: {
        "add": lambda context: ContactDialog(today=FIXED_NOW.date()),
        "edit": lambda context: ContactDialog(contact_form(_priya()), today=FIXED_NOW.date()),
    },
    InteractionDialog: {
        "log": lambda context: InteractionDialog(name="Priya", now=FIXED_NOW, channels=[]),
        "edit": _interaction_editor,
    },
    InteractionLogDialog: {
        "list": lambda context: InteractionLogDialog(
            context=context, contact_id=_priya(), name="Priya Raman"
        ),
    },
    MergePickerDialog: {
        "pick": lambda context: MergePickerDialog("Priya Raman", merge_candidates(_priya())),
    },
    MergePreviewDialog: {
        "preview": lambda context: MergePreviewDialog(
            preview_merge(keep_id=_priya(), merge_id=_priya() + 1)
        ),
    },
    TextViewerDialog: {
        "note": lambda context: TextViewerDialog(title="Notes of Priya", text="x" * 5000),
    },
    QuickAddDialog: {"add": lambda context: QuickAddDialog(context)},
    ExpectationDialog: {
        "new": lambda context: ExpectationDialog(
            mentorships=list_mentorships(), today=FIXED_NOW.date()
        ),
        "renegotiate": lambda context: ExpectationDialog(
            mentorships=list_mentorships(),
            today=FIXED_NOW.date(),
            replacing=list_expectations()[0],
        ),
    },
    GoalDialog: {
        "new": lambda context: GoalDialog(
            goal=None, mentorships=list_mentorships(), today=FIXED_NOW.date()
        ),
        "edit": lambda context: GoalDialog(
            goal=list_goals(today=FIXED_NOW.date())[0],
            mentorships=list_mentorships(),
            today=FIXED_NOW.date(),
        ),
    },
    RescheduleDialog: {"tasks": lambda context: RescheduleDialog(2, FIXED_NOW.date())},
    LogTimeDialog: {"log": lambda context: LogTimeDialog("Slides", FIXED_NOW.date())},
    MeetingPickDialog: {
        "pick": lambda context: MeetingPickDialog(
            list_occurrences(
                window_start=FIXED_NOW - timedelta(days=3), window_end=FIXED_NOW, now=FIXED_NOW
            )
        )
    },
    TaskDetailsDialog: {
        "details": lambda context: TaskDetailsDialog(
            next(r for r in list_tasks() if r.checklist and r.deliverable)
        ),
    },
    BackupSetupWizard: {
        "setup": lambda context: BackupSetupWizard(context.workspace.root),
    },
    RestoreConfirmation: {
        "confirm": lambda context: RestoreConfirmation(
            BackupFileRow(
                Path("mentordesk-2026-11-28.mdbk"),
                "backup",
                FIXED_NOW,
                123_456,
                "ok",
                {"contacts": 6, "meetings": 10},
            )
        ),
    },
    GuidedReviewDialog: {
        "first": lambda context: GuidedReviewDialog(context),
        "priya": lambda context: GuidedReviewDialog(context, contact_id=_priya()),
    },
    MoveScopeDialog: {"move": lambda context: MoveScopeDialog("Weekly check-in with Priya")},
    CalendarExportDialog: {
        "export": lambda context: CalendarExportDialog(contact_choices(), FIXED_NOW.date()),
    },
    SyncAccountsDialog: {
        "empty": lambda context: SyncAccountsDialog([]),
        "accounts": lambda context: SyncAccountsDialog([_sync_account()]),
    },
    SyncConflictsDialog: {
        "none": lambda context: SyncConflictsDialog(context),
        "conflicts": _conflicts,
        "deleted there": _deleted_there,
    },
    CalendarSettingsDialog: {
        "settings": lambda context: CalendarSettingsDialog(
            CalendarSettings("Mia", "mia@example.org", "/tmp")
        ),
    },
    VCardPreviewDialog: {
        "preview": lambda context: VCardPreviewDialog(
            path=VCARD, preview=preview_vcards(read_vcard_file(VCARD))
        ),
    },
    IcsImportDialog: {
        "preview": lambda context: IcsImportDialog(
            path=INVITE, preview=preview_ics(INVITE.read_bytes())
        ),
    },
}
CASES = [(kind, name) for kind, factories in DIALOGS.items() for name in factories]


def mnemonic(text: str) -> str:
    """The Alt letter of a text ('' when it has none); '&&' is a literal ampersand."""
    match = MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).casefold() if match else ""


def visible_mnemonics(window: QDialog) -> Iterator[tuple[str, str]]:
    """(letter, what) for each visible buddy label, button, group box and tab of a window."""
    for widget in window.findChildren(QLabel):
        if widget.isVisibleTo(window) and widget.buddy() is not None:
            yield mnemonic(widget.text()), f"label {widget.text()!r}"
    for kind in (QAbstractButton, QGroupBox):
        for widget in window.findChildren(kind):
            text = widget.text() if isinstance(widget, QAbstractButton) else widget.title()
            if widget.isVisibleTo(window):
                yield mnemonic(text), f"{kind.__name__} {text!r}"
    for bar in window.findChildren(QTabBar):
        if bar.isVisibleTo(window):
            for index in range(bar.count()):
                yield mnemonic(bar.tabText(index)), f"tab {bar.tabText(index)!r}"


def clashes(window: QDialog) -> dict[str, list[str]]:
    """Letters used by more than one visible control, with the controls."""
    users: dict[str, list[str]] = defaultdict(list)
    for letter, what in visible_mnemonics(window):
        if letter:
            users[letter].append(what)
    return {letter: whats for letter, whats in users.items() if len(whats) > 1}


def dead_labels(window: QDialog) -> list[str]:
    """Visible labels that promise an Alt letter but have no buddy to take the focus."""
    return [
        label.text()
        for label in window.findChildren(QLabel)
        if label.isVisibleTo(window) and mnemonic(label.text()) and label.buddy() is None
    ]


def _pages(window: QDialog) -> Iterator[str]:
    """Show each tab of each tab widget in turn (once when there is none)."""
    tabs = window.findChildren(QTabWidget)
    if not tabs:
        yield "the dialog"
    for widget in tabs:
        for index in range(widget.count()):
            widget.setCurrentIndex(index)
            yield f"tab {widget.tabText(index)!r}"


@pytest.mark.parametrize(("kind", "name"), CASES, ids=[f"{k.__name__}-{n}" for k, n in CASES])
def test_no_two_visible_controls_share_an_alt_letter(qtbot, demo_context, kind, name):
    window = DIALOGS[kind][name](demo_context)
    qtbot.addWidget(window)
    window.show()
    for page in _pages(window):
        assert clashes(window) == {}, f"{kind.__name__} ({name}), {page}"
        assert dead_labels(window) == [], f"{kind.__name__} ({name}), {page}"
    window.done(QDialog.DialogCode.Accepted)  # closes without asking about changes


def test_the_checker_sees_a_clash(qtbot):
    window = QDialog()
    qtbot.addWidget(window)
    tabs = QTabWidget(window)
    tabs.addTab(QLabel("one"), "&Where we met")
    QPushButton("Move do&wn", window)
    window.show()
    assert list(clashes(window)) == ["w"]


def _dialog_classes() -> set[type[QDialog]]:
    """Every QDialog subclass defined in the mentordesk.ui package."""
    found = set()
    for info in pkgutil.walk_packages(mentordesk.ui.__path__, "mentordesk.ui."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for _, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, QDialog) and value.__module__ == module.__name__:
                found.add(value)
    return found


def test_every_dialog_of_the_app_is_walked():
    missing = {kind.__name__ for kind in _dialog_classes()} - {k.__name__ for k in DIALOGS}
    assert not missing, f"add a factory for {sorted(missing)} to DIALOGS in {__name__}"
