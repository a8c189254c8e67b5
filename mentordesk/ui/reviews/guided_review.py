"""The guided review: plan against actual, what went well and the kinks, then adapt and apply."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mentordesk.core.changes import ChangeKind
from mentordesk.services.reviews.apply import ReviewPlan, SetReviewCadence, apply_review
from mentordesk.services.reviews.due import ReviewSchedule, review_schedules
from mentordesk.services.reviews.guided import ReviewFacts, review_facts
from mentordesk.ui.context import UiContext
from mentordesk.ui.reviews.guided_review_adapt import AdaptPanel, adapt_items
from mentordesk.ui.reviews.guided_review_facts import facts_html
from mentordesk.ui.widgets.form_fields import date_field, named

APPLIED_KINDS = ChangeKind.REVIEWS | ChangeKind.TASKS | ChangeKind.GOALS


class GuidedReviewDialog(QDialog):
    """One mentorship, one period: the facts, reflections and adaptations, applied as one step."""

    review_applied = Signal(int)
    """The review was saved (its id); one Undo takes it back whole."""

    def __init__(
        self,
        context: UiContext,
        *,
        mentorship_id: int | None = None,
        contact_id: int | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self.context = context
        self.wanted = mentorship_id
        self.wanted_contact = contact_id
        self.schedules: list[ReviewSchedule] = []
        self.facts: ReviewFacts | None = None
        title = self.tr("Guided review")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._build_ui()
        self._connect()
        self.resize(760, 540)
        self._load_schedules()

    def _build_ui(self) -> None:
        """Who and when on top, three pages, and the buttons that move through them."""
        today = self.context.today()
        self.mentorship = named(QComboBox(self), self.tr("Mentorship"))
        self.start = date_field(today, self.tr("From"), self)
        self.end = date_field(today, self.tr("To"), self)
        top = QHBoxLayout()
        for text, widget in (
            (self.tr("Mentor&ship"), self.mentorship),
            (self.tr("&From"), self.start),
            (self.tr("&To"), self.end),
        ):
            top.addWidget(self._buddy(text, widget))
            top.addWidget(widget, 2 if widget is self.mentorship else 1)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Review steps"))
        self.tabs.addTab(self._facts_page(), self.tr("&1 Plan and actual"))
        self.tabs.addTab(self._reflect_page(), self.tr("&2 Went well, kinks"))
        self.adapt = AdaptPanel(today=today, parent=self)
        self.tabs.addTab(self.adapt, self.tr("&3 Adapt"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self._buttons())

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        """A label whose Alt letter focuses `widget`."""
        label = QLabel(text, self)
        label.setBuddy(widget)
        return label

    def _facts_page(self) -> QWidget:
        """What was planned for the period and what got done."""
        self.facts_view = named(QTextBrowser(self), self.tr("Plan and actual"))
        self.facts_view.setOpenLinks(False)
        return self.facts_view

    def _reflect_page(self) -> QWidget:
        """What went well and where the kinks were."""
        page = QWidget(self)
        self.went_well = named(QPlainTextEdit(page), self.tr("What went well"))
        self.kinks = named(QPlainTextEdit(page), self.tr("Where the kinks were"))
        form = QFormLayout(page)
        for text, edit in (
            (self.tr("What went &well"), self.went_well),
            (self.tr("Where were the &kinks"), self.kinks),
        ):
            edit.setTabChangesFocus(True)
            label = QLabel(text, page)
            label.setBuddy(edit)
            form.addRow(label, edit)
        return page

    def _buttons(self) -> QHBoxLayout:
        """Back, Next, Apply and Cancel."""
        self.back = named(QPushButton(self.tr("&Back"), self), self.tr("Back"))
        self.next = named(QPushButton(self.tr("&Next"), self), self.tr("Next"))
        self.apply = named(QPushButton(self.tr("&Apply review"), self), self.tr("Apply review"))
        self.cancel = named(QPushButton(self.tr("Cancel"), self), self.tr("Cancel"))
        self.apply.setEnabled(False)
        row = QHBoxLayout()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        row.addWidget(self.status, 1)
        for button in (self.back, self.next, self.apply, self.cancel):
            button.setAutoDefault(False)  # Enter in a field never applies the review
            row.addWidget(button)
        return row

    def _connect(self) -> None:
        """Moving through the pages, reloading the facts, applying."""
        self.mentorship.currentIndexChanged.connect(lambda *_: self._use_schedule())
        self.start.dateChanged.connect(lambda *_: self.load_facts())
        self.end.dateChanged.connect(lambda *_: self.load_facts())
        self.tabs.currentChanged.connect(lambda *_: self._update_steps())
        self.back.clicked.connect(lambda: self.tabs.setCurrentIndex(self.tabs.currentIndex() - 1))
        self.next.clicked.connect(lambda: self.tabs.setCurrentIndex(self.tabs.currentIndex() + 1))
        self.apply.clicked.connect(self.apply_review)
        self.cancel.clicked.connect(self.reject)
        self.context.jobs.failed.connect(self._allow_retry)  # a bound slot: let go when closed
        self._update_steps()

    def _allow_retry(self, *_failure: str) -> None:
        """After a failed apply (its one line is shown by the window), let the user try again."""
        self.apply.setEnabled(self.facts is not None)

    def _update_steps(self) -> None:
        """Back on every page but the first, Next on every page but the last."""
        self.back.setEnabled(self.tabs.currentIndex() > 0)
        self.next.setEnabled(self.tabs.currentIndex() < self.tabs.count() - 1)

    def _load_schedules(self) -> None:
        """The mentorships under way, each with its default period."""
        today = self.context.today()
        self.context.jobs.start(
            title=self.tr("Loading mentorships"),
            work=lambda progress: review_schedules(today=today),
            on_result=self.show_schedules,
            key="reviews/guided/schedules",
            show_progress=False,
        )

    def show_schedules(self, schedules: list[ReviewSchedule]) -> None:
        """Fill the mentorship list; pick the one asked for (or the first)."""
        self.schedules = schedules
        self.mentorship.blockSignals(True)
        self.mentorship.clear()
        for schedule in schedules:
            self.mentorship.addItem(schedule.contact_name, schedule.mentorship_id)
        self.mentorship.setCurrentIndex(max(self._wanted_index(), 0))
        self.mentorship.blockSignals(False)
        self._use_schedule()

    def _wanted_index(self) -> int:
        """The position of the mentorship asked for, by id or by contact (-1: none)."""
        for position, schedule in enumerate(self.schedules):
            if schedule.mentorship_id == self.wanted or schedule.contact_id == self.wanted_contact:
                return position
        return -1

    def _schedule(self) -> ReviewSchedule | None:
        """The schedule of the mentorship picked."""
        ship = self.mentorship.currentData()
        return next((s for s in self.schedules if s.mentorship_id == ship), None)

    def _use_schedule(self) -> None:
        """A new mentorship: its default period, a fresh plan, and its facts."""
        schedule = self._schedule()
        if schedule is None:
            self.status.setText(self.tr("No mentorship is under way yet."))
            return
        self.adapt.clear_plan()
        for edit, day in zip((self.start, self.end), schedule.period, strict=True):
            edit.blockSignals(True)
            edit.setDate(day)
            edit.blockSignals(False)
        self.load_facts()

    def period(self) -> tuple[date, date]:
        """The period chosen."""
        return self.start.date().toPython(), self.end.date().toPython()

    def load_facts(self) -> None:
        """Read the plan against actual for the mentorship and period, in the background."""
        ship, (start, end) = self.mentorship.currentData(), self.period()
        self.apply.setEnabled(False)
        if ship is None:
            return
        if end < start:
            self.status.setText(self.tr("The period ends before it starts."))
            return
        now = self.context.now()
        self.context.jobs.start(
            title=self.tr("Reading the period"),
            work=lambda progress: review_facts(ship, start, end, now=now),
            on_result=self.show_facts,
            key="reviews/guided/facts",
            show_progress=False,
        )

    def show_facts(self, facts: ReviewFacts) -> None:
        """Show the facts and offer their records for adapting."""
        self.facts = facts
        self.facts_view.setHtml(facts_html(facts))
        self.adapt.set_items(adapt_items(facts), cadence=facts.cadence_days)
        self.status.clear()
        self.apply.setEnabled(True)

    def plan(self) -> ReviewPlan:
        """The review as it stands: facts, reflections and planned changes."""
        facts = self.facts
        start, end = self.period()
        return ReviewPlan(
            mentorship_id=facts.mentorship_id,
            period_start=start,
            period_end=end,
            snapshot=facts.snapshot(),
            went_well=self.went_well.toPlainText(),
            kinks=self.kinks.toPlainText(),
            changes=self.adapt.changes(),
        )

    def apply_review(self) -> None:
        """Save the review and its changes as one undoable step."""
        if self.facts is None:
            return
        plan = self.plan()
        kinds = APPLIED_KINDS
        if any(isinstance(c, SetReviewCadence) for c in plan.changes):
            kinds |= ChangeKind.CONTACTS  # the cadence is kept on the mentorship
        self.apply.setEnabled(False)
        self.context.undo.run(
            label=self.tr("Review with {0}").format(self.facts.contact_name),
            work=lambda progress: apply_review(plan),
            changes=kinds,
            done_message=self.tr("Review with {0} saved.").format(self.facts.contact_name),
            on_result=self._applied,
        )

    def _applied(self, review_id: int) -> None:
        """Tell who is listening, and close."""
        self.review_applied.emit(review_id)
        self.accept()
