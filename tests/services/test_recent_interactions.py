"""Reading interactions newest first gives exactly interaction_facts(now=...)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from mentordesk.core.enums import Direction, InteractionKind
from mentordesk.db import models as m
from mentordesk.services.contacts import recent_interactions
from mentordesk.services.contacts.attention import interaction_facts
from mentordesk.services.contacts.recent_interactions import recent_interaction_facts
from mentordesk.services.contacts.records import add_contact

NOW = datetime(2026, 11, 28, 12, tzinfo=UTC)
KINDS = [InteractionKind.MESSAGE, InteractionKind.CALL, InteractionKind.MEETING]


def _history(rng: random.Random, contacts: list[int]) -> None:
    """Interactions over two years and a bit ahead: replies, same instants, deleted ones."""
    made: list[tuple[int, int, datetime]] = []
    for _ in range(150):
        contact = rng.choice(contacts)
        when = NOW - timedelta(hours=rng.randint(-48, 24 * 700))
        if rng.random() < 0.1 and made:
            when = rng.choice(made)[2]  # at the same instant as another
        same = [i for i, c, _ in made if c == contact]
        quiet = contact == contacts[0]  # never writes to me: read whole
        record = m.InteractionRecord.create(
            contact=contact,
            occurred_at=when,
            channel="email",
            direction=Direction.OUT.value if quiet else rng.choice(list(Direction)).value,
            kind=rng.choice(KINDS).value,
            reply_to=rng.choice(same) if same and rng.random() < 0.25 else None,
            deleted_at=NOW if rng.random() < 0.05 else None,
        )
        made.append((record.id, contact, when))


@pytest.mark.parametrize("seed", range(10))
def test_the_same_facts_as_the_grouped_query(database, seed):
    rng = random.Random(seed)
    contacts = [add_contact(name=f"Person {i}") for i in range(6)]
    _history(rng, contacts)
    for now in (NOW, NOW - timedelta(days=rng.randint(1, 500))):
        assert recent_interaction_facts(now=now) == interaction_facts(now=now)


@pytest.mark.parametrize("seed", range(4))
def test_the_same_facts_when_the_walk_stops_early(database, seed, monkeypatch):
    monkeypatch.setattr(recent_interactions, "WALK_LIMIT", timedelta(days=3))
    rng = random.Random(50 + seed)
    contacts = [add_contact(name=f"Person {i}") for i in range(6)]
    _history(rng, contacts)
    assert recent_interaction_facts(now=NOW) == interaction_facts(now=NOW)


def test_only_recent_windows_are_read_when_everyone_answered_lately(database, monkeypatch):
    contacts = [add_contact(name=f"Person {i}") for i in range(3)]
    for days in range(0, 700, 5):
        for contact in contacts:
            m.InteractionRecord.create(
                contact=contact,
                occurred_at=NOW - timedelta(days=days, hours=1),
                channel="email",
                direction=Direction.IN.value,
                kind=InteractionKind.MESSAGE.value,
            )
    read = []
    monkeypatch.setattr(recent_interactions, "_all_rows", lambda c: read.append(c) or {})
    facts = recent_interaction_facts(now=NOW)
    assert facts == interaction_facts(now=NOW)
    assert read == [] and all(len(f) == 1 for f in facts.values())
