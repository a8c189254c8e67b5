"""The contact page and the contacts list read only what they show, with the same results.

Each is compared with the old whole-history reads (a year of every meeting's occurrences,
every interaction as a model object, every interaction grouped by contact) on random histories.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from mentordesk.core.enums import Direction, InteractionKind
from mentordesk.db import models as m
from mentordesk.services.calendar.occurrences import list_occurrences
from mentordesk.services.contacts import detail as contact_detail
from mentordesk.services.contacts import listing
from mentordesk.services.contacts.attention import (
    interaction_fact,
    interaction_facts,
    meeting_activity,
    meeting_facts,
    occurrences_around,
    stay_in_touch,
)
from mentordesk.services.contacts.records import add_contact, main_mentorship, mentorship_agreement
from tests.services.test_today_held import NOW, _agreements, _history

KINDS = [InteractionKind.MESSAGE, InteractionKind.CALL, InteractionKind.GAVE_BACK]


def _interactions(rng: random.Random, contacts: list[int]) -> None:
    """Interactions over a year and a bit ahead: both ways, replies, give-backs, deleted ones."""
    made: dict[int, list[int]] = {c: [] for c in contacts}
    for _ in range(120):
        contact = rng.choice(contacts)
        earlier = made[contact]
        record = m.InteractionRecord.create(
            contact=contact,
            occurred_at=NOW - timedelta(hours=rng.randint(-48, 24 * 400)),
            channel="email",
            direction=rng.choice(list(Direction)).value,
            kind=rng.choice(KINDS).value,
            reply_to=rng.choice(earlier) if earlier and rng.random() < 0.25 else None,
            deleted_at=NOW if rng.random() < 0.05 else None,
        )
        earlier.append(record.id)


def _workspace(seed: int) -> list[int]:
    """Five contacts with random meetings, interactions and agreements."""
    rng = random.Random(seed)
    contacts = [add_contact(name=f"Person {i}") for i in range(5)]
    _history(rng, contacts)
    _interactions(rng, contacts)
    _agreements(rng, contacts)
    return contacts


def _nows(seed: int) -> list[datetime]:
    """Now, and some earlier and later moments."""
    rng = random.Random(seed)
    return [NOW, NOW - timedelta(days=rng.randint(1, 200)), NOW + timedelta(hours=30)]


@pytest.mark.parametrize("seed", range(8))
def test_one_contacts_occurrences_are_theirs_among_everyones(database, seed):
    contacts = _workspace(seed)
    for now in _nows(seed):
        for start, end in ((now - timedelta(days=365), now + timedelta(days=30)), (now, now)):
            every = list_occurrences(window_start=start, window_end=end, now=now)
            for contact in contacts:
                theirs = [row for row in every if contact in row.attendee_ids]
                window = {"window_start": start, "window_end": end, "now": now}
                assert list_occurrences(**window, contact_id=contact) == theirs


def _old_detail(contact_id: int, now: datetime) -> dict:
    """What the contact page showed from the whole history (the reads before issue 12)."""
    agreement = mentorship_agreement(main_mentorship(contact_id))
    meetings = occurrences_around(now=now, ahead=contact_detail.UPCOMING_HORIZON)
    held = meeting_activity(now=now, occurrences=meetings).held.get(contact_id, [])
    row = m.InteractionRecord
    records = list(
        row.select()
        .where(row.contact == contact_id)
        .order_by(row.occurred_at.desc(), row.id.desc())
    )
    facts = [interaction_fact(r) for r in records] + meeting_facts(held)
    given = [r for r in records if r.kind == InteractionKind.GAVE_BACK.value]
    created = m.ContactRecord.get_by_id(contact_id).created_at
    return {
        "interactions": contact_detail._interaction_rows(records, facts, agreement, now),
        "gave_back": contact_detail.GaveBack(
            count=len(given), last=given[0].occurred_at if given else None
        ),
        **contact_detail._reply_stats(facts, agreement),
        "stay_in_touch_due": stay_in_touch(
            facts, held, agreement=agreement, now=now, created_at=created
        ),
        "upcoming_meetings": contact_detail._upcoming(meetings, contact_id, now),
    }


@pytest.mark.parametrize("seed", range(8))
def test_the_contact_page_shows_what_the_whole_history_gave(database, seed, monkeypatch):
    monkeypatch.setattr(contact_detail, "INTERACTION_PAGE", 6)
    contacts = _workspace(50 + seed)
    for now in _nows(seed):
        for contact in contacts:
            old = _old_detail(contact, now)
            new = contact_detail.get_contact_detail(contact, now=now)
            assert new.interaction_count == len(old["interactions"])
            paged = old["interactions"][:6]
            assert replace(new, **{**old, "interactions": paged}) == new
            assert [r.overdue for r in new.interactions] == [r.overdue for r in paged]


@pytest.mark.parametrize("seed", range(8))
def test_the_contacts_list_is_what_the_whole_history_gave(database, seed, monkeypatch):
    _workspace(100 + seed)
    for now in _nows(seed):
        new = listing.list_contacts(now=now)
        with monkeypatch.context() as old_reads:
            old_reads.setattr(listing, "recent_interaction_facts", interaction_facts)
            old_reads.setattr(listing, "latest_activity", meeting_activity)
            assert listing.list_contacts(now=now) == new


def test_the_list_rows_vary_with_the_history(database):
    """The comparison above is not vacuous: some contacts need attention, some do not."""
    seen = set()
    for seed in range(3):
        _workspace(100 + seed)
        seen |= {
            (r.needs_attention, r.last_contact is None) for r in listing.list_contacts(now=NOW)
        }
    assert (True, False) in seen and (False, False) in seen


def test_the_page_lists_the_latest_and_counts_the_rest(database, monkeypatch):
    monkeypatch.setattr(contact_detail, "INTERACTION_PAGE", 3)
    contact = add_contact(name="Busy")
    for hours in range(1, 8):
        m.InteractionRecord.create(
            contact=contact,
            occurred_at=datetime(2026, 11, 1, tzinfo=UTC) + timedelta(hours=hours),
            channel="email",
            direction=Direction.IN.value,
            kind=(InteractionKind.GAVE_BACK if hours < 3 else InteractionKind.MESSAGE).value,
        )
    detail = contact_detail.get_contact_detail(contact, now=NOW)
    assert [r.occurred_at.hour for r in detail.interactions] == [7, 6, 5]
    assert detail.interaction_count == 7
    assert detail.gave_back == contact_detail.GaveBack(2, datetime(2026, 11, 1, 2, tzinfo=UTC))
