"""Review listing: each analyse-and-adapt cycle with its plan-against-actual figures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from peewee import fn

from mentordesk.db import models as m


@dataclass(frozen=True)
class ReviewRow:
    """One line of the review list."""

    id: int
    period_start: date
    period_end: date
    subject: str
    meetings_held: int
    meetings_planned: int
    tasks_done: int
    tasks_planned: int
    minutes: int
    went_well: str
    kinks: str
    adaptations: int


def list_reviews() -> list[ReviewRow]:
    """Every review, newest period first."""
    names = dict(
        m.MentorshipRecord.select(m.MentorshipRecord.id, m.ContactRecord.name)
        .join(m.ContactRecord)
        .tuples()
    )
    counts = dict(
        m.AdaptationRecord.select(m.AdaptationRecord.review, fn.COUNT(m.AdaptationRecord.id))
        .group_by(m.AdaptationRecord.review)
        .tuples()
    )
    reviews = m.ReviewRecord.select().order_by(m.ReviewRecord.period_end.desc(), m.ReviewRecord.id)
    return [
        _review_row(r, names.get(r.mentorship_id, "All mentorships"), counts.get(r.id, 0))
        for r in reviews
    ]


def _review_row(review: m.ReviewRecord, subject: str, adaptations: int) -> ReviewRow:
    """A review record as a row, reading its snapshot figures."""
    snap = review.snapshot or {}
    return ReviewRow(
        id=review.id,
        period_start=review.period_start,
        period_end=review.period_end,
        subject=subject,
        meetings_held=int(snap.get("meetings_held", 0)),
        meetings_planned=int(snap.get("meetings_planned", 0)),
        tasks_done=int(snap.get("tasks_done", 0)),
        tasks_planned=int(snap.get("tasks_planned", 0)),
        minutes=int(snap.get("minutes", 0)),
        went_well=review.went_well,
        kinks=review.kinks,
        adaptations=adaptations,
    )
