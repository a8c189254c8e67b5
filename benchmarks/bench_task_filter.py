"""Filter and sort 50,000 tasks in the tasks view's table: time per keystroke.

Run: python benchmarks/bench_task_filter.py [--tasks N] [--runs N]. A shown table (offscreen)
over the tasks model and proxy; types a search word one key at a time, then erases it, with
the list sorted by due date; switches smart lists; re-sorts by a column. Each step is timed
until the table has processed and painted it. The first keystroke after a (re)load also
builds the search texts, so it is reported on its own. Goal: a keystroke under 30 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from mentordesk.core.task_lists import SmartList, in_smart_list  # noqa: E402
from mentordesk.services.tasks.listing import TaskRow  # noqa: E402
from mentordesk.ui.tasks.table_model import DUE, TITLE, TaskTableModel  # noqa: E402
from mentordesk.ui.tasks.view import TaskFilterProxy  # noqa: E402

TODAY = date(2026, 11, 26)
VERBS = ["Draft", "Send", "Review", "Prepare", "Book", "Call", "Read", "Write", "Plan", "Ask"]
THINGS = ["the deck", "migration plan", "dependency map", "talk abstract", "CV", "portfolio"]
WORDS = ["for Priya", "with Marcus", "before the review", "about hiring", "", "for the team"]
GOALS = ["Lead a cross-team project", "Give my first conference talk", "", "Ship the platform"]
PEOPLE = ["Priya Raman", "Marcus Okafor", "Elena Petrova", "", "Jordan Lee"]
STATUSES = ["todo", "todo", "doing", "done", "dropped"]


def make_rows(count: int, seed: int = 9) -> list[TaskRow]:
    """`count` varied tasks, the same ones for a given seed."""
    rng = random.Random(seed)
    rows = []
    for i in range(count):
        title = f"{rng.choice(VERBS)} {rng.choice(THINGS)} {rng.choice(WORDS)} #{i}".strip()
        due = TODAY + timedelta(days=rng.randint(-60, 90)) if rng.random() < 0.85 else None
        rows.append(
            TaskRow(
                id=i + 1,
                title=title,
                status=rng.choice(STATUSES),
                priority=rng.randint(0, 3),
                due=due,
                estimate_minutes=rng.choice([None, 15, 30, 60, 120]),
                goal=rng.choice(GOALS),
                contact=rng.choice(PEOPLE),
                mentor_id=rng.choice([None, 1, 2, 3]),
                waiting_on=rng.choice(["", "", "", "them"]),
            )
        )
    return rows


def timed(step) -> float:
    """Milliseconds one step takes, until the table has laid out and painted it."""
    start = time.perf_counter()
    step()
    QApplication.processEvents()
    return (time.perf_counter() - start) * 1000


def measure(count: int) -> dict[str, list[float]]:
    """Times of each kind of step on `count` tasks."""
    model = TaskTableModel(TODAY)
    proxy = TaskFilterProxy()
    proxy.setSourceModel(model)
    table = QTableView()  # set up as RecordTable sets up the tasks table
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.resize(1000, 700)
    table.show()
    rows = make_rows(count)
    load = timed(lambda: model.set_rows(rows))
    table.sortByColumn(DUE, Qt.SortOrder.AscendingOrder)
    QApplication.processEvents()
    word = "dependency"
    first = timed(lambda: proxy.setFilterFixedString(word[:1]))
    typing = [timed(lambda n=n: proxy.setFilterFixedString(word[:n])) for n in range(2, 11)]
    erasing = [timed(lambda n=n: proxy.setFilterFixedString(word[:n])) for n in range(9, -1, -1)]
    smart = []
    for kind in SmartList:
        keep = lambda r, k=kind: in_smart_list(  # noqa: E731
            k, status=r.status, due=r.due, waiting_on=r.waiting_on, today=TODAY
        )
        smart.append(timed(lambda keep=keep: proxy.set_keep(keep)))
    proxy.set_keep(lambda r: True)
    sorting = [
        timed(lambda c=c: table.sortByColumn(c, Qt.SortOrder.DescendingOrder)) for c in (TITLE, DUE)
    ]
    table.close()
    return {
        "load": [load],
        "first key": [first],
        "keystroke": typing + erasing,
        "smart list": smart,
        "sort": sorting,
        "rows": [proxy.rowCount()],
    }


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tasks", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    runs = [measure(args.tasks) for _ in range(args.runs)]
    for kind in ("load", "first key", "keystroke", "smart list", "sort"):
        times = [t for run in runs for t in run[kind]]
        print(
            f"{kind:>10}: median {statistics.median(times):7.1f} ms, worst {max(times):7.1f} ms"
            f" ({len(times)} steps, {args.tasks:,} tasks)"
        )
    print("goal: a keystroke under 30 ms")
    del app


if __name__ == "__main__":
    main()
