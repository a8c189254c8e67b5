"""expand() against recurring-ical-events on generated rules, zones and exceptions.

Every occurrence is compared as a UTC instant, across DST changes in both hemispheres.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import recurring_ical_events
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from mentordesk.core.meeting_time import MeetingTime, expand, format_wall
from mentordesk.core.recurrence import WEEKDAY_CODES

ZONES = (
    "Australia/Sydney",
    "America/Sao_Paulo",
    "Europe/Berlin",
    "America/New_York",
    "Asia/Kolkata",
)
FREQS = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")


@st.composite
def rules(draw: st.DrawFn, start: datetime) -> str:
    """An RRULE with FREQ, INTERVAL, COUNT/UNTIL, BYDAY (ordinals too), BYMONTHDAY, …"""
    freq = draw(st.sampled_from(FREQS))
    parts = [f"FREQ={freq}", f"INTERVAL={draw(st.integers(1, 3))}"]
    end = draw(st.sampled_from(["none", "count", "until"]))
    if end == "count":
        parts.append(f"COUNT={draw(st.integers(1, 30))}")
    if end == "until":
        until = start + timedelta(days=draw(st.integers(0, 500)), hours=draw(st.integers(-24, 24)))
        parts.append(f"UNTIL={until.astimezone(UTC):%Y%m%dT%H%M%SZ}")
    days = draw(st.lists(st.sampled_from(WEEKDAY_CODES), max_size=3, unique=True))
    if freq in ("MONTHLY", "YEARLY") and draw(st.booleans()):
        ordinal = draw(st.sampled_from([1, 2, 3, 4, -1, -2]))
        days = [f"{ordinal}{day}" for day in days]
    if days:
        parts.append(f"BYDAY={','.join(days)}")
    if freq != "WEEKLY" and draw(st.booleans()):
        month_days = st.integers(1, 31) | st.integers(-3, -1)
        parts.append(f"BYMONTHDAY={draw(month_days)}")
    if freq in ("YEARLY", "MONTHLY", "DAILY") and draw(st.booleans()):
        months = draw(st.lists(st.integers(1, 12), min_size=1, max_size=3, unique=True))
        parts.append(f"BYMONTH={','.join(map(str, sorted(months)))}")
    if days and not days[0][0].isdigit() and draw(st.booleans()):
        parts.append(f"BYSETPOS={draw(st.sampled_from([1, 2, -1]))}")
    if draw(st.booleans()):
        parts.append(f"WKST={draw(st.sampled_from(WEEKDAY_CODES))}")
    return ";".join(parts)


@st.composite
def series(draw: st.DrawFn) -> dict[str, object]:
    """A timed series: zone, wall start, rule, exceptions, and a UTC window to compare in."""
    zone = draw(st.sampled_from(ZONES))
    start = draw(
        st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2028, 12, 31))
    ).replace(second=0, microsecond=0)
    start = start.replace(minute=start.minute // 15 * 15)
    rule = draw(rules(start))
    shifts = st.lists(st.integers(1, 60), max_size=3, unique=True)
    exdates = [start + timedelta(weeks=n) for n in draw(shifts)]
    # Seven hours off the start: recurring-ical-events drops an RDATE whose wall time equals an
    # EXDATE's time in UTC (found with +3 h in America/Sao_Paulo, UTC-3; RFC 5545 matches exact
    # instants, as we do), and no zone here is 7 hours behind UTC.
    rdates = [start + timedelta(days=n, hours=7) for n in draw(shifts)]
    offset = timedelta(days=draw(st.integers(-30, 2000)))
    begin = start.replace(tzinfo=UTC) + offset
    window = (begin, begin + timedelta(days=draw(st.integers(1, 400))))
    return {"zone": zone, "start": start, "rule": rule, "exdates": exdates, "rdates": rdates,
            "window": window}  # fmt: skip


def _ics(case: dict[str, object]) -> str:
    """The series as an iCalendar VEVENT with TZID times."""
    zone, start = case["zone"], case["start"]

    def stamp(name: str, wall: datetime) -> str:
        return f"{name};TZID={zone}:{wall:%Y%m%dT%H%M%S}"

    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//MentorDesk//oracle test//EN",
        "BEGIN:VEVENT",
        "UID:oracle@example.org",
        "DTSTAMP:20260101T000000Z",
        stamp("DTSTART", start),
        stamp("DTEND", start + timedelta(minutes=45)),
        f"RRULE:{case['rule']}",
        *[stamp("EXDATE", wall) for wall in case["exdates"]],
        *[stamp("RDATE", wall) for wall in case["rdates"]],
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


def _oracle(case: dict[str, object]) -> list[datetime]:
    """recurring-ical-events' occurrence starts (UTC) starting inside the window."""
    low, high = case["window"]
    calendar = Calendar.from_ical(_ics(case))
    found = recurring_ical_events.of(calendar).between(low - timedelta(days=2), high)
    starts = {event["DTSTART"].dt.astimezone(UTC) for event in found}
    return sorted(start for start in starts if low <= start < high)


def _ours(case: dict[str, object]) -> list[datetime]:
    """expand()'s occurrence starts (UTC) in the window."""
    low, high = case["window"]
    start = case["start"]
    meeting = MeetingTime.timed(start, start + timedelta(minutes=45), case["zone"])
    found = expand(
        meeting,
        case["rule"],
        window_start=low,
        window_end=high,
        exdates=[format_wall(x) for x in case["exdates"]],
        rdates=[format_wall(x) for x in case["rdates"]],
    )
    return [x.start_utc() for x in found]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(series())
def test_expand_agrees_with_recurring_ical_events(case: dict[str, object]) -> None:
    assert _ours(case) == _oracle(case), _ics(case)


def test_the_oracle_sees_a_dst_change_in_the_southern_hemisphere() -> None:
    """Sydney leaves summer time on 4 April 2027: 09:00 moves from 22:00 to 23:00 UTC."""
    case = {
        "zone": "Australia/Sydney",
        "start": datetime(2027, 3, 29, 9),
        "rule": "FREQ=WEEKLY;COUNT=2",
        "exdates": [],
        "rdates": [],
        "window": (datetime(2027, 3, 1, tzinfo=UTC), datetime(2027, 5, 1, tzinfo=UTC)),
    }
    expected = [datetime(2027, 3, 28, 22, tzinfo=UTC), datetime(2027, 4, 4, 23, tzinfo=UTC)]
    assert _ours(case) == _oracle(case) == expected
