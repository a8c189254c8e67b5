"""The one runner for background work: pools, progress, cancel, keyed reads, follow-ups."""

from __future__ import annotations

import contextlib
import gc
import itertools
import logging
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDeadlineTimer,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

from mentordesk.core.changes import ChangeKind
from mentordesk.core.errors import UserError
from mentordesk.core.progress import JobCancelledError
from mentordesk.db.database import db
from mentordesk.ui.errors import error_text

log = logging.getLogger(__name__)
PROGRESS_DELAY_MS = 400
PROGRESS_INTERVAL_S = 0.05  # a worker's reports reach the GUI thread at most this often
DEFERRED_FULL_COLLECTIONS = 1_000_000  # gen-1 collections before a full one, while jobs run
BUSY_SWITCH_INTERVAL_S = 0.001  # how soon a worker lets go of the GIL for the GUI, while jobs run


@contextlib.contextmanager
def thread_connection() -> Iterator[None]:
    """Give the calling thread a database connection for the duration, if it has none."""
    opened = db.is_closed()
    if opened:
        db.connect()
    try:
        yield
    finally:
        if opened:
            db.close()


class JobProgress(QObject):
    """The progress object handed to a service; safe to call from the worker thread."""

    reported = Signal(int, int, str)
    """The worker reported (done, total, message)."""

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()
        self._last_sent = -PROGRESS_INTERVAL_S

    def report(self, done: int, total: int, message: str = "") -> None:
        """Forward a report to the GUI thread: at most one per PROGRESS_INTERVAL_S, and the last."""
        now = time.monotonic()
        if now - self._last_sent < PROGRESS_INTERVAL_S and done < total:
            return
        self._last_sent = now
        self.reported.emit(done, total, message)

    def cancelled(self) -> bool:
        """True once cancel was requested."""
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Ask the worker to stop at its next check."""
        self._cancel.set()


@dataclass
class Job:
    """One unit of background work and what to do with its outcome."""

    id: int
    title: str
    work: Callable[[JobProgress], Any]
    changes: ChangeKind
    on_result: Callable[[Any], None] | None
    then: Callable[[Any], None] | None = None
    key: str | None = None
    done_message: str | Callable[[Any], str] = ""
    on_error: Callable[[BaseException], None] | None = None
    progress: JobProgress = field(default_factory=JobProgress)
    dialog: QProgressDialog | None = None


class _Worker(QRunnable):
    """Runs a job's work in a pool thread and posts the outcome back."""

    def __init__(self, job: Job, outcome: Signal) -> None:
        super().__init__()
        self.job, self.outcome = job, outcome

    def run(self) -> None:
        """Do the work inside a thread connection; never touch widgets here."""
        try:
            with thread_connection():
                result = self.job.work(self.job.progress)
            self.outcome.emit(self.job.id, result, None)
        except Exception as error:  # reported on the GUI thread
            if not isinstance(error, UserError | JobCancelledError):
                log.exception("job %r failed", self.job.title)
            self.outcome.emit(self.job.id, None, error)


