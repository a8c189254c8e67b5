"""interaction_facts(now=...) read newest first: the same facts without scanning every interaction.

Each contact's facts run from their last unlinked incoming interaction at or before now (see
attention.interaction_facts). That one is usually recent, so this reads windows back from now
through the `occurred_at` index until every contact has one; the contacts still without one
after WALK_LIMIT (never answered, or all their interactions deleted) are read whole.
tests/services/test_recent_interactions.py checks it against interaction_facts.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta

from mentordesk.core.enums import Direction
from mentordesk.core.relationships import InteractionFact
from mentordesk.db import models as m

FIRST_WINDOW = timedelta(days=30)  # each next window back is twice as long
WALK_LIMIT = timedelta(days=400)  # who has no answer this far back is read whole
_ROW = m.InteractionRecord
_COLUMNS = (_ROW.contact, _ROW.id, _ROW.occurred_at, _ROW.direction, _ROW.kind, _ROW.reply_to)
Row = tuple[int, int, datetime, str, str, int | None]


def recent_interaction_facts(*, now: datetime) -> dict[int, list[InteractionFact]]:
    """The same as interaction_facts(now=now), reading only what it keeps where it can."""
    waiting = _contacts_with_interactions()
    rows: dict[int, list[Row]] = defaultdict(list)
    since: dict[int, datetime] = {}
    query, low, step = _ROW.occurred_at >= now - FIRST_WINDOW, now - FIRST_WINDOW, FIRST_WINDOW
    while True:
        for row in _ROW.select(*_COLUMNS).where(query).tuples():
            rows[row[0]].append(row)
        since |= {c: t for c, t in _answers(rows, now).items() if c not in since}
        if not waiting - since.keys() or now - low >= WALK_LIMIT:
            break
        step *= 2
        query = (_ROW.occurred_at >= low - step) & (_ROW.occurred_at < low)
        low -= step
    rest = waiting - since.keys()
    if rest:  # never answered, or not for long: all of their interactions
        rows |= _all_rows(rest)
        since |= _answers({c: rows[c] for c in rest}, now)
    return {c: _facts(rows[c], since.get(c)) for c in sorted(waiting) if rows.get(c)}


def _all_rows(contacts: set[int]) -> dict[int, list[Row]]:
    """Every interaction of some contacts, by contact."""
    rows: dict[int, list[Row]] = defaultdict(list)
    query = _ROW.select(*_COLUMNS).where(_ROW.contact.in_(sorted(contacts)))
    for row in query.tuples():
        rows[row[0]].append(row)
    return rows


def _contacts_with_interactions() -> set[int]:
    """Every contact that has an interaction (from the contact index alone)."""
    query = m.InteractionRecord.select_with_tombstones(_ROW.contact).distinct()
    return {contact_id for (contact_id,) in query.tuples()}


def _answers(rows: dict[int, list[Row]], now: datetime) -> dict[int, datetime]:
    """Each contact's last unlinked incoming interaction at or before now, among some rows."""
    found: dict[int, datetime] = {}
    for contact_id, mine in rows.items():
        times = [r[2] for r in mine if r[3] == Direction.IN.value and r[5] is None and r[2] <= now]
        if times:
            found[contact_id] = max(times)
    return found


def _facts(rows: list[Row], since: datetime | None) -> list[InteractionFact]:
    """A contact's facts from `since` on (all without), in id order, as the grouped query."""
    kept = sorted((r for r in rows if since is None or r[2] >= since), key=lambda r: r[1])
    return [InteractionFact(*r[1:]) for r in kept]
