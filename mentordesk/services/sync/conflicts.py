"""Records that need a look: a sync found a true conflict and kept the server's version too."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from mentordesk.db import models as m

KIND_OF_MODEL = {m.ContactRecord: "contact", m.MeetingRecord: "meeting", m.TaskRecord: "task"}
MODEL_OF_KIND = {kind: model for model, kind in KIND_OF_MODEL.items()}
DELETED_HERE = "deleted here"  # the field list of a record deleted here and changed there
DELETED_THERE = "deleted on the server"  # private_history.DELETED_ON_SERVER: kept here for it


@dataclass(frozen=True)
class ConflictSummary:
    """One record that needs a look, as a list shows it."""

    kind: str  # "contact", "meeting", "task"
    uid: str
    record_id: int | None  # None when the record is deleted here
    title: str
    account: str
    found_at: datetime
    deleted_here: bool
    deleted_there: bool = False  # the server deleted it; kept here because it holds history


def needs_look_ids(model: type[m.SyncedRecord]) -> set[int]:
    """The ids of live records of that model with a conflict waiting (two queries)."""
    conflict = m.SyncConflictRecord
    kind = KIND_OF_MODEL[model]
    uids = {c.uid for c in conflict.select(conflict.uid).where(conflict.kind == kind)}
    if not uids:
        return set()
    return {r.id for r in model.select(model.id).where(model.uid.in_(list(uids)))}


def deleted_there_ids(model: type[m.SyncedRecord]) -> set[int]:
    """The ids of live records of that model the server deleted and this workspace kept."""
    conflict = m.SyncConflictRecord
    kind = KIND_OF_MODEL[model]
    rows = conflict.select(conflict.uid, conflict.fields).where(conflict.kind == kind)
    uids = {c.uid for c in rows if DELETED_THERE in (c.fields or [])}
    if not uids:
        return set()
    return {r.id for r in model.select(model.id).where(model.uid.in_(list(uids)))}


def list_conflicts() -> list[ConflictSummary]:
    """Every record that needs a look, oldest first, one entry per record (five queries).

    A record the server deleted that the user has since deleted here too is settled: not listed.
    """
    conflict = m.SyncConflictRecord
    rows = list(
        conflict.select(conflict, m.SyncAccountRecord.name)
        .join(m.SyncAccountRecord)
        .order_by(conflict.found_at, conflict.id)
    )
    latest = {(c.kind, c.uid): c for c in rows}
    records = _records_by_uid(latest)
    found = [_summary(c, records.get(key)) for key, c in latest.items()]
    return [c for c in found if not (c.deleted_there and c.deleted_here)]


def _records_by_uid(keys) -> dict[tuple[str, str], m.SyncedRecord]:
    """The records (deleted ones too) those conflicts are about, by kind and UID."""
    found = {}
    for kind, model in MODEL_OF_KIND.items():
        uids = [uid for k, uid in keys if k == kind]
        if uids:
            query = model.select_with_tombstones().where(model.uid.in_(uids))
            found.update({(kind, r.uid): r for r in query})
    return found


def _summary(conflict: m.SyncConflictRecord, record) -> ConflictSummary:
    """A conflict with its record's title (its name, for a contact)."""
    title = "" if record is None else getattr(record, "name", None) or record.title
    live = record is not None and record.deleted_at is None
    return ConflictSummary(
        kind=conflict.kind,
        uid=conflict.uid,
        record_id=record.id if live else None,
        title=title,
        account=conflict.account.name,
        found_at=conflict.found_at,
        deleted_here=not live or DELETED_HERE in (conflict.fields or []),
        deleted_there=DELETED_THERE in (conflict.fields or []),
    )


def dismiss(kind: str, uid: str) -> int:
    """Forget the kept server versions of a record (after looking); how many went."""
    conflict = m.SyncConflictRecord
    return conflict.delete().where((conflict.kind == kind) & (conflict.uid == uid)).execute()
