"""The VALARM an exported meeting carries (none when it asks for no reminder)."""

from __future__ import annotations

from datetime import timedelta

from icalendar import Alarm

from mentordesk.core.reminder_defaults import reminder_minutes


def display_alarm(title: str, minutes: int | None) -> Alarm | None:
    """A DISPLAY alarm `minutes` before the start (default when None); None for no reminder."""
    before = reminder_minutes(minutes)
    if before is None:
        return None
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", timedelta(minutes=-before))
    alarm.add("description", title or "Meeting")
    return alarm
