"""What a synced record holds that never left this machine, so a delete from the server keeps it.

A contact's interactions, mentorships (with their agreements, goals, reviews and time) and
tasks, a meeting's notes, time and action items, a task's time entries: a server only ever saw
the record itself, so its delete must not take these along (docs/sync.md, Conflicts, rule 4).
"""

from __future__ import annotations

from mentordesk.core.enums import Stage
from mentordesk.db import models as m
from mentordesk.services.sync.accounts import CONTACT_NOTES
from mentordesk.services.sync.content import CONTACT, MEETING, MODELS, TASK

DELETED_ON_SERVER = "deleted on the server"
"""The conflict field of a record the server deleted and this workspace kept (a code)."""


def private_history(kind: str, uid: str, *, shared_private: tuple[str, ...]) -> list[str]:
    """What of a live record's history stays only here, in words ("2 interactions"); [] if none."""
    model = MODELS[kind]
    record = model.get_or_none(model.uid == uid)
    if record is None:
        return []
    if kind == CONTACT:
        return _contact_history(record, shared_private)
    if kind == MEETING:
        return _meeting_history(record)
    return _task_history(record) if kind == TASK else []


def _contact_history(contact: m.ContactRecord, shared_private: tuple[str, ...]) -> list[str]:
    """A contact's interactions, mentorships, tasks and (unless they travel) notes."""
    found = [
        _count(m.InteractionRecord, m.InteractionRecord.contact == contact.id, "interaction"),
        _mentorships(contact),
        _count(m.TaskRecord, m.TaskRecord.contact == contact.id, "task"),
    ]
    if contact.notes.strip() and CONTACT_NOTES not in shared_private:
        found.append("notes")
    return [text for text in found if text]


def _mentorships(contact: m.ContactRecord) -> str:
    """'1 mentorship' for those holding anything beyond the prospect every new contact gets."""
    rows = m.MentorshipRecord.select().where(m.MentorshipRecord.contact == contact.id)
    n = sum(1 for row in rows if _mentorship_holds(row))
    return f"{n} mentorship{'s' if n > 1 else ''}" if n else ""


def _mentorship_holds(mentorship: m.MentorshipRecord) -> bool:
    """True when the user moved it on or wrote into it (stage, dates, notes, what hangs off it)."""
    if mentorship.stage != Stage.PROSPECT.value or mentorship.started_on or mentorship.ended_on:
        return True
    if mentorship.notes.strip():
        return True
    children = (m.AgreementRecord, m.GoalRecord, m.ExpectationRecord, m.ReviewRecord)
    children += (m.TimeEntryRecord,)
    if any(c.select().where(c.mentorship == mentorship.id).exists() for c in children):
        return True
    stage_changes = m.StageChangeRecord.mentorship == mentorship.id
    return m.StageChangeRecord.select().where(stage_changes).count() > 1  # beyond the first step


def _meeting_history(meeting: m.MeetingRecord) -> list[str]:
    """A meeting's notes (never sent), time entries and action items, overrides included."""
    rows = [meeting, *m.MeetingRecord.select().where(m.MeetingRecord.recurrence_of == meeting.id)]
    ids = [row.id for row in rows]
    found = [
        _count(m.TimeEntryRecord, m.TimeEntryRecord.meeting.in_(ids), "time entry", "time entries"),
        _count(m.TaskRecord, m.TaskRecord.meeting.in_(ids), "task"),
    ]
    if any(row.notes.strip() for row in rows):
        found.append("notes")
    return [text for text in found if text]


def _task_history(task: m.TaskRecord) -> list[str]:
    """A task's time entries."""
    entries = m.TimeEntryRecord.task == task.id
    found = _count(m.TimeEntryRecord, entries, "time entry", "time entries")
    return [found] if found else []


def _count(model, where, one: str, many: str = "") -> str:
    """'3 interactions' for the live rows matching, '' when there are none."""
    n = model.select().where(where).count()
    if not n:
        return ""
    return f"{n} {one if n == 1 else many or one + 's'}"
