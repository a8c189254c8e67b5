"""The review history of one mentor: each cycle with its adaptations and their size."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from peewee import fn

from mentordesk.core.review_cycle import CycleSize, cycle_size, is_shrinking
from mentordesk.db import models as m
from mentordesk.services.reviews.summary_codes import decode_summary
from mentordesk.services.tasks.listing import list_mentors

OVERALL = 0  # the mentor key of reviews made across every mentorship


@dataclass(frozen=True)
class AdaptationRow:
    """One change a review made, with its fields before and after."""

    entity: str
    record_id: int
    summary: str
    before: dict[str, Any]
    after: dict[str, Any]
    code: str = ""
    """The kind of change (e.g. "task.due"), worded with `values`; "": an old English summary."""
    values: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class CycleRow:
    """One review cycle: its period, reflections, adaptations and their size."""

    review_id: int
    period_start: date
    period_end: date
    went_well: str
    kinks: str
    size: CycleSize
    adaptations: list[AdaptationRow] = field(default_factory=list)


@dataclass(frozen=True)
class ReviewHistory:
    """A mentor's cycles, oldest first, and whether the changes are shrinking."""

    contact_id: int
    cycles: list[CycleRow]
    shrinking: bool


def reviewed_mentors() -> list[tuple[int, str, int]]:
    """(contact id, name, number of reviews) of everyone past the prospect stage, by name."""
    review, ship = m.ReviewRecord, m.MentorshipRecord
    query = review.select(ship.contact, fn.COUNT(review.id)).join(ship).group_by(ship.contact)
    counts = dict(query.tuples())
    return [(i, name, counts.get(i, 0)) for i, name in list_mentors()]


def review_history(contact_id: int) -> ReviewHistory:
    """The reviews of a mentor's mentorships (OVERALL: those of no one mentorship)."""
    review, ship = m.ReviewRecord, m.MentorshipRecord
    if contact_id == OVERALL:
        reviews = review.select().where(review.mentorship.is_null())
    else:
        reviews = review.select().join(ship).where(ship.contact == contact_id)
    reviews = list(reviews.order_by(review.period_end, review.id))
    changes = _adaptations([r.id for r in reviews])
    cycles = [_cycle(r, changes.get(r.id, [])) for r in reviews]
    return ReviewHistory(contact_id, cycles, is_shrinking([c.size for c in cycles]))


def _adaptations(review_ids: list[int]) -> dict[int, list[AdaptationRow]]:
    """The adaptations of some reviews, by review id, in the order they were made."""
    found: dict[int, list[AdaptationRow]] = defaultdict(list)
    if not review_ids:
        return found
    query = m.AdaptationRecord.select().where(m.AdaptationRecord.review.in_(review_ids))
    for a in query.order_by(m.AdaptationRecord.id):
        code, values = decode_summary(a.summary)
        found[a.review_id].append(
            AdaptationRow(
                a.entity, a.record_id, a.summary, a.before or {}, a.after or {}, code, values
            )
        )
    return found


def _cycle(review: m.ReviewRecord, adaptations: list[AdaptationRow]) -> CycleRow:
    """A review as a cycle row."""
    return CycleRow(
        review_id=review.id,
        period_start=review.period_start,
        period_end=review.period_end,
        went_well=review.went_well,
        kinks=review.kinks,
        size=cycle_size((a.before, a.after) for a in adaptations),
        adaptations=adaptations,
    )
