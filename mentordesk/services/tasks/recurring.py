"""Recurring tasks: create the occurrence that has come due, however long the app was closed."""

from __future__ import annotations

from datetime import date

from peewee import fn

from mentordesk.core.enums import TaskStatus
from mentordesk.core.task_recurrence import RecurrenceRuleError, occurrence_to_create
from mentordesk.db import models as m
from mentordesk.db.database import db

COPIED = (
    "title",
    "notes",
    "priority",
    "estimate_minutes",
    "is_deliverable",
    "recurrence",
    "recurrence_start",
    "series_uid",
    "waiting_on",
    "goal",
    "contact",
)


def create_due_occurrences(*, today: date) -> list[int]:
    """Create each series' newest occurrence due by `today` if it is not there; returns ids."""
    # A series is the tasks sharing a `series_uid`; the newest live one holds the rule (clear
    # it to end the series). Deleted occurrences count as created, so one never comes back.
    # Missed occurrences collapse into the newest one.
    if not due_occurrences_exist(today=today):
        return []  # the usual case: no write transaction at all
    created = []
    with db.atomic():
        for template, due in _due_now(today):
            created.append(_copy(template, due))
    return created


def due_occurrences_exist(*, today: date) -> bool:
    """True when some series has an occurrence to create (a read, no transaction)."""
    return bool(_due_now(today))


def _due_now(today: date) -> list[tuple[m.TaskRecord, date]]:
    """(newest live occurrence, date of the occurrence to create) for each series due."""
    found = []
    for series_uid, last in _series_last_dates():
        template = _newest_live(series_uid)
        if template is not None and template.recurrence:
            due = _due(template, last, today)
            if due is not None:
                found.append((template, due))
    return found


def _series_last_dates() -> list[tuple[str, date]]:
    """(series uid, newest due date of any occurrence, deleted ones included)."""
    task = m.TaskRecord
    query = (
        task.select_with_tombstones(task.series_uid, fn.MAX(task.due))
        .where(task.series_uid != "")
        .group_by(task.series_uid)
    )
    return [(uid, _as_date(last)) for uid, last in query.tuples() if last is not None]


def _newest_live(series_uid: str) -> m.TaskRecord | None:
    """The live occurrence of a series with the latest due date."""
    task = m.TaskRecord
    query = task.select().where(task.series_uid == series_uid)
    return query.order_by(task.due.desc(), task.id.desc()).first()


def _due(template: m.TaskRecord, last: date, today: date) -> date | None:
    """The occurrence to create now, or None (an unreadable rule creates nothing)."""
    start = template.recurrence_start or template.due or last
    try:
        return occurrence_to_create(template.recurrence, start=start, last=last, today=today)
    except RecurrenceRuleError:
        return None


def _copy(template: m.TaskRecord, due: date) -> int:
    """A new open occurrence like the template, checklist unticked, due on `due`."""
    values = {name: getattr(template, name) for name in COPIED}
    checklist = [{"text": i["text"], "done": False} for i in template.checklist or []]
    record = m.TaskRecord.create(
        **values, checklist=checklist, due=due, status=TaskStatus.TODO.value
    )
    return record.id


def _as_date(value) -> date:
    """MAX() over a date column comes back as text."""
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
