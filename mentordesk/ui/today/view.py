"""The Today page: next meetings, tasks due, and people to reach out to."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Signal
from PySide6.QtWidgets import QGridLayout, QStackedWidget, QVBoxLayout, QWidget

from mentordesk.core.changes import ChangeKind
from mentordesk.services.summaries.today import ReachOutRow, TodaySummary, today_summary
from mentordesk.ui.context import UiContext
from mentordesk.ui.format import due_text, fmt_date, fmt_datetime, when_text
from mentordesk.ui.today.review_due import ReviewDueCard
from mentordesk.ui.widgets.empty_state import EmptyState
from mentordesk.ui.widgets.feature_view import FeatureView
from mentordesk.ui.widgets.text_list import SummaryList


class TodayView(FeatureView):
    """The start page: what needs attention today and this week."""

    kinds = (
        ChangeKind.CONTACTS
        | ChangeKind.MEETINGS
        | ChangeKind.TASKS
        | ChangeKind.INTERACTIONS
        | ChangeKind.REVIEWS
    )

    add_contact_requested = Signal()
    """The user asked to add their first mentor."""

    review_requested = Signal(int)
    """The user asked to start a mentorship's review (its id)."""

    def __init__(self, context: UiContext, parent=None) -> None:
        day = context.today()
        title = QLocale().toString(
            QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
        )
        super().__init__(
            context,
            title=QCoreApplication.translate("TodayView", "Today, {0}").format(title),
            subtitle=QCoreApplication.translate(
                "TodayView", "What needs your attention this week."
            ),
            parent=parent,
        )
        self._build_ui()

    def _build_ui(self) -> None:
        """The three summary lists, or a welcome for an empty workspace."""
        self.meetings = SummaryList(
            title=self.tr("Next meetings"), placeholder=self.tr("No meetings in the next 7 days.")
        )
        self.tasks = SummaryList(
            title=self.tr("Tasks due"),
            placeholder=self.tr("Nothing overdue or due in the next 3 days."),
        )
        self.reach_out = SummaryList(
            title=self.tr("Reach out to"), placeholder=self.tr("Everyone is up to date. Nice work.")
        )
        self.reviews = ReviewDueCard(self)
        self.reviews.review_requested.connect(self.review_requested)
        lists = QWidget(self)
        column = QVBoxLayout(lists)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.reviews)
        grid = QGridLayout()
        column.addLayout(grid, 1)
        grid.addWidget(self.meetings, 0, 0)
        grid.addWidget(self.tasks, 0, 1)
        grid.addWidget(self.reach_out, 0, 2)
        self.welcome = EmptyState(
            heading=self.tr("Welcome to MentorDesk"),
            text=self.tr(
                "Start by adding a mentor you know, or fill this workspace with sample data "
                "to look around first. File\u00a0▸\u00a0Remove sample data takes it out again and "
                "keeps what you added."
            ),
            actions=[
                (self.tr("Add your first mentor…"), self.add_contact_requested.emit),
                (
                    self.tr("Load sample data into this workspace"),
                    self.sample_data_requested.emit,
                ),
            ],
        )
        self.stack = QStackedWidget(self)
        self.stack.addWidget(lists)
        self.stack.addWidget(self.welcome)
        self.body.addWidget(self.stack, 1)

    def reload(self) -> None:
        """Compute the summary in the background."""
        now, today = self.context.now(), self.context.today()
        self.load_in_background(
            "today/summary",
            lambda: today_summary(now=now, today=today),
            self.show_summary,
        )

    def show_summary(self, summary: TodaySummary) -> None:
        """Fill the lists, or welcome a first-time user."""
        first_time = summary.contact_count == 0
        self.stack.setCurrentWidget(self.welcome if first_time else self.stack.widget(0))
        today = self.context.today()
        self.meetings.set_lines(
            [(f"{when_text(m)} · {m.title}", m.attendees) for m in summary.meetings]
        )
        self.tasks.set_lines([(f"{due_text(t, today)} · {t.title}", t.goal) for t in summary.tasks])
        self.reach_out.set_lines(
            [(self.reach_out_text(r), fmt_datetime(r.due)) for r in summary.reach_out]
        )
        self.reviews.set_due(summary.reviews_due)

    def reach_out_text(self, row: ReachOutRow) -> str:
        """Who, why, and what it is about."""
        if row.about:
            return self.tr("{0}: no reply yet to “{1}”; follow up").format(row.name, row.about)
        if row.last_contact is None:
            return self.tr("{0}: not in touch yet; reach out").format(row.name)
        return self.tr("{0}: last in touch {1}; time to catch up").format(
            row.name, fmt_date(row.last_contact.astimezone().date())
        )

    def is_welcoming(self) -> bool:
        """True when the first-time welcome is shown."""
        return self.stack.currentWidget() is self.welcome


if __name__ == "__main__":
    from mentordesk.ui.preview import preview_view

    preview_view(TodayView)
