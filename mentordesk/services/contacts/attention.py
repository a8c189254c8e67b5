"""Interactions and held meetings as core facts; the attention rules Today and Contacts share."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from enum import StrEnum

from peewee import JOIN, fn

from mentordesk.core.enums import Direction, InteractionKind, MeetingStatus
from mentordesk.core.relationships import (
    InteractionFact,
    last_real_contact,
    overdue_follow_ups,
    stay_in_touch_due,
)
from mentordesk.db import models as m
from mentordesk.services.calendar.occurrences import OccurrenceRow, list_occurrences, upcoming

HELD_LOOKBACK = timedelta(days=365)  # how far back held meetings count as contact
BOOKED_HORIZON = timedelta(days=7)  # a meeting booked this soon takes care of staying in touch


class AttentionReason(StrEnum):
    """Why a contact needs attention now (the UI and the agenda word it)."""

    FOLLOW_UP = "follow_up"
    STAY_IN_TOUCH = "stay_in_touch"


FOLLOW_UP_REASON = AttentionReason.FOLLOW_UP
STAY_IN_TOUCH_REASON = AttentionReason.STAY_IN_TOUCH


@dataclass(frozen=True)
class MeetingActivity:
    """Held meeting start times per contact, and the contacts with a meeting booked soon."""

    held: dict[int, list[datetime]]
    booked: set[int]


@dataclass(frozen=True)
class FollowUp:
    """An unanswered message or call of mine, past the agreed reply time."""

    interaction: InteractionFact
    due: datetime


def interaction_fact(record: m.InteractionRecord) -> InteractionFact:
    """One interaction record as a core fact."""
    return InteractionFact(
        id=record.id,
        occurred_at=record.occurred_at,
        direction=record.direction,
        kind=record.kind,
        reply_to_id=record.reply_to_id,
    )


def interaction_facts(*, now: datetime | None = None) -> dict[int, list[InteractionFact]]:
    """Interactions as core facts, grouped by contact (plain tuples: no model objects).

    With ``now``, only what the attention rules can still use at ``now``: each contact's
    interactions from their last unlinked incoming one at or before ``now`` on (all of them
    when there is none). That one answers every message of mine before it, and it is at or
    before the last contact, so follow-ups, the last contact and the latest interaction come
    out the same as from the whole history (tests/services/test_attention_window.py).
    """
    row = m.InteractionRecord
    columns = (row.contact, row.id, row.occurred_at, row.direction, row.kind, row.reply_to)
    query = row.select(*columns)
    if now is not None:
        query = _since_last_answer(query, now)
    facts: dict[int, list[InteractionFact]] = defaultdict(list)
    for contact_id, *values in query.tuples().iterator():
        facts[contact_id].append(InteractionFact(*values))
    return facts


def _since_last_answer(query, now: datetime):
    """Limit an interaction query to each contact's rows from its last unlinked incoming one."""
    row = m.InteractionRecord
    cut = (
        row.select(row.contact.alias("contact_id"), fn.MAX(row.occurred_at).alias("since"))
        .where(row.direction == Direction.IN.value, row.reply_to.is_null(), row.occurred_at <= now)
        .group_by(row.contact)
        .alias("cut")
    )
    return query.join(cut, JOIN.LEFT_OUTER, on=(cut.c.contact_id == row.contact)).where(
        cut.c.since.is_null() | (row.occurred_at >= cut.c.since)
    )


def meeting_facts(times: list[datetime]) -> list[InteractionFact]:
    """Held meetings as incoming contact, so a meeting answers the messages before it."""
    return [
        InteractionFact(
            id=-(i + 1), occurred_at=t, direction=Direction.IN, kind=InteractionKind.MEETING
        )
        for i, t in enumerate(sorted(times))
    ]


