"""Records that need a look: a sync found a true conflict and kept the server's version too."""

from __future__ import annotations

from mentordesk.db import models as m

KIND_OF_MODEL = {m.ContactRecord: "contact", m.MeetingRecord: "meeting", m.TaskRecord: "task"}


def needs_look_ids(model: type[m.SyncedRecord]) -> set[int]:
    """The ids of live records of that model with a conflict waiting (two queries)."""
    conflict = m.SyncConflictRecord
    kind = KIND_OF_MODEL[model]
    uids = {c.uid for c in conflict.select(conflict.uid).where(conflict.kind == kind)}
    if not uids:
        return set()
    return {r.id for r in model.select(model.id).where(model.uid.in_(list(uids)))}


def dismiss(kind: str, uid: str) -> int:
    """Forget the kept server versions of a record (after looking); how many went."""
    conflict = m.SyncConflictRecord
    return conflict.delete().where((conflict.kind == kind) & (conflict.uid == uid)).execute()
