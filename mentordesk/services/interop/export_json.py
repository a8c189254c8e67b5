"""Deterministic JSON export of every live record of every entity (tombstones left out).

Meetings export their stored wall times (`start_wall`, `end_wall`, `recurrence_wall`,
`exdate_walls`) and, unchanged since before schema 3, `starts_at`, `ends_at`, `recurrence_id`
and `exdates` as UTC text in which floating and all-day values are written as if they were UTC:
derived from the wall times, so the export never depends on the computer's zone.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator
from datetime import UTC
from typing import Any, TextIO

from mentordesk.core.enums import TimeKind
from mentordesk.core.meeting_time import MeetingTime, Wall, parse_wall
from mentordesk.db import models as m
from mentordesk.db.database import schema_version
from mentordesk.services.interop.json_rows import (
    cell_encoder,
    encode,
    key_prefix,
    plain,
    record_text,
    stored_rows,
)

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
MEETING_TIME_KEYS = (
    "start",
    "end",
    "starts_at",
    "ends_at",
    "exdates",
    "exdate_walls",
    "recurrence_id",
    "recurrence_wall",
)


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
    """One entity's records as an indented JSON list, each record written as it is read."""
    first = True
    for text in _record_texts(model):
        out.write(("[\n    " if first else ",\n    ") + text)
        first = False
    out.write("[]" if first else "\n  ]")


def _record_texts(model: type[m.BaseRecord]) -> Iterator[str]:
    """Each live record's JSON text in id order, as `_dumps(record_to_dict(r))` indented."""
    fields = sorted(_exported_fields(model), key=lambda f: f.column_name)
    cells = [cell_encoder(f) for f in fields]
    query = model.select(*fields).order_by(model.id)
    if model is m.MeetingRecord:
        yield from _meeting_texts([f.column_name for f in fields], cells, query)
        return
    prefixes = [key_prefix(f.column_name) for f in fields]
    for row in stored_rows(query):
        yield record_text(prefixes, [cell(raw) for cell, raw in zip(cells, row, strict=True)])


def _meeting_texts(names: list[str], cells: list, query) -> Iterator[str]:
    """Meetings' JSON texts: their columns, then the time fields derived from the wall times."""
    keys = sorted({*names, *MEETING_TIME_KEYS})
    prefixes = [key_prefix(k) for k in keys]
    series_when = _series_times()
    for row in stored_rows(query):
        raw = dict(zip(names, row, strict=True))
        texts = {n: cell(value) for n, cell, value in zip(names, cells, row, strict=True)}
        start, end = raw["start_wall"], raw["end_wall"]
        when = MeetingTime.from_storage(
            kind=raw["time_kind"], start=start, end=end, zone=raw["timezone"]
        )
        series = series_when(raw["recurrence_of_id"]) if raw["recurrence_of_id"] else when
        exdates = json.loads(raw["exdates"]) if raw["exdates"] is not None else None
        times = _meeting_times(when, series, exdates, raw["recurrence_id"])
        texts.update({key: encode(value) for key, value in times.items()})
        yield record_text(prefixes, [texts[k] for k in keys])


def _series_times() -> Callable[[int], MeetingTime]:
    """A series' times by id, each series read once (as `meeting.recurrence_of.when` reads it)."""
    known: dict[int, MeetingTime] = {}

    def when_of(series_id: int) -> MeetingTime:
        """The times of one series."""
        if series_id not in known:
            known[series_id] = m.MeetingRecord.get_by_id(series_id).when
        return known[series_id]

    return when_of


def _exported_fields(model: type[m.BaseRecord]) -> list:
    """The fields an export shows (tombstone markers left out)."""
    return [f for f in model._meta.sorted_fields if f.name not in INTERNAL_FIELDS]


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
        row[key] = plain(value)
    if isinstance(record, m.MeetingRecord):
        when = record.when
        series = record.recurrence_of.when if record.recurrence_of_id else when
        row.update(_meeting_times(when, series, record.exdates, record.recurrence_id))
    return row


def _is_fk(field) -> bool:
    """True for a foreign-key field (exported as its id)."""
    return field.column_name != field.name


def _meeting_times(
    when: MeetingTime, series: MeetingTime, exdates: list | None, rid: str | None
) -> dict[str, Any]:
    """`start`/`end` as their kind calls for, and the instant fields as exports always had them."""
    return {
        **_start_end(when),
        "starts_at": _utc_text(when, when.start),
        "ends_at": _utc_text(when, when.end),
        "exdates": [_utc_text(when, parse_wall(x)) for x in exdates or []],
        "exdate_walls": list(exdates or []),
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
