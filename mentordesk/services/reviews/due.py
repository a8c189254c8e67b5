"""Which mentorships are due a review: a review cadence after the last one (or the start)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from peewee import fn

from mentordesk.core.enums import Stage
from mentordesk.core.review_cycle import days_overdue, default_period, review_due_date
from mentordesk.db import models as m

REVIEWED_STAGES = (Stage.BUILDING_RAPPORT.value, Stage.ACTIVE.value, Stage.PAUSED.value)
DUE_STAGES = (Stage.ACTIVE.value,)  # only these are reminded on Today


@dataclass(frozen=True)
class DueReview:
    """A mentorship whose review is due (or overdue)."""

    mentorship_id: int
    contact_name: str
    last_review_end: date | None
    due: date
    days_overdue: int
    cadence_days: int


@dataclass(frozen=True)
class ReviewSchedule:
    """When a mentorship was last reviewed, how often it is, and the period a new one covers."""

    mentorship_id: int
    contact_name: str
    cadence_days: int
    last_review_end: date | None
    due: date | None
    period: tuple[date, date]
    stage: str = Stage.ACTIVE.value
    contact_id: int = 0


def last_review_ends() -> dict[int, date]:
    """The end of each mentorship's latest review, by mentorship id."""
    review = m.ReviewRecord
    query = (
        review.select(review.mentorship, fn.MAX(review.period_end))
        .where(review.mentorship.is_null(False))
        .group_by(review.mentorship)
    )
    return {ship: _date(end) for ship, end in query.tuples()}


def _date(value: date | str) -> date:
    """A date from what an aggregate returns (SQLite gives text)."""
    return value if isinstance(value, date) else date.fromisoformat(value)


def review_schedules(*, today: date) -> list[ReviewSchedule]:
    """The review schedule of every mentorship under way, by the other person's name."""
    ship, contact = m.MentorshipRecord, m.ContactRecord
    ends = last_review_ends()
    query = (
        ship.select(ship, contact.name.alias("contact_name"))
        .join(contact)
        .where(ship.stage.in_(REVIEWED_STAGES))
        .order_by(contact.name, ship.id)
    )
    return [_schedule(s, ends.get(s.id), today) for s in query.objects()]


def _schedule(ship: m.MentorshipRecord, last_end: date | None, today: date) -> ReviewSchedule:
    """One mentorship's schedule."""
    cadence = ship.review_cadence_days
    return ReviewSchedule(
        mentorship_id=ship.id,
        contact_name=ship.contact_name,
        cadence_days=cadence,
        last_review_end=last_end,
        due=review_due_date(
            last_review_end=last_end, started_on=ship.started_on, cadence_days=cadence
        ),
        period=default_period(
            last_review_end=last_end, started_on=ship.started_on, cadence_days=cadence, today=today
        ),
        stage=ship.stage,
        contact_id=ship.contact_id,
    )


def review_schedule(mentorship_id: int, *, today: date) -> ReviewSchedule | None:
    """One mentorship's schedule, or None when it is not under way (a prospect, an alumnus)."""
    return next(
        (s for s in review_schedules(today=today) if s.mentorship_id == mentorship_id), None
    )


def reviews_due(today: date) -> list[DueReview]:
    """Active mentorships whose review is due today or overdue, most overdue first."""
    due = [
        DueReview(
            mentorship_id=s.mentorship_id,
            contact_name=s.contact_name,
            last_review_end=s.last_review_end,
            due=s.due,
            days_overdue=days_overdue(s.due, today),
            cadence_days=s.cadence_days,
        )
        for s in review_schedules(today=today)
        if s.stage in DUE_STAGES and s.due is not None and s.due <= today
    ]
    return sorted(due, key=lambda d: (-d.days_overdue, d.contact_name))
