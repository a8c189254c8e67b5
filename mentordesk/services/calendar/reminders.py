"""Meeting reminders: which occurrences should be announced in a span of time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from peewee import JOIN, fn

from mentordesk.core.enums import MeetingStatus
from mentordesk.core.reminder_defaults import DEFAULT_REMINDER_MINUTES, reminder_minutes
from mentordesk.db import models as m
from mentordesk.services.calendar.occurrences import OccurrenceRow, list_occurrences


@dataclass(frozen=True)
class Reminder:
    """One occurrence to announce, `minutes` before it starts."""

    occurrence: OccurrenceRow
    minutes: int
    remind_at: datetime  # UTC

    @property
    def key(self) -> tuple[int, datetime]:
        """Names this reminder once, however often it is found."""
        return self.occurrence.meeting_id, self.occurrence.start


def due_reminders(since: datetime, until: datetime) -> list[Reminder]:
    """The reminders whose time (start minus reminder minutes) falls in (since, until].

    Cancelled occurrences and meetings with NO_REMINDER are left out; a meeting without a
    reminder of its own uses DEFAULT_REMINDER_MINUTES, an override without one its series'.
    In reminder order.
    """
    lead = timedelta(minutes=max(DEFAULT_REMINDER_MINUTES, _longest_reminder(), 0))
    rows = list_occurrences(
        window_start=since, window_end=until + lead + timedelta(seconds=1), now=until
    )
    minutes = _reminder_minutes({row.meeting_id for row in rows})
    found = []
    for row in rows:
        before = reminder_minutes(minutes.get(row.meeting_id))
        if before is None:
            continue
        remind_at = row.start - timedelta(minutes=before)
        if row.status != MeetingStatus.CANCELLED.value and since < remind_at <= until:
            found.append(Reminder(occurrence=row, minutes=before, remind_at=remind_at))
    return sorted(found, key=lambda reminder: (reminder.remind_at, reminder.key))


def _longest_reminder() -> int:
    """The longest reminder any meeting asks for, in minutes (0 when none does)."""
    return m.MeetingRecord.select(fn.MAX(m.MeetingRecord.reminder_minutes)).scalar() or 0


def _reminder_minutes(meeting_ids: set[int]) -> dict[int, int]:
    """Each meeting's reminder minutes, an override falling back on its series'."""
    meeting, series = m.MeetingRecord, m.MeetingRecord.alias()
    query = (
        meeting.select(meeting.id, meeting.reminder_minutes, series.reminder_minutes)
        .join(series, join_type=JOIN.LEFT_OUTER, on=(meeting.recurrence_of == series.id))
        .where(meeting.id.in_(list(meeting_ids)))
        .tuples()
    )
    return {
        meeting_id: own if own is not None else inherited
        for meeting_id, own, inherited in query
        if own is not None or inherited is not None
    }
