"""The real threaded job runner: results, failures, cancel and progress reach the GUI thread."""

from __future__ import annotations

import threading
import time

import pytest

from mentordesk.core.changes import ChangeKind
from mentordesk.core.errors import UserError, WorkspaceBusyError
from mentordesk.core.progress import check_cancelled
from mentordesk.ui.jobs import JobRunner
from tests.ui.delivery import inside_delivery


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
        runner.start(title="Answer", work=work, on_result=on_result, changes=ChangeKind.TASKS)
    assert blocker.args == [ChangeKind.TASKS]
    assert seen["value"] == 42
    assert seen["worker"] is not threading.main_thread()
    assert seen["delivered"] is threading.main_thread()
    assert runner.is_idle()


@pytest.mark.parametrize("error_class", [UserError, WorkspaceBusyError])
def test_user_error_becomes_its_message(qtbot, runner, error_class):
    def work(progress):
        raise error_class("the file is not a calendar; choose an .ics file")

    with qtbot.waitSignal(runner.failed, timeout=5000) as blocker:
        runner.start(title="Import", work=work, show_progress=False, writes=True)
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


def _gated(gate: threading.Event, value):
    """Work that waits for `gate`, then returns `value`."""

    def work(progress):
        assert gate.wait(5)
        return value

    return work


def test_a_newer_read_with_the_same_key_drops_the_older_result(qtbot, runner):
    gate, delivered, failures = threading.Event(), [], []
    runner.failed.connect(lambda *args: failures.append(args))
    first = runner.start(
        title="Slow", work=_gated(gate, "first"), on_result=delivered.append, key="detail"
    )
    runner.start(
        title="Fast", work=lambda progress: "second", on_result=delivered.append, key="detail"
    )
    qtbot.waitUntil(lambda: delivered == ["second"], timeout=5000)
    gate.set()
    runner.wait_until_idle()
    assert delivered == ["second"] and failures == []
    assert first.progress.cancelled()


def test_reads_with_other_keys_or_none_are_all_delivered(qtbot, runner):
    delivered = []
    for key in ("list", "detail", None, None):
        runner.start(
            title="Read",
            work=lambda progress, k=key: k,
            on_result=delivered.append,
            key=key,
            show_progress=False,
        )
    runner.wait_until_idle()
    assert sorted(delivered, key=str) == sorted(["list", "detail", None, None], key=str)


def test_a_stale_failure_is_not_reported(qtbot, runner):
    gate, failures = threading.Event(), []
    runner.failed.connect(lambda *args: failures.append(args))

    def fail(progress):
        assert gate.wait(5)
        raise UserError("too late to matter")

    runner.start(title="Old", work=fail, key="detail", show_progress=False)
    runner.start(title="New", work=lambda progress: 1, key="detail", show_progress=False)
    gate.set()
    runner.wait_until_idle()
    assert failures == []


def test_drop_pending_makes_the_result_stale(qtbot, runner):
    gate, delivered = threading.Event(), []
    runner.start(title="Read", work=_gated(gate, 1), on_result=delivered.append, key="detail")
    runner.drop_pending("detail")
    gate.set()
    runner.wait_until_idle()
    assert delivered == []


def test_a_job_started_while_delivering_is_submitted_after_delivery(qtbot, runner, monkeypatch):
    events = []
    submit = runner._submit

    def recording_submit(job, pool):
        events.append(("submit", job.title, runner.is_delivering()))
        submit(job, pool)

    def on_result(value):
        events.append("delivering")
        runner.start(title="Follow-up", work=lambda progress: None, show_progress=False)
        events.append("delivered")

    monkeypatch.setattr(runner, "_submit", recording_submit)
    runner.start(title="First", work=lambda progress: 1, on_result=on_result, show_progress=False)
    runner.wait_until_idle()
    assert events == [
        ("submit", "First", False),
        "delivering",
        "delivered",
        ("submit", "Follow-up", False),
    ]