class JobRunner(QObject):
    """Starts jobs on pools, delivers results, and queues what may open a dialog or start a job."""

    changed = Signal(object)
    """A finished job changed these kinds of records (a ChangeKind)."""
    failed = Signal(str, str)
    """A job failed: (title, one-line message for the user)."""
    succeeded = Signal(str)
    """A job finished with a message for the user (for the status bar)."""
    _outcome = Signal(int, object, object)
    """A worker finished: (job id, result, error); queued to the GUI thread."""

    def __init__(self, *, dialog_parent: QWidget | None = None, log_file: str = "") -> None:
        super().__init__()
        self.dialog_parent, self.log_file = dialog_parent, log_file
        self._ids = itertools.count(1)
        self._jobs: dict[int, Job] = {}
        self._latest: dict[str, int] = {}
        self._follow_ups: deque[Callable[[], None]] = deque()
        self._delivering = False
        self.read_pool = QThreadPool(self)
        self.write_pool = QThreadPool(self)
        self.write_pool.setMaxThreadCount(1)
        self.long_pool = QThreadPool(self)  # long jobs that commit in short transactions (sync)
        self.long_pool.setMaxThreadCount(1)
        self._long_lock = threading.Lock()  # held by a long job, and by an exclusive one
        self._long_jobs: set[int] = set()
        self._outcome.connect(self._finish, Qt.ConnectionType.QueuedConnection)

    def start(
        self,
        *,
        title: str,
        work: Callable[[JobProgress], Any],
        changes: ChangeKind = ChangeKind.NONE,
        on_result: Callable[[Any], None] | None = None,
        then: Callable[[Any], None] | None = None,
        key: str | None = None,
        writes: bool = False,
        long_running: bool = False,
        exclusive: bool = False,
        show_progress: bool = True,
        done_message: str | Callable[[Any], str] = "",
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Job:
        """Run `work(progress)` in the background; writes go one at a time."""
        # on_result(result) runs while the result is delivered and only shows it; then(result)
        # runs afterwards on the event loop and may open a dialog or start a job. A read's key
        # ("contacts/detail") makes older reads with that key stale: their outcome is dropped.
        # done_message (text, or a function of the result) is announced on success; on_error
        # (after the failure is reported) lets the caller undo its own bookkeeping.
        # long_running: minutes of mostly network work that writes in its own short
        # transactions; it runs on its own thread, so it never holds the write pool.
        # exclusive (a restore): asks running long jobs to stop, runs once they have, and no
        # long job starts its work until it is done.
        _check_start(changes, key, writes)
        if long_running or exclusive:
            work = _holding(self._long_lock, work)
        job = Job(
            next(self._ids), title, work, changes, on_result, then, key, done_message, on_error
        )
        if long_running:
            self._long_jobs.add(job.id)
        if exclusive:
            for running in self._long_jobs:
                self._jobs[running].progress.cancel()
        if not self._jobs:
            _favour_the_gui_thread()
        self._jobs[job.id] = job
        self._supersede(job)
        if show_progress:
            job.dialog = self._progress_dialog(job)
        pool = self.long_pool if long_running else self.write_pool if writes else self.read_pool
        if self._delivering:
            self.queue_follow_up(lambda: self._submit(job, pool))
        else:
            self._submit(job, pool)
        return job

    def _supersede(self, job: Job) -> None:
        """Make the job the latest for its key; ask the older one to stop early."""
        if job.key is None:
            return
        older = self._jobs.get(self._latest.get(job.key, 0))
        if older is not None:
            older.progress.cancel()
        self._latest[job.key] = job.id

    def drop_pending(self, key: str) -> None:
        """Make any result still on its way for `key` stale (e.g. the selection was cleared)."""
        older = self._jobs.get(self._latest.pop(key, 0))
        if older is not None:
            older.progress.cancel()

    def is_stale(self, job: Job) -> bool:
        """True when a newer read with the same key was started (or the key was dropped)."""
        return job.key is not None and self._latest.get(job.key) != job.id

    def _submit(self, job: Job, pool: QThreadPool) -> None:
        """Queue the job on a pool."""
        pool.start(_Worker(job, self._outcome))

    def _progress_dialog(self, job: Job) -> QProgressDialog:
        """A progress dialog that appears only if the job takes a while."""
        dialog = QProgressDialog(job.title, self.tr("Cancel"), 0, 0, self.dialog_parent)
        dialog.setWindowTitle(job.title)
        dialog.setAccessibleName(job.title)
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(job.progress.cancel)
        job.progress.reported.connect(lambda d, t, msg: _show_progress(dialog, d, t, msg))
        return dialog

    def _finish(self, job_id: int, result: Any, error: BaseException | None) -> None:
        """Deliver a job's outcome on the GUI thread; drop it if a newer read replaced it."""
        job = self._jobs.pop(job_id)
        self._long_jobs.discard(job_id)
        if not self._jobs:
            _back_to_normal()
        if job.dialog is not None:
            job.dialog.reset()
            job.dialog.deleteLater()
        if self.is_stale(job):
            log.debug("dropped the stale result of %r", job.title)
            return
        if job.key is not None:
            del self._latest[job.key]
        if error is not None:
            self.queue_follow_up(lambda: self._report_failure(job, error))
            if job.on_error is not None:
                self.queue_follow_up(lambda: job.on_error(error))
            return
        self._deliver(job, result)
        if job.then is not None:
            self.queue_follow_up(lambda: job.then(result))
        if job.changes:
            self.queue_follow_up(lambda: self.changed.emit(job.changes))

    def _deliver(self, job: Job, result: Any) -> None:
        """Hand the result to `on_result` and announce the done message."""
        self._delivering = True
        try:
            if job.on_result is not None:
                job.on_result(result)
            message = job.done_message(result) if callable(job.done_message) else job.done_message
            if message:
                self.succeeded.emit(message)
        finally:
            self._delivering = False

    def is_delivering(self) -> bool:
        """True while a result is being handed to its `on_result`."""
        return self._delivering

    def queue_follow_up(self, step: Callable[[], None]) -> None:
        """Run `step` on a later turn of the event loop, never inside a result's delivery."""
        self._follow_ups.append(step)
        QTimer.singleShot(0, self, self._run_follow_ups)

    def _run_follow_ups(self) -> None:
        """Run the queued follow-ups in order (a follow-up may queue more)."""
        while self._follow_ups:
            self._follow_ups.popleft()()

    def _report_failure(self, job: Job, error: BaseException) -> None:
        """Turn a job's error into one message for the user."""
        if isinstance(error, JobCancelledError):
            self.failed.emit(job.title, self.tr("Cancelled; nothing was changed."))
        elif isinstance(error, UserError):
            self.failed.emit(job.title, error_text(error))
        else:
            message = self.tr("Something went wrong. The details are in the log: {0}")
            self.failed.emit(job.title, message.format(self.log_file))

    def is_idle(self) -> bool:
        """True when no job is queued, running or waiting for delivery, and no follow-up waits."""
        return not self._jobs and not self._follow_ups

    def wait_until_idle(self, timeout_ms: int = 30000) -> None:
        """Block until every job has finished and been delivered (screenshots, tests)."""
        deadline = QDeadlineTimer(timeout_ms)
        while not self.is_idle() and not deadline.hasExpired():
            self.read_pool.waitForDone(20)
            self.write_pool.waitForDone(20)
            self.long_pool.waitForDone(20)
            QCoreApplication.processEvents()


class SynchronousJobRunner(JobRunner):
    """Runs each job at once on the calling thread (tests); follow-ups right after delivery."""

    def _submit(self, job: Job, pool: QThreadPool) -> None:
        """Run the job inline, deliver its outcome, then run the follow-ups."""
        _Worker(job, self._outcome).run()
        QCoreApplication.sendPostedEvents(self)
        self._run_follow_ups()


def _check_start(changes: ChangeKind, key: str | None, writes: bool) -> None:
    """Refuse what would silently misbehave: free-string kinds, keyed writes."""
    if not isinstance(changes, ChangeKind):
        raise TypeError(f"changes must be a ChangeKind, not {changes!r}")
    if key is not None and writes:
        raise ValueError("a key marks a read whose older results may be dropped; not a write")


def _show_progress(dialog: QProgressDialog, done: int, total: int, message: str) -> None:
    """Update a progress dialog from a report."""
    dialog.setMaximum(max(total, 0))
    dialog.setValue(min(done, total) if total > 0 else 0)
    if message:  # services report plain English; ui/labels.py PROGRESS_MESSAGES marks them
        dialog.setLabelText(QCoreApplication.translate("progress", message))


def _holding(lock: threading.Lock, work: Callable[[JobProgress], Any]):
    """The work, done while holding the lock (long jobs and exclusive ones never overlap)."""

    def locked(progress: JobProgress) -> Any:
        with lock:
            return work(progress)

    return locked


_normal: tuple[tuple[int, int, int], float] | None = None
"""The collector thresholds and GIL switch interval to go back to when no job runs."""


# A full pass of the cycle collector holds the GIL while it walks every object, and a job
# building tens of thousands of records set off several (70-150 ms each on the large
# workspace): those passes wait until no job runs (young generations are still collected).
# A thread waiting for the GIL asks the running one to let go after the switch interval:
# 1 ms instead of 5 lets the GUI thread in sooner (nobody waiting, nobody is interrupted).
def _favour_the_gui_thread() -> None:
    """While jobs run, keep a busy worker from holding the GIL for long stretches."""
    global _normal
    if _normal is None:
        _normal = gc.get_threshold(), sys.getswitchinterval()
        young, middle, _ = _normal[0]
        gc.set_threshold(young, middle, DEFERRED_FULL_COLLECTIONS)
        sys.setswitchinterval(BUSY_SWITCH_INTERVAL_S)


def _back_to_normal() -> None:
    """No job runs: the collector's thresholds and the switch interval as they were."""
    global _normal
    if _normal is not None:
        thresholds, interval = _normal
        gc.set_threshold(*thresholds)
        sys.setswitchinterval(interval)
        _normal = None
