"""The interaction log: add, list, edit and delete the contacts made with a person."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from mentordesk.core.enums import Channel, Direction, InteractionKind
from mentordesk.core.errors import UserError, ValidationError
from mentordesk.db import models as m
from mentordesk.db.database import db
from mentordesk.services.contacts.records import (
    get_contact,
    main_mentorship,
    mentorship_agreement,
)
from mentordesk.services.tombstones import delete_records

FUTURE_TOLERANCE = timedelta(minutes=5)  # clocks drift; a contact logged "now" is not future


class InteractionNotFoundError(UserError):
    """No interaction has the id asked for: it was deleted or never existed."""


@dataclass(frozen=True)
class LoggedInteraction:
    """One logged interaction with everything its editor needs."""

    id: int
    contact_id: int
    occurred_at: datetime
    channel: str
    direction: str
    kind: str
    summary: str
    reply_to_id: int | None


@dataclass(frozen=True)
class InteractionLog:
    """A contact's name, agreed channels (preferred first) and logged interactions."""

    contact_id: int
    name: str
    channels: list[str]
    interactions: list[LoggedInteraction]


def interaction_log(contact_id: int) -> InteractionLog:
    """Everything the interaction list of one contact shows; ContactNotFoundError if missing."""
    contact = get_contact(contact_id)
    agreement = mentorship_agreement(main_mentorship(contact_id))
    channels = list(agreement.channels or []) if agreement else []
    return InteractionLog(contact.id, contact.name, channels, list_interactions(contact_id))


def list_interactions(contact_id: int) -> list[LoggedInteraction]:
    """The contact's logged interactions, newest first; ContactNotFoundError if missing."""
    get_contact(contact_id)
    record = m.InteractionRecord
    query = record.select().where(record.contact == contact_id)
    return [_logged(r) for r in query.order_by(record.occurred_at.desc(), record.id.desc())]


def get_interaction(interaction_id: int) -> LoggedInteraction:
    """One live interaction; InteractionNotFoundError if missing or deleted."""
    return _logged(_record(interaction_id))


def add_interaction(
    *,
    contact_id: int,
    occurred_at: datetime,
    channel: str,
    direction: str,
    kind: str,
    summary: str,
    reply_to_id: int | None = None,
    now: datetime | None = None,
) -> int:
    """Log one contact made with a person; returns the new interaction id."""
    _check_values(occurred_at, channel, direction, kind, now)
    with db.atomic():
        get_contact(contact_id)
        _check_reply_to(reply_to_id, contact_id)
        record = m.InteractionRecord.create(
            contact=contact_id,
            occurred_at=occurred_at,
            channel=channel,
            direction=direction,
            kind=kind,
            summary=summary.strip(),
            reply_to=reply_to_id,
        )
    return record.id


def update_interaction(
    *,
    interaction_id: int,
    occurred_at: datetime,
    channel: str,
    direction: str,
    kind: str,
    summary: str,
    reply_to_id: int | None = None,
    now: datetime | None = None,
) -> bool:
    """Change a logged interaction; True when a value changed (an unchanged one is left)."""
    _check_values(occurred_at, channel, direction, kind, now)
    with db.atomic():
        record = _record(interaction_id)
        if reply_to_id == interaction_id:
            raise ValidationError("An interaction cannot reply to itself.", field="reply_to")
        _check_reply_to(reply_to_id, record.contact_id)
        values = {
            "occurred_at": occurred_at.astimezone(UTC).replace(microsecond=0),
            "channel": channel,
            "direction": direction,
            "kind": kind,
            "summary": summary.strip(),
            "reply_to": reply_to_id,
        }
        changes = {k: v for k, v in values.items() if _stored(record, k) != v}
        if changes:
            m.InteractionRecord.update(changes).where(
                m.InteractionRecord.id == interaction_id
            ).execute()
        return bool(changes)


def delete_interaction(interaction_id: int) -> None:
    """Delete a logged interaction (a tombstone); replies to it lose their link."""
    with db.atomic():
        _record(interaction_id)
        delete_records(m.InteractionRecord, [interaction_id])


def _record(interaction_id: int) -> m.InteractionRecord:
    """The live interaction record, or InteractionNotFoundError."""
    record = m.InteractionRecord.get_or_none(m.InteractionRecord.id == interaction_id)
    if record is None:
        raise InteractionNotFoundError(
            f"interaction {interaction_id} does not exist (it may have been deleted)"
        )
    return record


def _stored(record: m.InteractionRecord, key: str):
    """A column's stored value as `update_interaction` compares it."""
    if key == "reply_to":
        return record.reply_to_id
    if key == "occurred_at":
        return record.occurred_at.astimezone(UTC)
    return getattr(record, key)


def _logged(record: m.InteractionRecord) -> LoggedInteraction:
    """A record as a LoggedInteraction."""
    return LoggedInteraction(
        id=record.id,
        contact_id=record.contact_id,
        occurred_at=record.occurred_at,
        channel=record.channel,
        direction=record.direction,
        kind=record.kind,
        summary=record.summary,
        reply_to_id=record.reply_to_id,
    )


def _check_values(
    occurred_at: datetime, channel: str, direction: str, kind: str, now: datetime | None
) -> None:
    """Reject a naive or future time and values outside the vocabulary."""
    if occurred_at.tzinfo is None or occurred_at.utcoffset() is None:
        raise ValidationError("An interaction needs a timezone-aware time.", field="occurred_at")
    if occurred_at > (now or datetime.now(UTC)) + FUTURE_TOLERANCE:
        raise ValidationError(
            "The time of a logged contact cannot be in the future; use when it happened.",
            field="occurred_at",
        )
    for what, value, enum in (
        ("Channel", channel, Channel),
        ("Direction", direction, Direction),
        ("Kind", kind, InteractionKind),
    ):
        if value not in enum.values():
            raise ValidationError(
                f"{what} {value!r} is not one of: {', '.join(enum.values())}.",
                field=what.lower(),
            )


def _check_reply_to(reply_to_id: int | None, contact_id: int) -> None:
    """Reject a replied-to interaction that is missing or belongs to someone else."""
    if reply_to_id is None:
        return
    original = m.InteractionRecord.get_or_none(m.InteractionRecord.id == reply_to_id)
    if original is None or original.contact_id != contact_id:
        raise ValidationError(
            f"Interaction {reply_to_id} is not one of this contact's interactions.",
            field="reply_to",
        )
