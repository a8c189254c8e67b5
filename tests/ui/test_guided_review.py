"""The guided review pre-fills, adapts and applies as one undoable step; Today and the history."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog

from mentordesk.db import models as m
from mentordesk.services.interop.export_json import export_json_text
from mentordesk.ui.reviews.guided_review import GuidedReviewDialog
from mentordesk.ui.reviews.guided_review_adapt import EXPECTATION, GOAL, NEW, TASK
from mentordesk.ui.reviews.view import ReviewsView
from mentordesk.ui.today.view import TodayView
from tests.conftest import FIXED_NOW

TODAY = FIXED_NOW.date()


def _contact(name: str) -> int:
    return m.ContactRecord.get(m.ContactRecord.name == name).id


def _click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def dialog(qtbot, demo_context):
    """The guided review of Priya's mentorship, shown."""
    widget = GuidedReviewDialog(demo_context, contact_id=_contact("Priya Raman"))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _rows(dialog) -> dict[tuple[str, str], object]:
    return {(r.kind, r.title): r for r in dialog.adapt.model.rows}


def test_the_review_prefills_the_period_since_the_last_one(dialog):
    assert dialog.mentorship.currentText() == "Priya Raman"
    assert dialog.period() == (TODAY - timedelta(days=5), TODAY)
    text = dialog.facts_view.toPlainText()
    assert "Tasks due in the period: 0 of 1 done, 1 late" in text
    assert "Run the dependency-mapping workshop (due 2026-11-23): overdue" in text
    assert "Lead a cross-team project: 25 %, behind, target 2027-01-25" in text
    assert "Expectations: 0 met, 0 missed, 2 open" in text
    kinds = [r.kind for r in dialog.adapt.model.rows]
    assert kinds.count(TASK) == 3 and kinds.count(GOAL) == 1 and kinds.count(EXPECTATION) == 2
    assert dialog.apply.isEnabled()


def test_a_longer_period_reloads_the_facts(dialog):
    dialog.start.setDate(QDate(TODAY - timedelta(days=30)))
    assert dialog.facts.task_tally.planned == 2
    assert "1 of 2 done" in dialog.facts_view.toPlainText()


def test_a_backwards_period_cannot_be_applied(dialog):
    dialog.end.setDate(QDate(TODAY - timedelta(days=10)))
    assert not dialog.apply.isEnabled()
    assert "ends before it starts" in dialog.status.text()


def test_the_steps_move_with_next_and_back(qtbot, dialog):
    assert not dialog.back.isEnabled()
    _click(qtbot, dialog.next)
    _click(qtbot, dialog.next)
    assert dialog.tabs.currentWidget() is dialog.adapt and not dialog.next.isEnabled()
    _click(qtbot, dialog.back)
    assert dialog.tabs.currentIndex() == 1


def _adapt(qtbot, dialog) -> None:
    """Move the workshop, renegotiate the agenda, add an expectation, review every 21 days."""
    panel = dialog.adapt
    dialog.tabs.setCurrentWidget(panel)
    workshop = _rows(dialog)[(TASK, "Run the dependency-mapping workshop")]
    panel.select(TASK, workshop.id)
    panel.new_date.setDate(QDate(TODAY + timedelta(days=4)))
    _click(qtbot, panel.move)
    agenda = _rows(dialog)[(EXPECTATION, "Send an agenda the day before each check-in")]
    panel.select(EXPECTATION, agenda.id)
    assert panel.met.isEnabled() and not panel.renegotiate.isEnabled()
    qtbot.keyClicks(panel.wording, "Agenda two days before")
    _click(qtbot, panel.renegotiate)
    qtbot.keyClicks(panel.new_text, "Book the workshop room a week ahead")
    _click(qtbot, panel.add)
    panel.cadence.setValue(21)
    qtbot.keyClicks(dialog.went_well, "Agendas arrived on time")


def test_enter_in_a_field_plans_the_change_and_never_applies(qtbot, dialog):
    dialog.tabs.setCurrentWidget(dialog.adapt)
    qtbot.keyClicks(dialog.adapt.new_text, "Bring one question")
    qtbot.keyClick(dialog.adapt.new_text, Qt.Key.Key_Return)
    assert (NEW, "Bring one question") in _rows(dialog)
    assert dialog.isVisible() and m.ReviewRecord.select().count() == 5


def test_adapting_shows_each_planned_change(qtbot, dialog):
    _adapt(qtbot, dialog)
    planned = {r.title: dialog.adapt.model._planned_text(r) for r in dialog.adapt.model.rows}
    assert planned["Run the dependency-mapping workshop"] == "due 2026-11-30"
    assert planned["Send an agenda the day before each check-in"].startswith("renegotiate")
    assert (NEW, "Book the workshop room a week ahead") in _rows(dialog)
    assert len(dialog.adapt.changes()) == 4  # three planned and the cadence


def test_keep_as_it_was_drops_a_planned_change(qtbot, dialog):
    _adapt(qtbot, dialog)
    dialog.adapt.select(NEW, -1)
    _click(qtbot, dialog.adapt.revert)
    assert (NEW, "Book the workshop room a week ahead") not in _rows(dialog)
    assert len(dialog.adapt.changes()) == 3


