"""The calendar import in the window: preview, import, one Undo for all of it, drag and drop."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialog, QWidget

from mentordesk.db import models as m
from mentordesk.services.interop.ics.preview import preview_ics
from mentordesk.ui.calendar import ics_import_jobs
from mentordesk.ui.calendar.ics_import_dialog import IcsImportDialog
from mentordesk.ui.calendar.ics_import_jobs import IcsImportFlow, install_ics_drop
from tests.ui.conftest import shown_window

DATA = Path(__file__).resolve().parents[1] / "data" / "ics"


class _Answer:
    """A preview dialog the user answers without looking."""

    DialogCode = QDialog.DialogCode

    def __init__(self, accept: bool) -> None:
        self.accept = accept

    def exec(self):
        return QDialog.DialogCode.Accepted if self.accept else QDialog.DialogCode.Rejected


class _Shown(list):
    """Previews shown, as (file name, summary), and the answer the user gives."""

    accept = True


@pytest.fixture
def answered(monkeypatch):
    """The previews shown; each is answered with `answered.accept` (default: yes)."""
    shown = _Shown()

    def dialog(flow, path, preview):
        shown.append((path.name, preview.summary()))
        return _Answer(shown.accept)

    monkeypatch.setattr(IcsImportFlow, "preview_dialog", dialog)
    return shown


def _titles() -> list[str]:
    return sorted(x.title for x in m.MeetingRecord.select())


def test_the_preview_lists_each_event_with_what_will_happen(qtbot, database):
    data = (DATA / "range-thisandfuture.ics").read_bytes()
    dialog = IcsImportDialog(path=DATA / "range-thisandfuture.ics", preview=preview_ics(data))
    qtbot.addWidget(dialog)
    model = dialog.model
    cells = [
        [model.index(row, col).data() for col in range(model.columnCount())]
        for row in range(model.rowCount())
    ]
    assert cells == [
        ["4", "Stand-up", "2027-03-01 09:00 (Europe/Berlin) (repeats)", "", "New meeting"],
        ["11", "Later stand-up", "2027-03-04 11:00 (Europe/Berlin) (repeats)", "", "New meeting"],
    ]
    assert dialog.summary.text().startswith("2 new, 0 updated, 0 cancelled")
    assert dialog.import_button.isEnabled() and _titles() == []


def test_nothing_to_change_leaves_import_disabled(qtbot, database):
    from mentordesk.services.interop.ics.importing import apply_ics

    data = (DATA / "no-uid.ics").read_bytes()
    apply_ics(data)
    dialog = IcsImportDialog(path=DATA / "no-uid.ics", preview=preview_ics(data))
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()
    assert "2 unchanged" in dialog.summary.text()


def test_file_menu_imports_a_calendar_and_one_undo_takes_it_all_back(
    qtbot, context, answered, monkeypatch
):
    window = shown_window(qtbot, context)
    file = DATA / "outlook-windows-zone.ics"
    monkeypatch.setattr(ics_import_jobs, "ask_open_file", lambda *args, **kwargs: file)
    window.main_actions.import_calendar.trigger()
    qtbot.waitUntil(lambda: _titles() == ["Portfolio review"])
    assert answered == [
        ("outlook-windows-zone.ics", "1 new, 0 updated, 0 cancelled, 0 unchanged, 0 stale")
    ]
    assert window.main_actions.undo.text() == "&Undo Import outlook-windows-zone.ics"
    window.main_actions.undo.trigger()
    qtbot.waitUntil(lambda: _titles() == [])


def test_cancel_in_the_preview_imports_nothing(qtbot, context, answered):
    window = shown_window(qtbot, context)
    answered.accept = False
    ics_import_jobs.import_ics_path(context, window, DATA / "no-uid.ics")
    qtbot.waitUntil(lambda: len(answered) == 1)
    assert _titles() == []


def test_a_damaged_file_is_reported_in_one_line_and_no_preview_opens(qtbot, context, answered):
    parent = QWidget()  # no main window: its failure message box would wait for a click
    qtbot.addWidget(parent)
    with qtbot.waitSignal(context.jobs.failed) as failed:
        ics_import_jobs.import_ics_path(context, parent, DATA / "broken-cut-short.ics")
    title, message = failed.args
    assert "broken-cut-short.ics: line 6:" in message and "\n" not in message
    assert answered == [] and _titles() == []


def _drop(drop, widget: QWidget, paths: list[Path]) -> bool:
    """Hand a drop of files to the filter (Qt delivers drops only during a real drag)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    taken = drop.eventFilter(widget, event)
    assert taken == event.isAccepted()
    return taken  # read while the mime data (not owned by the event) lives


def test_dropping_an_ics_file_on_the_calendar_imports_it(qtbot, context, answered):
    target = QWidget()
    qtbot.addWidget(target)
    drop = install_ics_drop(target, context)
    assert target.acceptDrops()
    assert _drop(drop, target, [DATA / "google-x-wr-timezone.ics", DATA / "notes.txt"]) is True
    qtbot.waitUntil(lambda: _titles() == ["Tuesday mentoring"])
    assert [name for name, _ in answered] == ["google-x-wr-timezone.ics"]


def test_other_files_are_not_taken_by_the_drop(qtbot, context, answered):
    target = QWidget()
    qtbot.addWidget(target)
    drop = install_ics_drop(target, context)
    assert _drop(drop, target, [DATA.parent / "vcards" / "google_contacts.vcf"]) is False
    assert answered == []


def test_the_preview_runs_as_a_write_job(qtbot, context, answered, monkeypatch):
    started = []
    real_start = context.jobs.start

    def start(**options):
        started.append((options["title"], options.get("writes", False)))
        return real_start(**options)

    monkeypatch.setattr(context.jobs, "start", start)
    window = shown_window(qtbot, context)
    answered.accept = False
    ics_import_jobs.import_ics_path(context, window, DATA / "no-uid.ics")
    qtbot.waitUntil(lambda: len(answered) == 1)
    assert ("Reading no-uid.ics", True) in started
