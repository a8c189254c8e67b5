"""Deterministic JSON export of every live record of every entity (tombstones left out)."""

from __future__ import annotations

import base64
import json
from datetime import date, datetime
from typing import Any

from mentordesk.core.enums import TimeKind
from mentordesk.db import models as m
from mentordesk.db.database import schema_version

ENTITY_KEYS: dict[str, type[m.BaseRecord]] = {
    "contacts": m.ContactRecord,
    "mentorships": m.MentorshipRecord,
    "stage_changes": m.StageChangeRecord,
    "agreements": m.AgreementRecord,
    "interactions": m.InteractionRecord,
    "meetings": m.MeetingRecord,
    "meeting_attendees": m.MeetingAttendeeRecord,
    "goals": m.GoalRecord,
    "expectations": m.ExpectationRecord,
    "tasks": m.TaskRecord,
    "time_entries": m.TimeEntryRecord,
    "reviews": m.ReviewRecord,
    "adaptations": m.AdaptationRecord,
}


INTERNAL_FIELDS = frozenset({"deleted_at"})  # always empty here: tombstones are not exported


def export_data() -> dict[str, Any]:
    """Every record as plain JSON-ready values, rows sorted by id."""
    data: dict[str, Any] = {"schema_version": schema_version()}
    for key, model in ENTITY_KEYS.items():
        data[key] = [record_to_dict(r) for r in model.select().order_by(model.id)]
    return data


def export_json_text() -> str:
    """The export as canonical JSON text: same data, same bytes."""
    return json.dumps(export_data(), sort_keys=True, ensure_ascii=False, indent=2) + "\n"


def record_to_dict(record: m.BaseRecord) -> dict[str, Any]:
    """A flat dict of a record's fields; foreign keys as `<name>_id`, bytes as base64."""
    row: dict[str, Any] = {}
    for field in record._meta.sorted_fields:
        if field.name in INTERNAL_FIELDS:
            continue
        value = getattr(record, field.column_name if _is_fk(field) else field.name)
        key = field.column_name
        row[key] = _plain(value)
    if isinstance(record, m.MeetingRecord):
        row.update(_meeting_times(record))
    return row


def _is_fk(field) -> bool:
    """True for a foreign-key field (exported as its id)."""
    return field.column_name != field.name


def _meeting_times(meeting: m.MeetingRecord) -> dict[str, str]:
    """`start`/`end` in the form their kind calls for: offset, date or wall time."""
    kind = TimeKind(meeting.time_kind)
    if kind is TimeKind.ALL_DAY:
        return {
            "start": meeting.starts_at.date().isoformat(),
            "end": meeting.ends_at.date().isoformat(),
        }
    if kind is TimeKind.FLOATING:
        wall = {k: getattr(meeting, k).replace(tzinfo=None) for k in ("starts_at", "ends_at")}
        return {"start": wall["starts_at"].isoformat(), "end": wall["ends_at"].isoformat()}
    return {"start": meeting.starts_at.isoformat(), "end": meeting.ends_at.isoformat()}


def _plain(value: Any) -> Any:
    """A JSON-ready form of a field value."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value
