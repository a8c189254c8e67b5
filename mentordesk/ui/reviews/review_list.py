"""The list of past reviews with the selected one's notes (until the review history lands)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from mentordesk.services.reviews.listing import ReviewRow, list_reviews
from mentordesk.ui.reviews.table_model import ReviewTableModel
from mentordesk.ui.widgets.empty_state import EmptyState
from mentordesk.ui.widgets.record_table import RecordTable


class ReviewListPanel(QWidget):
    """Past reviews with their figures; the selected one's notes in full below."""

    sample_data_requested = Signal()
    """The user asked to fill the empty workspace with sample data."""

    def __init__(self, load, parent=None) -> None:
        super().__init__(parent)
        self._load = load
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.notes, 1)

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
        """What went well and the kinks of a review."""
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
        self._load("reviews/list", list_reviews, self.model.set_rows)
