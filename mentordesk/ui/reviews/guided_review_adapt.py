"""The guided review's adapt page: move dates, retire or renegotiate expectations, add new ones."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentordesk.core.review_cycle import MAX_CADENCE_DAYS, MIN_CADENCE_DAYS
from mentordesk.services.reviews.apply import (
    AddExpectation,
    Change,
    ChangeGoalTarget,
    MoveExpectationDue,
    MoveTaskDue,
    RenegotiateExpectation,
    SetExpectationStatus,
    SetReviewCadence,
)
from mentordesk.services.reviews.guided import ReviewFacts
from mentordesk.ui.format import fmt_date
from mentordesk.ui.reviews.guided_review_facts import outcome_label, status_label
from mentordesk.ui.widgets.form_fields import date_field, named
from mentordesk.ui.widgets.table_model import Column, RowTableModel

TASK, GOAL, EXPECTATION, NEW = "task", "goal", "expectation", "new"


def _tr(text: str) -> str:
    """Translate a phrase of the adapt page."""
    return QCoreApplication.translate("", text)


@dataclass(frozen=True)
class AdaptItem:
    """A record the review may change: an open task, a goal, an expectation, or a new one."""

    kind: str
    id: int
    title: str
    when: date | None  # due date, or a goal's target date
    status: str


def adapt_items(facts: ReviewFacts) -> list[AdaptItem]:
    """Open tasks, open goals and the expectations in force, in that order."""
    tasks = [
        AdaptItem(TASK, t.id, t.title, t.due, outcome_label(t.outcome))
        for t in facts.tasks
        if t.is_open
    ]
    goals = [
        AdaptItem(GOAL, g.id, g.title, g.target_date, _tr("open"))  # only open goals are listed
        for g in facts.goals
        if g.status == "open"
    ]
    expectations = [
        AdaptItem(EXPECTATION, e.id, e.text, e.due, status_label(e.status))
        for e in facts.expectations
    ]
    return tasks + goals + expectations


def _kind_label(kind: str) -> str:
    """What sort of record an item is."""
    return {
        TASK: _tr("Task"),
        GOAL: _tr("Goal"),
        EXPECTATION: _tr("Expectation"),
        NEW: _tr("New expectation"),
    }[kind]


def change_text(change: Change) -> str:
    """A planned change in a few words."""
    if isinstance(change, MoveTaskDue | MoveExpectationDue):
        return _tr("due {0}").format(fmt_date(change.due) or _tr("none"))
    if isinstance(change, ChangeGoalTarget):
        return _tr("target {0}").format(fmt_date(change.target_date) or _tr("none"))
    if isinstance(change, SetExpectationStatus):
        return _tr("mark {0}").format(status_label(change.status))
    if isinstance(change, RenegotiateExpectation):
        return _tr("renegotiate: “{0}”").format(change.text)
    if isinstance(change, AddExpectation):
        return _tr("agree it")
    return ""


class AdaptModel(RowTableModel):
    """Items with the changes planned for them."""

    def __init__(self, planned, parent=None) -> None:
        self.planned = planned  # item -> list of planned changes
        super().__init__(
            [
                Column(_tr("What"), lambda r: _kind_label(r.kind)),
                Column(_tr("Title"), lambda r: r.title, tooltip=lambda r: r.title),
                Column(_tr("Date"), lambda r: fmt_date(r.when)),
                Column(_tr("Status"), lambda r: r.status),
                Column(_tr("Planned change"), self._planned_text),
            ],
            parent,
        )

    def _planned_text(self, item: AdaptItem) -> str:
        """The changes planned for an item, joined."""
        return "; ".join(change_text(c) for c in self.planned(item))

    def refresh(self) -> None:
        """Show changed plans."""
        if self.rows:
            last = self.index(len(self.rows) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)


class AdaptPanel(QWidget):
    """Pick a record, then plan a change to it; or add an expectation; or change the cadence."""

    def __init__(self, *, today: date, parent=None) -> None:
        super().__init__(parent)
        self.today = today
        self._changes: dict[tuple[str, int, str], Change] = {}
        self._added: list[AdaptItem] = []
        self._new_id = 0
        self._cadence_before = 30
        self._build_ui()
        self._connect()
        self._update_buttons()

    def _build_ui(self) -> None:
        """The items table, then the controls for dates, expectations and cadence."""
        self.model = AdaptModel(self.planned_for, self)
        self.table = named(QTableView(self), _tr("Records to adapt"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._item_controls())
        layout.addLayout(self._add_controls())

    def _item_controls(self) -> QGridLayout:
        """Date, status and wording controls for the selected record."""
        self.new_date = date_field(self.today, _tr("New date"), self)
        self.no_date = named(QCheckBox(_tr("Wit&hout date"), self), _tr("Without date"))
        self.move = named(QPushButton(_tr("Mo&ve date"), self), _tr("Move date"))
        self.met = named(QPushButton(_tr("Mark &met"), self), _tr("Mark met"))
        self.missed = named(QPushButton(_tr("Mark m&issed"), self), _tr("Mark missed"))
        self.wording = named(QLineEdit(self), _tr("New wording"))
        self.renegotiate = named(QPushButton(_tr("Rene&gotiate"), self), _tr("Renegotiate"))
        self.revert = named(QPushButton(_tr("Kee&p as it was"), self), _tr("Keep as it was"))
        grid = QGridLayout()
        grid.addWidget(self._buddy(_tr("New &date"), self.new_date), 0, 0)
        row = QHBoxLayout()
        for widget in (self.new_date, self.no_date, self.move, self.met, self.missed):
            row.addWidget(widget)
        row.addStretch(1)
        grid.addLayout(row, 0, 1)
        grid.addWidget(self._buddy(_tr("New wo&rding"), self.wording), 1, 0)
        row = QHBoxLayout()
        for widget in (self.wording, self.renegotiate, self.revert):
            row.addWidget(widget)
        grid.addLayout(row, 1, 1)
        return grid

    def _add_controls(self) -> QGridLayout:
        """A new expectation, and how often to review."""
        self.new_text = named(QLineEdit(self), _tr("New expectation"))
        self.side = named(QComboBox(self), _tr("Expected by"))
        self.side.addItem(_tr("I expect this of them"), ("me", "them"))
        self.side.addItem(_tr("They expect this of me"), ("them", "me"))
        self.add = named(QPushButton(_tr("Add to p&lan"), self), _tr("Add to plan"))
        self.cadence = named(QSpinBox(self), _tr("Review cadence in days"))
        self.cadence.setRange(MIN_CADENCE_DAYS, MAX_CADENCE_DAYS)
        self.cadence.setSuffix(_tr(" days"))
        grid = QGridLayout()
        grid.addWidget(self._buddy(_tr("New e&xpectation"), self.new_text), 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.new_text, 1)
        row.addWidget(self._buddy(_tr("Expected b&y"), self.side))
        row.addWidget(self.side)
        row.addWidget(self.add)
        grid.addLayout(row, 0, 1)
        grid.addWidget(self._buddy(_tr("Review &cadence"), self.cadence), 1, 0)
        row = QHBoxLayout()
        row.addWidget(self.cadence)
        row.addStretch(1)
        grid.addLayout(row, 1, 1)
        return grid

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        """A label whose Alt letter focuses `widget`."""
        label = QLabel(text, self)
        label.setBuddy(widget)
        return label

    def _connect(self) -> None:
        """Buttons plan changes; the selection decides which buttons apply."""
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._on_selected())
        self.no_date.toggled.connect(lambda on: self.new_date.setEnabled(not on))
        self.move.clicked.connect(self.plan_date)
        self.met.clicked.connect(lambda: self.plan_status("met"))
        self.missed.clicked.connect(lambda: self.plan_status("missed"))
        self.renegotiate.clicked.connect(self.plan_renegotiation)
        self.revert.clicked.connect(self.keep_selected)
        self.add.clicked.connect(self.plan_new_expectation)
        self.wording.returnPressed.connect(self.plan_renegotiation)
        self.new_text.returnPressed.connect(self.plan_new_expectation)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter in a field never applies the review
        self.wording.textChanged.connect(lambda *_: self._update_buttons())
        self.new_text.textChanged.connect(lambda *_: self._update_buttons())

    def set_items(self, items: list[AdaptItem], *, cadence: int) -> None:
        """Show the records to adapt; plans for records no longer listed are dropped."""
        keys = {(i.kind, i.id) for i in items + self._added}
        self._changes = {k: c for k, c in self._changes.items() if k[:2] in keys}
        self._cadence_before = cadence
        self.cadence.setValue(cadence)
        self.model.set_rows(items + self._added)
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update_buttons()

    def clear_plan(self) -> None:
        """Forget every planned change (another mentorship was picked)."""
        self._changes, self._added = {}, []
        self.model.set_rows([])

    def selected(self) -> AdaptItem | None:
        """The item the user picked, if any."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_at(rows[0].row()) if rows else None

    def select(self, kind: str, item_id: int) -> None:
        """Select the item of a kind and id."""
        for position, item in enumerate(self.model.rows):
            if (item.kind, item.id) == (kind, item_id):
                self.table.selectRow(position)
                return

    def _on_selected(self) -> None:
        """Start the date field at the selected record's date; update the buttons."""
        item = self.selected()
        if item is not None and item.when is not None:
            self.new_date.setDate(item.when)
        self._update_buttons()

    def _update_buttons(self) -> None:
        """Enable what applies to the selected item."""
        item = self.selected()
        expectation = item is not None and item.kind == EXPECTATION
        self.move.setEnabled(item is not None and item.kind != NEW)
        for button in (self.met, self.missed):
            button.setEnabled(expectation)
        self.renegotiate.setEnabled(expectation and bool(self.wording.text().strip()))
        self.revert.setEnabled(item is not None and bool(self.planned_for(item)))
        self.add.setEnabled(bool(self.new_text.text().strip()))

    def planned_for(self, item: AdaptItem) -> list[Change]:
        """The changes planned for one item."""
        if item.kind == NEW:
            return [c for c in self._new_changes() if c is self._new_change(item)]
        return [c for k, c in self._changes.items() if k[:2] == (item.kind, item.id)]

    def _plan(self, item: AdaptItem, slot: str, change: Change) -> None:
        """Plan a change to an item (replacing one planned in the same slot)."""
        self._changes[(item.kind, item.id, slot)] = change
        self.model.refresh()
        self._update_buttons()

    def plan_date(self) -> None:
        """Move the selected record's due or target date to the chosen date."""
        item = self.selected()
        if item is None or item.kind == NEW:
            return
        when = None if self.no_date.isChecked() else self.new_date.date().toPython()
        change = {
            TASK: lambda: MoveTaskDue(item.id, when),
            GOAL: lambda: ChangeGoalTarget(item.id, when),
            EXPECTATION: lambda: MoveExpectationDue(item.id, when),
        }[item.kind]()
        self._plan(item, "date", change)

    def plan_status(self, status: str) -> None:
        """Retire the selected expectation as met or missed."""
        item = self.selected()
        if item is not None and item.kind == EXPECTATION:
            self._plan(item, "status", SetExpectationStatus(item.id, status))

    def plan_renegotiation(self) -> None:
        """Replace the selected expectation by the new wording."""
        item, text = self.selected(), self.wording.text().strip()
        if item is not None and item.kind == EXPECTATION and text:
            due = self._planned_due(item, default=item.when)
            self._plan(item, "status", RenegotiateExpectation(item.id, text, due))
            self.wording.clear()

    def _planned_due(self, item: AdaptItem, *, default: date | None) -> date | None:
        """The due date planned for an expectation, or its current one."""
        change = self._changes.get((item.kind, item.id, "date"))
        return change.due if isinstance(change, MoveExpectationDue) else default

    def plan_new_expectation(self) -> None:
        """Add a new expectation to the plan, due on the chosen date (or none)."""
        text = self.new_text.text().strip()
        if not text:
            return
        self._new_id -= 1
        when = None if self.no_date.isChecked() else self.new_date.date().toPython()
        by, of = self.side.currentData()
        item = AdaptItem(NEW, self._new_id, text, when, _tr("to agree"))
        self._added.append(item)
        self._changes[(NEW, item.id, "add")] = AddExpectation(text, by, of, when)
        self.model.set_rows([*self.model.rows, item])
        self.new_text.clear()
        self.select(NEW, item.id)

    def _new_changes(self) -> list[Change]:
        """The new expectations planned."""
        return [c for k, c in self._changes.items() if k[0] == NEW]

    def _new_change(self, item: AdaptItem) -> Change | None:
        """The planned addition behind a new-expectation row."""
        return self._changes.get((NEW, item.id, "add"))

    def keep_selected(self) -> None:
        """Drop every change planned for the selected item."""
        item = self.selected()
        if item is None:
            return
        self._changes = {k: c for k, c in self._changes.items() if k[:2] != (item.kind, item.id)}
        if item.kind == NEW:
            self._added = [a for a in self._added if a != item]
            self.model.set_rows([r for r in self.model.rows if r != item])
        self.model.refresh()
        self._update_buttons()

    def changes(self) -> tuple[Change, ...]:
        """Every planned change in the order planned, the cadence last."""
        planned = list(self._changes.values())
        if self.cadence.value() != self._cadence_before:
            planned.append(SetReviewCadence(self.cadence.value()))
        return tuple(planned)
