"""Undo and redo for any write: SQLite journals what a change did, and we play it back.

`record_changes(label, work)` runs `work` in one write transaction while temporary triggers
(on this connection only) journal every row it inserts, updates or deletes, cascades
included, as the whole row before and after. The resulting `ChangeSet` is what the app's undo
stack holds. `undo_changes` puts every touched row back as it was before; `redo_changes`
replays the change. Both first check that the rows are still as the change left them, and
that the replay touches nothing else; otherwise they refuse and change nothing.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from peewee import BlobField

from mentordesk.core.changes import ChangeKind
from mentordesk.core.errors import UserError
from mentordesk.db import models as m
from mentordesk.db.database import db

T = TypeVar("T")
Row = dict[str, Any]
JOURNAL = "undo_journal"  # a TEMP table: this connection only
ACTIONS = ("INSERT", "UPDATE", "DELETE")
TABLE_KINDS = {
    m.ContactRecord: ChangeKind.CONTACTS,
    m.MentorshipRecord: ChangeKind.CONTACTS,
    m.StageChangeRecord: ChangeKind.CONTACTS,
    m.AgreementRecord: ChangeKind.CONTACTS,
    m.InteractionRecord: ChangeKind.INTERACTIONS,
    m.MeetingRecord: ChangeKind.MEETINGS,
    m.MeetingAttendeeRecord: ChangeKind.MEETINGS,
    m.GoalRecord: ChangeKind.GOALS,
    m.ExpectationRecord: ChangeKind.GOALS,
    m.TaskRecord: ChangeKind.TASKS,
    m.TimeEntryRecord: ChangeKind.TASKS,
    m.ReviewRecord: ChangeKind.REVIEWS,
    m.AdaptationRecord: ChangeKind.REVIEWS,
}
MODELS = {model._meta.table_name: model for model in m.ALL_MODELS}


class UndoConflictError(UserError):
    """The records an undo or redo would touch were changed since by something else."""


@dataclass(frozen=True)
class RowChange:
    """One row a change touched: its whole state before and after (None: absent)."""

    table: str
    row_id: int
    before: Row | None
    after: Row | None


@dataclass(frozen=True)
class ChangeSet:
    """What one user action changed, in the order it changed it; what undo plays back."""

    label: str
    rows: tuple[RowChange, ...]

    def kinds(self) -> ChangeKind:
        """The kinds of records this change touched."""
        kinds = ChangeKind.NONE
        for table in {row.table for row in self.rows}:
            kinds |= TABLE_KINDS[MODELS[table]]
        return kinds

    def keys(self) -> set[tuple[str, int]]:
        """(table, id) of every row touched."""
        return {(row.table, row.row_id) for row in self.rows}


def record_changes(
    label: str, work: Callable[[], T], *, check: Callable[[ChangeSet], None] | None = None
) -> tuple[T, ChangeSet]:
    """Run `work` in one transaction, journaling every row it touches; returns both.

    `check` sees the journal before the commit and may raise to roll everything back.
    """
    with db.atomic():
        if db.transaction_depth() > 1:
            raise RuntimeError("record_changes cannot run inside another transaction")
        _install_journal()
        try:
            result = work()
            changes = ChangeSet(label, tuple(_read_journal()))
            if check is not None:
                check(changes)
        finally:
            _remove_journal()
    return result, changes


def undo_changes(changes: ChangeSet) -> ChangeSet:
    """Put every row a change touched back as it was; returns what the undo did."""
    return _replay(changes, backwards=True)


def redo_changes(changes: ChangeSet) -> ChangeSet:
    """Make the change again, row for row; returns what the redo did."""
    return _replay(changes, backwards=False)


def _replay(changes: ChangeSet, *, backwards: bool) -> ChangeSet:
    """Bring each touched row from its expected state to its target state, or refuse."""
    steps = [
        (row, row.after, row.before) if backwards else (row, row.before, row.after)
        for row in (reversed(changes.rows) if backwards else changes.rows)
    ]

    def write() -> None:
        for row, expected, _ in steps:
            if _current(row.table, row.row_id) != expected:
                raise _conflict(changes.label)
        db.execute_sql("PRAGMA defer_foreign_keys = ON")
        for row, _, target in steps:
            _write_row(row.table, row.row_id, target)

    def touches_nothing_else(done: ChangeSet) -> None:
        if not done.keys() <= changes.keys():
            raise _conflict(changes.label)

    return record_changes(changes.label, write, check=touches_nothing_else)[1]


def _conflict(label: str) -> UndoConflictError:
    """The one-line error for a replay that would clash with later changes."""
    return UndoConflictError(
        f"could not undo or redo “{label}”: its records were changed since, "
        "in this window or by another program; nothing was changed"
    )


def _install_journal() -> None:
    """Create the journal table and one trigger per table and action on this connection."""
    db.execute_sql(
        f"CREATE TEMP TABLE IF NOT EXISTS {JOURNAL} "
        "(seq INTEGER PRIMARY KEY, tbl TEXT, row_id INTEGER, old TEXT, new TEXT)"
    )
    for model in m.ALL_MODELS:
        for action in ACTIONS:
            db.execute_sql(_trigger_sql(model, action))


def _remove_journal() -> None:
    """Drop the triggers and empty the journal."""
    for model in m.ALL_MODELS:
        for action in ACTIONS:
            db.execute_sql(f'DROP TRIGGER IF EXISTS temp."{_trigger_name(model, action)}"')
    db.execute_sql(f"DELETE FROM {JOURNAL}")


def _trigger_name(model: type[m.BaseRecord], action: str) -> str:
    """The name of the journal trigger for one table and action."""
    return f"undo_journal_{model._meta.table_name}_{action.lower()}"


def _trigger_sql(model: type[m.BaseRecord], action: str) -> str:
    """A temporary trigger that journals a row's whole state before and after."""
    table = model._meta.table_name
    old = "NULL" if action == "INSERT" else _row_json(model, "OLD.")
    new = "NULL" if action == "DELETE" else _row_json(model, "NEW.")
    key = "OLD.id" if action == "DELETE" else "NEW.id"
    return (
        f'CREATE TEMP TRIGGER "{_trigger_name(model, action)}" AFTER {action} ON main."{table}" '
        f"BEGIN INSERT INTO {JOURNAL} (tbl, row_id, old, new) "
        f"VALUES ('{table}', {key}, {old}, {new}); END"
    )


