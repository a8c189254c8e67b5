"""The plain-text agenda: upcoming meetings, tasks due, and people to reach out to."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from mentordesk.core.enums import MeetingStatus, TaskStatus
from mentordesk.services.calendar import OccurrenceRow, list_occurrences
from mentordesk.services.tasks import TaskRow, list_tasks
from mentordesk.services.today import reach_out

OPEN = (TaskStatus.TODO.value, TaskStatus.DOING.value)


def agenda_text(*, now: datetime, days: int, zone: ZoneInfo | None = None) -> str:
    """The agenda for the next `days` days as plain text, times in `zone` (default: local)."""
    today = now.astimezone(zone).date()
    meetings = [
        row
        for row in list_occurrences(
            window_start=now, window_end=now + timedelta(days=days), now=now
        )
        if row.status != MeetingStatus.CANCELLED.value
    ]
    tasks = [
        t
        for t in list_tasks()
        if t.status in OPEN and t.due and t.due <= today + timedelta(days=days)
    ]
    sections = [
        _section(f"Meetings in the next {days} days", [_meeting_line(r, zone) for r in meetings]),
        _section("Tasks due", [_task_line(t, today) for t in sorted(tasks, key=lambda t: t.due)]),
        _section(
            "Reach out to",
            [f"{r.name}: {r.reason} (due {_when(r.due, zone)})" for r in reach_out(now=now)],
        ),
    ]
    return "\n".join(sections)


def _section(title: str, lines: list[str]) -> str:
    """A titled block, with 'nothing' when empty."""
    body = "\n".join(f"  {line}" for line in lines) if lines else "  nothing"
    return f"{title}:\n{body}\n"


def _meeting_line(row: OccurrenceRow, zone: ZoneInfo | None) -> str:
    """One meeting: when (and their time when the zone differs), title, with whom."""
    line = f"{_when(row.start, zone)}  {row.title}"
    if (
        row.timezone
        and row.start.astimezone(ZoneInfo(row.timezone)).utcoffset()
        != row.start.astimezone(zone).utcoffset()
    ):
        line += f" ({row.start.astimezone(ZoneInfo(row.timezone)):%H:%M} {row.timezone})"
    return line + (f" with {row.attendees}" if row.attendees else "")


def _task_line(task: TaskRow, today: date) -> str:
    """One task: due date, overdue mark, title and goal."""
    mark = " OVERDUE" if task.due < today else ""
    goal = f" [{task.goal}]" if task.goal else ""
    return f"{task.due.isoformat()}{mark}  {task.title}{goal}"


def _when(value: datetime, zone: ZoneInfo | None) -> str:
    """An instant as 'Thu 2026-11-26 17:30' in the chosen zone."""
    return value.astimezone(zone).strftime("%a %Y-%m-%d %H:%M")
