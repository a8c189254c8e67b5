"""Sample review cycles: Priya's three reviews make fewer and smaller changes each time."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any, Protocol

from mentordesk.db import models as m
from mentordesk.services.reviews.summary_codes import encode_summary


class DemoDays(Protocol):
    """What the demo builder offers: days relative to its today, and the sample mentorships."""

    mentorships: dict[str, m.MentorshipRecord]

    def day(self, offset: int) -> date:
        """The date `offset` days from today."""


def _iso(day: date | None) -> str | None:
    """A date as ISO text."""
    return day.isoformat() if day else None


def _review(builder: DemoDays, mentor: str | None, start: int, end: int, **fields) -> int:
    """One review of a mentor's mentorship (None: across all) between two day offsets."""
    ship = builder.mentorships[mentor] if mentor else None
    return m.ReviewRecord.create(
        mentorship=ship, period_start=builder.day(start), period_end=builder.day(end), **fields
    ).id


def _adapt(review_id: int, record: m.BaseRecord, summary: str, before: dict, after: dict) -> None:
    """One adaptation of a review."""
    entity = {
        m.TaskRecord: "task",
        m.GoalRecord: "goal",
        m.ExpectationRecord: "expectation",
        m.MentorshipRecord: "mentorship",
    }[type(record)]
    m.AdaptationRecord.create(
        review=review_id,
        entity=entity,
        record_id=record.id,
        summary=summary,
        before=before,
        after=after,
    )


def _moved(review_id: int, record: m.TaskRecord | m.GoalRecord, days: int) -> None:
    """An adaptation that moved a task's due date or a goal's target to its current value."""
    name = "due" if isinstance(record, m.TaskRecord) else "target_date"
    now: date = getattr(record, name)
    before = now - timedelta(days=days)
    code = "task.due" if name == "due" else "goal.target"
    summary = encode_summary(code, name=record.title, before=_iso(before), after=_iso(now))
    _adapt(review_id, record, summary, {name: _iso(before)}, {name: _iso(now)})


def _reworded(review_id: int, record: m.ExpectationRecord, before: str) -> None:
    """An adaptation that changed an expectation's text to its current one."""
    summary = encode_summary("expectation.reworded", name=before, new=record.text)
    _adapt(review_id, record, summary, {"text": before}, {"text": record.text})


def _task(title: str) -> m.TaskRecord:
    return m.TaskRecord.get(m.TaskRecord.title == title)


def _goal(title: str) -> m.GoalRecord:
    return m.GoalRecord.get(m.GoalRecord.title == title)


def _expectation(start: str) -> m.ExpectationRecord:
    return m.ExpectationRecord.get(m.ExpectationRecord.text.startswith(start))


def _snapshot(
    planned: int, held: int, tasks: int, done: int, late: int, minutes: int
) -> dict[str, Any]:
    """A review's plan-against-actual figures."""
    return {
        "meetings_planned": planned,
        "meetings_held": held,
        "tasks_planned": tasks,
        "tasks_done": done,
        "tasks_late": late,
        "minutes": minutes,
    }


def add_demo_reviews(builder: DemoDays) -> None:
    """Three shrinking cycles with Priya, one with Marcus, and one across every mentorship."""
    _priya_cycles(builder)
    marcus = _review(
        builder,
        "Marcus Okafor",
        -58,
        -24,
        snapshot=_snapshot(2, 2, 2, 1, 1, 165),
        went_well="Kick-off set a clear goal; the outline review sharpened the talk.",
        kinks="The CFP deadline crept up on me.",
    )
    _moved(marcus, _task("Submit to the regional conference CFP"), 7)
    _review(
        builder,
        None,
        -33,
        -3,
        snapshot=_snapshot(9, 7, 6, 2, 3, 465),
        went_well="Talk abstract done; customer interviews started.",
        kinks="Sam's sync was cancelled; two tasks slipped.",
    )


def _priya_cycles(builder: DemoDays) -> None:
    """Priya: four changes, then two, then one, each smaller in days moved."""
    first = _review(
        builder,
        "Priya Raman",
        -90,
        -62,
        snapshot=_snapshot(4, 3, 3, 1, 2, 150),
        went_well="Every check-in happened; the plan review was very useful.",
        kinks="I came without an agenda twice and the migration plan slipped.",
    )
    _reworded(first, _expectation("Send an agenda"), "Bring topics to the check-in")
    _moved(first, _goal("Lead a cross-team project"), 21)
    _moved(first, _task("Draft migration plan"), 14)
    ship = builder.mentorships["Priya Raman"]
    _adapt(
        first,
        ship,
        encode_summary("mentorship.cadence", before=21, after=ship.review_cadence_days),
        {"review_cadence_days": 21},
        {"review_cadence_days": ship.review_cadence_days},
    )
    second = _review(
        builder,
        "Priya Raman",
        -62,
        -33,
        snapshot=_snapshot(4, 4, 2, 1, 1, 210),
        went_well="Agendas arrived the day before; design-doc feedback came quickly.",
        kinks="The workshop date was too ambitious.",
    )
    _moved(second, _task("Run the dependency-mapping workshop"), 7)
    _reworded(
        second, _expectation("Share honest feedback"), "Share honest feedback within two days"
    )
    third = _review(
        builder,
        "Priya Raman",
        -33,
        -5,
        snapshot=_snapshot(3, 3, 2, 2, 0, 180),
        went_well="Plan done on time; the cross-team kick-off went well.",
        kinks="Only a small slip on the goal's last milestone.",
    )
    _moved(third, _goal("Lead a cross-team project"), 3)
