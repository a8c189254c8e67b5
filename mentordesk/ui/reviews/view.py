"""The reviews view: the dashboard of the period, and the reviews themselves, in tabs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget

from mentordesk.core.changes import ChangeKind
from mentordesk.ui.context import UiContext
from mentordesk.ui.reviews.dashboard import ReviewDashboard
from mentordesk.ui.reviews.history import ReviewHistoryPanel
from mentordesk.ui.reviews.report_export import ReportExport
from mentordesk.ui.widgets.feature_view import FeatureView


class ReviewsView(FeatureView):
    """Tabs: Dashboard (metrics for a period) and Reviews (each analyse-and-adapt cycle)."""

    kinds = ChangeKind.ALL & ~ChangeKind.BACKUPS

    def __init__(self, context: UiContext, parent=None) -> None:
        super().__init__(
            context,
            title=self.tr("Reviews"),
            subtitle=self.tr(
                "Compare the plan with what happened, per mentor and overall, then adapt."
            ),
            parent=parent,
        )
        self._build_ui()
        self._stale_tabs = {self.dashboard, self.history}
        self._connect()

    def _build_ui(self) -> None:
        """The tab widget: the dashboard, then the reviews."""
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Reviews sections"))
        self.dashboard = ReviewDashboard(self.context, self.load_in_background, self.tabs)
        self.history = ReviewHistoryPanel(self.context, self.tabs)
        self.tabs.addTab(self.dashboard, self.tr("&Dashboard"))
        self.tabs.addTab(self.history, self.tr("&Reviews"))
        self.body.addWidget(self.tabs, 1)
        self.report = ReportExport(self.context, self)

    def _connect(self) -> None:
        """Export the report from the dashboard; a tab brought to the front catches up."""
        self.dashboard.export_requested.connect(
            lambda: self.report.ask_and_export(self.dashboard.current)
        )
        self.tabs.currentChanged.connect(lambda index: self._catch_up(self.tabs.widget(index)))

    def screenshot_states(self) -> dict[str, Callable[[], None]]:
        """Extra states `mentordesk screenshots` renders (light and dark), by file name."""
        return {"reviews-dashboard": lambda: self.tabs.setCurrentWidget(self.dashboard)}

    def reload(self) -> None:
        """Load the tab in front in the background; the other loads when it is shown."""
        self._stale_tabs = {self.dashboard, self.history}
        self._catch_up(self.tabs.currentWidget())

    def _catch_up(self, tab) -> None:
        """Load a tab that missed a reload while behind."""
        if tab in self._stale_tabs:
            self._stale_tabs.discard(tab)
            tab.reload()


if __name__ == "__main__":
    from mentordesk.ui.preview import preview_view

    preview_view(ReviewsView)
