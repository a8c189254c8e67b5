"""The review list model."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mentordesk.services.reviews.listing import ReviewRow
from mentordesk.ui.format import fmt_date, fmt_minutes
from mentordesk.ui.widgets.table_model import Column, RowTableModel


def _tr(text: str) -> str:
    """Translate a column title."""
    return QCoreApplication.translate("ReviewTableModel", text)


def _ratio(done: int, planned: int) -> str:
    """'done of planned'."""
    return _tr("{0} of {1}").format(done, planned)


def review_columns() -> list[Column]:
    """The columns of the review list."""
    return [
        Column(
            _tr("Period"),
            lambda r: f"{fmt_date(r.period_start)} – {fmt_date(r.period_end)}",
            lambda r: r.period_end.isoformat(),
        ),
        Column(_tr("Mentorship"), lambda r: r.subject),
        Column(_tr("Meetings held"), lambda r: _ratio(r.meetings_held, r.meetings_planned)),
        Column(_tr("Tasks done"), lambda r: _ratio(r.tasks_done, r.tasks_planned)),
        Column(_tr("Time invested"), lambda r: fmt_minutes(r.minutes), lambda r: r.minutes, True),
        Column(_tr("Changes made"), lambda r: str(r.adaptations), lambda r: r.adaptations, True),
        Column(_tr("Went well"), lambda r: r.went_well, tooltip=lambda r: r.went_well),
        Column(_tr("Kinks"), lambda r: r.kinks, tooltip=lambda r: r.kinks),
    ]


class ReviewTableModel(RowTableModel):
    """Reviews as rows of ReviewRow."""

    def __init__(self, parent=None) -> None:
        super().__init__(review_columns(), parent)


__all__ = ["ReviewRow", "ReviewTableModel"]
