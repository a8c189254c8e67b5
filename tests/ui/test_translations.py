"""Translations: the catalogs are complete and compiled, German shows, plurals and dates follow."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSize
from PySide6.QtWidgets import QDialog

from mentordesk.core.enums import Stage
from mentordesk.ui.format import fmt_date, fmt_wall
from mentordesk.ui.labels import LABELS, label
from tests.ui.conftest import shown_window
from tests.ui.test_mnemonics import CASES, DIALOGS, _pages, clashes, dead_labels
from tests.ui.test_small_screen import _cut_off

ROOT = Path(__file__).resolve().parents[2]


def _tool():
    """tools/update_translations.py as a module."""
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_every_string_is_translated_and_compiled():
    problems = _tool().check()
    assert problems == [], (
        "run `python tools/update_translations.py`, translate, run it again:\n"
        + "\n".join(problems)
    )


def test_the_check_names_a_missing_string(tmp_path, monkeypatch):
    tool = _tool()
    source = tmp_path / "mentordesk" / "ui" / "new_view.py"
    source.parent.mkdir(parents=True)
    source.write_text(
        'from PySide6.QtCore import QCoreApplication\nQCoreApplication.translate("NewView", "Brand new")\n'
    )
    ts_dir = tmp_path / "resources" / "translations"
    ts_dir.mkdir(parents=True)
    (ts_dir / "mentordesk_de.ts").write_text(tool._empty_ts("de"))
    monkeypatch.setattr(tool, "ROOT", tmp_path)
    monkeypatch.setattr(tool, "SOURCE_DIR", tmp_path / "mentordesk")
    monkeypatch.setattr(tool, "TS_DIR", ts_dir)
    monkeypatch.setattr(tool, "QM_DIR", tmp_path)
    problems = tool.check_language("de")
    assert 'resources/translations/mentordesk_de.ts: missing NewView: "Brand new"' in problems
    assert "mentordesk_de.qm is stale or missing" in problems[-1]


def test_the_main_window_speaks_german(qtbot, demo_context, german):
    from mentordesk.ui.main_window import MainWindow

    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Datei", "&Bearbeiten", "&Ansicht", "&Hilfe"]
    titles = {spec.key: spec.title for spec in window.specs}
    assert titles["contacts"] == "Kontakte" and titles["backups"] == "Sicherungen"
    window.show_view("tasks")
    assert window.views["tasks"].heading.text() == "Ziele und Aufgaben"
    assert window.main_actions.quit.text() == "&Beenden"


def test_plurals_for_one_and_two(german):
    from mentordesk.ui.contacts.detail_pane import _replies

    assert (_replies(1), _replies(2)) == ("1 Antwort", "2 Antworten")


def test_english_plurals():
    from mentordesk.ui.contacts.detail_pane import _replies

    assert (_replies(1), _replies(2)) == ("1 reply", "2 replies")


def test_dates_follow_the_locale(german):
    assert fmt_date(date(2026, 11, 28)) == "28.11.2026"
    assert fmt_wall(datetime(2026, 11, 28, 9, 5)) == "28.11.2026 09:05"
    QLocale.setDefault(QLocale("en_US"))
    assert fmt_date(date(2026, 11, 28)) == "11/28/2026"


def test_stored_values_are_labelled_in_german(german):
    assert label(Stage, "building_rapport") == "Vertrauen aufbauen"
    assert label(Stage, "not_a_stage") == "not_a_stage"


def test_every_member_of_a_labelled_enum_has_its_label():
    missing = [
        f"{kind.__name__}.{m.name}"
        for kind, table in LABELS.items()
        for m in kind
        if m not in table
    ]
    assert missing == []


@pytest.mark.parametrize(("kind", "name"), CASES, ids=[f"{k.__name__}-{n}" for k, n in CASES])
def test_german_alt_letters_do_not_clash(qtbot, demo_context, german, kind, name):
    window = DIALOGS[kind][name](demo_context)
    qtbot.addWidget(window)
    window.show()
    for page in _pages(window):
        assert clashes(window) == {}, f"{kind.__name__} ({name}), {page}"
        assert dead_labels(window) == [], f"{kind.__name__} ({name}), {page}"
    window.done(QDialog.DialogCode.Accepted)


@pytest.mark.parametrize("key", ["today", "contacts", "calendar", "tasks", "reviews", "backups"])
def test_every_view_fits_800_by_600_in_german(qtbot, demo_context, german, key):
    window = shown_window(qtbot, demo_context, size=(800, 600))
    window.show_view(key)
    qtbot.wait(10)
    assert window.size() == QSize(800, 600)
    assert window.minimumSizeHint().width() <= 800
    assert _cut_off(window, window.views[key]) == []


def test_a_service_error_is_worded_in_german(german):
    from mentordesk.core.errors import ValidationError
    from mentordesk.services.contacts.form import ContactForm, validate_contact_form
    from mentordesk.ui.errors import error_text

    with pytest.raises(ValidationError) as raised:
        validate_contact_form(ContactForm(name="Noor", meeting_cadence_days=0))
    assert str(raised.value) == "Meeting cadence must be at least 1 day (got 0)."  # the CLI's
    assert error_text(raised.value) == "Der Rhythmus muss mindestens 1 Tag sein (angegeben: 0)."
    assert error_text(ValidationError("Plain English.")) == "Plain English."
