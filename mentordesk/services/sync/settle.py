"""Settling a record that needs a look: its clashing fields side by side, then keep or take.

A clash is named as the merge found it ("VCARD TITLE", "VEVENT@20261201T100000Z DTSTART");
values come back decoded (text, dates, date-times, durations) for the UI to word. A record the
server deleted and this workspace kept (it holds private history) has no fields: it is kept
(`resolve` with none, the next sync sends it back up) or deleted here too (`delete_here`).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from icalendar.parser import Contentline
from icalendar.prop import vDDDTypes, vText

from mentordesk.core.errors import coded
from mentordesk.core.recurrence.presets import describe_rule
from mentordesk.db import models as m
from mentordesk.db.database import db
from mentordesk.services.calendar.editing import delete_meeting
from mentordesk.services.contacts.removal import delete_contact
from mentordesk.services.sync import content
from mentordesk.services.sync.conflicts import DELETED_HERE, dismiss
from mentordesk.services.sync.errors import SyncError
from mentordesk.services.sync.merge import parse, render
from mentordesk.services.sync.private_history import DELETED_ON_SERVER, history_counts
from mentordesk.services.tasks.editing import delete_tasks

Value = str | date | datetime | timedelta
DATE_NAMES = frozenset(
    {"DTSTART", "DTEND", "DUE", "RECURRENCE-ID", "EXDATE", "RDATE", "BDAY", "ANNIVERSARY"}
)
STRUCTURED = frozenset({"N", "ADR", "ORG"})
PEOPLE = frozenset({"ATTENDEE", "ORGANIZER"})
LISTS = frozenset({"CATEGORIES", "NICKNAME"})
ALARM = "BEGIN:VALARM"
_UNESCAPED = re.compile(r"(?<!\\)[;]")
NOT_FIELDS = frozenset({DELETED_HERE, DELETED_ON_SERVER})  # what happened, not a property
DELETERS = {content.CONTACT: delete_contact, content.MEETING: delete_meeting}
DELETERS[content.TASK] = lambda task_id: delete_tasks([task_id])


class NoConflictError(SyncError):
    """The record has no conflict waiting (already settled, or never had one)."""


class ConflictFieldError(SyncError):
    """A field to take from the server is not one of the record's clashing fields."""


class NotDeletedThereError(SyncError):
    """Only a record the server deleted is deleted here from its conflict."""


@dataclass(frozen=True)
class ConflictField:
    """One clashing field: its key, the property, the occurrence it is on, both values."""

    key: str  # as the merge named it, what resolve() takes
    name: str  # the property, upper case, without a vCard group ("TITLE", "DTSTART", "VALARM")
    occurrence: date | datetime | None  # the overridden occurrence, None for the whole record
    here: tuple[Value, ...]
    there: tuple[Value, ...]


@dataclass(frozen=True)
class ConflictDetail:
    """A record that needs a look, field by field."""

    kind: str
    uid: str
    account: str
    found_at: datetime
    deleted_here: bool
    fields: tuple[ConflictField, ...]
    deleted_there: bool = False  # the server deleted it; kept here for its history, no fields
    kept_history: tuple[tuple[str, int], ...] = ()  # what it holds: (("interaction", 3), ...)


def describe(kind: str, uid: str) -> ConflictDetail:
    """The record's clashing fields: here (now) and on the server (as the sync kept it)."""
    latest, keys = _waiting(kind, uid)
    if _deleted_there(latest):
        return _deleted_there_detail(kind, uid, latest)
    deleted = DELETED_HERE in keys
    here_text = None if deleted else _local_text(kind, uid, latest)
    here = parse(here_text) if here_text else None
    there = parse(latest.remote_content)
    fields = [_field(key, here, there) for key in keys if key not in NOT_FIELDS]
    return ConflictDetail(
        kind=kind,
        uid=uid,
        account=latest.account.name,
        found_at=latest.found_at,
        deleted_here=deleted or here is None,
        fields=tuple(fields),
    )


def _deleted_there(conflict: m.SyncConflictRecord) -> bool:
    """True when the conflict is a delete on the server that this workspace held back."""
    return DELETED_ON_SERVER in (conflict.fields or [])


def _deleted_there_detail(kind: str, uid: str, latest: m.SyncConflictRecord) -> ConflictDetail:
    """A record the server deleted: no fields, and the history that kept it here."""
    held = history_counts(kind, uid, shared_private=_shared(latest))
    model = content.MODELS[kind]
    return ConflictDetail(
        kind=kind,
        uid=uid,
        account=latest.account.name,
        found_at=latest.found_at,
        deleted_here=not model.select().where(model.uid == uid).exists(),
        fields=(),
        deleted_there=True,
        kept_history=tuple(held.items()),
    )


def resolve(kind: str, uid: str, *, take_server_fields: Collection[str] = ()) -> int:
    """Take the server's value of those fields here (the rest stay as they are), then unmark.

    One transaction; the next sync sends the result. Returns how many fields were taken.
    """
    latest, keys = _waiting(kind, uid)
    wanted = list(dict.fromkeys(take_server_fields))
    unknown = [k for k in wanted if k not in keys or k in NOT_FIELDS]
    if unknown:
        raise coded(
            ConflictFieldError(f"{unknown[0]!r} is not a field in conflict on this record"),
            "sync.conflict_field",
            field=unknown[0],
        )
    with db.atomic():
        if wanted:
            _take_from_server(kind, uid, latest, wanted)
        dismiss(kind, uid)
    return len(wanted)


