"""Only the interactions since each contact's last answer are read, with the same results."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from mentordesk.core.enums import Direction, InteractionKind
from mentordesk.core.relationships import last_real_contact, overdue_follow_ups
from mentordesk.db import models as m
from mentordesk.services.contacts.attention import interaction_facts, meeting_facts
from mentordesk.services.contacts.records import add_contact

NOW = datetime(2026, 11, 28, 12, tzinfo=UTC)
KINDS = [InteractionKind.MESSAGE, InteractionKind.CALL, InteractionKind.MEETING]


def _history(rng: random.Random, contacts: list[int]) -> None:
    """Random interactions, some linked replies, some at the same instant, some in the future."""
    made: dict[int, tuple[int, datetime]] = {}
    for _ in range(120):
        contact = rng.choice(contacts)
        when = NOW + timedelta(hours=rng.randint(-400, 30))
        if rng.random() < 0.1 and made:
            when = made[rng.choice(list(made))][1]  # at the same instant as another
        same = [i for i, (c, _) in made.items() if c == contact]
        record = m.InteractionRecord.create(
            contact=contact,
            occurred_at=when,
            channel="email",
            direction=rng.choice([Direction.IN, Direction.OUT]).value,
            kind=rng.choice(KINDS).value,
            reply_to=rng.choice(same) if same and rng.random() < 0.25 else None,
        )
        made[record.id] = (contact, when)


@pytest.mark.parametrize("seed", range(8))
def test_windowed_facts_give_the_same_follow_ups_and_last_contact(database, seed):
    rng = random.Random(seed)
    contacts = [add_contact(name=f"Person {i}") for i in range(4)]
    _history(rng, contacts)
    everything, windowed = interaction_facts(), interaction_facts(now=NOW)
    assert sum(map(len, windowed.values())) < sum(map(len, everything.values()))
    for contact in contacts:
        full, part = everything.get(contact, []), windowed.get(contact, [])
        held = [NOW - timedelta(hours=rng.randint(1, 300))]
        for reply in (timedelta(hours=1), timedelta(hours=48)):
            late = overdue_follow_ups(part + meeting_facts(held), agreed_reply=reply, now=NOW)
            assert late == overdue_follow_ups(
                full + meeting_facts(held), agreed_reply=reply, now=NOW
            )
        assert last_real_contact(part, held, now=NOW) == last_real_contact(full, held, now=NOW)
        latest = max((f.occurred_at for f in full), default=None)
        assert max((f.occurred_at for f in part), default=None) == latest


def test_a_contact_who_never_answered_keeps_every_interaction(database):
    contact = add_contact(name="Quiet")
    for hours in (100, 50, 10):
        m.InteractionRecord.create(
            contact=contact,
            occurred_at=NOW - timedelta(hours=hours),
            channel="email",
            direction=Direction.OUT.value,
            kind=InteractionKind.MESSAGE.value,
        )
    assert len(interaction_facts(now=NOW)[contact]) == 3
