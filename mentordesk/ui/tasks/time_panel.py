"""Time invested per week: per goal, per mentor or per task (held meetings included)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mentordesk.core.time_totals import TotalBy
from mentordesk.services.tasks.overview import WeekTotal
from mentordesk.ui.format import fmt_date, fmt_minutes
from mentordesk.ui.widgets.empty_state import EmptyState
from mentordesk.ui.widgets.fast_proxy import FastRowProxy
from mentordesk.ui.widgets.record_table import RecordTable
from mentordesk.ui.widgets.table_model import Column, RowTableModel


def _tr(text: str) -> str:
    """Translate a column title."""
    return QCoreApplication.translate("", text)


class WeekTotalModel(RowTableModel):
    """Weekly totals as rows."""

    def __init__(self, parent=None) -> None:
        columns = [
            Column(_tr("Week of"), lambda r: fmt_date(r.week), lambda r: r.week.isoformat()),
            Column(_tr("For"), lambda r: r.name),
            Column(_tr("Time"), lambda r: fmt_minutes(r.minutes), lambda r: r.minutes, True),
        ]
        super().__init__(columns, parent)


class TimePanel(QWidget):
    """A choice of what to total per, above the weekly totals."""

    meeting_timer_requested = Signal()
    """The user asked to start the timer on a meeting."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Time invested"))
        self.by = QComboBox(self)
        self.by.setAccessibleName(self.tr("Totals per"))
        for kind, text in [
            (TotalBy.GOAL, self.tr("Per goal")),
            (TotalBy.MENTORSHIP, self.tr("Per mentor")),
            (TotalBy.TASK, self.tr("Per task")),
        ]:
            self.by.addItem(text, kind)
        self.by.setToolTip(self.tr("Held meetings count for their mentor unless time was logged"))
        caption = QLabel(self.tr("&Totals"), self)
        caption.setBuddy(self.by)
        self.model = WeekTotalModel(self)
        self.table = RecordTable(
            model=self.model,
            name=self.tr("Time invested"),
            proxy=FastRowProxy(self),
            empty=EmptyState(
                heading=self.tr("No time logged yet"),
                text=self.tr("Start the timer on a task (Ctrl+T) or log time by hand."),
            ),
        )
        self.meeting_timer = QPushButton(self.tr("Time a &meeting…"), self)
        self.meeting_timer.setAccessibleName(self.tr("Start the timer on a meeting"))
        self.meeting_timer.clicked.connect(self.meeting_timer_requested)
        row = QHBoxLayout()
        row.addWidget(caption)
        row.addWidget(self.by)
        row.addStretch(1)
        row.addWidget(self.meeting_timer)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self.by.currentIndexChanged.connect(self._filter)
        self._filter()

    def show_totals(self, totals: list[WeekTotal]) -> None:
        """Show new totals, per the current choice."""
        self.model.set_rows(totals)
        self._filter()

    def _filter(self) -> None:
        """Keep the totals of the chosen kind."""
        kind = self.by.currentData()
        self.table.proxy.set_keep(lambda row: row.by == kind)
