"""Smart task lists (Today, Overdue, This week, Waiting on my mentor) as pure rules."""

from __future__ import annotations

from datetime import date, timedelta

from mentordesk.core.enums import Party, TaskStatus, TextEnum

OPEN_STATUSES = frozenset({TaskStatus.TODO.value, TaskStatus.DOING.value})


class SmartList(TextEnum):
    """A list computed from the tasks' dates and state rather than chosen by hand."""

    TODAY = "today"
    OVERDUE = "overdue"
    THIS_WEEK = "this_week"
    WAITING = "waiting"

    @property
    def label(self) -> str:
        """A human label for the list."""
        return {
            "today": "Today",
            "overdue": "Overdue",
            "this_week": "This week",
            "waiting": "Waiting on my mentor",
        }[self.value]


def is_open(status: str) -> bool:
    """True for a task still to be done (to do or doing)."""
    return status in OPEN_STATUSES


def week_end(today: date) -> date:
    """The Sunday that ends today's ISO week (Monday to Sunday)."""
    return today + timedelta(days=6 - today.weekday())


def in_smart_list(
    smart: SmartList, *, status: str, due: date | None, waiting_on: str, today: date
) -> bool:
    """True when an open task belongs to the smart list on `today`."""
    # Today: due today. Overdue: due before today. This week: from today to Sunday.
    # Waiting on my mentor: marked as waiting on the other side, whatever its date.
    if not is_open(status):
        return False
    if smart is SmartList.WAITING:
        return waiting_on == Party.THEM.value
    if due is None:
        return False
    if smart is SmartList.TODAY:
        return due == today
    if smart is SmartList.OVERDUE:
        return due < today
    return today <= due <= week_end(today)


def smart_counts(tasks, *, today: date) -> dict[SmartList, int]:
    """How many tasks each smart list holds; `tasks` have status, due and waiting_on."""
    return {
        smart: sum(
            in_smart_list(smart, status=t.status, due=t.due, waiting_on=t.waiting_on, today=today)
            for t in tasks
        )
        for smart in SmartList
    }
