"""The reviews view: each analyse-and-adapt cycle, plan against what happened."""

from __future__ import annotations

from mentordesk.core.changes import ChangeKind
from mentordesk.ui.context import UiContext
from mentordesk.ui.reviews.history import ReviewHistoryPanel
from mentordesk.ui.widgets.feature_view import FeatureView


class ReviewsView(FeatureView):
    """The review history per mentor, and the way into a new guided review."""

    kinds = ChangeKind.REVIEWS

    def __init__(self, context: UiContext, parent=None) -> None:
        super().__init__(
            context,
            title=self.tr("Reviews"),
            subtitle=self.tr(
                "Every few weeks, compare the plan with what happened and adapt. "
                "Each review keeps its figures and the changes it led to."
            ),
            parent=parent,
        )
        self._build_ui()

    def _build_ui(self) -> None:
        """The history panel."""
        self.history = ReviewHistoryPanel(self.context, self)
        self.body.addWidget(self.history, 1)

    def reload(self) -> None:
        """Load the mentors and the picked one's history in the background."""
        self.history.reload()


if __name__ == "__main__":
    from mentordesk.ui.preview import preview_view

    preview_view(ReviewsView)
