"""The VALARM every exported meeting carries, so calendar apps remind while MentorDesk is closed."""

from __future__ import annotations

from datetime import timedelta

from icalendar import Alarm

from mentordesk.core.reminder_defaults import reminder_minutes


def display_alarm(title: str, minutes: int | None) -> Alarm:
    """A DISPLAY alarm `minutes` before the start (the default when the meeting has none)."""
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", timedelta(minutes=-reminder_minutes(minutes)))
    alarm.add("description", title or "Meeting")
    return alarm