def occurrences_around(
    *, now: datetime, ahead: timedelta = BOOKED_HORIZON, contact_id: int | None = None
) -> list[OccurrenceRow]:
    """Occurrences from a year back to ``ahead`` (a week at least): enough for meeting_activity.

    With ``contact_id``, only those the contact attends (enough for their own activity).
    """
    return list_occurrences(
        window_start=now - HELD_LOOKBACK,
        window_end=now + max(ahead, BOOKED_HORIZON),
        now=now,
        contact_id=contact_id,
    )


def meeting_activity(
    *, now: datetime, occurrences: list[OccurrenceRow] | None = None
) -> MeetingActivity:
    """Meetings held in the last year and contacts booked in the next week.

    ``occurrences`` from occurrences_around saves listing them again; by default they are listed.
    """
    if occurrences is None:
        occurrences = occurrences_around(now=now)
    held: dict[int, list[datetime]] = defaultdict(list)
    for row in occurrences:
        if now - HELD_LOOKBACK <= row.start < now and row.status == MeetingStatus.HELD.value:
            for contact_id in row.attendee_ids:
                held[contact_id].append(row.start)
    soon = upcoming(occurrences, now=now, until=now + BOOKED_HORIZON)
    return MeetingActivity(held=held, booked={c for row in soon for c in row.attendee_ids})


def agreements_by_contact() -> dict[int, m.AgreementRecord]:
    """Each contact's agreement (from their most recent mentorship that has one)."""
    query = m.AgreementRecord.select(m.AgreementRecord, m.MentorshipRecord).join(m.MentorshipRecord)
    return {a.mentorship.contact_id: a for a in query.order_by(m.MentorshipRecord.id)}


def hours(value: int | None) -> timedelta | None:
    """Agreed hours as a duration; None when not agreed."""
    return None if value is None else timedelta(hours=value)


def days(value: int | None) -> timedelta | None:
    """Agreed days as a duration; None when not agreed (or zero)."""
    return timedelta(days=value) if value else None


def follow_ups(
    facts: list[InteractionFact], *, agreement: m.AgreementRecord | None, now: datetime
) -> list[FollowUp]:
    """My overdue follow-ups under the agreed reply time, oldest first; none without one."""
    agreed = hours(agreement.their_reply_hours) if agreement else None
    if not agreed:
        return []
    late = overdue_follow_ups(facts, agreed_reply=agreed, now=now)
    return [FollowUp(interaction=fact, due=fact.occurred_at + agreed) for fact in late]


def agreement_start(
    agreement: m.AgreementRecord | None, created_at: datetime | None
) -> datetime | None:
    """When the stay-in-touch clock started: the agreement date, else the contact's creation."""
    if agreement is not None and agreement.agreed_on is not None:
        return datetime.combine(agreement.agreed_on, time(0), UTC)
    return created_at


def stay_in_touch(
    facts: list[InteractionFact],
    held: list[datetime],
    *,
    agreement: m.AgreementRecord | None,
    now: datetime,
    created_at: datetime | None = None,
) -> datetime | None:
    """When the next contact is due under the agreed cadence, from the last real contact.

    The clock starts at the agreement (``agreed_on``, else the contact's ``created_at``).
    """
    cadence = days(agreement.meeting_cadence_days) if agreement else None
    if cadence is None:
        return None
    last = last_real_contact(facts, held, now=now)
    started = agreement_start(agreement, created_at)
    return stay_in_touch_due(last_contact=last, cadence=cadence, now=now, started=started)


def attention_reason(
    facts: list[InteractionFact],
    held: list[datetime],
    *,
    agreement: m.AgreementRecord | None,
    booked: bool,
    now: datetime,
    created_at: datetime | None = None,
) -> str:
    """Why a contact needs attention now: a follow-up, or staying in touch; "" when not."""
    # `facts` include the held meetings (meeting_facts); as on Today, a meeting booked within
    # a week takes care of staying in touch.
    if follow_ups(facts, agreement=agreement, now=now):
        return FOLLOW_UP_REASON
    due = stay_in_touch(facts, held, agreement=agreement, now=now, created_at=created_at)
    if due is not None and due <= now and not booked:
        return STAY_IN_TOUCH_REASON
    return ""
