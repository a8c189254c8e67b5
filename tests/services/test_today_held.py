"""Today's latest held meetings (walking back from now) match a whole year of occurrences."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from mentordesk.core.enums import Direction, InteractionKind, MeetingStatus
from mentordesk.core.meeting_time import MeetingTime, expand, format_wall
from mentordesk.db import models as m
from mentordesk.services.calendar.held import latest_held
from mentordesk.services.calendar.occurrences import list_occurrences
from mentordesk.services.contacts.attention import (
    HELD_LOOKBACK,
    meeting_activity,
    occurrences_around,
)
from mentordesk.services.contacts.records import add_contact
from mentordesk.services.summaries.today import reach_out, recent_activity

NOW = datetime(2026, 11, 28, 12, 30, tzinfo=UTC)
ZONES = ["Europe/Berlin", "America/New_York", "UTC"]
STATUSES = [s.value for s in MeetingStatus]
RULES = ["FREQ=WEEKLY", "FREQ=DAILY;INTERVAL=9", "FREQ=WEEKLY;COUNT=6", "FREQ=MONTHLY"]


def _meeting(rng: random.Random, start: datetime, **fields) -> m.MeetingRecord:
    """A timed meeting at a random zone's wall time `start`, saved."""
    record = m.MeetingRecord(title="Meeting", **fields)
    minutes = rng.choice([30, 60, 600])
    record.when = MeetingTime.timed(start, start + timedelta(minutes=minutes), rng.choice(ZONES))
    record.save()
    return record


def _attend(rng: random.Random, meeting: m.MeetingRecord, contacts: list[int]) -> None:
    """Zero to two attendees."""
    for contact in rng.sample(contacts, rng.randint(0, 2)):
        m.MeetingAttendeeRecord.create(meeting=meeting, contact=contact)


