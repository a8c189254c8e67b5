"""What an imported event carries beyond the modelled fields: a reminder, and unknown lines."""

from __future__ import annotations

from datetime import timedelta

from icalendar import Event

# Properties the meeting record models (or that are rebuilt on export): not kept verbatim.
MODELLED = frozenset(
    [
        "BEGIN",
        "END",
        "UID",
        "DTSTAMP",
        "DTSTART",
        "DTEND",
        "DURATION",
        "SUMMARY",
        "DESCRIPTION",
        "LOCATION",
        "URL",
        "RRULE",
        "RDATE",
        "EXDATE",
        "EXRULE",
        "RECURRENCE-ID",
        "SEQUENCE",
        "STATUS",
        "ORGANIZER",
        "ATTENDEE",
        "CREATED",
        "LAST-MODIFIED",
        "X-LIC-ERROR",
    ]
)
CRLF = "\r\n"


def extra_lines(comp: Event) -> str:
    """The event's unmodelled properties as folded content lines, in file order."""
    lines = []
    for name, value in comp.property_items(recursive=False, sorted=False):
        if name.upper() not in MODELLED:
            lines.append(comp.content_line(name, value, sorted=False).to_ical().decode())
    return CRLF.join(lines)


def reminder_minutes(comp: Event) -> int | None:
    """Minutes before the start of the first alarm that is set relative to the start."""
    for alarm in comp.walk("VALARM"):
        trigger = alarm.get("TRIGGER")
        value = getattr(trigger, "dt", None)
        related = str(getattr(trigger, "params", {}).get("RELATED", "START")).upper()
        if isinstance(value, timedelta) and value <= timedelta(0) and related == "START":
            return int(-value.total_seconds() // 60)
    return None
