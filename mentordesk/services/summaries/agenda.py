"""The plain-text agenda: upcoming meetings, tasks due, and people to reach out to."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from mentordesk.core.enums import TimeKind
from mentordesk.services.calendar.occurrences import OccurrenceRow, upcoming
from mentordesk.services.contacts.attention import AttentionReason, occurrences_around
from mentordesk.services.summaries.today import reach_out
from mentordesk.services.tasks.listing import TaskRow, list_tasks

REASON_TEXTS = {
    AttentionReason.FOLLOW_UP: "No reply yet: follow up",
    AttentionReason.STAY_IN_TOUCH: "Time to stay in touch",
}


def agenda_text(*, now: datetime, days: int, zone: ZoneInfo | None = None) -> str:
    """The agenda for the next `days` days as plain text, times in `zone` (default: local)."""
    today = now.astimezone(zone).date()
    ahead = timedelta(days=days)
    occurrences = occurrences_around(now=now, ahead=ahead)
    meetings = upcoming(occurrences, now=now, until=now + ahead)
    tasks = sorted(list_tasks(open_only=True, due_by=today + ahead), key=lambda t: t.due)
    reach = reach_out(now=now, occurrences=occurrences)
    sections = [
        _section(f"Meetings in the next {days} days", [_meeting_line(r, zone) for r in meetings]),
        _section("Tasks due", [_task_line(t, today) for t in tasks]),
        _section(
            "Reach out to",
            [f"{r.name}: {REASON_TEXTS[r.reason]} (due {_when(r.due, zone)})" for r in reach],
        ),
    ]
    return "\n".join(sections)


def _section(title: str, lines: list[str]) -> str:
    """A titled block, with 'nothing' when empty."""
    body = "\n".join(f"  {line}" for line in lines) if lines else "  nothing"
    return f"{title}:\n{body}\n"


def _meeting_line(row: OccurrenceRow, zone: ZoneInfo | None) -> str:
    """One meeting: when, title, and whoever the title does not name already."""
    others = _not_named_in(row.title, row.attendees.split(", ") if row.attendees else [])
    with_whom = f" with {', '.join(others)}" if others else ""
    return f"{_meeting_when(row, zone)}  {row.title}{with_whom}"


def _not_named_in(title: str, names: list[str]) -> list[str]:
    """The names whose first name is not a word of the title ("… with Jordan" names Jordan)."""
    words = {word.strip(".,:;!?()").casefold() for word in title.split()}
    return [name for name in names if name.split()[0].casefold() not in words]


def _meeting_when(row: OccurrenceRow, zone: ZoneInfo | None) -> str:
    """The start in `zone` (and the planning zone's when it differs); all-day and floating as is."""
    time = row.time
    if time.kind is TimeKind.ALL_DAY:
        return f"{time.start:%a %Y-%m-%d} (all day)"
    if time.kind is TimeKind.FLOATING:
        return f"{time.start:%a %Y-%m-%d %H:%M}"
    when = _when(row.start, zone)
    theirs = row.start.astimezone(ZoneInfo(time.zone))
    if theirs.utcoffset() == row.start.astimezone(zone).utcoffset():
        return when
    return f"{when} ({theirs:%H:%M} {time.zone})"


def _task_line(task: TaskRow, today: date) -> str:
    """One task: due date, overdue mark, title and goal."""
    mark = " OVERDUE" if task.due < today else ""
    goal = f" [{task.goal}]" if task.goal else ""
    return f"{task.due.isoformat()}{mark}  {task.title}{goal}"


def _when(value: datetime, zone: ZoneInfo | None) -> str:
    """An instant as 'Thu 2026-11-26 17:30' in the chosen zone."""
    return value.astimezone(zone).strftime("%a %Y-%m-%d %H:%M")
