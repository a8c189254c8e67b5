"""Custom peewee fields: JSON text and timezone-aware UTC instants."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from peewee import TextField


class JSONField(TextField):
    """A JSON value stored as canonical text (sorted keys), so exports stay deterministic."""

    def db_value(self, value):
        """Serialise a Python value to canonical JSON text."""
        if value is None:
            return None
        return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))

    def python_value(self, value):
        """Parse stored JSON text."""
        return None if value is None else json.loads(value)


class UTCDateTimeField(TextField):
    """An instant stored as UTC text 'YYYY-MM-DDTHH:MM:SS+00:00' and read back timezone-aware."""

    def db_value(self, value):
        """Convert an aware datetime to UTC ISO text; naive values are refused."""
        if value is None:
            return None
        if isinstance(value, str):
            value = datetime.fromisoformat(value)
        if value.tzinfo is None:
            raise ValueError(f"{self.name}: a naive datetime cannot be stored as an instant")
        return value.astimezone(UTC).replace(microsecond=0).isoformat()

    def python_value(self, value):
        """Parse stored UTC text into an aware datetime."""
        return None if value is None else datetime.fromisoformat(value)
