"""A clashing field in plain words: what the property is, and its values for this locale."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication

from mentordesk.core.enums import MeetingStatus
from mentordesk.ui.format import fmt_date, fmt_datetime, fmt_minutes, fmt_wall
from mentordesk.ui.labels import label


def _tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """Translate in the empty context (lupdate reads `_tr` as a bare `tr`)."""
    return QCoreApplication.translate("", text, disambiguation, n)


def field_names() -> dict[str, str]:
    """Property names (vCard and iCalendar) to the words a person uses for them."""
    return {
        "FN": _tr("Name"),
        "N": _tr("Name (parts)"),
        "ORG": _tr("Organisation"),
        "TITLE": _tr("Role"),
        "ROLE": _tr("Role"),
        "EMAIL": _tr("Email"),
        "TEL": _tr("Phone"),
        "ADR": _tr("Address"),
        "BDAY": _tr("Birthday"),
        "NOTE": _tr("Notes"),
        "URL": _tr("Web address"),
        "NICKNAME": _tr("Nickname"),
        "TZ": _tr("Time zone"),
        "PHOTO": _tr("Photo"),
        "SUMMARY": _tr("Title"),
        "DTSTART": _tr("Starts"),
        "DTEND": _tr("Ends"),
        "DURATION": _tr("Duration"),
        "LOCATION": _tr("Place"),
        "DESCRIPTION": _tr("Description"),
        "RRULE": _tr("Repeats"),
        "EXDATE": _tr("Skipped occurrences"),
        "RDATE": _tr("Extra occurrences"),
        "ATTENDEE": _tr("People"),
        "ORGANIZER": _tr("Organiser"),
        "STATUS": _tr("Status"),
        "X-MENTORDESK-STATUS": _tr("Meeting status"),
        "VALARM": _tr("Reminder"),
        "CATEGORIES": _tr("Tags"),
        "DUE": _tr("Due date"),
        "PRIORITY": _tr("Priority"),
        "PERCENT-COMPLETE": _tr("Progress"),
        "COMPLETED": _tr("Completed"),
    }


def status_words() -> dict[str, str]:
    """iCalendar STATUS codes of events and to-dos in words."""
    return {
        "CONFIRMED": _tr("Confirmed"),
        "TENTATIVE": _tr("Tentative"),
        "CANCELLED": _tr("Cancelled"),
        "NEEDS-ACTION": _tr("To do"),
        "IN-PROCESS": _tr("Doing"),
        "COMPLETED": _tr("Done"),
    }


def kind_word(kind: str) -> str:
    """'contact', 'meeting' or 'task' in the user's language."""
    return {"contact": _tr("contact"), "meeting": _tr("meeting"), "task": _tr("task")}.get(
        kind, kind
    )


def field_label(field) -> str:
    """A field's name; on an overridden occurrence, which one ("Starts (on 3.12.2026)")."""
    name = field_names().get(field.name, field.name.title())
    if field.occurrence is None:
        return name
    return _tr("%1 (on %2)").replace("%1", name).replace("%2", value_text(field.occurrence))


def values_text(field, values: tuple) -> str:
    """A side's values joined, or "(empty)" when that side has none."""
    if not values:
        return _tr("(empty)")
    return ", ".join(_value_word(field.name, v) for v in values)


def _value_word(name: str, value) -> str:
    """One value; codes of a status in words."""
    if name == "STATUS" and isinstance(value, str):
        return status_words().get(value.upper(), value)
    if name == "X-MENTORDESK-STATUS":
        return label(MeetingStatus, value)
    return value_text(value)


def value_text(value) -> str:
    """A decoded value for this locale: dates, times, reminders before the start, text."""
    if isinstance(value, datetime):
        return fmt_datetime(value) if value.tzinfo else fmt_wall(value)
    if isinstance(value, date):
        return fmt_date(value)
    if isinstance(value, timedelta):
        minutes = round(abs(value.total_seconds()) / 60)
        text = _tr("%1 before") if value <= timedelta(0) else _tr("%1 after")
        return text.replace("%1", fmt_minutes(minutes) or "0 min")
    return str(value)


def history_words(kept: tuple[tuple[str, int], ...]) -> str:
    """What a kept record holds, in words: "3 interactions, 1 task, notes"."""
    words = {
        "interaction": lambda n: _tr("%n interaction(s)", "", n),
        "mentorship": lambda n: _tr("%n mentorship(s)", "", n),
        "task": lambda n: _tr("%n task(s)", "", n),
        "time entry": lambda n: _tr("%n time entry(s)", "", n),
        "notes": lambda n: _tr("notes"),
    }
    return ", ".join(words[what](n) if what in words else what for what, n in kept)