def _row_json(model: type[m.BaseRecord], prefix: str = "") -> str:
    """SQL for a row as a JSON object; blobs as hex text (JSON cannot hold bytes)."""
    parts = []
    for field in model._meta.sorted_fields:
        column = f'{prefix}"{field.column_name}"'
        if isinstance(field, BlobField):
            column = f"CASE WHEN {column} IS NULL THEN NULL ELSE hex({column}) END"
        parts.append(f"'{field.column_name}', {column}")
    return f"json_object({', '.join(parts)})"


def _read_journal() -> list[RowChange]:
    """The journal folded to one change per row: first state before, last state after."""
    cursor = db.execute_sql(f"SELECT tbl, row_id, old, new FROM {JOURNAL} ORDER BY seq")
    folded: dict[tuple[str, int], RowChange] = {}
    for table, row_id, old, new in cursor.fetchall():
        first = folded.get((table, row_id))
        before = first.before if first else _loads(old)
        folded[(table, row_id)] = RowChange(table, row_id, before, _loads(new))
    return [row for row in folded.values() if row.before != row.after]


def _loads(text: str | None) -> Row | None:
    """A journaled row, or None for an absent one."""
    return None if text is None else json.loads(text)


def _current(table: str, row_id: int) -> Row | None:
    """A row's state now, in the journal's form."""
    model = MODELS[table]
    cursor = db.execute_sql(f'SELECT {_row_json(model)} FROM "{table}" WHERE id = ?', (row_id,))
    found = cursor.fetchone()
    return None if found is None else json.loads(found[0])


def _write_row(table: str, row_id: int, target: Row | None) -> None:
    """Make one row match `target`: delete it, insert it, or set its columns."""
    exists = _current(table, row_id) is not None
    if target is None:
        db.execute_sql(f'DELETE FROM "{table}" WHERE id = ?', (row_id,))
        return
    values = _stored_values(MODELS[table], target)
    names = [name for name in values if name != "id"]
    if exists:
        assignments = ", ".join(f'"{name}" = ?' for name in names)
        params = [values[name] for name in names] + [row_id]
        db.execute_sql(f'UPDATE "{table}" SET {assignments} WHERE id = ?', params)
    else:
        columns = ", ".join(f'"{name}"' for name in values)
        marks = ", ".join("?" for _ in values)
        db.execute_sql(f'INSERT INTO "{table}" ({columns}) VALUES ({marks})', list(values.values()))


def _stored_values(model: type[m.BaseRecord], row: Row) -> Row:
    """A journaled row as column values to store (hex text back to bytes for blobs)."""
    blobs = _blob_columns(model)
    return {
        name: bytes.fromhex(value) if name in blobs and value is not None else value
        for name, value in row.items()
    }


def _blob_columns(model: type[m.BaseRecord]) -> set[str]:
    """The names of a table's blob columns."""
    return {f.column_name for f in model._meta.sorted_fields if isinstance(f, BlobField)}
