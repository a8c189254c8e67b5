"""A review's changes are stored as codes and worded in the user's language; old rows as stored."""

from __future__ import annotations

from datetime import timedelta

from mentordesk.core.enums import ExpectationStatus
from mentordesk.db import models as m
from mentordesk.services.reviews.apply import (
    ChangeGoalTarget,
    ReviewPlan,
    SetExpectationStatus,
    SetReviewCadence,
    apply_review,
)
from mentordesk.services.reviews.history import AdaptationRow, review_history
from mentordesk.ui.labels import label
from mentordesk.ui.reviews.history import change_text
from tests.conftest import FIXED_NOW

TODAY = FIXED_NOW.date()


def _applied_changes() -> list[AdaptationRow]:
    """Apply a review of Priya's mentorship with three changes; its adaptations."""
    ship = (
        m.MentorshipRecord.select()
        .join(m.ContactRecord)
        .where(m.ContactRecord.name == "Priya Raman")
        .get()
    )
    goal = m.GoalRecord.get(m.GoalRecord.mentorship == ship.id)
    goal.target_date = TODAY
    goal.save()
    expectation = m.ExpectationRecord.get(
        (m.ExpectationRecord.mentorship == ship.id)
        & (m.ExpectationRecord.status == ExpectationStatus.AGREED.value)
    )
    review_id = apply_review(
        ReviewPlan(
            ship.id,
            TODAY - timedelta(days=5),
            TODAY,
            changes=(
                ChangeGoalTarget(goal.id, TODAY + timedelta(days=3)),
                SetExpectationStatus(expectation.id, ExpectationStatus.MET.value),
                SetReviewCadence(ship.review_cadence_days + 1),
            ),
        )
    )
    history = review_history(ship.contact_id)
    return next(c for c in history.cycles if c.review_id == review_id).adaptations


def test_changes_are_worded_in_english(demo_context):
    goal, status, cadence = _applied_changes()
    assert goal.code == "goal.target" and goal.summary.startswith("{")
    assert change_text(goal).startswith("Goal “")
    assert change_text(goal).endswith(" target 2026-11-26 → 2026-11-29")
    assert change_text(status).endswith("” Agreed → Met")
    before, after = cadence.values["before"], cadence.values["after"]
    assert change_text(cadence) == f"Review every {before} → {after} days"


def test_changes_are_worded_in_german(demo_context, german):
    goal, status, cadence = _applied_changes()
    assert change_text(goal).startswith("Ziel „")
    assert change_text(goal).endswith(" Zieldatum 26.11.2026 → 29.11.2026")
    assert f"{label(ExpectationStatus, 'agreed')} → {label(ExpectationStatus, 'met')}" in (
        change_text(status)
    )
    assert change_text(status).startswith("Erwartung „")
    before, after = cadence.values["before"], cadence.values["after"]
    assert change_text(cadence) == f"Rückblick alle {before} → {after} Tage"


def test_an_older_english_summary_is_shown_as_stored(german):
    row = AdaptationRow("task", 1, "Task “Plan” due 2026-11-01 → 2026-11-08", {}, {})
    assert change_text(row) == "Task “Plan” due 2026-11-01 → 2026-11-08"


def test_the_sample_reviews_are_worded_in_german_too(demo_context, german):
    texts = [
        change_text(a)
        for (contact_id,) in m.ContactRecord.select(m.ContactRecord.id).tuples()
        for cycle in review_history(contact_id).cycles
        for a in cycle.adaptations
    ]
    assert texts and all(
        a.startswith(("Aufgabe „", "Ziel „", "Erwartung „", "Rückblick alle ")) for a in texts
    )
    assert any(" jetzt „" in a for a in texts)
