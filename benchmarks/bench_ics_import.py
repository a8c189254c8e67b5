"""Benchmark: import 2,000 invitations with `mentordesk import-ics` against `khal import --batch`.

Both run as commands on the same file into a fresh workspace (a fresh khal config and vdir),
alternating, several rounds; the medians and their ratio are printed (goal: 5x faster than
khal). The in-process service time (`apply_ics`, no interpreter start-up) is printed too.
"""

from __future__ import annotations

import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from floors import KHAL_CONFIG  # benchmarks/ is on sys.path when a benchmark runs

from mentordesk.db.database import close_database, open_database
from mentordesk.services.interop.ics.importing import apply_ics

INVITATIONS = 2_000
ROUNDS = 3
SEED = 20_261_128
ZONES = ["Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Sydney", "UTC"]


def generate(count: int, *, seed: int = SEED) -> str:
    """`count` REQUEST invitations (one-offs and weekly series) with attendees and alarms."""
    rng = random.Random(seed)
    events = "".join(_event(i, rng) for i in range(count))
    zones = "".join(_vtimezone(z) for z in ZONES if z != "UTC")
    head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\nMETHOD:REQUEST\r\n"
    return head + zones + events + "END:VCALENDAR\r\n"


def _event(index: int, rng: random.Random) -> str:
    """One invitation in the shape Google and Outlook send."""
    zone = rng.choice(ZONES)
    day = 1 + index % 28
    hour = 8 + index % 9
    tzid = "" if zone == "UTC" else f";TZID={zone}"
    end_z = "Z" if zone == "UTC" else ""
    lines = [
        "BEGIN:VEVENT",
        f"UID:bench-{index:05d}@example.com",
        "DTSTAMP:20261101T090000Z",
        f"DTSTART{tzid}:202703{day:02d}T{hour:02d}0000{end_z}",
        f"DTEND{tzid}:202703{day:02d}T{hour:02d}4500{end_z}",
        f"SUMMARY:Mentoring session {index}",
        f"DESCRIPTION:Agenda for session {index}: goals\\, tasks and notes.",
        "ORGANIZER;CN=Priya Raman:mailto:priya@example.com",
        f"ATTENDEE;CN=Guest {index};PARTSTAT=NEEDS-ACTION:mailto:guest{index}@example.org",
        f"SEQUENCE:{rng.randint(0, 3)}",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
    ]
    if index % 4 == 0:
        lines.append("RRULE:FREQ=WEEKLY;COUNT=10")
    lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "TRIGGER:-PT15M"]
    lines += ["END:VALARM", "END:VEVENT"]
    return "\r\n".join(lines) + "\r\n"


def _vtimezone(zone: str) -> str:
    """A VTIMEZONE for a zone, as icalendar writes it."""
    from icalendar import Timezone

    return Timezone.from_tzid(zone).to_ical().decode()


def _run(argv: list[str], env: dict[str, str]) -> float:
    """Run a command; its wall time in seconds (it must succeed without a warning)."""
    started = time.perf_counter()
    done = subprocess.run(argv, env=env, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{argv[0]} failed: {done.stderr.strip()[:300]}")
    return seconds


def time_mentordesk(file: Path, scratch: Path) -> float:
    """`mentordesk --data-dir fresh import-ics FILE`."""
    exe = Path(sys.executable).with_name("mentordesk")
    argv = [str(exe), "--data-dir", str(scratch / "workspace"), "import-ics", str(file)]
    return _run(argv, dict(os.environ))


def time_khal(file: Path, scratch: Path) -> float:
    """`khal -c fresh-config import --batch -a bench FILE` into a fresh vdir."""
    vdir = scratch / "vdir"
    vdir.mkdir()
    config = scratch / "khal.conf"
    config.write_text(KHAL_CONFIG.format(vdir=vdir, cache=scratch / "khal.db"), encoding="utf-8")
    exe = shutil.which("khal") or str(Path(sys.executable).with_name("khal"))
    env = dict(os.environ, XDG_DATA_HOME=str(scratch), XDG_CONFIG_HOME=str(scratch))
    return _run([exe, "-c", str(config), "import", "--batch", "-a", "bench", str(file)], env)


def time_service(text: str, scratch: Path) -> float:
    """`apply_ics` in this process, into a fresh database."""
    open_database(scratch / "service.sqlite3")
    try:
        started = time.perf_counter()
        result = apply_ics(text.encode())
        seconds = time.perf_counter() - started
    finally:
        close_database()
    assert result.summary().startswith(f"{INVITATIONS} new"), result.summary()
    return seconds


def main() -> int:
    """Alternate the three measurements for several rounds; print medians and the ratio."""
    text = generate(INVITATIONS)
    times: dict[str, list[float]] = {"mentordesk": [], "khal": [], "service": []}
    with tempfile.TemporaryDirectory(prefix="mentordesk-bench-ics-") as folder:
        file = Path(folder) / "invitations.ics"
        file.write_text(text, encoding="utf-8", newline="")
        for round_number in range(ROUNDS):
            for name, measure in (("mentordesk", time_mentordesk), ("khal", time_khal)):
                scratch = Path(tempfile.mkdtemp(dir=folder))
                times[name].append(measure(file, scratch))
            times["service"].append(time_service(text, Path(tempfile.mkdtemp(dir=folder))))
            print(
                f"round {round_number + 1}: "
                + ", ".join(f"{k} {v[-1]:.2f} s" for k, v in times.items())
            )
    median = {name: statistics.median(values) for name, values in times.items()}
    print(
        f"import {INVITATIONS} invitations, medians of {ROUNDS}: mentordesk import-ics "
        f"{median['mentordesk']:.2f} s (service alone {median['service']:.2f} s), "
        f"khal import --batch {median['khal']:.2f} s; "
        f"khal/mentordesk = {median['khal'] / median['mentordesk']:.1f}x (goal 5x), "
        f"khal/service = {median['khal'] / median['service']:.1f}x"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
