"""Benchmark: export 20,000 meetings as iCalendar against icalendar serialising them itself.

The floor builds the same VEVENTs (times in their zones, rules, exdates, people, alarm) and
the same VTIMEZONEs from plain dicts prepared beforehand, then calls `to_ical`: what any
exporter using icalendar must pay. It is measured twice: one Calendar serialised at the end,
and each event serialised as it is built (as the export does; a smaller heap, less garbage
collection). Ours also reads the meetings and their attendees from the database. Medians of
alternating runs; goal: within 1.5x of both.

    .venv/bin/python benchmarks/bench_ics_export.py [MEETINGS] [RUNS]   (default: 20000 5)
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event, Timezone, vCalAddress, vRecur

from mentordesk.core.meeting_time import MeetingTime
from mentordesk.db.database import close_database, db, open_database
from mentordesk.services.settings import MY_EMAIL, MY_NAME, set_setting

ZONES = ["Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Tokyo", "UTC"]
SERIES_EVERY = 5  # one meeting in five repeats weekly, with a skipped week
CONTACTS = 50
STAMP = datetime(2026, 11, 1, 9, tzinfo=UTC)


def meeting_rows(count: int) -> list[dict]:
    """Plain rows for `count` meetings across the zones and two years."""
    rows = []
    for i in range(count):
        zone = ZONES[i % len(ZONES)]
        start = datetime(2026, 1, 5, 8) + timedelta(days=i % 700, hours=i % 9)
        when = MeetingTime.timed(start, start + timedelta(minutes=45), zone)
        wall_start, wall_end = when.to_storage()
        series = i % SERIES_EVERY == 0
        rows.append(
            {
                "uid": f"bench-{i}@mentordesk.bench",
                "title": f"Meeting {i} about topic {i % 37}",
                "time_kind": "timed",
                "start_wall": wall_start,
                "end_wall": wall_end,
                "timezone": zone,
                "starts_at": when.start_utc(),
                "ends_at": when.end_utc(),
                "rrule": "FREQ=WEEKLY;COUNT=20" if series else "",
                "exdates": [(start + timedelta(days=14)).isoformat()] if series else [],
                "location": "Room 4" if i % 3 else "",
                "agenda": f"Talk about topic {i % 37}" if i % 2 else "",
                "sequence": i % 4,
                "reminder_minutes": None if i % 4 else 10,
                "updated_at": STAMP,
                "created_at": STAMP,
            }
        )
    return rows


def build(root: Path, count: int) -> list[dict]:
    """A workspace holding the meetings, each with one contact; returns the rows."""
    from mentordesk.db import models as m

    open_database(root / "mentordesk.sqlite3")
    rows = meeting_rows(count)
    with db.atomic():
        set_setting(MY_NAME, "Bench Mark")
        set_setting(MY_EMAIL, "bench@example.org")
        for i in range(CONTACTS):
            m.ContactRecord.create(name=f"Person {i:02d}", emails=[{"value": f"p{i}@example.com"}])
        for first in range(0, count, 500):
            m.MeetingRecord.insert_many(rows[first : first + 500]).execute()
        attendees = [{"meeting": i + 1, "contact": i % CONTACTS + 1} for i in range(count)]
        for first in range(0, count, 500):
            m.MeetingAttendeeRecord.insert_many(attendees[first : first + 500]).execute()
    return rows


def ours() -> tuple[float, int]:
    """Seconds for the MentorDesk export (zone cache cleared), and the bytes written."""
    from mentordesk.services.interop.ics.export import export_meetings_ics
    from mentordesk.services.interop.ics.timezones_out import vtimezone

    vtimezone.cache_clear()
    start = time.perf_counter()
    text = export_meetings_ics()
    return time.perf_counter() - start, len(text)


def floor(rows: list[dict]) -> tuple[float, int]:
    """Seconds for icalendar to build and serialise the same events from the plain rows."""
    start = time.perf_counter()
    calendar = _calendar()
    for i, row in enumerate(rows):
        calendar.add_component(_event(i, row))
    text = calendar.to_ical()
    return time.perf_counter() - start, len(text)


def floor_streamed(rows: list[dict]) -> tuple[float, int]:
    """The same, each event serialised as soon as it is built (as the export does)."""
    start = time.perf_counter()
    head = _calendar().to_ical().removesuffix(b"END:VCALENDAR\r\n")
    events = [_event(i, row).to_ical() for i, row in enumerate(rows)]
    text = b"".join([head, *events, b"END:VCALENDAR\r\n"])
    return time.perf_counter() - start, len(text)


def _calendar() -> Calendar:
    """The VCALENDAR with its properties and VTIMEZONEs."""
    calendar = Calendar()
    for key, value in (("prodid", "-//Bench//EN"), ("version", "2.0"), ("method", "PUBLISH")):
        calendar.add(key, value)
    for zone in sorted(set(ZONES) - {"UTC"}):
        span = {"first_date": date(2026, 1, 1), "last_date": date(2039, 1, 1)}
        calendar.add_component(Timezone.from_tzid(zone, **span))
    return calendar


def _event(i: int, row: dict) -> Event:
    """One VEVENT as any icalendar user would write it."""
    tz = UTC if row["timezone"] == "UTC" else ZoneInfo(row["timezone"])
    event = Event()
    event.add("uid", row["uid"])
    for key in ("dtstamp", "created", "last-modified"):
        event.add(key, STAMP)
    event.add("sequence", row["sequence"])
    event.add("dtstart", datetime.fromisoformat(row["start_wall"]).replace(tzinfo=tz))
    event.add("dtend", datetime.fromisoformat(row["end_wall"]).replace(tzinfo=tz))
    event.add("summary", row["title"])
    event.add("status", "CONFIRMED")
    for key, value in (("description", row["agenda"]), ("location", row["location"])):
        if value:
            event.add(key, value)
    organizer = vCalAddress("mailto:bench@example.org")
    organizer.params["CN"] = "Bench Mark"
    event.add("organizer", organizer)
    attendee = vCalAddress(f"mailto:p{i % CONTACTS}@example.com")
    attendee.params.update({"CN": f"Person {i % CONTACTS:02d}", "PARTSTAT": "NEEDS-ACTION"})
    event.add("attendee", attendee)
    if row["rrule"]:
        event.add("rrule", vRecur.from_ical(row["rrule"]))
        event.add("exdate", [datetime.fromisoformat(x).replace(tzinfo=tz) for x in row["exdates"]])
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", timedelta(minutes=-(row["reminder_minutes"] or 15)))
    alarm.add("description", row["title"])
    event.add_component(alarm)
    return event


def main() -> None:
    """Build, run alternately, print medians and the ratios."""
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    with tempfile.TemporaryDirectory() as scratch:
        rows = build(Path(scratch), count)
        timings: dict[str, list[float]] = {"ours": [], "floor": [], "streamed": []}
        sizes = {}
        for _ in range(runs):
            for name, run in (
                ("ours", ours),
                ("floor", lambda: floor(rows)),
                ("streamed", lambda: floor_streamed(rows)),
            ):
                seconds, sizes[name] = run()
                timings[name].append(seconds)
        close_database()
    medians = {name: statistics.median(values) for name, values in timings.items()}
    series = count // SERIES_EVERY
    print(f"{count} meetings ({series} weekly series), {len(ZONES)} zones, {runs} runs", flush=True)
    for name, label in (
        ("ours", "export-ics (ours):                 "),
        ("floor", "icalendar, one Calendar.to_ical:   "),
        ("streamed", "icalendar, event by event to_ical: "),
    ):
        print(f"{label}{medians[name]:6.2f} s median, {sizes[name] / 2**20:5.1f} MiB", flush=True)
    for name in ("floor", "streamed"):
        ratio = medians["ours"] / medians[name]
        print(f"ratio against {name}: {ratio:.2f}x (goal: within 1.5x)", flush=True)


if __name__ == "__main__":
    main()
