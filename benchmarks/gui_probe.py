"""In-process GUI measurements on a workspace, printed as JSON (run.py runs this per probe).

    python benchmarks/gui_probe.py views DIR      first paint of each view, then switches
    python benchmarks/gui_probe.py filters DIR    keystroke latency in contacts, calendar, tasks
    python benchmarks/gui_probe.py stalls DIR VCF longest GUI-thread stall during jobs

The window is the app's own (`app.build_window`) with the real threaded JobRunner. A view has
painted when its jobs are delivered and a synchronous repaint is done.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from mentordesk.app import application, build_window  # noqa: E402
from mentordesk.core.changes import ChangeKind  # noqa: E402
from mentordesk.db.database import open_database  # noqa: E402
from mentordesk.paths import Workspace  # noqa: E402
from mentordesk.ui.widgets.record_table import SearchField  # noqa: E402

SWITCH_ROUNDS = 3
KEYS = "revi"  # typed one key at a time, then erased the same way
MASTER = bytes(range(32))
IDLE_S = 3  # a job that only sleeps: the stalls the machine's load causes on its own


def _fail(parent, title, text, *args, **kwargs) -> None:
    """A message box would wait for a click: say what it said and stop the probe."""
    print(f"gui_probe: {title}: {text}", file=sys.stderr, flush=True)
    os._exit(3)


QMessageBox.warning = QMessageBox.critical = _fail


def settle(window, *, wait_for_jobs: bool = True) -> None:
    """Run the event loop (until every job is delivered), then paint the window once."""
    app, jobs = QApplication.instance(), window.context.jobs
    app.processEvents()
    while wait_for_jobs and not jobs.is_idle():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        time.sleep(0.0005)
    app.processEvents()
    window.repaint()


def open_window(folder: Path):
    """The main window on the workspace, shown and loaded."""
    application()
    workspace = Workspace(folder)
    open_database(workspace.database, safety_dir=workspace.safety_dir)
    window = build_window(workspace)
    window.resize(1280, 800)
    window.show()
    settle(window)
    return window


def probe_views(folder: Path) -> dict:
    """Seconds to first paint each view, then each switch between built views."""
    window = open_window(folder)
    keys = [spec.key for spec in window.specs]
    first = {}
    for key in keys[1:] + keys[:1]:
        started = time.perf_counter()
        window.show_view(key)
        settle(window)
        first.setdefault(key, time.perf_counter() - started)
    if "tasks" in window.views:
        first["tasks board"] = _first_board(window)
    switches = []
    for _ in range(SWITCH_ROUNDS):
        for key in keys:
            started = time.perf_counter()
            window.show_view(key)
            settle(window)
            switches.append(time.perf_counter() - started)
    return {"first_paint": first, "switch": switches}


def _first_board(window) -> float:
    """Seconds to show the tasks board the first time (its columns lay out every task)."""
    window.show_view("tasks")
    settle(window)
    view = window.views["tasks"]
    started = time.perf_counter()
    view.tabs.setCurrentWidget(view.board)
    settle(window)
    elapsed = time.perf_counter() - started
    view.tabs.setCurrentWidget(view.tasks)
    settle(window)
    return elapsed


def _search_field(view) -> SearchField:
    """The view's visible search field."""
    return next(f for f in view.findChildren(SearchField) if f.isVisible())


def probe_filters(folder: Path) -> dict:
    """Seconds per keystroke (key event, filtering and a repaint) in three views."""
    window = open_window(folder)
    found = {}
    for key in ("contacts", "calendar", "tasks"):
        window.show_view(key)
        view = window.views[key]
        if key == "calendar":
            view.show_mode("agenda")
        settle(window)
        field = _search_field(view)
        field.setFocus()
        found[key] = [_keystroke(window, field, text) for text in KEYS] + [
            _keystroke(window, field, None) for _ in KEYS
        ]
    return found


def _keystroke(window, field: SearchField, text: str | None) -> float:
    """Type one character (None: Backspace): GUI-thread time until the filtered list paints."""
    started = time.perf_counter()
    if text is None:
        QTest.keyClick(field, "\b")
    else:
        QTest.keyClicks(field, text)
    settle(window, wait_for_jobs=False)
    elapsed = time.perf_counter() - started
    settle(window)  # a detail pane loading in the background is not the keystroke's
    return elapsed


