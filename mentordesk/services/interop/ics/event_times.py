"""A meeting's stored wall times as the values icalendar writes: TZID, UTC (Z), floating, date."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from functools import lru_cache
from zoneinfo import ZoneInfo

from mentordesk.core.enums import TimeKind
from mentordesk.core.meeting_time import MeetingTime, Wall, parse_wall

UTC_ZONES = frozenset({"UTC", "Etc/UTC", "Z"})  # written with a Z, never with a VTIMEZONE


@lru_cache(maxsize=256)
def zone_info(zone: str):
    """The tzinfo a timed value carries: UTC itself for UTC (written as Z), else the IANA zone."""
    return UTC if zone in UTC_ZONES else ZoneInfo(zone)


def ical_value(wall: Wall, kind: TimeKind, zone: str) -> date | datetime:
    """One wall value in the form its kind is written: a date, a naive or an aware datetime."""
    if kind is TimeKind.ALL_DAY:
        return wall if not isinstance(wall, datetime) else wall.date()
    moment = wall if isinstance(wall, datetime) else datetime.combine(wall, time())
    if kind is TimeKind.FLOATING:
        return moment
    return moment.replace(tzinfo=zone_info(zone))


def start_and_end(when: MeetingTime) -> tuple[date | datetime, date | datetime]:
    """DTSTART and DTEND values of a meeting."""
    return ical_value(when.start, when.kind, when.zone), ical_value(when.end, when.kind, when.zone)


def series_value(text: str, series: MeetingTime) -> date | datetime:
    """Stored wall text of an occurrence (EXDATE, RECURRENCE-ID) in the series' kind and zone."""
    wall = parse_wall(text)
    if series.kind is not TimeKind.ALL_DAY and not isinstance(wall, datetime):
        wall = datetime.combine(wall, series.start.time())  # a date names that day's occurrence
    return ical_value(wall, series.kind, series.zone)


def rdate_values(texts: list[str], series: MeetingTime) -> tuple[list, list[MeetingTime]]:
    """RDATE values, and the occurrences a "start/end" period gives that differ in length.

    A period is written as its start (khal and others refuse VALUE=PERIOD); when it lasts
    other than the series, an override VEVENT (RECURRENCE-ID = the start) carries its end.
    """
    plain, longer = [], []
    for text in texts:
        first, _, last = text.partition("/")
        plain.append(series_value(first, series))
        if last:
            start, end = _wall(series_value(first, series)), _wall(series_value(last, series))
            if end - start != series.duration:
                longer.append(MeetingTime(series.kind, start, end, series.zone))
    return plain, longer


def _wall(value: date | datetime) -> Wall:
    """A naive wall value (aware datetimes lose their zone)."""
    return value.replace(tzinfo=None) if isinstance(value, datetime) else value


def used_zone(kind: str, zone: str) -> str:
    """The zone a VTIMEZONE must describe for a stored meeting, or "" (UTC, floating, all-day)."""
    if kind == TimeKind.TIMED.value and zone not in UTC_ZONES:
        return zone or ""
    return ""
