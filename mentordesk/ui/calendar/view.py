"""The calendar view: past and upcoming meetings, recurring check-ins expanded."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QAbstractItemView

from mentordesk.core.changes import ChangeKind
from mentordesk.services.calendar.occurrences import list_occurrences
from mentordesk.ui.calendar.table_model import MeetingTableModel
from mentordesk.ui.context import UiContext
from mentordesk.ui.widgets.empty_state import EmptyState
from mentordesk.ui.widgets.feature_view import FeatureView
from mentordesk.ui.widgets.record_table import RecordTable

PAST = timedelta(days=30)
AHEAD = timedelta(days=90)


class CalendarView(FeatureView):
    """Meetings from a month ago to three months ahead, in your time zone."""

    kinds = ChangeKind.MEETINGS | ChangeKind.CONTACTS

    def __init__(self, context: UiContext, parent=None) -> None:
        super().__init__(
            context,
            title=self.tr("Calendar"),
            subtitle=self.tr(
                "Meetings from the last month and the next three, in your time zone; "
                "the other person's local time is shown when it differs."
            ),
            parent=parent,
        )
        self.model = MeetingTableModel(self)
        empty = EmptyState(
            heading=self.tr("No meetings yet"),
            text=self.tr("Meetings and recurring check-ins with your mentors will appear here."),
            actions=[(self.tr("Load sample data"), self.sample_data_requested.emit)],
        )
        self.table = RecordTable(
            model=self.model, name=self.tr("Meetings"), empty=empty, parent=self
        )
        self.model.emphasis = self._is_today
        self.model.modelReset.connect(self.scroll_to_now)
        self.body.addWidget(self.table, 1)

    def scroll_to_now(self) -> None:
        """Bring the first meeting that has not ended yet to the top of the list."""
        now, proxy = self.context.now(), self.table.proxy
        for row in range(proxy.rowCount()):
            index = proxy.index(row, 0)
            if index.data(MeetingTableModel.RowRole).end > now:
                self.table.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
                self.table.table.selectRow(row)
                return

    def _is_today(self, row) -> bool:
        """True for meetings happening today (shown in bold)."""
        return row.start.astimezone().date() == self.context.today()

    def reload(self) -> None:
        """Load the occurrences around now in the background."""
        now = self.context.now()
        self.load_in_background(
            "calendar/list",
            lambda: list_occurrences(window_start=now - PAST, window_end=now + AHEAD, now=now),
            self.model.set_rows,
        )


if __name__ == "__main__":
    from mentordesk.ui.preview import preview_view

    preview_view(CalendarView)