def test_then_runs_on_the_event_loop_after_delivery(qtbot, runner):
    events = []

    def then(value):
        events.append(("then", value, inside_delivery(), runner.is_delivering()))

    runner.start(
        title="Form",
        work=lambda progress: "form",
        on_result=lambda value: events.append(("shown", value, inside_delivery())),
        then=then,
        show_progress=False,
    )
    qtbot.waitUntil(lambda: len(events) == 2, timeout=5000)
    assert events == [("shown", "form", True), ("then", "form", False, False)]


def test_changed_and_failed_are_announced_after_delivery(qtbot, runner):
    seen = []
    runner.changed.connect(lambda kinds: seen.append(("changed", kinds, inside_delivery())))
    runner.failed.connect(lambda title, text: seen.append(("failed", title, inside_delivery())))
    runner.start(title="Write", work=lambda p: None, changes=ChangeKind.CONTACTS, writes=True)

    def fail(progress):
        raise UserError("no")

    runner.start(title="Broken", work=fail, writes=True, show_progress=False)
    runner.wait_until_idle()
    assert seen == [("changed", ChangeKind.CONTACTS, False), ("failed", "Broken", False)]


def test_changes_must_be_a_change_kind(runner):
    with pytest.raises(TypeError, match="ChangeKind"):
        runner.start(title="Typo", work=lambda p: None, changes=frozenset({"contacs"}))
    assert runner.is_idle()


def test_a_key_is_only_for_reads(runner):
    with pytest.raises(ValueError, match="read"):
        runner.start(title="Save", work=lambda p: None, key="detail", writes=True)


def test_progress_reports_are_throttled_but_the_last_arrives(qtbot, runner):
    received = []

    def work(progress):
        for done in range(1, 2001):
            progress.report(done, 2000, "")

    job = runner.start(title="Many steps", work=work, show_progress=False)
    job.progress.reported.connect(lambda d, t, m: received.append(d))
    runner.wait_until_idle()
    assert received and received[-1] == 2000  # the final report always goes through
    assert len(received) < 100  # 2,000 reports within far less than 100 x 50 ms


def test_full_collections_wait_and_the_gil_switches_sooner_while_a_job_runs(qtbot, runner):
    import gc
    import sys

    from mentordesk.ui.jobs import BUSY_SWITCH_INTERVAL_S, DEFERRED_FULL_COLLECTIONS

    normal = gc.get_threshold(), sys.getswitchinterval()
    gate, seen = threading.Event(), []

    def work(progress):
        seen.append((gc.get_threshold()[2], sys.getswitchinterval()))
        gate.wait(5)

    runner.start(title="Long", work=work, show_progress=False)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [(DEFERRED_FULL_COLLECTIONS, BUSY_SWITCH_INTERVAL_S)]
    gate.set()
    runner.wait_until_idle()
    assert (gc.get_threshold(), sys.getswitchinterval()) == normal


def test_an_exclusive_job_stops_a_long_one_and_runs_after_it(qtbot, runner):
    events: list[str] = []
    started = threading.Event()

    def long_work(progress):
        started.set()
        try:
            while True:
                check_cancelled(progress)
                time.sleep(0.01)
        finally:
            events.append("long ended")

    def exclusive_work(progress):
        events.append("exclusive ran")

    runner.start(title="Sync", work=long_work, long_running=True, show_progress=False)
    assert started.wait(5)
    runner.start(
        title="Restore", work=exclusive_work, writes=True, exclusive=True, show_progress=False
    )
    qtbot.waitUntil(runner.is_idle, timeout=5000)
    assert events == ["long ended", "exclusive ran"]


def test_a_long_job_waits_while_an_exclusive_one_runs(qtbot, runner):
    events: list[str] = []
    release = threading.Event()

    def exclusive_work(progress):
        events.append("exclusive started")
        release.wait(5)
        events.append("exclusive ended")

    runner.start(title="Restore", work=exclusive_work, writes=True, exclusive=True)
    qtbot.waitUntil(lambda: events == ["exclusive started"], timeout=5000)
    runner.start(title="Sync", work=lambda progress: events.append("long ran"), long_running=True)
    time.sleep(0.1)
    release.set()
    qtbot.waitUntil(runner.is_idle, timeout=5000)
    assert events == ["exclusive started", "exclusive ended", "long ran"]