def delete_here(kind: str, uid: str) -> bool:
    """Delete a record the server deleted here too (as its view would), and unmark it.

    One transaction, undoable like any delete; nothing is sent (the server has it no more).
    Returns False when it was already gone here (then it is only unmarked).
    """
    latest, _ = _waiting(kind, uid)
    if not _deleted_there(latest):
        raise coded(
            NotDeletedThereError("only a record the server deleted can be deleted from here"),
            "sync.not_deleted_there",
        )
    model = content.MODELS[kind]
    with db.atomic():
        record = model.get_or_none(model.uid == uid)
        if record is not None:
            DELETERS[kind](record.id)
        dismiss(kind, uid)
    return record is not None


def _waiting(kind: str, uid: str) -> tuple[m.SyncConflictRecord, list[str]]:
    """The latest kept server version of a record, and every field named in its conflicts."""
    conflict = m.SyncConflictRecord
    rows = list(
        conflict.select()
        .where((conflict.kind == kind) & (conflict.uid == uid))
        .order_by(conflict.found_at, conflict.id)
    )
    if not rows:
        raise coded(NoConflictError("this record has no sync conflict waiting"), "sync.no_conflict")
    keys = list(dict.fromkeys(k for row in rows for k in (row.fields or [])))
    return rows[-1], keys


def _shared(conflict: m.SyncConflictRecord) -> tuple[str, ...]:
    """What private data the conflict's account carries."""
    return tuple(conflict.account.shared_private or ())


def _local_text(kind: str, uid: str, conflict: m.SyncConflictRecord) -> str | None:
    """The record here as the sync would send it now, None when it is gone."""
    item = content.local_item(kind, uid, shared_private=_shared(conflict))
    return item.text if item else None


def _take_from_server(kind, uid, conflict, keys: list[str]) -> None:
    """Write the record here with those fields as the server has them."""
    here_text = _local_text(kind, uid, conflict)
    if here_text is None:
        raise coded(
            NoConflictError("the record was deleted here; only keeping it deleted is possible"),
            "sync.conflict_deleted",
        )
    here, there = parse(here_text), parse(conflict.remote_content)
    for key in keys:
        component, name = _split(key)
        target = here.components.setdefault(component, {})
        server = there.components.get(component, {}).get(name)
        if server:
            target[name] = server
        else:
            target.pop(name, None)
    content.apply_remote(kind, render(here), shared_private=_shared(conflict))


def _split(key: str) -> tuple[tuple[str, str], str]:
    """'VEVENT@20261201T100000Z DTSTART' as (('VEVENT', '20261201T100000Z'), 'DTSTART')."""
    component, _, name = key.partition(" ")
    kind, _, recurrence = component.partition("@")
    return (kind, recurrence), name


def _field(key: str, here, there) -> ConflictField:
    """One clashing field with both values decoded."""
    component, name = _split(key)
    return ConflictField(
        key=key,
        name=_bare(name),
        occurrence=_date_value(component[1], None) if component[1] else None,
        here=_values(here, component, name),
        there=_values(there, component, name),
    )


def _bare(name: str) -> str:
    """A property name without its vCard group; an alarm block as VALARM."""
    if name == ALARM:
        return "VALARM"
    return name.rsplit(".", 1)[-1]


def _values(resource, component, name) -> tuple[Value, ...]:
    """A property's values in a parsed resource (none when the resource or property is gone)."""
    if resource is None:
        return ()
    lines = resource.components.get(component, {}).get(name, ())
    if name == ALARM:
        return tuple(v for block in lines for v in _alarm(block))
    return tuple(v for line in lines for v in _decode(line))


def _alarm(block: str) -> list[Value]:
    """An alarm as how long before (or after) the start it rings."""
    for line in block.split("\n"):
        if line.upper().startswith("TRIGGER"):
            return _decode(line)
    return []


def _decode(line: str) -> list[Value]:
    """One content line's value(s), decoded into plain values."""
    raw_name, params, value = Contentline(line).parts()
    name = _bare(raw_name.upper())
    if name in DATE_NAMES:
        return [_date_value(v, params.get("TZID")) for v in value.split(",") if v]
    if name == "TRIGGER":
        return [_date_value(value, None)]
    if name in PEOPLE:
        return [params.get("CN") or re.sub(r"(?i)^mailto:", "", value)]
    if name == "RRULE":
        return [describe_rule(value)]
    if name in STRUCTURED:
        parts = [vText.from_ical(p).strip() for p in _UNESCAPED.split(value)]
        return [", ".join(p for p in parts if p)]
    if name in LISTS:
        return [vText.from_ical(p).strip() for p in re.split(r"(?<!\\),", value) if p]
    text = re.sub(r"(?i)^(tel|mailto):", "", str(vText.from_ical(value)))
    return [text]


def _date_value(value: str, zone: str | None) -> Value:
    """A date, date-time or duration in iCalendar or vCard form; the text when it is neither."""
    try:
        return date.fromisoformat(value) if "-" in value[1:] else vDDDTypes.from_ical(value, zone)
    except (ValueError, TypeError):
        return value
