"""The review history of one mentor: a timeline of cycles, each change before → after."""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from mentordesk.core.enums import ExpectationStatus
from mentordesk.services.reviews.history import (
    OVERALL,
    AdaptationRow,
    CycleRow,
    ReviewHistory,
    review_history,
    reviewed_mentors,
)
from mentordesk.ui.context import UiContext
from mentordesk.ui.format import fmt_date
from mentordesk.ui.labels import label
from mentordesk.ui.reviews.guided_review import GuidedReviewDialog
from mentordesk.ui.reviews.history_bars import CycleBars
from mentordesk.ui.widgets.form_fields import named


def _tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """Translate a text of this module (`n`: the number for a plural form)."""
    return QCoreApplication.translate("", text, disambiguation, n)


def _field_name(key: str) -> str:
    """A changed field as the user knows it."""
    names = {
        "due": _tr("due"),
        "text": _tr("wording"),
        "status": _tr("status"),
        "target_date": _tr("target"),
        "review_cadence_days": _tr("review every (days)"),
        "expected_of": _tr("of"),
        "replaced_by": _tr("replaced by"),
    }
    return names.get(key, key)


def _value(value: Any) -> str:
    """A stored before/after value as text."""
    if value is None or value == "":
        return "—"
    return str(value)


def _date_text(value: str | None) -> str:
    """A stored ISO date for a summary, or 'no date'."""
    return fmt_date(date.fromisoformat(value)) if value else _tr("no date")


def change_text(row: AdaptationRow) -> str:
    """A change in the user's language; an older English summary as it was stored."""
    v = row.values
    name, before, after = v.get("name", ""), v.get("before"), v.get("after")
    if row.code in ("task.due", "expectation.due", "goal.target"):
        template = {
            "task.due": _tr("Task “{0}” due {1} → {2}"),
            "expectation.due": _tr("Expectation “{0}” due {1} → {2}"),
            "goal.target": _tr("Goal “{0}” target {1} → {2}"),
        }[row.code]
        return template.format(name, _date_text(before), _date_text(after))
    if row.code == "expectation.new":
        return _tr("New expectation “{0}”").format(name)
    if row.code == "expectation.status":
        return _tr("Expectation “{0}” {1} → {2}").format(
            name, label(ExpectationStatus, before), label(ExpectationStatus, after)
        )
    if row.code == "expectation.renegotiated":
        return _tr("Expectation “{0}” renegotiated: “{1}”").format(name, v.get("new", ""))
    if row.code == "expectation.reworded":
        return _tr("Expectation “{0}” now “{1}”").format(name, v.get("new", ""))
    if row.code == "mentorship.cadence":
        return _tr("Review every {0} → %n day(s)", "", after).format(before)
    return row.summary


def _fields(state: dict[str, Any]) -> str:
    """A before or after state in a few words ('field: value')."""
    if not state:
        return "—"
    return "; ".join(f"{_field_name(k)}: {_value(v)}" for k, v in state.items())


