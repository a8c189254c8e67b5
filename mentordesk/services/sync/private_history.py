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
INTERACTION, MENTORSHIP, TASK_ITEM, TIME_ENTRY, NOTES = (
    "interaction",
    "mentorship",
    "task",
    "time entry",
    "notes",
)
"""What private history is counted as (`history_counts`' keys; notes count 1 when written)."""
PLURALS = {TIME_ENTRY: "time entries"}


def private_history(kind: str, uid: str, *, shared_private: tuple[str, ...]) -> list[str]:
    """What of a live record's history stays only here, in words ("2 interactions"); [] if none."""
    counts = history_counts(kind, uid, shared_private=shared_private)
    return [_words(what, n) for what, n in counts.items()]


def history_counts(kind: str, uid: str, *, shared_private: tuple[str, ...]) -> dict[str, int]:
    """The same as counts by what they are ("interaction": 2, "notes": 1); {} if none."""
    model = MODELS[kind]
    record = model.get_or_none(model.uid == uid)
    if record is None:
        return {}
    if kind == CONTACT:
        found = _contact_history(record, shared_private)
    elif kind == MEETING:
        found = _meeting_history(record)
    else:
        found = _task_history(record) if kind == TASK else {}
    return {what: n for what, n in found.items() if n}


def _contact_history(contact: m.ContactRecord, shared_private: tuple[str, ...]) -> dict[str, int]:
    """A contact's interactions, mentorships, tasks and (unless they travel) notes."""
    return {
        INTERACTION: _count(m.InteractionRecord, m.InteractionRecord.contact == contact.id),
        MENTORSHIP: _mentorships(contact),
        TASK_ITEM: _count(m.TaskRecord, m.TaskRecord.contact == contact.id),
        NOTES: int(bool(contact.notes.strip()) and CONTACT_NOTES not in shared_private),
    }


def _mentorships(contact: m.ContactRecord) -> int:
    """How many hold anything beyond the prospect every new contact gets."""
    rows = m.MentorshipRecord.select().where(m.MentorshipRecord.contact == contact.id)
    return sum(1 for row in rows if _mentorship_holds(row))


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


def _meeting_history(meeting: m.MeetingRecord) -> dict[str, int]:
    """A meeting's notes (never sent), time entries and action items, overrides included."""
    rows = [meeting, *m.MeetingRecord.select().where(m.MeetingRecord.recurrence_of == meeting.id)]
    ids = [row.id for row in rows]
    return {
        TIME_ENTRY: _count(m.TimeEntryRecord, m.TimeEntryRecord.meeting.in_(ids)),
        TASK_ITEM: _count(m.TaskRecord, m.TaskRecord.meeting.in_(ids)),
        NOTES: int(any(row.notes.strip() for row in rows)),
    }


def _task_history(task: m.TaskRecord) -> dict[str, int]:
    """A task's time entries."""
    return {TIME_ENTRY: _count(m.TimeEntryRecord, m.TimeEntryRecord.task == task.id)}


def _count(model, where) -> int:
    """How many live rows match."""
    return model.select().where(where).count()


def _words(what: str, n: int) -> str:
    """'3 interactions', '1 time entry', 'notes' (the English the sync report prints)."""
    if what == NOTES:
        return "notes"
    return f"{n} {what if n == 1 else PLURALS.get(what, what + 's')}"
