"""Deleting records the way sync and undo need: a tombstone, cascading like the foreign keys."""

from __future__ import annotations

from collections.abc import Iterable

from peewee import Field

from mentordesk.db import models as m

IDS_PER_QUERY = 500  # ids per IN (...) clause, well inside SQLite's bound-variable limit


def delete_records(model: type[m.BaseRecord], ids: Iterable[int]) -> None:
    """Delete records and what hangs off them: entities get a tombstone, link rows go.

    Children follow their foreign key: ON DELETE CASCADE children are deleted the same way,
    SET NULL links are cleared. Entities (`SyncedRecord`) keep their row with `deleted_at`
    set, so sync can send the delete and undo can take it back.
    """
    ids = sorted(set(ids))
    if not ids:
        return
    for fk, child in model._meta.backrefs.items():
        _follow(fk, child, ids)
    for chunk in _chunks(ids):
        if issubclass(model, m.SyncedRecord):
            model.update(deleted_at=m.utc_now()).where(model.id.in_(chunk)).execute()
        else:
            model.delete().where(model.id.in_(chunk)).execute()


def _follow(fk: Field, child: type[m.BaseRecord], parent_ids: list[int]) -> None:
    """Delete or unlink the live children pointing at records being deleted."""
    for chunk in _chunks(parent_ids):
        where = fk.in_(chunk)
        if fk.on_delete == "CASCADE":
            delete_records(child, [row for (row,) in child.select(child.id).where(where).tuples()])
        elif fk.on_delete == "SET NULL":
            child.update({fk: None}).where(where).execute()
        else:
            raise ValueError(f"{child.__name__} rows still point at {fk.rel_model.__name__}")


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    """Consecutive slices of at most IDS_PER_QUERY ids."""
    for start in range(0, len(ids), IDS_PER_QUERY):
        yield ids[start : start + IDS_PER_QUERY]
