"""The meeting occurrence list model."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mentordesk.core.enums import MeetingStatus
from mentordesk.ui.format import when_text
from mentordesk.ui.labels import label
from mentordesk.ui.widgets.table_model import Column, RowTableModel


def _tr(text: str) -> str:
    """Translate a column title or cell text."""
    return QCoreApplication.translate("", text)


def meeting_columns() -> list[Column]:
    """The columns of the meeting list; when and what always show, the rest as room allows."""
    return [
        Column(_tr("When"), when_text, lambda r: r.start.isoformat()),
        Column(_tr("Meeting"), _title_text),
        Column(_tr("With"), lambda r: r.attendees, priority=1),
        Column(_tr("Status"), _status_text, priority=2),
        Column(_tr("Repeats"), lambda r: _tr("Yes") if r.series_id else "", priority=4),
        Column(_tr("Where"), lambda r: r.location, priority=3),
    ]


def _title_text(row) -> str:
    """The title, marked when a sync conflict waits to be looked at."""
    if not row.needs_look:
        return row.title
    return row.title + " ⚠ " + _tr("needs a look")


def _status_text(row) -> str:
    """The occurrence's status, and whether it was moved from its usual time."""
    status = label(MeetingStatus, row.status)
    return _tr("{0}, moved").format(status) if row.moved else status


def meeting_search_texts(rows: list) -> list[str]:
    """Each occurrence's search text, as the model builds it (safe in a worker: no widgets)."""
    columns = meeting_columns()
    return [" ".join([c.text(row) for c in columns] + [""]).casefold() for row in rows]


class MeetingTableModel(RowTableModel):
    """Meeting occurrences as rows of OccurrenceRow."""

    def __init__(self, parent=None) -> None:
        super().__init__(meeting_columns(), parent)
        self._prepared_search: list[str] | None = None

    def set_rows(self, rows, search: list[str] | None = None) -> None:
        """Replace every row; `search` (from `meeting_search_texts` on the rows) saves work."""
        self._prepared_search = search
        super().set_rows(rows)

    def show_prepared(self, prepared: tuple[list, list[str]]) -> None:
        """Show rows with their search texts, as a load job gives them."""
        self.set_rows(*prepared)

    def search_texts(self) -> list[str]:
        """Every row's search text, in row order (prepared, or built now)."""
        if self._prepared_search is None:
            self._prepared_search = [self.search_text(i) for i in range(len(self.rows))]
        return self._prepared_search
