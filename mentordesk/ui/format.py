"""Dates, times and durations as the user's locale writes them."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from mentordesk.core.enums import TimeKind
from mentordesk.services.calendar.occurrences import OccurrenceRow
from mentordesk.services.tasks.listing import TaskRow


def _tr(text: str) -> str:
    """Translate a formatting phrase."""
    return QCoreApplication.translate("", text)


def _uses_c_locale() -> bool:
    """True when no language is configured (LANG=C): then dates are written as ISO 8601."""
    return QLocale().language() == QLocale.Language.C


_DATE, _DATE_TIME = "date", "datetime"


def _full_year(kind: str) -> str:
    """The locale's short date (and time) format with a four-digit year: 28.11.2026, 11/28/2026."""
    locale, short = QLocale(), QLocale.FormatType.ShortFormat
    pattern = locale.dateFormat(short) if kind == _DATE else locale.dateTimeFormat(short)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def fmt_date(value: date | None) -> str:
    """A short localized date, or an empty string."""
    if value is None:
        return ""
    if _uses_c_locale():
        return value.isoformat()
    return QLocale().toString(QDate(value.year, value.month, value.day), _full_year(_DATE))


def fmt_datetime(value: datetime | None, zone: str | None = None) -> str:
    """A short localized date and time, in `zone` if given, else in the computer's zone."""
    if value is None:
        return ""
    return fmt_wall(value.astimezone(ZoneInfo(zone)) if zone else value.astimezone())


def fmt_wall(local: datetime) -> str:
    """A short localized date and time of a wall time, as it is (no zone conversion)."""
    if _uses_c_locale():
        return local.strftime("%Y-%m-%d %H:%M")
    stamp = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(stamp, _full_year(_DATE_TIME))


def fmt_time(value: datetime) -> str:
    """A short localized time of day."""
    if _uses_c_locale():
        return value.strftime("%H:%M")
    return QLocale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)


def fmt_minutes(minutes: int | None) -> str:
    """Minutes as '1 h 30 min', '45 min' or ''."""
    if not minutes:
        return ""
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return f"{hours} h {rest} min"
    return f"{hours} h" if hours else f"{rest} min"


def fmt_percent(share: float) -> str:
    """A share of one as a whole percentage."""
    return f"{round(share * 100)} %"


def when_text(row: OccurrenceRow) -> str:
    """The start in the user's zone, plus the planning zone's wall time when it differs."""
    time = row.time
    if time.kind is TimeKind.ALL_DAY:
        return _tr("{0} (all day)").format(fmt_date(time.start))
    if time.kind is TimeKind.FLOATING:
        return fmt_wall(time.start)
    mine = fmt_datetime(row.start)
    local = row.start.astimezone(ZoneInfo(time.zone))
    if local.utcoffset() == row.start.astimezone().utcoffset():
        return mine
    city = time.zone.rsplit("/", 1)[-1].replace("_", " ")
    return _tr("{0} ({1} in {2})").format(mine, fmt_time(local), city)


def due_text(row: TaskRow, today: date) -> str:
    """The due date, marked when it has passed on an open task."""
    text = fmt_date(row.due)
    return _tr("{0} (overdue)").format(text) if row.is_overdue(today) else text


def sentence(text: str) -> str:
    """An error line as a sentence: first letter up (unlike str.capitalize, 'OS' stays 'OS')."""
    return text[:1].upper() + text[1:]
