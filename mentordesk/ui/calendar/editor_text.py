"""Words of the meeting editor: each person's time in their zone, and the warnings."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale

from mentordesk.core.availability import WarningCode
from mentordesk.core.enums import TimeKind
from mentordesk.core.meeting_time import MeetingTime
from mentordesk.services.calendar.find_time import MeetingWarning
from mentordesk.ui.calendar.contact_picker import ContactPicker
from mentordesk.ui.format import fmt_time, fmt_wall


def _tr(text: str) -> str:
    """Translate an editor phrase."""
    return QCoreApplication.translate("", text)


def warning_text(warning: MeetingWarning, my_zone: str) -> str:
    """One warning in words."""
    if warning.code is WarningCode.OUTSIDE_WINDOW:
        return _tr("Outside {0}'s availability ({1})").format(
            warning.contact_name, warning.contact_zone
        )
    start = warning.other_start.astimezone(ZoneInfo(my_zone))
    end = warning.other_end.astimezone(ZoneInfo(my_zone))
    return _tr("Overlaps “{0}”, {1}–{2}").format(
        warning.other_title, fmt_wall(start), fmt_time(end)
    )


def zones_text(when: MeetingTime | None, my_zone: str, people: ContactPicker) -> str:
    """Lines of "who (zone): time"."""
    if when is None:
        return ""
    if when.kind is TimeKind.ALL_DAY:
        return _tr("All day, wherever each person is.")
    if when.kind is TimeKind.FLOATING:
        return _tr("At {0} on each person's own clock.").format(fmt_time(when.start))
    start, end = when.start_utc(), when.end_utc()
    lines = [_tr("You ({0}): {1}").format(my_zone, _span(start, end, my_zone))]
    for contact_id in people.picked():
        name, zone = people.names[contact_id], people.zones[contact_id]
        if zone:
            lines.append(f"{name} ({zone}): {_span(start, end, zone)}")
        else:
            lines.append(_tr("{0}: time zone unknown").format(name))
    return "\n".join(lines)


def _span(start: datetime, end: datetime, zone: str) -> str:
    """A meeting's start and end on one zone's clock: "Thu 2026-12-03 17:30–18:00"."""
    tz = ZoneInfo(zone)
    local_start, local_end = start.astimezone(tz), end.astimezone(tz)
    day = _weekday(local_start)
    if local_end.date() != local_start.date():
        return f"{day} {fmt_wall(local_start)} – {_weekday(local_end)} {fmt_wall(local_end)}"
    return f"{day} {fmt_wall(local_start)}–{fmt_time(local_end)}"


def _weekday(moment: datetime) -> str:
    """The short weekday name of a date, in the user's language ("Thu")."""
    return QLocale().dayName(moment.isoweekday(), QLocale.FormatType.ShortFormat)
