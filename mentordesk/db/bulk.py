"""Many rows of one table in one prepared statement (executemany), for imports."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from mentordesk.db.database import db


def insert_rows(model, rows: Iterable[dict[str, Any]]) -> None:
    """Insert rows that all name the same fields; other fields get their defaults, as in insert."""
    rows = list(rows)
    if not rows:
        return
    given = set(rows[0])
    fields = [f for f in model._meta.sorted_fields if f.name in given or f.default is not None]
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    marks = ", ".join("?" for _ in fields)
    sql = f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({marks})'
    db.execute_many(sql, [_values(fields, row) for row in rows])


def _values(fields, row: dict[str, Any]) -> tuple:
    """A row's parameters in field order: its value, else the field's default, as stored."""
    return tuple(f.db_value(row[f.name] if f.name in row else _default(f)) for f in fields)


def _default(field) -> Any:
    """A field's default value (called when it is a function, as peewee does per row)."""
    return field.default() if callable(field.default) else field.default
