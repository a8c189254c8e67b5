"""Delete a contact with everything that hangs off it, keeping a snapshot that undoes it exactly."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from peewee import Expression, Field, IntegrityError

from mentordesk.core.errors import UserError
from mentordesk.db import models as m
from mentordesk.db.database import db
from mentordesk.services.contacts.records import get_contact

T = TypeVar("T")
Rows = dict[str, list[dict[str, Any]]]
BATCH = 100  # rows per INSERT, well inside SQLite's bound-variable limit
IDS_PER_QUERY = 500  # ids per IN (...) clause


class RestoreConflictError(UserError):
    """An undo cannot put rows back because their ids or links were taken or removed since."""


@dataclass(frozen=True)
class DeletedContact:
    """What a delete (or merge) removed and changed, enough to put every row back."""

    contact_ids: tuple[int, ...]  # the deleted contact; for a merge (keep_id, merge_id)
    deleted: Rows  # table name -> whole rows (column name -> value), tables parents first
    changed: Rows  # table name -> {"id", column: value before} of rows kept but altered:
    # links the delete SET NULL (tasks, goals, meetings, replies) or rows a merge moved/filled

    def counts(self) -> dict[str, int]:
        """How many rows of each table the operation removed."""
        return {table: len(rows) for table, rows in self.deleted.items()}


def record_row(record: m.BaseRecord) -> dict[str, Any]:
    """Every column of a record by column name (foreign keys as ids)."""
    return {f.column_name: getattr(record, f.column_name) for f in record._meta.sorted_fields}


class UndoRecorder:
    """Collects rows a change will delete and the old values of rows it alters."""

    def __init__(self) -> None:
        self.deleted: dict[type[m.BaseRecord], dict[int, dict[str, Any]]] = defaultdict(dict)
        self.changed: dict[type[m.BaseRecord], dict[int, dict[str, Any]]] = defaultdict(dict)
        self.unlinks: list[tuple[Field, list[int]]] = []

    def remember(self, model: type[m.BaseRecord], record_id: int, column: str, value: Any) -> None:
        """Keep a column's value before its first change."""
        self.changed[model].setdefault(record_id, {"id": record_id}).setdefault(column, value)

    def update(
        self, model: type[m.BaseRecord], where: Expression, values: dict[Field, Any]
    ) -> None:
        """Update the rows matching ``where``, remembering the values they had."""
        for record in model.select(model.id, *values).where(where):
            for field in values:
                self.remember(
                    model, record.id, field.column_name, getattr(record, field.column_name)
                )
        model.update(values).where(where).execute()

    def collect(self, model: type[m.BaseRecord], ids: Iterable[int]) -> None:
        """Add rows to delete, with every row that cascades from them and every link to null."""
        fresh = sorted(set(ids) - self.deleted[model].keys())
        if not fresh:
            return
        for record in model.select().where(model.id.in_(fresh)):
            self.deleted[model][record.id] = record_row(record)
        for fk, child in model._meta.backrefs.items():
            self._follow(fk, child, fresh)

    def _follow(self, fk: Field, child: type[m.BaseRecord], parent_ids: list[int]) -> None:
        """Cascade into, or plan to unlink, the child rows pointing at deleted parents."""
        linked = list(child.select(child.id, fk).where(fk.in_(parent_ids)).tuples())
        if not linked:
            return
        if fk.on_delete == "CASCADE":
            self.collect(child, [row_id for row_id, _ in linked])
        elif fk.on_delete == "SET NULL":
            for row_id, value in linked:
                self.remember(child, row_id, fk.column_name, value)
            self.unlinks.append((fk, [row_id for row_id, _ in linked]))
        else:
            raise ValueError(f"{child.__name__} rows still point at {fk.rel_model.__name__}")

    def apply(self) -> None:
        """Null the links and delete the collected rows, children first."""
        for fk, ids in self.unlinks:
            fk.model.update({fk: None}).where(fk.model.id.in_(ids)).execute()
        for model in reversed(m.ALL_MODELS):
            for chunk in _chunks(sorted(self.deleted.get(model, {})), IDS_PER_QUERY):
                model.delete().where(model.id.in_(chunk)).execute()

    def snapshot(self, contact_ids: tuple[int, ...]) -> DeletedContact:
        """The undo snapshot of everything recorded, tables in schema order."""
        deleted = {
            model._meta.table_name: [rows[i] for i in sorted(rows)]
            for model in m.ALL_MODELS
            if (rows := self.deleted.get(model))
        }
        changed = {
            model._meta.table_name: [rows[i] for i in sorted(rows) if self._alters(model, rows[i])]
            for model in m.ALL_MODELS
            if (rows := self.changed.get(model))
        }
        return DeletedContact(
            contact_ids=contact_ids,
            deleted=deleted,
            changed={k: v for k, v in changed.items() if v},
        )

    def _alters(self, model: type[m.BaseRecord], change: dict[str, Any]) -> bool:
        """False for a change to a deleted row that its deleted copy already undoes."""
        row = self.deleted.get(model, {}).get(change["id"])
        return row is None or any(row[k] != v for k, v in change.items())


def _chunks(items: list[T], size: int) -> Iterable[list[T]]:
    """Consecutive slices of at most ``size`` items."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def delete_contact(contact_id: int) -> DeletedContact:
    """Delete a contact and all that cascades from it; returns the snapshot that undoes it."""
    with db.atomic():
        get_contact(contact_id)
        recorder = UndoRecorder()
        recorder.collect(m.ContactRecord, [contact_id])
        snapshot = recorder.snapshot((contact_id,))
        recorder.apply()
    return snapshot


def restore_contact(snapshot: DeletedContact) -> int:
    """Put back every row of a snapshot with its ids and links; returns the first contact id."""
    # RestoreConflictError when an id was reused or a row it links to has gone since.
    tables = {model._meta.table_name: model for model in m.ALL_MODELS}
    try:
        with db.atomic():
            db.execute_sql("PRAGMA defer_foreign_keys = ON")
            for table, rows in snapshot.deleted.items():
                for batch in _chunks(rows, BATCH):
                    tables[table].insert_many(batch).execute()
            for table, rows in snapshot.changed.items():
                _put_back(tables[table], rows)
    except IntegrityError as error:
        raise RestoreConflictError(
            f"could not undo: records it would restore were changed or reused since ({error})"
        ) from error
    return snapshot.contact_ids[0]


def _put_back(model: type[m.BaseRecord], rows: list[dict[str, Any]]) -> None:
    """Write back the remembered column values of rows that were altered."""
    for row in rows:
        values = {model._meta.combined[k]: v for k, v in row.items() if k != "id"}
        model.update(values).where(model.id == row["id"]).execute()
