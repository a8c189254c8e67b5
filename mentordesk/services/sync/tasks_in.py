"""A VTODO from the server into the tasks: created or updated by UID."""

from __future__ import annotations

from mentordesk.db import models as m
from mentordesk.services.interop.ics.todos import read_vtodos


def apply_vtodo(text: str) -> None:
    """Create or update the task each VTODO names (title, status, priority, due date)."""
    for facts in read_vtodos(text):
        fields = {
            "title": facts.title,
            "status": facts.status,
            "priority": facts.priority,
            "due": facts.due,
        }
        record = m.TaskRecord.select_with_tombstones().where(m.TaskRecord.uid == facts.uid).first()
        if record is None:
            m.TaskRecord.create(uid=facts.uid, **fields)
            continue
        changed = {k: v for k, v in fields.items() if getattr(record, k) != v}
        if changed or record.deleted_at is not None:
            changed["deleted_at"] = None
            m.TaskRecord.update(**changed).where(m.TaskRecord.id == record.id).execute()
