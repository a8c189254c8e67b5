"""Month and week grids over 20,000 meetings: load the visible range, show it, page on.

Run: python benchmarks/bench_calendar_grid.py [--meetings N] [--series N] [--runs N]. Fills a
throwaway workspace with one-off meetings spread over five years plus weekly series in several
zones, then times what a page turn costs: `list_occurrences` over the visible range plus the
margin (what the background job does), and handing the rows to the grid and painting it
(what the GUI thread does). The floor, measured in the same run, is the agenda's four-month
window, which is what the calendar loaded before the grids. Goal: a page turn under 100 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TZ", "UTC")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from mentordesk.core.meeting_time import MeetingTime  # noqa: E402
from mentordesk.db import models as m  # noqa: E402
from mentordesk.db.database import db, open_database  # noqa: E402
from mentordesk.services.calendar.occurrences import list_occurrences  # noqa: E402
from mentordesk.ui.calendar.month_grid import MonthGrid  # noqa: E402
from mentordesk.ui.calendar.placing import add_months, load_window  # noqa: E402
from mentordesk.ui.calendar.week_grid import WeekGrid  # noqa: E402

TODAY = date(2026, 11, 26)
ZONES = ["Europe/Berlin", "America/New_York", "Asia/Tokyo", "Australia/Sydney", "UTC"]


def fill(meetings: int, series: int, seed: int = 8) -> None:
    """One-off meetings over five years around TODAY, and weekly series, in one transaction."""
    rng = random.Random(seed)
    rows = []
    for number in range(meetings):
        day = TODAY + timedelta(days=rng.randint(-900, 900))
        start = datetime(day.year, day.month, day.day, rng.randint(7, 19), rng.choice([0, 30]))
        when = MeetingTime.timed(start, start + timedelta(minutes=45), rng.choice(ZONES))
        rows.append(_values(f"Meeting {number}", when))
    for number in range(series):
        start = datetime(2025, 1, 6 + number % 5, 8 + number % 9, 0)
        when = MeetingTime.timed(start, start + timedelta(minutes=30), ZONES[number % len(ZONES)])
        rows.append({**_values(f"Series {number}", when), "rrule": "FREQ=WEEKLY"})
    with db.atomic():
        for first in range(0, len(rows), 500):
            m.MeetingRecord.insert_many(rows[first : first + 500]).execute()


def _values(title: str, when: MeetingTime) -> dict:
    """The stored columns of a meeting."""
    start_wall, end_wall = when.to_storage()
    return {
        "uid": f"{title}@bench",
        "title": title,
        "time_kind": when.kind.value,
        "start_wall": start_wall,
        "end_wall": end_wall,
        "timezone": when.zone,
        "starts_at": when.start_utc(),
        "ends_at": when.end_utc(),
    }


def page_turn(grid, days: list[date], now: datetime) -> tuple[float, float, int]:
    """(load seconds, show-and-paint seconds, rows) for the grid's visible days."""
    start, end = load_window(days)
    began = time.perf_counter()
    rows = list_occurrences(window_start=start, window_end=end, now=now)
    loaded = time.perf_counter()
    grid.set_rows(rows)
    grid.grab()
    return loaded - began, time.perf_counter() - loaded, len(rows)


def main() -> None:
    """Fill, then time month and week page turns against the agenda window."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--meetings", type=int, default=20_000)
    parser.add_argument("--series", type=int, default=40)
    parser.add_argument("--runs", type=int, default=12)
    args = parser.parse_args()
    QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="bench-calendar-"))
    open_database(folder / "mentordesk.sqlite3")
    began = time.perf_counter()
    fill(args.meetings, args.series)
    took = time.perf_counter() - began
    print(f"filled {args.meetings} meetings and {args.series} series in {took:.1f} s")
    now = datetime(2026, 11, 26, 10, tzinfo=UTC)
    agenda = []
    for _ in range(3):
        began = time.perf_counter()
        rows = list_occurrences(
            window_start=now - timedelta(days=30), window_end=now + timedelta(days=90), now=now
        )
        agenda.append(time.perf_counter() - began)
    floor = statistics.median(agenda) * 1000
    print(f"floor: the agenda's 4-month window ({len(rows)} rows) loads in {floor:.0f} ms")
    month = MonthGrid(TODAY)
    month.resize(1000, 640)
    week = WeekGrid(TODAY)
    week.resize(1000, 640)
    for name, grid, step in (
        ("month", month, lambda d: add_months(d, 1)),
        ("week", week.canvas, lambda d: d + timedelta(days=7)),
    ):
        loads, shows, counts = [], [], []
        for _ in range(args.runs):
            grid.go_to(step(grid.focused_day))
            load, show, count = page_turn(grid, grid.days(), now)
            loads.append(load)
            shows.append(show)
            counts.append(count)
        print(
            f"{name}: load {statistics.median(loads) * 1000:.0f} ms (background), "
            f"show+paint {statistics.median(shows) * 1000:.0f} ms (GUI thread), "
            f"{statistics.median(counts):.0f} rows a page; median of {args.runs}"
        )
    print("goal: a page turn under 100 ms")


if __name__ == "__main__":
    main()
