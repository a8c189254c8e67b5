"""The demo workspace is realistic and safe to seed."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from mentordesk.core.enums import MentorshipDirection, Stage, TaskStatus
from mentordesk.core.errors import WorkspaceNotEmptyError
from mentordesk.db import models as m
from mentordesk.services.demo import seed_demo
from tests.conftest import FIXED_NOW


def test_four_mentors_met_in_different_ways_in_several_zones(demo_database):
    mentors = (
        m.ContactRecord.select()
        .join(m.MentorshipRecord)
        .where(
            m.MentorshipRecord.direction == MentorshipDirection.THEY_MENTOR_ME.value,
            m.MentorshipRecord.stage != Stage.PROSPECT.value,
        )
    )
    assert mentors.count() >= 4
    assert len({c.met_channel for c in mentors}) >= 4
    assert len({c.timezone for c in mentors}) >= 2
    for contact in mentors:
        ZoneInfo(contact.timezone)


def test_a_prospect_and_a_mentee_of_my_own(demo_database):
    stages = [s.stage for s in m.MentorshipRecord.select()]
    directions = [s.direction for s in m.MentorshipRecord.select()]
    assert Stage.PROSPECT.value in stages
    assert MentorshipDirection.I_MENTOR_THEM.value in directions


def test_meetings_span_past_and_future_with_a_weekly_check_in(demo_database):
    today = FIXED_NOW.date()
    starts = [x.starts_at.date() for x in m.MeetingRecord.select()]
    assert min(starts) < today < max(starts)
    weekly = m.MeetingRecord.select().where(m.MeetingRecord.rrule.contains("FREQ=WEEKLY"))
    assert weekly.count() == 1


def test_tasks_include_overdue_and_done(demo_database):
    today = FIXED_NOW.date()
    tasks = list(m.TaskRecord.select())
    assert any(t.status == TaskStatus.DONE.value for t in tasks)
    assert any(t.status == TaskStatus.TODO.value and t.due < today for t in tasks)
    assert all(t.due is not None for t in tasks)


def test_everything_else_is_there(demo_database):
    assert m.GoalRecord.select().count() >= 3
    assert m.AgreementRecord.select().count() >= 4
    assert m.InteractionRecord.select().count() >= 5
    assert m.TimeEntryRecord.select().count() >= 3
    assert m.ReviewRecord.select().count() == 5
    expectation_sides = {e.expected_by for e in m.ExpectationRecord.select()}
    assert expectation_sides == {"me", "them"}


def test_seeding_a_workspace_with_data_is_refused_and_changes_nothing(demo_database):
    before = m.ContactRecord.select().count()
    m.ContactRecord.update(notes="mine").where(m.ContactRecord.id == 1).execute()
    with pytest.raises(WorkspaceNotEmptyError):
        seed_demo()
    assert m.ContactRecord.select().count() == before
    assert m.ContactRecord.get_by_id(1).notes == "mine"


def test_force_replaces_the_data(demo_database):
    m.ContactRecord.update(notes="mine").where(m.ContactRecord.id == 1).execute()
    counts = seed_demo(force=True, today=FIXED_NOW.date())
    assert counts["contact_record"] == 6
    assert not m.ContactRecord.select().where(m.ContactRecord.notes == "mine").exists()


def test_priya_has_three_reviews_whose_changes_shrink(demo_database):
    priya = m.ContactRecord.get(m.ContactRecord.name == "Priya Raman")
    reviews = (
        m.ReviewRecord.select()
        .join(m.MentorshipRecord)
        .where(m.MentorshipRecord.contact == priya)
        .order_by(m.ReviewRecord.period_end)
    )
    counts = [r.adaptations.count() for r in reviews]
    assert len(counts) >= 3
    assert counts == sorted(counts, reverse=True) and counts[-1] < counts[0]


def test_demo_adaptations_point_at_live_records_and_end_at_their_values(demo_database):
    models = {"task": m.TaskRecord, "goal": m.GoalRecord, "expectation": m.ExpectationRecord}
    models["mentorship"] = m.MentorshipRecord
    for adaptation in m.AdaptationRecord.select():
        record = models[adaptation.entity].get_by_id(adaptation.record_id)
        for name, value in adaptation.after.items():
            current = getattr(record, name)
            assert (current.isoformat() if hasattr(current, "isoformat") else current) == value
