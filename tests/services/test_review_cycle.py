"""Due reviews, pre-filled facts, applying a review in one transaction, undo and history."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from mentordesk.core.enums import ExpectationStatus
from mentordesk.core.errors import UserError, ValidationError
from mentordesk.db import models as m
from mentordesk.services.interop.export_json import export_json_text
from mentordesk.services.reviews import apply as apply_module
from mentordesk.services.reviews.apply import (
    AddExpectation,
    ChangeGoalTarget,
    MoveExpectationDue,
    MoveTaskDue,
    RenegotiateExpectation,
    ReviewPlan,
    SetExpectationStatus,
    SetReviewCadence,
    apply_review,
)
from mentordesk.services.reviews.due import ReviewSchedule, review_schedule, reviews_due
from mentordesk.services.reviews.guided import review_facts
from mentordesk.services.reviews.history import OVERALL, review_history
from mentordesk.services.reviews.summary_codes import decode_summary
from mentordesk.services.undo import record_changes, redo_changes, undo_changes
from tests.conftest import FIXED_NOW

TODAY = FIXED_NOW.date()


def _ship(name: str) -> int:
    return (
        m.MentorshipRecord.select()
        .join(m.ContactRecord)
        .where(m.ContactRecord.name == name)
        .get()
        .id
    )


def _task(title: str) -> m.TaskRecord:
    return m.TaskRecord.get(m.TaskRecord.title == title)


def _expectation(start: str) -> m.ExpectationRecord:
    return m.ExpectationRecord.get(m.ExpectationRecord.text.startswith(start))


def _day(offset: int) -> date:
    return TODAY + timedelta(days=offset)


def test_reviews_due_are_active_mentorships_past_their_cadence(demo_database):
    due = reviews_due(TODAY)
    assert [(d.contact_name, d.days_overdue) for d in due] == [
        ("Sam Whitfield", 50),  # started 80 days ago, never reviewed, every 30 days
        ("Jordan Lee", 5),
    ]
    assert due[0].last_review_end is None and due[0].due == _day(-50)
    assert all(isinstance(d, ReviewSchedule) for d in due)


def test_a_review_resets_the_clock_and_the_cadence_moves_it(demo_database):
    apply_review(ReviewPlan(_ship("Jordan Lee"), _day(-35), TODAY))
    assert "Jordan Lee" not in [d.contact_name for d in reviews_due(TODAY)]
    assert "Jordan Lee" in [d.contact_name for d in reviews_due(_day(30))]
    apply_review(
        ReviewPlan(_ship("Sam Whitfield"), _day(-7), TODAY, changes=(SetReviewCadence(14),))
    )
    schedule = review_schedule(_ship("Sam Whitfield"), today=TODAY)
    assert schedule.cadence_days == 14 and schedule.due == _day(14)


def test_the_default_period_runs_from_the_last_review(demo_database):
    schedule = review_schedule(_ship("Priya Raman"), today=TODAY)
    assert schedule.last_review_end == _day(-5)
    assert schedule.period == (_day(-5), TODAY)
    assert review_schedule(_ship("Aiko Tanaka"), today=TODAY) is None  # a prospect


def test_facts_count_the_plan_against_what_got_done(demo_database):
    facts = review_facts(_ship("Priya Raman"), _day(-30), TODAY, now=FIXED_NOW)
    assert facts.contact_name == "Priya Raman"
    outcomes = {t.title: t.outcome for t in facts.tasks}
    assert outcomes["Draft migration plan"] == "on_time"  # due -20, done the day before
    assert outcomes["Run the dependency-mapping workshop"] == "overdue"  # due -3, open
    assert outcomes["Get Priya's feedback on the design doc"] == ""  # due later: open only
    assert (facts.task_tally.planned, facts.task_tally.done, facts.task_tally.late) == (2, 1, 1)
    # weekly Thursday check-ins from 27 Oct to 26 Nov: 5 Thursdays, today's still ahead
    assert facts.meetings_held == 4 and facts.meetings_planned == 5
    assert facts.meetings_expected == 4  # 31 days, agreed every 7
    assert [g.title for g in facts.goals] == ["Lead a cross-team project"]
    assert facts.expectation_tally.open == 2
    snapshot = facts.snapshot()
    assert snapshot["tasks_done"] == 1 and snapshot["goals"][0]["target_date"] == "2027-01-25"


def test_facts_of_an_empty_period_are_zero(demo_database):
    facts = review_facts(_ship("Elena Petrova"), _day(-200), _day(-190), now=FIXED_NOW)
    assert (facts.meetings_planned, facts.task_tally.planned, facts.minutes) == (0, 0, 0)


def test_facts_refuse_a_backwards_period_or_a_missing_mentorship(demo_database):
    with pytest.raises(ValidationError):
        review_facts(_ship("Priya Raman"), TODAY, _day(-1), now=FIXED_NOW)
    with pytest.raises(UserError):
        review_facts(9999, _day(-1), TODAY, now=FIXED_NOW)


def _full_plan() -> ReviewPlan:
    ship = _ship("Priya Raman")
    return ReviewPlan(
        mentorship_id=ship,
        period_start=_day(-5),
        period_end=TODAY,
        snapshot={"tasks_done": 0, "tasks_planned": 1},
        went_well=" Agendas on time ",
        kinks="Workshop slipped",
        changes=(
            MoveTaskDue(_task("Run the dependency-mapping workshop").id, _day(4)),
            ChangeGoalTarget(m.GoalRecord.get(m.GoalRecord.mentorship == ship).id, _day(70)),
            MoveExpectationDue(_expectation("Share honest feedback").id, _day(14)),
            RenegotiateExpectation(_expectation("Send an agenda").id, "Agenda two days before"),
            AddExpectation("Book the next workshop room", "them", "me", _day(10)),
            SetReviewCadence(21),
        ),
    )


def test_applying_changes_the_records_and_keeps_before_and_after(demo_database):
    review_id = apply_review(_full_plan())
    review = m.ReviewRecord.get_by_id(review_id)
    assert (review.went_well, review.kinks) == ("Agendas on time", "Workshop slipped")
    assert review.snapshot == {"tasks_done": 0, "tasks_planned": 1}
    assert _task("Run the dependency-mapping workshop").due == _day(4)
    old = _expectation("Send an agenda")
    assert old.status == ExpectationStatus.REPLACED.value
    assert old.replaced_by.text == "Agenda two days before"
    assert _expectation("Book the next").status == ExpectationStatus.AGREED.value
    adaptations = list(review.adaptations.order_by(m.AdaptationRecord.id))
    assert [a.entity for a in adaptations] == [
        "task",
        "goal",
        "expectation",
        "expectation",
        "expectation",
        "mentorship",
    ]
    assert adaptations[0].before == {"due": _day(-3).isoformat()}
    assert adaptations[0].after == {"due": _day(4).isoformat()}
    assert decode_summary(adaptations[0].summary)[0] == "task.due"
    assert adaptations[5].after == {"review_cadence_days": 21}


def test_a_change_to_the_same_value_is_not_an_adaptation(demo_database):
    task = _task("Run the dependency-mapping workshop")
    review_id = apply_review(
        ReviewPlan(_ship("Priya Raman"), _day(-5), TODAY, changes=(MoveTaskDue(task.id, task.due),))
    )
    assert m.AdaptationRecord.select().where(m.AdaptationRecord.review == review_id).count() == 0


def test_a_record_deleted_meanwhile_leaves_everything_unchanged(demo_database):
    plan = _full_plan()
    victim = plan.changes[1].goal_id
    m.TaskRecord.update(goal=None).where(m.TaskRecord.goal == victim).execute()
    m.GoalRecord.delete_by_id(victim)
    before = export_json_text()
    with pytest.raises(UserError, match="no longer exists"):
        apply_review(plan)
    assert export_json_text() == before


def test_a_failure_on_the_second_change_rolls_back_the_first(demo_database, monkeypatch):
    real = apply_module.apply_change
    calls = []

    def failing(change, plan):
        calls.append(change)
        if len(calls) == 2:
            raise RuntimeError("disk unplugged")
        return real(change, plan)

    monkeypatch.setattr(apply_module, "apply_change", failing)
    before = export_json_text()
    with pytest.raises(RuntimeError):
        apply_review(_full_plan())
    assert len(calls) == 2
    assert export_json_text() == before


def test_an_expectation_of_another_mentorship_is_refused(demo_database):
    other = _expectation("Reply to emails")  # Marcus's
    before = export_json_text()
    with pytest.raises(UserError):
        apply_review(
            ReviewPlan(
                _ship("Priya Raman"),
                _day(-5),
                TODAY,
                changes=(SetExpectationStatus(other.id, "met"),),
            )
        )
    assert export_json_text() == before


def test_undo_reverses_a_whole_review_and_redo_reapplies_it(demo_database):
    before = export_json_text()
    review_id, changes = record_changes("Review with Priya", lambda: apply_review(_full_plan()))
    after = export_json_text()
    assert after != before
    undo_changes(changes)
    assert export_json_text() == before
    assert not m.ReviewRecord.select().where(m.ReviewRecord.id == review_id).exists()
    redo_changes(changes)
    assert export_json_text() == after


def test_history_shows_priyas_cycles_shrinking(demo_database):
    history = review_history(m.ContactRecord.get(m.ContactRecord.name == "Priya Raman").id)
    sizes = [(c.size.adaptations, c.size.days_moved) for c in history.cycles]
    assert sizes == [(4, 35), (2, 7), (1, 3)]
    assert history.shrinking
    assert history.cycles[0].period_end < history.cycles[-1].period_end
    assert history.cycles[-1].adaptations[0].entity == "goal"


def test_overall_reviews_have_their_own_history(demo_database):
    history = review_history(OVERALL)
    assert len(history.cycles) == 1 and not history.shrinking


def test_today_summary_carries_the_reviews_due(demo_database):
    from mentordesk.services.summaries.today import today_summary

    summary = today_summary(now=FIXED_NOW, today=TODAY)
    assert [d.contact_name for d in summary.reviews_due] == ["Sam Whitfield", "Jordan Lee"]


def _other_goal(ship: int) -> m.GoalRecord:
    return m.GoalRecord.select().where(m.GoalRecord.mentorship != ship).first()


def _other_task(ship: int) -> m.TaskRecord:
    goal = _other_goal(ship)
    return m.TaskRecord.get(m.TaskRecord.goal == goal.id)


@pytest.mark.parametrize("kind", ["task", "goal"])
def test_a_date_move_for_another_mentorship_is_refused(demo_database, kind):
    ship = _ship("Priya Raman")
    if kind == "task":
        change = MoveTaskDue(_other_task(ship).id, _day(9))
    else:
        change = ChangeGoalTarget(_other_goal(ship).id, _day(90))
    before = export_json_text()
    with pytest.raises(UserError, match="this mentorship"):
        apply_review(ReviewPlan(ship, _day(-5), TODAY, changes=(change,)))
    assert export_json_text() == before


def test_a_task_of_the_mentors_contact_can_be_moved(demo_database):
    ship = m.MentorshipRecord.get_by_id(_ship("Priya Raman"))
    task = m.TaskRecord.create(title="Loose task", contact=ship.contact_id)
    apply_review(ReviewPlan(ship.id, _day(-5), TODAY, changes=(MoveTaskDue(task.id, _day(3)),)))
    assert m.TaskRecord.get_by_id(task.id).due == _day(3)


def test_review_status_changes_follow_the_expectation_rules(demo_database, monkeypatch):
    from mentordesk.services.tasks import goals

    calls = []
    real = goals.set_expectation_status
    monkeypatch.setattr(goals, "set_expectation_status", lambda *a: calls.append(a) or real(*a))
    record = _expectation("Share honest feedback")
    with pytest.raises(ValidationError):
        apply_review(
            ReviewPlan(
                record.mentorship_id,
                _day(-5),
                TODAY,
                changes=(SetExpectationStatus(record.id, "replaced"),),
            )
        )
    apply_review(
        ReviewPlan(
            record.mentorship_id, _day(-5), TODAY, changes=(SetExpectationStatus(record.id, "met"),)
        )
    )
    assert calls == [(record.id, "replaced"), (record.id, "met")]


def test_review_goal_changes_go_through_update_goal(demo_database, monkeypatch):
    from mentordesk.services.tasks import goals

    calls = []
    real = goals.update_goal
    monkeypatch.setattr(goals, "update_goal", lambda i, **c: calls.append((i, c)) or real(i, **c))
    ship = _ship("Priya Raman")
    goal = m.GoalRecord.get(m.GoalRecord.mentorship == ship)
    apply_review(ReviewPlan(ship, _day(-5), TODAY, changes=(ChangeGoalTarget(goal.id, _day(70)),)))
    assert calls == [(goal.id, {"target_date": _day(70)})]


def test_reviewed_mentors_are_the_mentors_with_their_review_counts(demo_database):
    from mentordesk.services.reviews.history import reviewed_mentors
    from mentordesk.services.tasks.listing import list_mentors

    rows = reviewed_mentors()
    assert [(i, name) for i, name, _ in rows] == list_mentors()
    by_name = {name: count for _, name, count in rows}
    priya = m.ReviewRecord.select().where(m.ReviewRecord.mentorship == _ship("Priya Raman"))
    assert by_name["Priya Raman"] == priya.count() > 0
    assert by_name["Sam Whitfield"] == 0


def test_one_schedule_is_read_without_reading_every_one(demo_database, monkeypatch):
    from mentordesk.services.reviews import due as due_module

    def every(**_):
        raise AssertionError("read every schedule")

    monkeypatch.setattr(due_module, "review_schedules", every)
    schedule = review_schedule(_ship("Sam Whitfield"), today=TODAY)
    assert (schedule.contact_name, schedule.days_overdue) == ("Sam Whitfield", 50)
