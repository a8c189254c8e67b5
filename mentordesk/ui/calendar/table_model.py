"""The meeting occurrence list model."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from mentordesk.core.enums import MeetingStatus, TimeKind
from mentordesk.services.calendar import OccurrenceRow
from mentordesk.ui.format import fmt_date, fmt_datetime, fmt_time
from mentordesk.ui.labels import label
from mentordesk.ui.widgets.table_model import Column, RowTableModel


def _tr(text: str) -> str:
    """Translate a column title or cell text."""
    return QCoreApplication.translate("MeetingTableModel", text)


def when_text(row: OccurrenceRow) -> str:
    """The start in the user's zone, plus the planning zone's wall time when it differs."""
    if row.time_kind == TimeKind.ALL_DAY.value:
        return _tr("{0} (all day)").format(fmt_date(row.start.date()))
    if row.time_kind == TimeKind.FLOATING.value or not row.timezone:
        return fmt_datetime(row.start.replace(tzinfo=None).astimezone())
    mine = fmt_datetime(row.start)
    local = row.start.astimezone(ZoneInfo(row.timezone))
    if local.utcoffset() == row.start.astimezone().utcoffset():
        return mine
    city = row.timezone.rsplit("/", 1)[-1].replace("_", " ")
    return _tr("{0} ({1} in {2})").format(mine, fmt_time(local), city)


def meeting_columns() -> list[Column]:
    """The columns of the meeting list."""
    return [
        Column(_tr("When"), when_text, lambda r: r.start.isoformat()),
        Column(_tr("Meeting"), lambda r: r.title),
        Column(_tr("With"), lambda r: r.attendees),
        Column(_tr("Status"), lambda r: label(MeetingStatus, r.status)),
        Column(_tr("Repeats"), lambda r: _tr("Yes") if r.recurring else ""),
        Column(_tr("Where"), lambda r: r.location),
    ]


class MeetingTableModel(RowTableModel):
    """Meeting occurrences as rows of OccurrenceRow."""

    def __init__(self, parent=None) -> None:
        super().__init__(meeting_columns(), parent)
