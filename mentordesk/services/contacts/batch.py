"""Many new contacts in a few statements: `insert_contact`, a chunk at a time (imports)."""

from __future__ import annotations

from datetime import date
from typing import Any

from mentordesk.core.enums import Stage
from mentordesk.db import models as m
from mentordesk.db.bulk import insert_rows
from mentordesk.db.database import db

CHUNK = 500  # contacts per flush: three executemany statements


def next_id(model: type[m.BaseRecord]) -> int:
    """The id SQLite's AUTOINCREMENT would give the next row of the model's table."""
    table = model._meta.table_name
    cursor = db.execute_sql(
        "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = ?), 0),"
        f' coalesce((SELECT max(id) FROM "{table}"), 0)) + 1',
        (table,),
    )
    return cursor.fetchone()[0]


class ContactBatch:
    """New contacts, each with a mentorship and its first stage step, written in chunks.

    Ids are handed out as `add` is called, the ones one insert at a time would have got, so
    use it inside one transaction (no other writer in between) and `flush()` before the end.
    """

    def __init__(self, *, direction: str, stage: str, chunk: int | None = None) -> None:
        self.direction, self.stage, self.chunk = direction, stage, chunk or CHUNK
        self._contacts: list[dict[str, Any]] = []
        self._next_contact: int | None = None
        self._next_ship: int | None = None

    def add(self, values: dict[str, Any]) -> int:
        """Queue a contact with these field values; returns the id it will have."""
        if self._next_contact is None:
            self._next_contact = next_id(m.ContactRecord)
            self._next_ship = next_id(m.MentorshipRecord)
        contact_id = self._next_contact
        self._next_contact += 1
        self._contacts.append({"id": contact_id, **values})
        if len(self._contacts) >= self.chunk:
            self.flush()
        return contact_id

    def is_pending(self, contact_id: int) -> bool:
        """True when the contact is queued but not written yet."""
        return bool(self._contacts) and contact_id >= self._contacts[0]["id"]

    def flush(self) -> None:
        """Write the queued contacts, their mentorships and stage steps."""
        if not self._contacts:
            return
        now, today = m.utc_now(), date.today()
        contacts = [_contact_row(values, now) for values in self._contacts]
        ships, steps = [], []
        for row in contacts:
            ship_id = self._next_ship
            self._next_ship += 1
            ships.append(self._ship_row(ship_id, row["id"], now, today))
            steps.append({"mentorship": ship_id, "stage": self.stage, "changed_at": now})
        insert_rows(m.ContactRecord, contacts)
        insert_rows(m.MentorshipRecord, ships)
        insert_rows(m.StageChangeRecord, steps)
        self._contacts = []

    def _ship_row(self, ship_id: int, contact_id: int, now, today: date) -> dict[str, Any]:
        """The mentorship row of a new contact, as `insert_contact` writes it."""
        return {
            "id": ship_id,
            "uid": m.new_uid(),
            "contact": contact_id,
            "direction": self.direction,
            "stage": self.stage,
            "updated_at": now,
            "started_on": today if self.stage == Stage.ACTIVE.value else None,
        }


def _contact_row(values: dict[str, Any], now) -> dict[str, Any]:
    """A full contact row: the values, a fresh uid unless given, and the stamps."""
    return {"uid": m.new_uid(), **values, "created_at": now, "updated_at": now}
