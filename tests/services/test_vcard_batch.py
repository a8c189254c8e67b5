"""A vCard import writes its new contacts in chunks, with the rows one at a time would give."""

from __future__ import annotations

import pytest

from mentordesk.db import models as m
from mentordesk.services.contacts import batch
from mentordesk.services.contacts.records import add_contact, insert_contact
from mentordesk.services.interop.export_json import export_json_text
from mentordesk.services.interop.vcard import transfer
from mentordesk.services.interop.vcard.transfer import import_vcards
from mentordesk.services.undo import record_changes, redo_changes, undo_changes

STAMPS = {"uid", "created_at", "updated_at", "changed_at"}


def _cards(count: int) -> str:
    """Cards with and without UIDs; the last one repeats the first's email (an update)."""
    cards = []
    for i in range(count):
        uid = f"UID:card-{i}\r\n" if i % 2 else ""
        email = f"person{i}@example.com"
        cards.append(f"BEGIN:VCARD\r\nVERSION:4.0\r\n{uid}FN:Person {i}\r\nEMAIL:{email}\r\n")
        cards[-1] += f"TEL:+1 555 {i:04d}\r\nCATEGORIES:Mentors\r\nEND:VCARD\r\n"
    cards.append("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Person 0\r\nEMAIL:person0@example.com\r\n")
    cards[-1] += "ORG:Late Addition Ltd\r\nEND:VCARD\r\n"
    return "".join(cards)


def _rows(model) -> list[dict]:
    """Every row of a table without the columns that differ from run to run."""
    query = getattr(model, "select_with_tombstones", model.select)()
    rows = query.order_by(model.id).dicts()
    return [{k: v for k, v in row.items() if k not in STAMPS} for row in rows]


def _tables() -> list[list[dict]]:
    """The rows an import writes."""
    return [_rows(m.ContactRecord), _rows(m.MentorshipRecord), _rows(m.StageChangeRecord)]


class _OneAtATimeBatch:
    """The writes before batching: one `insert_contact` per card."""

    def __init__(self, *, direction: str, stage: str) -> None:
        self.direction, self.stage = direction, stage

    def add(self, values: dict) -> int:
        """Insert the contact now."""
        return insert_contact(values, direction=self.direction, stage=self.stage)

    def is_pending(self, contact_id: int) -> bool:
        """Nothing waits."""
        return False

    def flush(self) -> None:
        """Nothing to write."""


@pytest.fixture
def small_chunks(monkeypatch):
    """Chunks of three contacts, so an import of a few cards flushes several times."""
    monkeypatch.setattr(batch, "CHUNK", 3)


def test_batched_import_writes_the_rows_one_at_a_time_would(database, small_chunks, monkeypatch):
    add_contact(name="Already Here")
    result = import_vcards(_cards(8))
    batched = _tables()
    assert (result.created, result.updated) == (8, 1)
    for model in (m.StageChangeRecord, m.MentorshipRecord, m.ContactRecord):
        model.delete().where(model.id > 1).execute()
    database.execute_sql("UPDATE sqlite_sequence SET seq = 1")
    monkeypatch.setattr(transfer, "ContactBatch", _OneAtATimeBatch)
    import_vcards(_cards(8))
    assert _tables() == batched


def test_batched_ids_follow_the_autoincrement_sequence(database, small_chunks):
    first = add_contact(name="First")
    m.ContactRecord.delete().where(m.ContactRecord.id == first).execute()  # its id is not reused
    import_vcards(_cards(5))
    ids = [row["id"] for row in _rows(m.ContactRecord)]
    assert ids == list(range(first + 1, first + 6))
    assert add_contact(name="After") == first + 6


def test_a_card_updating_a_queued_contact_lands_on_it(database, small_chunks):
    import_vcards(_cards(2))
    person0 = m.ContactRecord.get(m.ContactRecord.name == "Person 0")
    assert person0.organisation == "Late Addition Ltd"
    assert m.ContactRecord.select().count() == 2


def test_a_batched_import_undoes_and_redoes_byte_for_byte(database, small_chunks):
    add_contact(name="Already Here")
    before = export_json_text()
    _, changes = record_changes("import", lambda: import_vcards(_cards(7)))
    after = export_json_text()
    assert m.ContactRecord.select().count() == 8
    undo_changes(changes)
    assert export_json_text() == before
    redo_changes(changes)
    assert export_json_text() == after
