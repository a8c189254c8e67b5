"""Meetings' derived UTC columns: what they were computed with, and recomputing them on change.

Wall times are the truth (see MeetingRecord). `starts_at`/`ends_at` depend on the tz database
and, for floating and all-day meetings, on the computer's zone; when either differs from what
`meta_record` says they were computed with, every meeting's derived columns are recomputed.
Plain SQL on the handle passed in, so database.py can call it without an import cycle.
"""

from __future__ import annotations

import os
import time
import zoneinfo
from datetime import UTC
from pathlib import Path

from peewee import Database

from mentordesk.core.meeting_time import MeetingTime

TZDATA_KEY = "derived_times.tzdata"
LOCAL_ZONE_KEY = "derived_times.local_zone"
LOCALTIME = Path("/etc/localtime")


def tzdata_version() -> str:
    """The tz database versions zoneinfo may read: the tzdata package's and the system's."""
    found = [f"tzdata {v}" for v in [_package_tzdata()] if v]
    found += [f"system {v}" for v in [_system_tzdata()] if v]
    return ", ".join(found) or "unknown"


def _package_tzdata() -> str:
    """IANA_VERSION of the tzdata package, or "" when it is not installed."""
    try:
        import tzdata
    except ImportError:
        return ""
    return str(getattr(tzdata, "IANA_VERSION", ""))


def _system_tzdata() -> str:
    """The version of the first system zone folder that names one ("" when none does)."""
    for folder in zoneinfo.TZPATH:
        for name, prefix in (("tzdata.zi", "# version "), ("+VERSION", "")):
            line = _first_line(Path(folder) / name)
            if line.startswith(prefix) and line[len(prefix) :]:
                return line[len(prefix) :]
    return ""


def _first_line(path: Path) -> str:
    """The stripped first line of a text file, or "" when it cannot be read."""
    try:
        with path.open(encoding="utf-8") as lines:
            return lines.readline().strip()
    except (OSError, UnicodeDecodeError):
        return ""


def local_zone_name() -> str:
    """The computer's zone: $TZ, the IANA key /etc/localtime links to, or its names and offsets."""
    if os.environ.get("TZ"):
        return os.environ["TZ"]
    try:
        target = LOCALTIME.resolve(strict=True)
    except OSError:
        target = None
    for folder in zoneinfo.TZPATH if target else ():
        if target.is_relative_to(folder):
            return target.relative_to(folder).as_posix()
    return f"{'/'.join(time.tzname)} {time.timezone} {time.altzone}"


def derived_times_basis() -> dict[str, str]:
    """What derived columns computed now would depend on."""
    return {TZDATA_KEY: tzdata_version(), LOCAL_ZONE_KEY: local_zone_name()}


def refresh_derived_times(database: Database) -> bool:
    """Recompute the derived columns if tzdata or the local zone changed; True when it did."""
    if "meta_record" not in database.get_tables():
        return False  # a schema before 3: nothing derived yet
    wanted = derived_times_basis()
    query = "SELECT key, value FROM meta_record WHERE key IN (?, ?)"
    if dict(database.execute_sql(query, tuple(wanted)).fetchall()) == wanted:
        return False
    with database.atomic():
        recompute_derived_times(database)
        for key, value in wanted.items():
            database.execute_sql(
                "INSERT OR REPLACE INTO meta_record (key, value) VALUES (?, ?)", (key, value)
            )
    return True


def recompute_derived_times(database: Database) -> int:
    """Recompute every meeting's `starts_at`/`ends_at` from its wall times; returns the count."""
    rows = database.execute_sql(
        "SELECT id, time_kind, start_wall, end_wall, timezone FROM meeting_record"
    ).fetchall()
    for meeting_id, kind, start, end, zone in rows:
        when = MeetingTime.from_storage(kind=kind, start=start, end=end, zone=zone)
        database.execute_sql(
            "UPDATE meeting_record SET starts_at = ?, ends_at = ? WHERE id = ?",
            (_utc_text(when.start_utc()), _utc_text(when.end_utc()), meeting_id),
        )
    return len(rows)


def _utc_text(moment) -> str:
    """An instant as UTCDateTimeField stores it."""
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()
