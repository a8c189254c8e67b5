"""The reviews view: each analyse-and-adapt cycle, plan against what happened."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from mentordesk.core.changes import ChangeKind
from mentordesk.services.reviews.listing import ReviewRow, list_reviews
from mentordesk.ui.context import UiContext
from mentordesk.ui.reviews.table_model import ReviewTableModel
from mentordesk.ui.widgets.empty_state import EmptyState
from mentordesk.ui.widgets.feature_view import FeatureView
from mentordesk.ui.widgets.record_table import RecordTable


class ReviewsView(FeatureView):
    """Past reviews with their figures; the selected one's notes in full below."""

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
        self._connect()

    def _build_ui(self) -> None:
        """The review table and the notes of the selected review."""
        self.model = ReviewTableModel(self)
        empty = EmptyState(
            heading=self.tr("No reviews yet"),
            text=self.tr("After a few weeks of meetings and tasks, review how things went here."),
            actions=[(self.tr("Load sample data"), self.sample_data_requested.emit)],
        )
        self.table = RecordTable(
            model=self.model, name=self.tr("Reviews"), empty=empty, parent=self
        )
        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.RichText)
        self.notes.setAccessibleName(self.tr("Review notes"))
        self.notes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.body.addWidget(self.table, 3)
        self.body.addWidget(self.notes, 1)

    def _connect(self) -> None:
        """Show the notes of whichever review is selected."""
        selection = self.table.table.selectionModel()
        selection.selectionChanged.connect(lambda *_: self.show_notes(self.table.selected_row()))
        self.model.modelReset.connect(self._select_first)

    def _select_first(self) -> None:
        """Select the newest review so its notes show at once."""
        if self.model.rowCount():
            self.table.table.selectRow(0)
        else:
            self.show_notes(None)

    def show_notes(self, review: ReviewRow | None) -> None:
        """What went well, the kinks, and how many changes the review made."""
        if review is None:
            self.notes.clear()
            return
        self.notes.setText(
            self.tr("<p><b>Went well:</b> {0}</p><p><b>Kinks:</b> {1}</p>").format(
                escape(review.went_well or "—"), escape(review.kinks or "—")
            )
        )

    def reload(self) -> None:
        """Load the reviews in the background."""
        self.load_in_background("reviews/list", list_reviews, self.model.set_rows)


if __name__ == "__main__":
    from mentordesk.ui.preview import preview_view

    preview_view(ReviewsView)
