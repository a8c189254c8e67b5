"""The dashboard service on the sample data: per mentor, overall, filtered, in few queries."""

from __future__ import annotations

from datetime import UTC, timedelta

from playhouse.test_utils import count_queries

from mentordesk.core.review_headline import english_headline
from mentordesk.db import models as m
from mentordesk.services.reviews.dashboard import dashboard
from tests.conftest import FIXED_NOW

TODAY = FIXED_NOW.date()


def _ship(name: str) -> int:
    return (
        m.MentorshipRecord.select()
        .join(m.ContactRecord)
        .where(m.ContactRecord.name == name)
        .get()
        .id
    )


def test_every_mentor_past_the_prospect_stage_is_shown_by_name(demo_database):
    result = dashboard(TODAY - timedelta(days=13), TODAY, now=FIXED_NOW, zone=UTC)
    names = [x.name for x in result.mentors]
    assert names == ["Elena Petrova", "Jordan Lee", "Marcus Okafor", "Priya Raman", "Sam Whitfield"]
    assert [name for _, name in result.choices] == names
    assert all(x.headline for x in result.mentors)


def test_sams_fortnight_counts_the_held_and_the_cancelled_meeting(demo_database):
    result = dashboard(
        TODAY - timedelta(days=13), TODAY, mentorship_ids=[_ship("Sam Whitfield")], now=FIXED_NOW
    )
    (sam,) = result.mentors
    assert (sam.meetings.held, sam.meetings.cancelled, sam.meetings.expected) == (1, 1, 1)
    assert sam.tasks.overdue == 1  # "Interview five potential customers", due 5 days ago
    assert sam.last_contact.days == 2 and not sam.last_contact.overdue
    assert sam.minutes == 120 + 30  # two interviews logged, the 30-minute sync held
    assert "1 task overdue" in english_headline(sam.headline)
    assert result.overall.meetings_held == 1 and result.overall.tasks.overdue == 1


def test_the_overall_review_counts_only_when_no_mentor_is_picked(demo_database):
    start, end = TODAY - timedelta(days=90), TODAY
    everyone = dashboard(start, end, now=FIXED_NOW)
    priya = dashboard(start, end, mentorship_ids=[_ship("Priya Raman")], now=FIXED_NOW)
    # the demo: Priya's three shrinking cycles, Marcus's one, and one review of everyone
    assert [r.changes for r in priya.overall.reviews] == [4, 2, 1]
    assert sorted(r.changes for r in everyone.overall.reviews) == [0, 1, 1, 2, 4]
    assert everyone.overall.minutes == sum(x.minutes for x in everyone.mentors)


def test_the_number_of_queries_does_not_grow_with_the_mentors(demo_database):
    start, end, sam = TODAY - timedelta(days=30), TODAY, _ship("Sam Whitfield")
    with count_queries() as one:
        dashboard(start, end, mentorship_ids=[sam], now=FIXED_NOW)
    with count_queries() as all_of_them:
        dashboard(start, end, now=FIXED_NOW)
    assert len(all_of_them.get_queries()) == len(one.get_queries()) <= 12


def test_an_empty_workspace_gives_an_empty_dashboard(database):
    result = dashboard(TODAY - timedelta(days=6), TODAY, now=FIXED_NOW)
    assert result.mentors == [] and result.choices == []
    assert result.overall.meetings_held == 0 and result.overall.minutes == 0