def test_apply_saves_everything_and_one_undo_takes_it_back(qtbot, dialog, demo_context):
    before = export_json_text()
    _adapt(qtbot, dialog)
    with qtbot.waitSignal(dialog.review_applied):
        _click(qtbot, dialog.apply)
    assert dialog.result() == QDialog.DialogCode.Accepted
    review = m.ReviewRecord.select().order_by(m.ReviewRecord.id.desc()).get()
    assert review.went_well == "Agendas arrived on time"
    assert [a.entity for a in review.adaptations.order_by(m.AdaptationRecord.id)] == [
        "task",
        "expectation",
        "expectation",
        "mentorship",
    ]
    assert m.TaskRecord.get(m.TaskRecord.title.startswith("Run the dep")).due == TODAY + timedelta(
        4
    )
    after = export_json_text()
    stack = demo_context.undo.stack
    assert stack.undoText() == "Review with Priya Raman"
    stack.undo()
    assert export_json_text() == before
    stack.redo()
    assert export_json_text() == after


def test_today_offers_the_reviews_due_and_opens_one(qtbot, demo_window):
    today = demo_window.views["today"]
    assert isinstance(today, TodayView)
    lines = [label.text() for label in today.reviews.lines]
    assert lines == [
        "Sam Whitfield: review due 50 days ago (every 30 days)",
        "Jordan Lee: review due 5 days ago (every 30 days)",
    ]
    _click(qtbot, today.reviews.buttons[0])
    dialog = demo_window.findChild(GuidedReviewDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.mentorship.currentText() == "Sam Whitfield"
    assert dialog.period() == (TODAY - timedelta(days=80), TODAY)  # since the start


def test_today_hides_the_card_when_no_review_is_due(qtbot, demo_context):
    for name in ("Sam Whitfield", "Jordan Lee"):
        ship = m.MentorshipRecord.get(m.MentorshipRecord.contact == _contact(name))
        m.ReviewRecord.create(mentorship=ship, period_start=TODAY, period_end=TODAY)
    view = TodayView(demo_context)
    qtbot.addWidget(view)
    view.reload()
    assert view.reviews.isHidden() and view.reviews.lines == []


@pytest.fixture
def reviews(qtbot, demo_context):
    """The Reviews page on the sample data, shown and loaded."""
    view = ReviewsView(demo_context)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    view.reload()
    view.tabs.setCurrentWidget(view.history)
    return view


def test_history_opens_on_the_most_reviewed_mentor_newest_cycle_first(reviews):
    panel = reviews.history
    assert panel.mentor.currentText() == "Priya Raman (3 reviews)"
    heads = [panel.model.item(row).text() for row in range(panel.model.rowCount())]
    assert heads[0].startswith("2026-10-24 – 2026-11-21: 1 change,")
    assert heads[2].endswith("4 changes, dates moved 35 days")
    oldest = panel.model.item(2)
    assert oldest.rowCount() == 4
    assert oldest.child(0, 1).text() == "wording: Bring topics to the check-in"
    assert oldest.child(0, 2).text() == "wording: Send an agenda the day before each check-in"
    assert "shrinking" in panel.bars.accessibleDescription()
    assert "4 (35 days moved), 2 (7 days moved), 1 (3 days moved)" in panel.bars.toolTip()
    assert "Plan done on time" in panel.notes.text()


def test_picking_a_mentor_shows_theirs_and_starts_their_review(qtbot, reviews):
    panel = reviews.history
    panel.select_mentor(_contact("Marcus Okafor"))
    assert panel.model.rowCount() == 1
    assert "not shrinking yet" in panel.bars.accessibleDescription()
    _click(qtbot, panel.start)
    dialog = panel.findChild(GuidedReviewDialog)
    assert dialog.mentorship.currentText() == "Marcus Okafor"
    dialog.reject()


def test_a_review_applied_from_the_history_shows_up_in_it(qtbot, reviews):
    panel = reviews.history
    dialog = panel.open_guided_review()
    with qtbot.waitSignal(dialog.review_applied):
        _click(qtbot, dialog.apply)
    assert panel.model.rowCount() == 4
    assert panel.model.item(0).text() == "2026-11-21 – 2026-11-26: 0 changes, dates moved 0 days"
    assert panel.model.item(0).child(0).text() == "No changes: the plan held."


def test_a_record_deleted_meanwhile_fails_in_one_line_and_changes_nothing(
    qtbot, dialog, demo_context
):
    _adapt(qtbot, dialog)
    m.TaskRecord.delete_by_id(m.TaskRecord.get(m.TaskRecord.title.startswith("Run the dep")).id)
    before = export_json_text()
    failures = []
    demo_context.jobs.failed.connect(lambda title, message: failures.append(message))
    _click(qtbot, dialog.apply)
    assert len(failures) == 1 and "no longer exists" in failures[0] and "\n" not in failures[0]
    assert export_json_text() == before
    assert dialog.isVisible() and dialog.apply.isEnabled()  # fix it, or cancel
    assert demo_context.undo.stack.count() == 0


def test_the_review_works_on_the_threaded_runner(qtbot, workspace, demo_database):
    from mentordesk.ui.context import UiContext
    from mentordesk.ui.jobs import JobRunner

    runner = JobRunner(log_file="LOG")
    context = UiContext(workspace=workspace, jobs=runner, now=lambda: FIXED_NOW)
    view = ReviewsView(context)
    qtbot.addWidget(view)
    view.show()
    view.reload()
    view.tabs.setCurrentWidget(view.history)
    panel = view.history
    qtbot.waitUntil(lambda: runner.is_idle() and panel.model.rowCount() == 3, timeout=5000)
    dialog = panel.open_guided_review()
    qtbot.waitUntil(lambda: runner.is_idle() and dialog.apply.isEnabled(), timeout=5000)
    assert dialog.mentorship.currentText() == "Priya Raman"
    with qtbot.waitSignal(dialog.review_applied, timeout=5000):
        _click(qtbot, dialog.apply)
    qtbot.waitUntil(lambda: runner.is_idle() and panel.model.rowCount() == 4, timeout=5000)
    runner.wait_until_idle()
