"""due_reminders: start minus reminder minutes in (since, until], cancelled left out."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from mentordesk.core.meeting_time import MeetingTime
from mentordesk.db import models as m
from mentordesk.services.calendar.reminders import DEFAULT_REMINDER_MINUTES, due_reminders


def _meeting(title: str, start: datetime, **fields) -> m.MeetingRecord:
    """A meeting at a UTC wall time, an hour long, saved."""
    record = m.MeetingRecord(title=title, **fields)
    record.when = MeetingTime.timed(start, start + timedelta(hours=1), "UTC")
    record.save()
    return record


def _at(hour: int, minute: int, second: int = 0) -> datetime:
    return datetime(2027, 3, 10, hour, minute, second, tzinfo=UTC)


def _titles(since: datetime, until: datetime) -> list[str]:
    return [r.occurrence.title for r in due_reminders(since, until)]


def test_the_reminder_falls_due_once_in_half_open_spans(database):
    _meeting("Call", datetime(2027, 3, 10, 10, 30), reminder_minutes=10)  # remind at 10:20
    assert _titles(_at(10, 19, 30), _at(10, 20)) == ["Call"]
    assert _titles(_at(10, 20), _at(10, 20, 30)) == []
    assert _titles(_at(10, 19), _at(10, 19, 59)) == []
    [reminder] = due_reminders(_at(10, 0), _at(10, 25))
    assert (reminder.minutes, reminder.remind_at) == (10, _at(10, 20))


def test_default_minutes_and_long_reminders(database):
    assert DEFAULT_REMINDER_MINUTES == 15
    _meeting("Default", datetime(2027, 3, 10, 11, 0))
    _meeting("Day before", datetime(2027, 3, 11, 11, 0), reminder_minutes=24 * 60)
    assert _titles(_at(10, 44), _at(10, 45)) == ["Default"]
    assert _titles(_at(10, 59), _at(11, 0)) == ["Day before"]


def test_cancelled_occurrences_are_left_out(database):
    _meeting("Called off", datetime(2027, 3, 10, 11, 0), status="cancelled")
    series = _meeting("Weekly", datetime(2027, 3, 3, 11, 0), rrule="FREQ=WEEKLY")
    _meeting(
        "Weekly",
        datetime(2027, 3, 17, 11, 0),
        recurrence_of=series,
        recurrence_id="2027-03-17T11:00:00",
        status="cancelled",
    )
    assert _titles(_at(10, 40), _at(10, 50)) == ["Weekly"]  # the 10 March occurrence
    later = datetime(2027, 3, 17, 10, 40, tzinfo=UTC)
    assert _titles(later, later + timedelta(minutes=10)) == []


def test_an_override_without_minutes_uses_its_series(database):
    series = _meeting(
        "Weekly", datetime(2027, 3, 3, 11, 0), rrule="FREQ=WEEKLY", reminder_minutes=60
    )
    _meeting(
        "Weekly",
        datetime(2027, 3, 10, 14, 0),
        recurrence_of=series,
        recurrence_id="2027-03-10T11:00:00",
    )
    [reminder] = due_reminders(_at(12, 30), _at(13, 30))
    assert reminder.remind_at == _at(13, 0) and reminder.occurrence.moved


def test_no_reminder_never_falls_due_and_none_means_the_default(database):
    from mentordesk.core.reminder_defaults import NO_REMINDER

    _meeting("Quiet", datetime(2027, 3, 10, 11, 0), reminder_minutes=NO_REMINDER)
    _meeting("Default", datetime(2027, 3, 10, 11, 30))
    assert _titles(_at(10, 0), _at(11, 30)) == ["Default"]
