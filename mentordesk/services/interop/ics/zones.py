"""Time zones of imported events as IANA names: as they are, from Windows names, or by rules.

Windows names ("W. Europe Standard Time") go through icalendar's own CLDR mapping. A custom
VTIMEZONE is matched to the IANA zone with the same UTC offsets over the event's span; when
none matches, the caller keeps the times as UTC instants.
"""

from __future__ import annotations

import functools
import re
import zoneinfo
from datetime import UTC, datetime, timedelta, timezone, tzinfo

from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

UTC_NAMES = {"UTC", "Etc/UTC", "GMT", "Etc/GMT", "Z", "Etc/Universal", "Etc/Zulu"}
SAMPLE_STEP = timedelta(hours=6)
MATCH_SPAN = timedelta(days=366)


@functools.cache
def iana_zones() -> frozenset[str]:
    """Every IANA zone name this computer knows."""
    return frozenset(zoneinfo.available_timezones())


def iana_name(tzid: str) -> str | None:
    """The IANA zone a TZID names: itself, a Windows name's zone, or a vendor-prefixed one."""
    clean = tzid.strip().strip('"').strip("/")
    if clean in UTC_NAMES:
        return "UTC"
    if clean in iana_zones():
        return clean
    if clean in WINDOWS_TO_OLSON:
        return WINDOWS_TO_OLSON[clean]
    parts = clean.split("/")
    for first in range(1, len(parts)):  # "/softwarestudio.org/Olson_2001/Europe/Berlin"
        if "/".join(parts[first:]) in iana_zones():
            return "/".join(parts[first:])
    return None


def zone_of(tzid: str, tz: tzinfo | None, moment: datetime) -> str | None:
    """The IANA name for a value's zone, or None when only its UTC instant can be kept."""
    key = getattr(tz, "key", None)
    if key and key in iana_zones():
        return "UTC" if key in UTC_NAMES else key
    if tz is UTC or isinstance(tz, timezone):
        return "UTC" if tz.utcoffset(None) == timedelta(0) else None
    return iana_name(tzid) if tzid else None


def matching_zone(tzid: str, tz: tzinfo, start: datetime) -> str | None:
    """The IANA zone whose offsets equal a custom zone's over a year from `start`, if any."""
    samples = [start.astimezone(UTC) + SAMPLE_STEP * i for i in range(MATCH_SPAN // SAMPLE_STEP)]
    wanted = [moment.astimezone(tz).utcoffset() for moment in samples]
    candidates = sorted(iana_zones())
    for moment, offset in zip(samples, wanted, strict=True):
        candidates = [c for c in candidates if _offset(c, moment) == offset]
        if not candidates:
            return None
    return _preferred(tzid, candidates)


def _offset(name: str, moment: datetime) -> timedelta | None:
    """The UTC offset of an IANA zone at an instant."""
    return moment.astimezone(zoneinfo.ZoneInfo(name)).utcoffset()


def _preferred(tzid: str, candidates: list[str]) -> str:
    """A zone named in the TZID ("Canberra, Melbourne, Sydney"), a Windows default, or the first."""
    words = {w.casefold() for w in re.findall(r"[A-Za-z]+", tzid) if len(w) > 3}
    named = [c for c in candidates if c.rsplit("/", 1)[-1].casefold() in words]
    defaults = set(WINDOWS_TO_OLSON.values())
    canonical = [c for c in candidates if c in defaults and "/" in c]
    return (named or canonical or [c for c in candidates if "/" in c] or candidates)[0]