def _wall(rng: random.Random, low_days: int, high_days: int) -> datetime:
    """A naive wall time some days from NOW, on a whole quarter hour."""
    when = NOW + timedelta(days=rng.uniform(low_days, high_days))
    return when.replace(tzinfo=None, minute=when.minute // 15 * 15, second=0, microsecond=0)


def _history(rng: random.Random, contacts: list[int]) -> None:
    """One-offs of every status, series (some ended), moved and re-statused overrides, skips."""
    for _ in range(25):
        meeting = _meeting(rng, _wall(rng, -500, 20), status=rng.choice(STATUSES))
        _attend(rng, meeting, contacts)
        if rng.random() < 0.1:
            meeting.deleted_at = NOW
            meeting.save()
    for _ in range(4):
        rule = rng.choice(RULES)
        if rng.random() < 0.3 and "COUNT" not in rule:
            rule += ";UNTIL=" + (NOW - timedelta(days=rng.randint(0, 400))).strftime("%Y%m%d")
        status = MeetingStatus.CANCELLED.value if rng.random() < 0.15 else "planned"
        series = _meeting(rng, _wall(rng, -600, -1), rrule=rule, status=status)
        _attend(rng, series, contacts)
        _overrides(rng, series, contacts)


def _overrides(rng: random.Random, series: m.MeetingRecord, contacts: list[int]) -> None:
    """Some occurrences of a series moved, re-statused or skipped."""
    window = {"window_start": NOW - timedelta(days=420), "window_end": NOW + timedelta(days=10)}
    times = expand(series.when, series.rrule, **window)
    for time in rng.sample(times, min(len(times), 4)):
        if rng.random() < 0.3:
            series.exdates = [*series.exdates, format_wall(time.start)]
            series.save()
            continue
        moved = time.start + timedelta(hours=rng.choice([0, 0, -30, 5, 24 * 40]))
        override = m.MeetingRecord(
            title="Moved",
            recurrence_of=series,
            recurrence_id=format_wall(time.start),
            status=rng.choice(STATUSES),
        )
        override.when = time.moved_to(moved)
        override.save()
        if rng.random() < 0.5:
            _attend(rng, override, contacts)


def _interactions(rng: random.Random, contacts: list[int]) -> None:
    """Messages both ways, so follow-ups and meeting answers matter."""
    for _ in range(40):
        m.InteractionRecord.create(
            contact=rng.choice(contacts),
            occurred_at=NOW - timedelta(hours=rng.randint(1, 24 * 200)),
            channel="email",
            direction=rng.choice([Direction.IN, Direction.OUT]).value,
            kind=rng.choice([InteractionKind.MESSAGE, InteractionKind.CALL]).value,
        )


def _agreements(rng: random.Random, contacts: list[int]) -> None:
    """An agreement with a reply time and a cadence for most contacts."""
    for contact in contacts:
        if rng.random() < 0.8:
            ship = m.MentorshipRecord.get(m.MentorshipRecord.contact == contact)
            m.AgreementRecord.create(
                mentorship=ship,
                their_reply_hours=rng.choice([None, 24, 72]),
                meeting_cadence_days=rng.choice([None, 14, 30, 90]),
            )


@pytest.mark.parametrize("seed", range(12))
def test_latest_held_is_the_latest_of_a_year_of_occurrences(database, seed):
    rng = random.Random(seed)
    contacts = [add_contact(name=f"Person {i}") for i in range(5)]
    _history(rng, contacts)
    full = meeting_activity(now=NOW, occurrences=occurrences_around(now=NOW))
    expected = {contact: max(times) for contact, times in full.held.items()}
    assert latest_held(now=NOW, lookback=HELD_LOOKBACK) == expected
    assert recent_activity(now=NOW).booked == full.booked


@pytest.mark.parametrize("seed", range(6))
def test_reach_out_from_the_latest_held_meeting_is_the_same(database, seed):
    rng = random.Random(100 + seed)
    contacts = [add_contact(name=f"Person {i}") for i in range(5)]
    _history(rng, contacts)
    _interactions(rng, contacts)
    _agreements(rng, contacts)
    for now in (NOW, NOW - timedelta(days=30)):
        year = occurrences_around(now=now)
        assert reach_out(now=now) == reach_out(now=now, occurrences=year)


def _one_off(contact: int, days_ago: float, status: str) -> None:
    """A one-hour meeting in UTC some days back, with one attendee."""
    start = (NOW - timedelta(days=days_ago)).replace(tzinfo=None)
    meeting = m.MeetingRecord(title="One-off", status=status)
    meeting.when = MeetingTime.timed(start, start + timedelta(hours=1), "UTC")
    meeting.save()
    m.MeetingAttendeeRecord.create(meeting=meeting, contact=contact)


def test_the_walk_back_finds_old_meetings_and_skips_cancelled_ones(database):
    recent, old, gone, weekly = (add_contact(name=f"Person {i}") for i in range(4))
    held, cancelled = MeetingStatus.HELD.value, MeetingStatus.CANCELLED.value
    _one_off(recent, 3, held)
    _one_off(recent, 200, held)
    _one_off(old, 300, held)  # only found after several windows
    _one_off(gone, 400, held)  # outside the lookback
    _one_off(gone, 1, cancelled)
    start = (NOW - timedelta(days=70)).replace(tzinfo=None, minute=0, second=0, microsecond=0)
    series = m.MeetingRecord(title="Weekly", rrule="FREQ=WEEKLY")
    series.when = MeetingTime.timed(start, start + timedelta(hours=1), "UTC")
    series.save()
    m.MeetingAttendeeRecord.create(meeting=series, contact=weekly)
    times = expand(series.when, series.rrule, window_start=NOW - HELD_LOOKBACK, window_end=NOW)
    last = [t for t in times if t.end_utc() <= NOW][-1]
    skipped = m.MeetingRecord(
        title="Weekly",
        recurrence_of=series,
        recurrence_id=format_wall(last.start),
        status=cancelled,
    )
    skipped.when = last
    skipped.save()
    found = latest_held(now=NOW, lookback=HELD_LOOKBACK)
    assert set(found) == {recent, old, weekly}
    assert found[recent] == NOW - timedelta(days=3)
    assert found[old] == NOW - timedelta(days=300)
    assert found[weekly] == last.start_utc() - timedelta(days=7)


def test_an_override_shows_its_series_attendees_in_a_window_without_the_series(database):
    contact = add_contact(name="Priya")
    start = datetime(2026, 10, 5, 9)  # a Monday; the series ended in October
    series = m.MeetingRecord(title="Weekly", rrule="FREQ=WEEKLY;UNTIL=20261020")
    series.when = MeetingTime.timed(start, start + timedelta(hours=1), "UTC")
    series.save()
    m.MeetingAttendeeRecord.create(meeting=series, contact=contact)
    moved = m.MeetingRecord(title="Weekly", recurrence_of=series, recurrence_id=format_wall(start))
    moved.when = series.when.moved_to(datetime(2026, 12, 1, 9))
    moved.save()
    week = list_occurrences(window_start=NOW, window_end=NOW + timedelta(days=7), now=NOW)
    assert [(row.meeting_id, row.attendee_ids) for row in week] == [(moved.id, (contact,))]
