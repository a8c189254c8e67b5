"""Benchmark: list a month of occurrences, and due reminders, among 20,000 meetings.

Run: python benchmarks/bench_occurrences.py [--meetings N] [--series N] [--runs N]. The
workspace holds one-off meetings over ten years, weekly and monthly series (some ended by
COUNT or UNTIL, some running since years ago), overrides and (one series in five) RDATEs.
Reports the rows the window query loads against the table size, and the median time of
`list_occurrences` for
one month and of `due_reminders` for one 30-second check. Floor: the same month's one-offs
read by a bare peewee query. Goal: a month under 100 ms.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mentordesk.core.meeting_time import MeetingTime, format_wall  # noqa: E402
from mentordesk.db import models as m  # noqa: E402
from mentordesk.db.database import close_database, db, open_database  # noqa: E402
from mentordesk.services.calendar.occurrences import _near, list_occurrences  # noqa: E402
from mentordesk.services.calendar.reminders import due_reminders  # noqa: E402

NOW = datetime(2026, 11, 26, 10, tzinfo=UTC)
ZONES = ["Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Sydney", "UTC"]
RULES = ["FREQ=WEEKLY", "FREQ=WEEKLY;INTERVAL=2", "FREQ=MONTHLY;BYDAY=2TU", "FREQ=WEEKLY;COUNT=10"]
RULES += ["FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", "FREQ=WEEKLY;UNTIL=20240101T000000Z"]


def _record(rng: random.Random, start: datetime, **fields) -> m.MeetingRecord:
    """An unsaved meeting at a wall time in a random zone."""
    record = m.MeetingRecord(title=f"Meeting {rng.randint(1, 10**6)}", **fields)
    zone = rng.choice(ZONES)
    record.when = MeetingTime.timed(start, start + timedelta(minutes=45), zone)
    return record


def fill(meetings: int, series: int, seed: int = 8) -> None:
    """`meetings` rows in all: `series` series with an override each, the rest one-offs."""
    rng = random.Random(seed)
    first = datetime(2018, 1, 1, 9)
    with db.atomic():
        parents = []
        for _ in range(series):
            start = first + timedelta(days=rng.randint(0, 3500), hours=rng.randint(0, 9))
            record = _record(rng, start, rrule=rng.choice(RULES))
            if rng.random() < 0.2:
                record.rdates = [format_wall(start + timedelta(days=rng.randint(1, 900)))]
            record.save()
            parents.append(record)
        for parent in parents:
            original = parent.when.start + timedelta(weeks=rng.randint(1, 200))
            _record(
                rng,
                original + timedelta(days=1),
                recurrence_of=parent,
                recurrence_id=format_wall(original),
            ).save()
        for _ in range(meetings - 2 * series):
            start = first + timedelta(days=rng.randint(0, 3650), hours=rng.randint(0, 10))
            _record(rng, start).save()


def _median(work, runs: int) -> float:
    """The median seconds of `runs` calls of work()."""
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        work()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=20_000)
    parser.add_argument("--series", type=int, default=1_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    window = {"window_start": NOW, "window_end": NOW + timedelta(days=31)}
    with tempfile.TemporaryDirectory() as folder:
        open_database(Path(folder) / "db.sqlite3")
        try:
            fill(args.meetings, args.series)
            total = m.MeetingRecord.select().count()
            loaded = m.MeetingRecord.select().where(_near(**window)).count()
            rows = list_occurrences(**window, now=NOW)
            meeting = m.MeetingRecord
            in_month = (meeting.starts_at >= NOW) & (meeting.starts_at < window["window_end"])
            floor = _median(lambda: list(meeting.select().where(in_month)), args.runs)
            month = _median(lambda: list_occurrences(**window, now=NOW), args.runs)
            check = _median(lambda: due_reminders(NOW, NOW + timedelta(seconds=30)), args.runs)
        finally:
            close_database()
    print(f"meetings {total}, series {args.series}; the month's query loads {loaded} rows")
    print(f"occurrences in the month: {len(rows)}")
    print(f"floor (one-offs of the month, bare query): {floor * 1000:.1f} ms")
    print(f"list_occurrences, one month: {month * 1000:.1f} ms ({month / floor:.1f}x floor)")
    print(f"due_reminders, one 30 s check: {check * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
