"""The review dashboard: a period and mentor, numbers per mentor, headlines and trend charts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentordesk.core.goals import Pace
from mentordesk.services.reviews.dashboard import Dashboard, dashboard
from mentordesk.services.reviews.report import ChartWords, dashboard_charts
from mentordesk.ui.context import UiContext
from mentordesk.ui.format import fmt_minutes
from mentordesk.ui.reviews.charts import ChartPanel
from mentordesk.ui.reviews.dashboard_filters import DashboardFilters
from mentordesk.ui.reviews.dashboard_table import MentorMetricsModel
from mentordesk.ui.reviews.headline import headline_text

Loader = Callable[..., None]  # FeatureView.load_in_background
CHART_KEYS = ("time", "meetings", "changes")


def day_month(day: date) -> str:
    """A short day for a chart's axis ("28 Sep"), in the user's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")


class ReviewDashboard(QWidget):
    """Overall and per-mentor review metrics for the chosen period, loaded in the background."""

    export_requested = Signal()
    """The user asked to export the dashboard as a report."""

    loaded = Signal()
    """A new dashboard is shown."""

    def __init__(self, context: UiContext, load: Loader, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self._load = load
        self.current: Dashboard | None = None
        self._build_ui()
        self._connect()

    def _build_ui(self) -> None:
        """Filters and export on top; the table; headlines and charts in a scroll area."""
        self.filters = DashboardFilters(self.context.today(), self)
        self.export_button = QPushButton(self.tr("E&xport report…"), self)
        self.export_button.setAccessibleName(self.tr("Export report"))
        top = QHBoxLayout()
        top.addWidget(self.filters, 1)
        top.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignBottom)
        self.overall = self._text_label(self.tr("Overall figures"))
        self.model = MentorMetricsModel(self)
        self.table = self._make_table()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.overall)
        layout.addWidget(self.table, 2)
        layout.addWidget(self._build_scroll(), 3)

    def _text_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setAccessibleName(name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return label

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Figures per mentor"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setMinimumHeight(table.fontMetrics().height() * 5)
        return table

    def _build_scroll(self) -> QScrollArea:
        """Headlines above a two-by-two grid of charts, scrolling."""
        inner = QWidget()
        self.headlines = self._text_label(self.tr("Headlines"))
        self.charts = {key: ChartPanel(inner) for key in CHART_KEYS}
        grid = QGridLayout(inner)
        grid.addWidget(self.headlines, 0, 0, 1, 2)
        for position, key in enumerate(CHART_KEYS):
            grid.addWidget(self.charts[key], 1 + position // 2, position % 2)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setAccessibleName(self.tr("Headlines and charts"))
        return scroll

    def _connect(self) -> None:
        self.filters.changed.connect(self.reload)
        self.export_button.clicked.connect(self.export_requested.emit)

    def reload(self) -> None:
        """Load the dashboard for the chosen period and mentor in the background."""
        start, end = self.filters.period()
        ships, now = self.filters.mentorship_ids(), self.context.now()
        self._load(
            "reviews/dashboard",
            lambda: dashboard(start, end, mentorship_ids=ships, now=now),
            self.show_dashboard,
        )

    def show_dashboard(self, result: Dashboard) -> None:
        """Show a loaded dashboard."""
        self.current = result
        self.filters.set_mentors(result.choices)
        self.model.set_rows(result.mentors)
        self.overall.setText(self.overall_html(result))
        self.headlines.setText(self.headlines_html(result))
        for chart in dashboard_charts(result, self.chart_words(), day_month):
            self.charts[chart.key].show_data(chart)
        self.export_button.setEnabled(bool(result.mentors))
        self.loaded.emit()

    def overall_html(self, result: Dashboard) -> str:
        """The overall figures in one paragraph."""
        o = result.overall
        paces = o.goals_by_pace
        return self.tr(
            "<b>Overall:</b> {0} of {1} meetings held · tasks {2} on time, {3} late, "
            "{4} overdue · goals {5} ahead, {6} on track, {7} behind · {8} invested"
        ).format(
            o.meetings_held,
            o.meetings_expected,
            o.tasks.on_time,
            o.tasks.late,
            o.tasks.overdue,
            paces[Pace.AHEAD],
            paces[Pace.ON_TRACK],
            paces[Pace.BEHIND],
            fmt_minutes(o.minutes) or self.tr("no time"),
        )

    def headlines_html(self, result: Dashboard) -> str:
        """Each mentor's headline, one a line."""
        if not result.mentors:
            return self.tr("No mentors to show yet: add a mentorship past the prospect stage.")
        return "<br>".join(
            f"<b>{escape(x.name)}</b>: {escape(headline_text(x.headline))}" for x in result.mentors
        )

    def chart_words(self) -> ChartWords:
        """The charts' titles and series names, translated."""
        return ChartWords(
            time_title=self.tr("Time invested per week (hours)"),
            time_series=self.tr("hours"),
            meetings_title=self.tr("Meetings held per week against the agreed cadence"),
            meetings_held=self.tr("held"),
            meetings_agreed=self.tr("agreed"),
            changes_title=self.tr("Changes made in each review cycle"),
            changes_series=self.tr("changes"),
        )
