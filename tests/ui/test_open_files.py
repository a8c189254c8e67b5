"""Opening files: the window on a workspace takes the files a second launch hands over."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from mentordesk.app import take_files
from mentordesk.db import models as m
from mentordesk.ui.calendar.ics_import_jobs import IcsImportFlow
from mentordesk.ui.contacts.vcard_jobs import VCardJobs
from mentordesk.ui.single_instance import FileReceiver, hand_over, server_name
from mentordesk.workspace_lock import acquire_lock
from tests.ui.conftest import shown_window

DATA = Path(__file__).resolve().parents[1] / "data" / "vcards"
ICS_DATA = Path(__file__).resolve().parents[1] / "data" / "ics"


class _Accepting:
    """A preview dialog that the user accepts."""

    DialogCode = QDialog.DialogCode

    def exec(self):
        return QDialog.DialogCode.Accepted


@pytest.fixture
def previews(monkeypatch):
    """The paths whose import preview was shown (and accepted)."""
    shown = []

    def accept(jobs, path, preview):
        shown.append(path)
        return _Accepting()

    monkeypatch.setattr(VCardJobs, "preview_dialog", accept)
    return shown


@pytest.fixture
def window(qtbot, context):
    """A window on an empty workspace, listening for files as the app's window does."""
    win = shown_window(qtbot, context)
    take_files(win, context.workspace, [])
    return win


def _contact_names() -> set[str]:
    return {c.name for c in m.ContactRecord.select()}


HAND_OVER = (
    "import sys; from pathlib import Path; from mentordesk.paths import Workspace; "
    "from mentordesk.ui.single_instance import hand_over; "
    "sys.exit(0 if hand_over(Workspace(Path(sys.argv[1])), sys.argv[2:]) else 1)"
)


def _launch(*args: str) -> subprocess.Popen:
    """A second process (offscreen) whose exit code the test waits for."""
    return subprocess.Popen(
        [sys.executable, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )


def _hand_over(qtbot, workspace, files) -> bool:
    """Run the second launch's client in another process while this one serves the window.

    (A thread would not do: the blocking socket calls keep the GIL from the serving thread.)
    """
    client = _launch("-c", HAND_OVER, str(workspace.root), *map(str, files))
    qtbot.waitUntil(lambda: client.poll() is not None, timeout=30_000)
    client.communicate()
    return client.returncode == 0


def test_an_open_window_takes_a_handed_over_vcard_and_imports_it(qtbot, window, previews):
    assert _contact_names() == set()
    file = DATA / "google_contacts.vcf"
    assert _hand_over(qtbot, window.context.workspace, [file]) is True
    qtbot.waitUntil(lambda: previews == [file])
    assert window.current_key() == "contacts"
    assert len(_contact_names()) > 0


def test_a_launch_with_a_file_opens_its_preview(qtbot, context, previews):
    win = shown_window(qtbot, context)
    take_files(win, context.workspace, [DATA / "iphone.vcf"])
    qtbot.waitUntil(lambda: previews == [DATA / "iphone.vcf"])
    assert len(_contact_names()) > 0


def test_a_handed_over_calendar_file_opens_its_preview_and_imports_it(
    qtbot, window, previews, monkeypatch
):
    shown = []

    def accept(flow, path, preview):
        shown.append((path, preview.summary()))
        return _Accepting()

    monkeypatch.setattr(IcsImportFlow, "preview_dialog", accept)
    ics = ICS_DATA / "outlook-windows-zone.ics"
    assert _hand_over(qtbot, window.context.workspace, [ics]) is True
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert shown == [(ics, "1 new, 0 updated, 0 cancelled, 0 unchanged, 0 stale")]
    qtbot.waitUntil(lambda: m.MeetingRecord.select().count() == 1)
    assert window.current_key() == "calendar"
    assert [x.title for x in m.MeetingRecord.select()] == ["Portfolio review"]
    assert previews == [] and _contact_names() == set()


def test_a_second_launch_hands_its_file_over_and_exits_0(qtbot, window, previews):
    workspace = window.context.workspace
    lock = acquire_lock(workspace)  # as the app's window holds it
    try:
        launch = _launch(
            "-m", "mentordesk", "--data-dir", str(workspace.root), str(DATA / "nextcloud_4_0.vcf")
        )
        qtbot.waitUntil(lambda: launch.poll() is not None, timeout=60_000)
    finally:
        lock.unlock()
    out, err = launch.communicate()
    assert launch.returncode == 0, err
    assert out == "" and err == ""
    assert previews == [DATA / "nextcloud_4_0.vcf"]
    assert len(_contact_names()) > 0


def test_a_stale_lock_with_nobody_listening_is_refused_in_one_line(workspace, database, qapp):
    assert hand_over(workspace, [DATA / "iphone.vcf"]) is False
    lock = acquire_lock(workspace)  # held, but no window answers
    try:
        result = subprocess.run(
            [sys.executable, "-m", "mentordesk", "--data-dir", str(workspace.root)]
            + ["--quit-after-show", str(DATA / "iphone.vcf")],
            capture_output=True,
            text=True,
            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
            timeout=60,
        )
    finally:
        lock.unlock()
    assert result.returncode == 3
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "already has" in lines[0]
    assert _contact_names() == set()


def test_a_socket_left_behind_by_a_crashed_window_is_replaced(workspace, qapp):
    crashed = FileReceiver(workspace)
    assert crashed.listen()
    again = FileReceiver(workspace)
    try:
        assert again.listen()
    finally:
        again.close()
        crashed.close()


def test_the_server_name_is_short_and_per_workspace(tmp_path):
    from mentordesk.paths import Workspace

    one, two = Workspace(tmp_path / "one"), Workspace(tmp_path / "two")
    assert server_name(one) != server_name(two)
    assert server_name(one) == server_name(Workspace(tmp_path / "x" / ".." / "one"))
    assert len(server_name(one)) <= 32


def test_a_second_launch_with_no_file_only_brings_the_window_forward(qtbot, window, previews):
    assert _hand_over(qtbot, window.context.workspace, []) is True
    assert previews == [] and _contact_names() == set()
