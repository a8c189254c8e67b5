"""Fast JSON text for the export's records: plain tuples from SQLite, each cell encoded once.

A record is written exactly as `json.dumps(record, sort_keys=True, ensure_ascii=False,
indent=2)` indented one list level deeper would write it, without building a model object per
row and without the pure-Python indenting encoder for flat values (`json` only uses its C
encoder when there is no indent). Containers, floats and anything unusual still go through
`json.dumps`, so they come out the same by construction.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Callable, Iterator
from datetime import date, datetime
from json.encoder import encode_basestring
from typing import Any

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    DateField,
    Field,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from mentordesk.db.database import db
from mentordesk.db.fields import JSONField, UTCDateTimeField

KEY_INDENT = "\n      "  # a record's keys: document level, list level, record level
RECORD_END = "\n    }"
FETCH_ROWS = 1000
RAW_FIELDS = (CharField, TextField, IntegerField, AutoField, ForeignKeyField)  # as SQLite gives
CONVERTED_TEXT = (JSONField, UTCDateTimeField)  # stored as text, read as something else
Cell = Callable[[Any], str]
ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def encode(value: Any) -> str:
    """A JSON-ready value as the export writes it at a record's key level."""
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if value is None:
        return "null"
    if kind is int:
        return int.__repr__(value)
    if kind is bool:
        return "true" if value else "false"
    if kind is list and not value:
        return "[]"
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, indent=2)
    return text.replace("\n", KEY_INDENT)


def plain(value: Any) -> Any:
    """A JSON-ready form of a field value: dates as ISO text, bytes as base64."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def cell_encoder(field: Field) -> Cell:
    """A function from a column's stored value to its JSON text, as the model would give it."""
    if isinstance(field, UTCDateTimeField):
        return _instant_cell
    for kind, shortcut in SHORTCUTS.items():
        if isinstance(field, kind):
            return _with_shortcut(shortcut, field)
    if isinstance(field, RAW_FIELDS) and not isinstance(field, CONVERTED_TEXT):
        return _raw_cell(field)
    return lambda raw: encode(plain(field.python_value(raw)))


def _instant_cell(raw: str | None) -> str:
    """A stored UTC instant as the model reads it and the export writes it."""
    if raw is None:
        return "null"
    return '"' + datetime.fromisoformat(raw).isoformat() + '"'  # ISO text needs no escaping


def _with_shortcut(shortcut: Callable[[Any], str | None], field: Field) -> Cell:
    """A cell that tries a shortcut for the common stored form, else the field's converter."""

    def cell(raw: Any) -> str:
        """One cell's JSON text."""
        text = shortcut(raw)
        return encode(plain(field.python_value(raw))) if text is None else text

    return cell


def _iso_date_text(raw: Any) -> str | None:
    """Stored ISO date text as is: valid or not, the model reads it back to the same text."""
    if type(raw) is str and ISO_DATE.fullmatch(raw):
        return '"' + raw + '"'
    return None


def _flag_text(raw: Any) -> str | None:
    """A stored 0/1 as the boolean it reads as."""
    if type(raw) is int:
        return "true" if raw else "false"
    return None


def _empty_json_text(raw: Any) -> str | None:
    """Stored "[]" and "{}" print as themselves; anything else is parsed."""
    return raw if raw in ("[]", "{}") else None


def _raw_cell(field: Field) -> Cell:
    """Text and integers as stored; any other stored type through the field's converter."""

    def cell(raw: Any) -> str:
        """One cell's JSON text."""
        kind = type(raw)
        if kind is str:
            return encode_basestring(raw)
        if kind is int:
            return int.__repr__(raw)
        if raw is None:
            return "null"
        return encode(plain(field.python_value(raw)))

    return cell


def key_prefix(key: str) -> str:
    """What comes before a value in a record: the indent and the quoted key."""
    return KEY_INDENT + encode_basestring(key) + ": "


def record_text(prefixes: list[str], texts: list[str]) -> str:
    """One record's JSON text from its keys' prefixes and its values' texts (keys sorted)."""
    return "{" + ",".join([p + t for p, t in zip(prefixes, texts, strict=True)]) + RECORD_END


def stored_rows(query) -> Iterator[tuple]:
    """The rows of a peewee query as SQLite gives them, no model layer."""
    cursor = db.execute_sql(*query.sql())
    while rows := cursor.fetchmany(FETCH_ROWS):
        yield from rows


SHORTCUTS = {DateField: _iso_date_text, BooleanField: _flag_text, JSONField: _empty_json_text}
