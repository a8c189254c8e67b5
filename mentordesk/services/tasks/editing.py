"""Create, edit, complete, reschedule and drop tasks; deliverables as links or workspace files."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from mentordesk.core.enums import Party, Priority, TaskStatus
from mentordesk.core.errors import UserError, ValidationError, coded
from mentordesk.core.task_recurrence import check_rule
from mentordesk.db import models as m
from mentordesk.db.database import db
from mentordesk.services.tombstones import delete_records

EDITABLE = frozenset(
    {
        "title",
        "notes",
        "checklist",
        "due",
        "priority",
        "status",
        "estimate_minutes",
        "deliverable",
        "is_deliverable",
        "recurrence",
        "waiting_on",
        "goal",
        "contact",
        "meeting",
    }
)
FILES_PREFIX = "files/"


class TaskNotFoundError(UserError):
    """The task is gone (deleted elsewhere)."""


def create_task(*, title: str, **fields: Any) -> int:
    """Create a task from editable fields; returns its id."""
    values = clean_task_fields({"title": title, **fields})
    if values.get("recurrence"):
        values.setdefault("recurrence_start", values.get("due") or date.today())
        values["series_uid"] = f"{uuid.uuid4()}@mentordesk"
    if values.get("status") == TaskStatus.DONE.value:
        values["completed_at"] = m.utc_now()
    with db.atomic():
        return m.TaskRecord.create(**values).id


def update_task(task_id: int, **changes: Any) -> None:
    """Change some fields of one task (inline editing)."""
    values = clean_task_fields(changes)
    with db.atomic():
        task = get_task(task_id)
        if "status" in values:
            values.update(_completion(values["status"], task.completed_at))
        if values.get("recurrence") and not task.series_uid:
            values["series_uid"] = f"{uuid.uuid4()}@mentordesk"
            values["recurrence_start"] = values.get("due", task.due) or date.today()
        m.TaskRecord.update(values).where(m.TaskRecord.id == task_id).execute()


def set_status(task_ids: Iterable[int], status: str) -> int:
    """Move tasks to a status (complete, drop, reopen); returns how many changed."""
    status = _choice(TaskStatus, status, "status")
    ids = sorted(set(task_ids))
    changed = 0
    with db.atomic():
        for task in m.TaskRecord.select().where(m.TaskRecord.id.in_(ids)):
            if task.status != status:
                values = {"status": status, **_completion(status, task.completed_at)}
                m.TaskRecord.update(values).where(m.TaskRecord.id == task.id).execute()
                changed += 1
    return changed


def complete_tasks(task_ids: Iterable[int]) -> int:
    """Mark tasks done."""
    return set_status(task_ids, TaskStatus.DONE.value)


def drop_tasks(task_ids: Iterable[int]) -> int:
    """Mark tasks dropped (kept, not deleted)."""
    return set_status(task_ids, TaskStatus.DROPPED.value)


def reschedule_tasks(task_ids: Iterable[int], due: date | None) -> int:
    """Give tasks a new due date (None: no date); returns how many."""
    ids = sorted(set(task_ids))
    with db.atomic():
        return m.TaskRecord.update(due=due).where(m.TaskRecord.id.in_(ids)).execute()


def delete_tasks(task_ids: Iterable[int]) -> None:
    """Delete tasks (tombstones; their time entries go with them)."""
    with db.atomic():
        delete_records(m.TaskRecord, task_ids)


def get_task(task_id: int) -> m.TaskRecord:
    """One live task, or TaskNotFoundError."""
    task = m.TaskRecord.get_or_none(m.TaskRecord.id == task_id)
    if task is None:
        raise TaskNotFoundError(f"task {task_id} no longer exists")
    return task


def attach_deliverable_file(task_id: int, source: Path, files_dir: Path) -> str:
    """Copy a file into the workspace's files folder and make it the task's deliverable."""
    source = Path(source)
    if not source.is_file():
        error = ValidationError(f"{source} is not a file", field="deliverable")
        raise coded(error, "task.not_a_file", path=str(source))
    target = _free_name(files_dir, source.name)
    files_dir.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source, target)
    relative = FILES_PREFIX + target.name
    try:
        update_task(task_id, deliverable=relative, is_deliverable=True)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return relative


def deliverable_path(deliverable: str, workspace_root: Path) -> Path | None:
    """The workspace file a deliverable names, or None when it is a link or empty."""
    if not deliverable.startswith(FILES_PREFIX):
        return None
    return workspace_root / deliverable


def _free_name(folder: Path, name: str) -> Path:
    """A path in `folder` for `name` that does not exist yet (name-2.ext, name-3.ext…)."""
    candidate, stem, suffix, n = folder / name, Path(name).stem, Path(name).suffix, 1
    while candidate.exists():
        n += 1
        candidate = folder / f"{stem}-{n}{suffix}"
    return candidate


def _completion(status: str, completed_at) -> dict[str, Any]:
    """completed_at follows the status: stamped when done, cleared otherwise."""
    if status == TaskStatus.DONE.value:
        return {"completed_at": completed_at or m.utc_now()}
    return {"completed_at": None}


def clean_task_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """Validated, stored forms of editable task fields; refuses unknown ones."""
    unknown = set(fields) - EDITABLE
    if unknown:
        raise ValueError(f"not editable task fields: {sorted(unknown)}")
    values = dict(fields)
    if "title" in values:
        values["title"] = (values["title"] or "").strip()
        if not values["title"]:
            raise coded(ValidationError("a task needs a title", field="title"), "task.no_title")
    if "priority" in values:
        values["priority"] = _priority(values["priority"])
    if "status" in values:
        values["status"] = _choice(TaskStatus, values["status"], "status")
    if "waiting_on" in values:
        values["waiting_on"] = _waiting(values["waiting_on"])
    if values.get("estimate_minutes") is not None and int(values["estimate_minutes"]) < 0:
        error = ValidationError("an estimate cannot be negative", field="estimate_minutes")
        raise coded(error, "task.negative_estimate")
    if "checklist" in values:
        values["checklist"] = clean_checklist(values["checklist"])
    if values.get("recurrence"):
        check_rule(values["recurrence"], values.get("due") or date.today())
    return values


def clean_checklist(items: Iterable[Any]) -> list[dict[str, Any]]:
    """Checklist items as [{"text", "done"}], blank ones dropped."""
    clean = []
    for item in items:
        text, done = (item, False) if isinstance(item, str) else (item["text"], item["done"])
        if str(text).strip():
            clean.append({"text": str(text).strip(), "done": bool(done)})
    return clean


def _priority(value: Any) -> int:
    """A priority as stored (0-3), from a Priority, a number or a name."""
    if isinstance(value, str) and not value.isdigit():
        try:
            return Priority[value.upper()].value
        except KeyError:
            raise ValidationError(f"unknown priority {value!r}", field="priority") from None
    try:
        return Priority(int(value)).value
    except ValueError:
        raise ValidationError(f"unknown priority {value!r}", field="priority") from None


def _choice(enum, value: str, field: str) -> str:
    """A stored enum value, or a ValidationError naming the field."""
    if value not in enum.values():
        raise ValidationError(f"unknown {field} {value!r}", field=field)
    return value


def _waiting(value: str) -> str:
    """Whom a task waits on: nobody ("") or the other side."""
    if value not in ("", Party.THEM.value):
        raise ValidationError(
            f"a task waits on nobody or 'them', not {value!r}", field="waiting_on"
        )
    return value


def save_task_details(
    task_id: int, changes: dict[str, Any], *, attachment: Path | None, files_dir: Path
) -> None:
    """Store a task's edited details and, if a file was chosen, copy it in as the deliverable."""
    with db.atomic():
        update_task(task_id, **changes)
        if attachment is not None:
            attach_deliverable_file(task_id, attachment, files_dir)
