"""The sample meetings show the calendar off: a skipped, a moved and a held occurrence."""

from __future__ import annotations

from datetime import timedelta

from mentordesk.core.action_items import parse_action_items
from mentordesk.db import models as m
from mentordesk.services.calendar.find_time import people_windows
from mentordesk.services.calendar.occurrences import list_occurrences
from tests.conftest import FIXED_NOW


def _checkin_rows():
    rows = list_occurrences(
        window_start=FIXED_NOW - timedelta(days=70),
        window_end=FIXED_NOW + timedelta(days=90),
        now=FIXED_NOW,
    )
    return [r for r in rows if r.title == "Weekly check-in with Priya"]


def test_the_check_in_has_a_skipped_a_moved_and_a_held_occurrence(demo_database):
    series = m.MeetingRecord.get(m.MeetingRecord.rrule != "")
    assert series.agenda
    assert len(series.exdates) == 1
    rows = _checkin_rows()
    overrides = [r for r in rows if r.meeting_id != r.series_id]
    moved = [r for r in overrides if r.time.start.isoformat() != r.recurrence_id]
    held = [r for r in overrides if r.end <= FIXED_NOW]
    assert len(moved) == 1 and moved[0].start > FIXED_NOW
    assert len(held) == 1 and held[0].status == "held"
    notes = m.MeetingRecord.get_by_id(held[0].meeting_id).notes
    assert len(parse_action_items(notes)) == 3
    assert sum(r.status == "held" for r in rows) >= 5


def test_mentors_in_other_zones_have_windows(demo_database):
    ids = [c for (c,) in m.ContactRecord.select(m.ContactRecord.id).tuples()]
    zones = {p.zone for p in people_windows(ids) if p.windows}
    assert {"Europe/Berlin", "America/New_York", "America/Los_Angeles"} <= zones
