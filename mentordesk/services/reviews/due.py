"""Which mentorships are due a review: a review cadence after the last one (or the start)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from peewee import Expression, fn

from mentordesk.core.enums import Stage
from mentordesk.core.review_cycle import days_overdue, default_period, review_due_date
from mentordesk.db import models as m

REVIEWED_STAGES = (Stage.BUILDING_RAPPORT.value, Stage.ACTIVE.value, Stage.PAUSED.value)
DUE_STAGES = (Stage.ACTIVE.value,)  # only these are reminded on Today


@dataclass(frozen=True)
class ReviewSchedule:
    """When a mentorship was last reviewed, how often it is, and the period a new one covers."""

    mentorship_id: int
    contact_name: str
    cadence_days: int
    last_review_end: date | None
    due: date | None
    period: tuple[date, date]
    as_of: date
    stage: str = Stage.ACTIVE.value
    contact_id: int = 0

    @property
    def days_overdue(self) -> int | None:
        """Days past due on the schedule's day (0: due today, below: not yet; None: no due)."""
        return None if self.due is None else days_overdue(self.due, self.as_of)


def last_review_ends(*where: Expression) -> dict[int, date]:
    """The end of each mentorship's latest review (those matching `where`), by mentorship id."""
    review = m.ReviewRecord
    query = (
        review.select(review.mentorship, fn.MAX(review.period_end))
        .where(review.mentorship.is_null(False), *where)
        .group_by(review.mentorship)
    )
    return {ship: _date(end) for ship, end in query.tuples()}


def _date(value: date | str) -> date:
    """A date from what an aggregate returns (SQLite gives text)."""
    return value if isinstance(value, date) else date.fromisoformat(value)


def review_schedules(*, today: date) -> list[ReviewSchedule]:
    """The review schedule of every mentorship under way, by the other person's name."""
    return _schedules(today)


def _schedules(today: date, mentorship_id: int | None = None) -> list[ReviewSchedule]:
    """Schedules of the mentorships under way (only one when an id is given)."""
    ship, contact, review = m.MentorshipRecord, m.ContactRecord, m.ReviewRecord
    one = mentorship_id is not None
    ends = last_review_ends(*([review.mentorship == mentorship_id] if one else []))
    query = (
        ship.select(ship, contact.name.alias("contact_name"))
        .join(contact)
        .where(ship.stage.in_(REVIEWED_STAGES), *([ship.id == mentorship_id] if one else []))
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
        as_of=today,
        stage=ship.stage,
        contact_id=ship.contact_id,
    )


def review_schedule(mentorship_id: int, *, today: date) -> ReviewSchedule | None:
    """One mentorship's schedule, or None when it is not under way (a prospect, an alumnus)."""
    return next(iter(_schedules(today, mentorship_id)), None)


def reviews_due(today: date) -> list[ReviewSchedule]:
    """Active mentorships whose review is due today or overdue, most overdue first."""
    due = [
        s
        for s in review_schedules(today=today)
        if s.stage in DUE_STAGES and s.due is not None and s.due <= today
    ]
    return sorted(due, key=lambda s: (-(s.days_overdue or 0), s.contact_name))
