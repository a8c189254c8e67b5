"""Deterministic JSON export of every live record of every entity (tombstones left out).

Meetings export their stored wall times (`start_wall`, `end_wall`, `recurrence_wall`,
`exdate_walls`) and, unchanged since before schema 3, `starts_at`, `ends_at`, `recurrence_id`
and `exdates` as UTC text in which floating and all-day values are written as if they were UTC:
derived from the wall times, so the export never depends on the computer's zone.
"""

from __future__ import annotations

import base64
import io
import json
from datetime import UTC, date, datetime
from typing import Any, TextIO

from mentordesk.core.enums import TimeKind
from mentordesk.core.meeting_time import MeetingTime, Wall, parse_wall
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
    out = io.StringIO()
    write_export_json(out)
    return out.getvalue()


def write_export_json(out: TextIO) -> None:
    """Write the export a record at a time: export_data() as canonical JSON, in little memory."""
    sections = {key: model for key, model in ENTITY_KEYS.items()}
    sections["schema_version"] = None
    out.write("{")
    for number, key in enumerate(sorted(sections)):
        out.write(("," if number else "") + f"\n  {_dumps(key)}: ")
        model = sections[key]
        if model is None:
            out.write(_dumps(schema_version()))
        else:
            _write_records(out, model)
    out.write("\n}\n")


def _write_records(out: TextIO, model: type[m.BaseRecord]) -> None:
    """One entity's records as an indented JSON list, each record dumped as it is read."""
    query = model.select().order_by(model.id).iterator()
    first = True
    for record in query:
        text = _dumps(record_to_dict(record)).replace("\n", "\n    ")
        out.write(("[\n    " if first else ",\n    ") + text)
        first = False
    out.write("[]" if first else "\n  ]")


def _dumps(value: Any) -> str:
    """One value as the export writes it (sorted keys, indent 2, UTF-8 as is)."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, indent=2)


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


def _meeting_times(meeting: m.MeetingRecord) -> dict[str, Any]:
    """`start`/`end` as their kind calls for, and the instant fields as exports always had them."""
    when = meeting.when
    series = meeting.recurrence_of.when if meeting.recurrence_of_id else when
    rid = meeting.recurrence_id
    return {
        **_start_end(when),
        "starts_at": _utc_text(when, when.start),
        "ends_at": _utc_text(when, when.end),
        "exdates": [_utc_text(when, parse_wall(x)) for x in meeting.exdates or []],
        "exdate_walls": list(meeting.exdates or []),
        "recurrence_id": _utc_text(series, parse_wall(rid)) if rid else rid,
        "recurrence_wall": rid,
    }


def _start_end(when: MeetingTime) -> dict[str, str]:
    """`start`/`end`: ISO with offset when timed, dates when all-day, wall time when floating."""
    if when.kind is TimeKind.TIMED:
        return {"start": when.start_utc().isoformat(), "end": when.end_utc().isoformat()}
    return {"start": when.start.isoformat(), "end": when.end.isoformat()}


def _utc_text(series: MeetingTime, wall: Wall) -> str:
    """A wall value of a series as UTC text; floating and all-day ones read as if in UTC."""
    return MeetingTime(series.kind, wall, wall, series.zone).start_utc(UTC).isoformat()


def _plain(value: Any) -> Any:
    """A JSON-ready form of a field value."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value