class TimelineView(QTreeView):
    """The cycles and their changes: half the width for what changed, a quarter each side."""

    def resizeEvent(self, event) -> None:
        """Keep the column proportions as the view grows or shrinks."""
        super().resizeEvent(event)
        width = self.viewport().width()
        self.setColumnWidth(0, width // 2)
        self.setColumnWidth(1, width // 4)


class ReviewHistoryPanel(QWidget):
    """Pick a mentor; see each review cycle, the size of its changes, and each change."""

    review_started = Signal()
    """The user opened the guided review from the history."""

    def __init__(self, context: UiContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.history: ReviewHistory | None = None
        self._build_ui()
        self._connect()

    def _build_ui(self) -> None:
        """Mentor picker and Start button, the trend bars, the timeline and the notes."""
        self.mentor = named(QComboBox(self), self.tr("Mentor"))
        label = QLabel(self.tr("&Mentor"), self)
        label.setBuddy(self.mentor)
        self.start = named(
            QPushButton(self.tr("&Start a review…"), self), self.tr("Start a review")
        )
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.mentor, 1)
        top.addWidget(self.start)
        self.bars = CycleBars(self)
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Review and changes"), self.tr("Before"), self.tr("After")]
        )
        self.timeline = named(TimelineView(self), self.tr("Review timeline"))
        self.timeline.setModel(self.model)
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline.setWordWrap(True)
        header = self.timeline.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.RichText)
        self.notes.setAccessibleName(self.tr("Review notes"))
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.bars)
        layout.addWidget(self.timeline, 1)
        layout.addWidget(self.notes)

    def _connect(self) -> None:
        """Picking a mentor loads their history; selecting a cycle shows its notes."""
        self.mentor.currentIndexChanged.connect(lambda *_: self.load_history())
        self.start.clicked.connect(self.open_guided_review)
        self.timeline.selectionModel().currentChanged.connect(lambda *_: self._show_notes())

    def reload(self) -> None:
        """Load the mentors in the background, then the picked one's history."""
        self.context.jobs.start(
            title=self.tr("Loading mentors"),
            work=lambda progress: reviewed_mentors(),
            on_result=self.show_mentors,
            key="reviews/history/mentors",
            show_progress=False,
        )

    def show_mentors(self, mentors: list[tuple[int, str, int]]) -> None:
        """Fill the picker (the one picked stays; else the most reviewed); 'all' comes last."""
        kept = self.mentor.currentData()
        self.mentor.blockSignals(True)
        self.mentor.clear()
        for contact_id, name, reviews in mentors:
            self.mentor.addItem(self.tr("{0} (%n review(s))", "", reviews).format(name), contact_id)
        self.mentor.addItem(self.tr("Across all mentorships"), OVERALL)
        busiest = max(mentors, key=lambda row: row[2], default=None)
        wanted = kept if kept is not None else busiest[0] if busiest else OVERALL
        self.mentor.setCurrentIndex(max(self.mentor.findData(wanted), 0))
        self.mentor.blockSignals(False)
        self.load_history()

    def select_mentor(self, contact_id: int) -> None:
        """Pick a mentor by contact id (and load their history)."""
        self.mentor.setCurrentIndex(self.mentor.findData(contact_id))

    def load_history(self) -> None:
        """Read the picked mentor's cycles in the background."""
        contact_id = self.mentor.currentData()
        if contact_id is None:
            return
        self.context.jobs.start(
            title=self.tr("Loading the review history"),
            work=lambda progress: review_history(contact_id),
            on_result=self.show_history,
            key="reviews/history",
            show_progress=False,
        )

    def show_history(self, history: ReviewHistory) -> None:
        """The trend bars and the timeline, newest cycle first and expanded."""
        self.history = history
        cycles = history.cycles
        self.bars.set_cycles(
            [c.size for c in cycles],
            [fmt_date(c.period_end) for c in cycles],
            shrinking=history.shrinking,
        )
        self.model.removeRows(0, self.model.rowCount())
        for cycle in reversed(cycles):
            self.model.appendRow(self._cycle_row(cycle))
        for row in range(self.model.rowCount()):
            self.timeline.setFirstColumnSpanned(row, self.model.invisibleRootItem().index(), True)
        self.timeline.expandAll()
        if self.model.rowCount():
            self.timeline.setCurrentIndex(self.model.index(0, 0))
        self._show_notes()

    def cycle_text(self, cycle: CycleRow) -> str:
        """A cycle's period and the size of its changes."""
        size = cycle.size
        changes = self.tr("%n change(s)", "", size.adaptations)
        return self.tr("{0} – {1}: {2}, dates moved %n day(s)", "", size.days_moved).format(
            fmt_date(cycle.period_start), fmt_date(cycle.period_end), changes
        )

    def _cycle_row(self, cycle: CycleRow) -> list[QStandardItem]:
        """A top-level row for a cycle, its adaptations as children."""
        head = QStandardItem(self.cycle_text(cycle))
        head.setData(cycle, Qt.ItemDataRole.UserRole)
        head.setData(self.cycle_text(cycle), Qt.ItemDataRole.AccessibleTextRole)
        for adaptation in cycle.adaptations:
            head.appendRow(self._adaptation_row(adaptation, cycle))
        if not cycle.adaptations:
            head.appendRow([QStandardItem(self.tr("No changes: the plan held."))])
        return [head, QStandardItem(), QStandardItem()]

    def _adaptation_row(self, adaptation: AdaptationRow, cycle: CycleRow) -> list[QStandardItem]:
        """One change: its summary, the fields before and after."""
        before, after = _fields(adaptation.before), _fields(adaptation.after)
        summary = change_text(adaptation)
        items = [QStandardItem(summary), QStandardItem(before), QStandardItem(after)]
        spoken = self.tr("{0}; before: {1}; after: {2}").format(summary, before, after)
        for item in items:
            item.setData(cycle, Qt.ItemDataRole.UserRole)
            item.setToolTip(spoken)
        items[0].setData(spoken, Qt.ItemDataRole.AccessibleTextRole)
        return items

    def selected_cycle(self) -> CycleRow | None:
        """The cycle of the selected row."""
        index = self.timeline.currentIndex()
        return index.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole) if index.isValid() else None

    def _show_notes(self) -> None:
        """What went well and the kinks of the selected cycle."""
        cycle = self.selected_cycle()
        if cycle is None:
            self.notes.setText(self.tr("No reviews yet: start one to compare plan and actual."))
            return
        self.notes.setText(
            self.tr("<p><b>Went well:</b> {0}<br><b>Kinks:</b> {1}</p>").format(
                escape(cycle.went_well or "—"), escape(cycle.kinks or "—")
            )
        )

    def open_guided_review(self) -> GuidedReviewDialog:
        """Open the guided review for the mentor picked."""
        contact_id = self.mentor.currentData()
        dialog = GuidedReviewDialog(
            self.context, contact_id=contact_id if contact_id != OVERALL else None, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.review_started.emit()
        return dialog
