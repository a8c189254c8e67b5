"""Importing an iCalendar file: every event applied in one transaction, or nothing at all."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from mentordesk.core.errors import UserError
from mentordesk.core.progress import NoProgress, Progress, check_cancelled
from mentordesk.db.database import db
from mentordesk.services.interop.ics.importing_apply import GroupWriter, IcsAction, IcsPreviewRow
from mentordesk.services.interop.ics.merge import group_events
from mentordesk.services.interop.ics.parse import parse_ics

__all__ = [
    "IcsAction",
    "IcsImportResult",
    "IcsPreview",
    "IcsPreviewRow",
    "apply_ics",
    "read_ics_file",
]

NO_PROGRESS = NoProgress()


@dataclass(frozen=True)
class IcsPreview:
    """What importing a file does (or did), event by event, and what was noticed on the way."""

    rows: list[IcsPreviewRow]
    warnings: list[str] = field(default_factory=list)

    def count(self, action: IcsAction) -> int:
        """How many events have that outcome."""
        return sum(1 for row in self.rows if row.action is action)

    @property
    def changes_anything(self) -> bool:
        """True when importing would create, update or cancel something."""
        quiet = (IcsAction.UNCHANGED, IcsAction.STALE)
        return any(row.action not in quiet for row in self.rows)

    def summary(self) -> str:
        """One line of counts: new, updated, cancelled, unchanged, stale."""
        parts = [f"{self.count(a)} {a.value}" for a in IcsAction]
        return ", ".join(parts)


IcsImportResult = IcsPreview  # what an import did has the shape of what it would do


def read_ics_file(path: Path | str) -> bytes:
    """The bytes of a calendar file; one line when it cannot be read."""
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise UserError(f"cannot read {path}: {exc.strerror}; check the path") from exc


def apply_ics(
    data: bytes, *, source: str = "the file", progress: Progress = NO_PROGRESS
) -> IcsImportResult:
    """Import every event of the file in one transaction; a damaged file changes nothing."""
    parsed = parse_ics(data, source=source)
    with db.atomic():
        rows = write_groups(parsed.events, progress=progress)
    return IcsPreview(rows=rows, warnings=parsed.warnings)


def write_groups(events, *, progress: Progress) -> list[IcsPreviewRow]:
    """Apply the events grouped per UID (the caller holds the transaction)."""
    groups = group_events(events)
    writer = GroupWriter(groups)
    rows: list[IcsPreviewRow] = []
    for done, group in enumerate(groups, start=1):
        check_cancelled(progress)
        rows += writer.apply(group)
        progress.report(done, len(groups), "Importing meetings")
    writer.flush()
    return sorted(rows, key=lambda r: r.line)