class StallRecorder:
    """Ticks every millisecond on the GUI thread; the longest gap is the longest stall."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)
        self.last = 0
        self.longest = 0

    def _tick(self) -> None:
        """Note the gap since the last tick."""
        now = self.clock.elapsed()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self) -> None:
        """Begin recording."""
        self.clock.start()
        self.last, self.longest = 0, 0
        self.timer.start()

    def stop(self) -> float:
        """Stop; the longest stall in seconds."""
        self.timer.stop()
        self._tick()
        return self.longest / 1000


def run_job_recording(window, *, undoable: bool = False, **job) -> float:
    """Start a job through the window's JobRunner; the longest stall until it is delivered.

    An undoable job runs as the app runs a user's write: through `context.undo.run`.
    """
    loop, recorder, jobs = QEventLoop(), StallRecorder(), window.context.jobs
    poll = QTimer()
    poll.timeout.connect(lambda: loop.quit() if jobs.is_idle() else None)
    recorder.start()
    if undoable:
        window.context.undo.run(label=job.pop("title"), show_progress=True, **job)
    else:
        jobs.start(show_progress=True, **job)
    poll.start(5)
    loop.exec()
    poll.stop()
    return recorder.stop()


def probe_stalls(folder: Path, vcf: Path) -> dict:
    """Longest GUI stall (s) while importing, exporting, backing up and restoring."""
    from mentordesk.services.backup.create import create_backup
    from mentordesk.services.backup.keys import KeyFile, wrap_master_key
    from mentordesk.services.backup.reader import Secrets
    from mentordesk.services.backup.restore import restore_backup
    from mentordesk.services.files import write_text_atomic
    from mentordesk.services.interop.export_json import write_export_json
    from mentordesk.services.interop.ics.export_selection import ExportScope
    from mentordesk.services.interop.vcard.transfer import import_vcards, read_vcard_file
    from mentordesk.ui.calendar.export_jobs import write_calendar_file

    window = open_window(folder)
    workspace = window.context.workspace
    out = folder / "probe-out"
    out.mkdir(exist_ok=True)
    keys = KeyFile(crypto_key_id(), [wrap_master_key(MASTER, bytes(20), label="recovery")])
    backup = out / "probe.mdbk"
    jobs = {
        "idle (noise floor)": dict(work=lambda p: time.sleep(IDLE_S)),  # the machine, not us
        "import-vcf": dict(  # as the contacts view imports (vcard_jobs.run_import)
            work=lambda p: import_vcards(read_vcard_file(vcf), progress=p),
            undoable=True,
            changes=ChangeKind.CONTACTS,
        ),
        "export-json": dict(  # as File > Export all data runs it (main_window.start_export_json)
            work=lambda p: write_text_atomic(out / "export.json", write_export_json)
        ),
        "export-ics": dict(  # as File > Export calendar runs it (calendar/export_jobs)
            work=lambda p: write_calendar_file(out / "export.ics", ExportScope(), progress=p)
        ),
        "backup": dict(
            work=lambda p: create_backup(
                workspace, master_key=MASTER, key_file=keys, out=backup, progress=p
            ),
            changes=ChangeKind.BACKUPS,
        ),
        "restore": dict(
            work=lambda p: restore_backup(
                workspace, backup, secrets=Secrets(master_key=MASTER), progress=p
            ),
            writes=True,
            changes=ChangeKind.ALL,
        ),
    }
    window.show_view("contacts")
    settle(window)
    return {name: run_job_recording(window, title=name, **job) for name, job in jobs.items()}


def crypto_key_id() -> bytes:
    """The key id of the probe's master key."""
    from mentordesk.services.backup import crypto

    return crypto.key_id(MASTER)


def main(argv: list[str]) -> int:
    """Run one probe and print its JSON."""
    probe, folder = argv[0], Path(argv[1])
    if probe == "views":
        result = probe_views(folder)
    elif probe == "filters":
        result = probe_filters(folder)
    else:
        result = probe_stalls(folder, Path(argv[2]))
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
