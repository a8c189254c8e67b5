"""Floors run.py compares with, each a whole process like the command it stands beside.

python benchmarks/floors.py ics DIR OUT    icalendar serialises the workspace's meetings
python benchmarks/floors.py json DIR OUT   sqlite3 reads every table, json writes it
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

MEETING_COLUMNS = (
    "uid, title, start_wall, end_wall, timezone, sequence, agenda, location, rrule, exdates,"
    " reminder_minutes"
)
KHAL_CONFIG = """[calendars]
[[bench]]
path = {vdir}
type = calendar
[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
default_timezone = UTC
local_timezone = UTC
[sqlite]
path = {cache}
"""


def meeting_rows(database: Path) -> list[dict]:
    """The live meetings as plain rows, read with sqlite3."""
    connection = sqlite3.connect(database)
    connection.row_factory = sqlite3.Row
    live = "deleted_at IS NULL AND time_kind = 'timed'"
    query = f"SELECT {MEETING_COLUMNS} FROM meeting_record WHERE {live}"
    rows = [dict(row) for row in connection.execute(query)]
    for row in rows:
        row["exdates"] = json.loads(row["exdates"] or "[]")
    return rows


def ics_floor(folder: Path, out: Path) -> None:
    """icalendar builds and serialises the same events, one at a time, into a file."""
    from bench_ics_export import _calendar, _event

    rows = meeting_rows(folder / "mentordesk.sqlite3")
    head = _calendar().to_ical().removesuffix(b"END:VCALENDAR\r\n")
    with open(out, "wb") as handle:
        handle.write(head)
        for i, row in enumerate(rows):
            handle.write(_event(i, row).to_ical())
        handle.write(b"END:VCALENDAR\r\n")


def json_floor(folder: Path, out: Path) -> None:
    """Every row of every table, streamed as JSON with sqlite3 and json (no model layer)."""
    connection = sqlite3.connect(folder / "mentordesk.sqlite3")
    connection.row_factory = sqlite3.Row
    tables = [
        name
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    with open(out, "w", encoding="utf-8") as handle:
        for table in tables:
            handle.write(json.dumps(table) + ": [\n")
            for row in connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid'):
                values = {k: (v.hex() if isinstance(v, bytes) else v) for k, v in dict(row).items()}
                handle.write(json.dumps(values, sort_keys=True, indent=2) + ",\n")
            handle.write("]\n")


def khal_vdir(folder: Path, scratch: Path) -> Path:
    """A khal config over a vdir holding the workspace's export, one file per UID; its path."""
    from icalendar import Calendar

    vdir = scratch / "vdir"
    vdir.mkdir(parents=True, exist_ok=True)
    exported = scratch / "export.ics"
    mentordesk = str(Path(sys.executable).with_name("mentordesk"))
    subprocess.run(
        [mentordesk, "--data-dir", str(folder), "export-ics", str(exported)],
        check=True,
        capture_output=True,
    )
    calendar = Calendar.from_ical(exported.read_bytes())
    zones = [c for c in calendar.subcomponents if c.name == "VTIMEZONE"]
    by_uid: dict[str, list] = {}
    for event in calendar.walk("VEVENT"):
        by_uid.setdefault(str(event["UID"]), []).append(event)
    for number, events in enumerate(by_uid.values()):
        item = Calendar()
        item.add("prodid", "-//bench//EN")
        item.add("version", "2.0")
        for component in [*zones, *events]:
            item.add_component(component)
        (vdir / f"event-{number}.ics").write_bytes(item.to_ical())
    config = scratch / "khal.conf"
    config.write_text(KHAL_CONFIG.format(vdir=vdir, cache=scratch / "khal.db"), encoding="utf-8")
    env = dict(os.environ, XDG_DATA_HOME=str(scratch), XDG_CONFIG_HOME=str(scratch))
    khal = str(Path(sys.executable).with_name("khal"))
    subprocess.run(
        [khal, "-c", str(config), "list", "today", "30d"], env=env, check=True, capture_output=True
    )  # builds khal's cache once, outside the timing
    return config


def main(argv: list[str]) -> int:
    """Run one floor."""
    kind, folder, out = argv[0], Path(argv[1]), Path(argv[2])
    {"ics": ics_floor, "json": json_floor}[kind](folder, out)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    sys.exit(main(sys.argv[1:]))
