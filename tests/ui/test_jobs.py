"""The real threaded job runner: results, failures, cancel and progress reach the GUI thread."""

from __future__ import annotations

import threading
import time

import pytest

from mentordesk.core.errors import UserError
from mentordesk.core.progress import check_cancelled
from mentordesk.ui.jobs import JobRunner


@pytest.fixture
def runner(qapp, database):
    """A threaded runner (not the synchronous one the other UI tests use)."""
    job_runner = JobRunner(log_file="LOG")
    yield job_runner
    job_runner.wait_until_idle()


def test_result_arrives_on_the_gui_thread(qtbot, runner):
    seen = {}

    def work(progress):
        seen["worker"] = threading.current_thread()
        return 42

    def on_result(value):
        seen["value"], seen["delivered"] = value, threading.current_thread()

    with qtbot.waitSignal(runner.changed, timeout=5000) as blocker:
        runner.start(title="Answer", work=work, on_result=on_result, changes=frozenset({"tasks"}))
    assert blocker.args == [frozenset({"tasks"})]
    assert seen["value"] == 42
    assert seen["worker"] is not threading.main_thread()
    assert seen["delivered"] is threading.main_thread()
    assert runner.is_idle()


def test_user_error_becomes_its_message(qtbot, runner):
    def work(progress):
        raise UserError("the file is not a calendar; choose an .ics file")

    with qtbot.waitSignal(runner.failed, timeout=5000) as blocker:
        runner.start(title="Import", work=work, show_progress=False)
    assert blocker.args == ["Import", "the file is not a calendar; choose an .ics file"]


def test_unexpected_error_names_the_log(qtbot, runner):
    def work(progress):
        raise RuntimeError("boom")

    with qtbot.waitSignal(runner.failed, timeout=5000) as blocker:
        runner.start(title="Export", work=work, show_progress=False)
    assert "LOG" in blocker.args[1] and "boom" not in blocker.args[1]


def test_cancel_stops_the_work_and_reports_it(qtbot, runner):
    started = threading.Event()

    def work(progress):
        started.set()
        for step in range(500):
            check_cancelled(progress)
            progress.report(step, 500, "working")
            time.sleep(0.01)
        return "finished"

    job = runner.start(title="Long", work=work)
    assert started.wait(5)
    from PySide6.QtWidgets import QPushButton

    with qtbot.waitSignal(runner.failed, timeout=5000) as blocker:
        job.dialog.findChild(QPushButton).click()
    assert blocker.args[1] == "Cancelled; nothing was changed."


def test_progress_reports_update_the_dialog(qtbot, runner):
    gate = threading.Event()

    def work(progress):
        progress.report(3, 10, "Three of ten")
        gate.wait(5)

    job = runner.start(title="Steps", work=work)
    qtbot.waitUntil(lambda: job.dialog.value() == 3, timeout=5000)
    assert job.dialog.maximum() == 10 and job.dialog.labelText() == "Three of ten"
    gate.set()


def test_writes_run_one_at_a_time(qtbot, runner):
    active, overlaps = [0], []
    lock = threading.Lock()

    def work(progress):
        with lock:
            active[0] += 1
            overlaps.append(active[0])
        time.sleep(0.02)
        with lock:
            active[0] -= 1

    for _ in range(4):
        runner.start(title="Write", work=work, writes=True, show_progress=False)
    runner.wait_until_idle()
    assert overlaps == [1, 1, 1, 1]
