"""The preview of an iCalendar import: the real import run and rolled back, so it is exact."""

from __future__ import annotations

from mentordesk.db.database import db
from mentordesk.services.interop.ics.importing import (
    NO_PROGRESS,
    IcsPreview,
    write_groups,
)
from mentordesk.services.interop.ics.parse import parse_ics


def preview_ics(data: bytes, *, source: str = "the file") -> IcsPreview:
    """What importing the file would do, event by event; nothing is kept."""
    parsed = parse_ics(data, source=source)
    with db.atomic() as transaction:
        rows = write_groups(parsed.events, progress=NO_PROGRESS)
        transaction.rollback()
    return IcsPreview(rows=rows, warnings=parsed.warnings)
