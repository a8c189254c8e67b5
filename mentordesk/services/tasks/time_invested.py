"""Time invested: manual entries, the one running timer (kept in the database), weekly totals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo

from peewee import fn

from mentordesk.core.enums import MeetingStatus
from mentordesk.core.errors import UserError, ValidationError
from mentordesk.core.time_totals import (
    HeldMeeting,
    TimeItem,
    TotalBy,
    elapsed_minutes,
    local_day,
    meeting_items,
    weekly_totals,
)
from mentordesk.db import models as m
from mentordesk.db.database import db
from mentordesk.services.calendar.occurrences import list_occurrences
from mentordesk.services.tombstones import delete_records


@dataclass(frozen=True)
class RunningTimer:
    """The timer that is running: since when, and what for."""

    entry_id: int
    started_at: datetime
    label: str
    task_id: int | None
    meeting_id: int | None


def add_time_entry(
    *,
    started_at: datetime,
    minutes: int,
    note: str = "",
    task_id: int | None = None,
    goal_id: int | None = None,
    meeting_id: int | None = None,
    mentorship_id: int | None = None,
) -> int:
    """Log time by hand; the goal and mentorship follow from the task or meeting if not given."""
    if minutes <= 0:
        raise ValidationError("log at least one minute", field="minutes")
    links = _links(task_id=task_id, goal_id=goal_id, meeting_id=meeting_id)
    if mentorship_id is not None:
        links["mentorship"] = mentorship_id
    with db.atomic():
        return m.TimeEntryRecord.create(
            started_at=started_at, minutes=minutes, note=note, **links
        ).id


def start_timer(*, now: datetime, task_id: int | None = None, meeting_id: int | None = None) -> int:
    """Start the timer on a task or a meeting; a timer already running is stopped first."""
    if (task_id is None) == (meeting_id is None):
        raise ValueError("a timer runs for one task or one meeting")
    with db.atomic():
        stop_timer(now=now)
        links = _links(task_id=task_id, goal_id=None, meeting_id=meeting_id)
        return m.TimeEntryRecord.create(started_at=now, minutes=0, running=True, **links).id


def stop_timer(*, now: datetime) -> int | None:
    """Stop the running timer, keeping its minutes as a time entry; its id, or None."""
    with db.atomic():
        entry = _running_entry()
        if entry is None:
            return None
        minutes = elapsed_minutes(entry.started_at, now)
        if minutes == 0:  # stopped as soon as started (or the clock went back): nothing to keep
            delete_records(m.TimeEntryRecord, [entry.id])
            return None
        m.TimeEntryRecord.update(minutes=minutes, running=False).where(
            m.TimeEntryRecord.id == entry.id
        ).execute()
        return entry.id


def running_timer() -> RunningTimer | None:
    """The running timer as stored (so it survives a restart or a crash), or None."""
    entry = _running_entry()
    if entry is None:
        return None
    label = entry.task.title if entry.task_id else entry.meeting.title if entry.meeting_id else ""
    return RunningTimer(entry.id, entry.started_at, label, entry.task_id, entry.meeting_id)


def _running_entry() -> m.TimeEntryRecord | None:
    """The running entry (the newest, should there ever be two)."""
    entry = m.TimeEntryRecord
    return entry.select().where(entry.running).order_by(entry.id.desc()).first()


def _links(*, task_id: int | None, goal_id: int | None, meeting_id: int | None) -> dict:
    """What an entry is for: task, goal, meeting and the mentorship behind them."""
    links: dict = {"task": task_id, "goal": goal_id, "meeting": meeting_id, "mentorship": None}
    if task_id is not None:
        task = m.TaskRecord.get_or_none(m.TaskRecord.id == task_id)
        if task is None:
            raise UserError(f"task {task_id} no longer exists")
        links["goal"] = goal_id or task.goal_id
        links["mentorship"] = _task_mentorship(task)
    if meeting_id is not None:
        meeting = m.MeetingRecord.get_or_none(m.MeetingRecord.id == meeting_id)
        if meeting is None:
            raise UserError(f"meeting {meeting_id} no longer exists")
        links["mentorship"] = links["mentorship"] or meeting.mentorship_id
    if links["goal"] is not None and links["mentorship"] is None:
        goal = m.GoalRecord.get_or_none(m.GoalRecord.id == links["goal"])
        links["mentorship"] = goal.mentorship_id if goal else None
    return links


def _task_mentorship(task: m.TaskRecord) -> int | None:
    """The mentorship a task serves: its goal's, else its contact's first one."""
    if task.goal_id and task.goal.mentorship_id:
        return task.goal.mentorship_id
    if task.contact_id:
        ship = m.MentorshipRecord.select().where(m.MentorshipRecord.contact == task.contact_id)
        first = ship.order_by(m.MentorshipRecord.id).first()
        return first.id if first else None
    return None


def time_items(zone: tzinfo | None = None) -> list[TimeItem]:
    """Every finished entry and every held meeting without entries, as time items."""
    logged = logged_items(zone)
    return logged + meeting_items(_held_meetings(), logged, zone)


def logged_items(zone: tzinfo | None = None) -> list[TimeItem]:
    """Every finished time entry as a time item (no meetings: quick to read)."""
    entry = m.TimeEntryRecord
    return [
        TimeItem(
            local_day(e.started_at, zone),
            e.minutes,
            e.task_id,
            e.goal_id,
            e.mentorship_id,
            e.meeting_id,
        )
        for e in entry.select().where(~entry.running)
    ]


def _item(e: m.TimeEntryRecord, zone: tzinfo | None) -> TimeItem:
    """One entry as a time item on its local day."""
    day = local_day(e.started_at, zone)
    return TimeItem(day, e.minutes, e.task_id, e.goal_id, e.mentorship_id, e.meeting_id)


def _minutes(meeting: m.MeetingRecord) -> int:
    """A meeting's length in whole minutes."""
    return int((meeting.ends_at - meeting.starts_at).total_seconds() // 60)


def _held_meetings() -> list[HeldMeeting]:
    """Every held occurrence (a one-off marked held, or a past one of a series), with minutes."""
    meeting = m.MeetingRecord
    first = meeting.select(fn.MIN(meeting.starts_at)).scalar()
    if first is None:
        return []
    now = datetime.now(UTC)
    ships = dict(meeting.select(meeting.id, meeting.mentorship).tuples())
    rows = list_occurrences(window_start=first, window_end=now, now=now)
    return [
        HeldMeeting(
            row.meeting_id,
            row.start,
            int((row.end - row.start).total_seconds() // 60),
            ships.get(row.meeting_id),
        )
        for row in rows
        if row.status == MeetingStatus.HELD.value
    ]


def weekly_time(by: TotalBy, zone: tzinfo | None = None) -> dict[tuple[date, int], int]:
    """Minutes per week and per task, goal or mentorship."""
    return weekly_totals(time_items(zone), by)
