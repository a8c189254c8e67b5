"""Writes by another program (a CLI import) reach the open window; our own writes do not echo."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from mentordesk.ui.contacts.dialogs import ContactDialog

DATA = Path(__file__).resolve().parents[1] / "data" / "vcards"


@pytest.fixture
def window(demo_window):
    """The main window on the sample data, showing Contacts, its watch primed."""
    demo_window.show_view("contacts")
    demo_window.watch.poll()  # the first look only remembers where the database stands
    return demo_window


def _names(window) -> set[str]:
    return {row.name for row in window.views["contacts"].model.rows}


def test_a_cli_import_while_the_window_is_open_shows_up(window):
    workspace = window.context.workspace
    result = subprocess.run(
        [
            sys.executable, "-m", "mentordesk", "--data-dir", str(workspace.root),
            "import-vcf", str(DATA / "nextcloud_4_0.vcf"),
        ],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    before = _names(window)
    window.watch.poll()
    assert len(_names(window)) > len(before)


def test_our_own_write_does_not_reload_everything(window, monkeypatch):
    reloaded = []
    window.show_view("backups")  # reviews read contacts too (the dashboard's mentors)
    window.show_view("contacts")
    monkeypatch.setattr(window.views["backups"], "reload", lambda: reloaded.append("backups"))

    def accept(dialog):
        dialog.name.setText("New Person")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ContactDialog, "exec", accept)
    window.views["contacts"].contact_actions.add.trigger()
    window.watch.poll()
    window.show_view("backups")
    assert reloaded == []  # contacts changed; backups had nothing to catch up on
