"""VTIMEZONE components for the zones an export uses, built once per zone and span of years."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import lru_cache

from icalendar import Timezone

LAST_YEAR = 2038  # zone rules after this are what clients know anyway; icalendar's own default


@lru_cache(maxsize=128)
def vtimezone(zone: str, first_year: int, last_year: int) -> Timezone:
    """The VTIMEZONE of an IANA zone covering the years (slow to build, hence cached)."""
    return Timezone.from_tzid(
        zone, first_date=date(first_year, 1, 1), last_date=date(last_year + 1, 1, 1)
    )


def vtimezones(zones: Iterable[str], first_year: int, last_year: int) -> list[Timezone]:
    """One VTIMEZONE per zone, in name order."""
    last = max(last_year, LAST_YEAR)
    return [vtimezone(zone, first_year, last) for zone in sorted(set(zones) - {""})]
