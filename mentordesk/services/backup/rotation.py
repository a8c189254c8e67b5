"""Which automatic backups to keep: 7 daily, 4 weekly and 12 monthly (the newest of each)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

NAME = re.compile(r"^mentordesk-(\d{8}T\d{6}Z)\.mdbk$")
KEEP = {"daily": 7, "weekly": 4, "monthly": 12}


def backup_name(when: datetime) -> str:
    """The file name of an automatic backup made at `when` (UTC)."""
    return f"mentordesk-{when.astimezone(UTC):%Y%m%dT%H%M%SZ}.mdbk"


def made_at(path: Path) -> datetime | None:
    """When an automatic backup was made, from its name; None for any other file."""
    match = NAME.match(path.name)
    return datetime.strptime(match.group(1), "%Y%m%dT%H%M%S%z") if match else None


def _period(when: datetime, rule: str) -> tuple:
    """The day, ISO week or month a backup belongs to."""
    if rule == "daily":
        return (when.date(),)
    if rule == "weekly":
        return tuple(when.isocalendar()[:2])
    return (when.year, when.month)


def backups_to_keep(paths: list[Path], keep: dict[str, int] = KEEP) -> set[Path]:
    """The newest backup of each of the last N days, weeks and months (a union, as borg prune)."""
    dated = sorted(((made_at(p), p) for p in paths if made_at(p)), reverse=True)
    kept: set[Path] = set()
    for rule, count in keep.items():
        seen: list[tuple] = []
        for when, path in dated:
            period = _period(when, rule)
            if period not in seen and len(seen) < count:
                seen.append(period)
                kept.add(path)
    return kept


def rotate(folder: Path, *, keep: dict[str, int] = KEEP, protect: Path | None = None) -> list[Path]:
    """Delete automatic backups no rule keeps; returns what was deleted. Other files stay."""
    paths = sorted(p for p in folder.glob("mentordesk-*.mdbk") if made_at(p))
    kept = backups_to_keep(paths, keep) | ({protect} if protect else set())
    removed = [p for p in paths if p not in kept]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed
