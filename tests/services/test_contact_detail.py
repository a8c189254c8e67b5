"""The contacts list, stage counts and the contact page on the sample data."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from playhouse.test_utils import count_queries

from mentordesk.core.errors import UserError
from mentordesk.core.meeting_time import MeetingTime
from mentordesk.core.relationships import AvailabilityWindow
from mentordesk.db import models as m
from mentordesk.services.contacts.detail import get_contact_detail
from mentordesk.services.contacts.editing import ContactForm, add_interaction, save_contact
from mentordesk.services.contacts.listing import list_contacts, stage_counts
from mentordesk.services.contacts.records import ContactNotFoundError, add_contact
from tests.conftest import FIXED_NOW

BERLIN = ZoneInfo("Europe/Berlin")


def _id(name: str) -> int:
    return m.ContactRecord.get(m.ContactRecord.name == name).id


def _rows(now=FIXED_NOW):
    return {row.name: row for row in list_contacts(now=now)}


def test_list_contacts_carries_tags_emails_and_attention(demo_database):
    rows = _rows()
    marcus = rows["Marcus Okafor"]
    assert marcus.needs_attention
    assert marcus.attention_reason == "follow_up"
    assert marcus.tags == ("management", "speaking")
    assert marcus.emails == ("marcus@brightpath.example",)
    assert marcus.stage == "active" and marcus.direction == "they_mentor_me"
    assert marcus.last_contact == datetime(2026, 11, 20, 20, 0, tzinfo=UTC)
    assert [name for name, row in rows.items() if row.needs_attention] == ["Marcus Okafor"]
    assert rows["Jordan Lee"].direction == "i_mentor_them"
    assert rows["Priya Raman"].attention_reason == ""


def test_an_answer_clears_the_follow_up(demo_database):
    add_interaction(
        contact_id=_id("Marcus Okafor"),
        occurred_at=FIXED_NOW - timedelta(hours=1),
        channel="email",
        direction="in",
        kind="message",
        summary="Go for PyCon",
    )
    assert not _rows()["Marcus Okafor"].needs_attention


def test_stay_in_touch_overdue_needs_attention_unless_a_meeting_is_booked(demo_database):
    later = FIXED_NOW + timedelta(days=12)  # Jordan: last message 8 days before now, every 14 days
    jordan = _rows(later)["Jordan Lee"]  # the portfolio review on day 3 was never marked held
    assert jordan.needs_attention and jordan.attention_reason == "stay_in_touch"
    booked = m.MeetingRecord.create(
        uid="jordan-next",
        title="Next run",
        when=MeetingTime.from_instants(
            later + timedelta(days=2), later + timedelta(days=2, hours=1), "UTC"
        ),
    )
    m.MeetingAttendeeRecord.create(meeting=booked, contact=_id("Jordan Lee"))
    assert not _rows(later)["Jordan Lee"].needs_attention
    booked.delete_instance(recursive=True)
    m.MeetingRecord.update(status="held").where(
        m.MeetingRecord.title == "Portfolio review with Jordan"
    ).execute()
    assert not _rows(later)["Jordan Lee"].needs_attention  # held on day 3: due on day 17


def test_stage_counts_cover_every_stage_and_add_up(demo_database):
    counts = stage_counts()
    assert counts == {
        "prospect": 1,
        "reached_out": 0,
        "building_rapport": 1,
        "active": 4,
        "paused": 0,
        "alumni": 0,
    }
    assert sum(counts.values()) == 6


def test_stage_counts_on_an_empty_workspace(database):
    assert set(stage_counts().values()) == {0}


def test_created_contact_appears_in_the_list(demo_database):
    new_id = save_contact(
        ContactForm(name="Noor Haddad", tags=["design"], emails=["noor@example.org"])
    )
    row = next(r for r in list_contacts(now=FIXED_NOW) if r.id == new_id)
    assert (row.name, row.stage, row.tags, row.emails) == (
        "Noor Haddad",
        "prospect",
        ("design",),
        ("noor@example.org",),
    )
    assert not row.needs_attention and row.last_contact is None


def _add_people(count: int) -> None:
    meeting = m.MeetingRecord.get(m.MeetingRecord.title == "Talk rehearsal")
    for n in range(count):
        contact_id = add_contact(name=f"Person {n}")
        ship = m.MentorshipRecord.get(m.MentorshipRecord.contact == contact_id)
        m.AgreementRecord.create(mentorship=ship, their_reply_hours=24, meeting_cadence_days=7)
        for days_ago, direction in ((5, "out"), (4, "in"), (2, "out")):
            m.InteractionRecord.create(
                contact=contact_id,
                occurred_at=FIXED_NOW - timedelta(days=days_ago),
                channel="email",
                direction=direction,
                kind="message",
            )
        m.MeetingAttendeeRecord.create(meeting=meeting, contact=contact_id)


def test_list_contacts_runs_a_constant_number_of_queries(demo_database):
    with count_queries() as six:
        assert len(list_contacts(now=FIXED_NOW)) == 6
    _add_people(54)
    with count_queries() as sixty:
        rows = list_contacts(now=FIXED_NOW)
    assert len(rows) == 60
    # not per contact: the walks back from now read at most a few windows each (about 24)
    assert sixty.count == six.count <= 24
    assert rows[-1].needs_attention  # their last message is two days old, agreed 24 h


def test_priya_lives_on_berlin_time(demo_database):
    detail = get_contact_detail(_id("Priya Raman"), now=FIXED_NOW)
    assert detail.local_time == datetime(2026, 11, 26, 11, 0, tzinfo=BERLIN)
    assert detail.local_time.tzinfo == BERLIN
    assert detail.inside_window is False  # Thursday's window opens at 16:00
    assert detail.next_window == datetime(2026, 11, 26, 16, 0, tzinfo=BERLIN)
    monday = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)  # 11:00 in Berlin, window 09:00-17:00
    assert get_contact_detail(_id("Priya Raman"), now=monday).inside_window is True


def test_priya_profile_relationship_and_agreement(demo_database):
    detail = get_contact_detail(_id("Priya Raman"), now=FIXED_NOW)
    assert detail.name == "Priya Raman" and detail.organisation == "Northwind Labs"
    assert detail.emails == [{"value": "priya@northwind.example", "label": "work"}]
    assert detail.tags == ("engineering", "leadership")
    assert detail.met_channel == "meetup_or_conference"
    assert detail.direction == "they_mentor_me" and detail.stage == "active"
    assert [stage for stage, _ in detail.stage_history] == [
        "prospect",
        "reached_out",
        "building_rapport",
        "active",
    ]
    assert detail.agreement.channels == ["video_call", "chat"]
    assert detail.agreement.availability[1] == AvailabilityWindow(
        weekday=3, start=datetime(1, 1, 1, 16).time(), end=datetime(1, 1, 1, 19).time()
    )
    assert (detail.agreement.their_reply, detail.agreement.my_reply, detail.agreement.cadence) == (
        timedelta(hours=48),
        timedelta(hours=24),
        timedelta(days=7),
    )


def test_priya_reply_stats_and_stay_in_touch(demo_database):
    detail = get_contact_detail(_id("Priya Raman"), now=FIXED_NOW)
    assert detail.their_reply_stats.count == 1
    assert detail.their_reply_stats.median == timedelta(hours=24)
    assert detail.their_reply_stats.within_agreement is True
    # her comments (8 October) were answered by my linked thanks a day later
    assert detail.my_reply_stats.count == 1
    assert detail.my_reply_stats.median == timedelta(days=1)
    assert detail.my_reply_stats.within_agreement is True
    # the weekly check-in held on 19 November at 17:30 Berlin, plus seven days
    assert detail.stay_in_touch_due == datetime(2026, 11, 26, 16, 30, tzinfo=UTC)
    upcoming = detail.upcoming_meetings
    assert len(upcoming) == 5 and {r.title for r in upcoming} == {"Weekly check-in with Priya"}
    assert all(FIXED_NOW <= r.start < FIXED_NOW + timedelta(days=30) for r in upcoming)
    assert [t.title for t in detail.open_tasks] == ["Run the dependency-mapping workshop"]
    assert [g.title for g in detail.goals] == ["Lead a cross-team project"]


def test_marcus_has_an_overdue_follow_up(demo_database):
    detail = get_contact_detail(_id("Marcus Okafor"), now=FIXED_NOW)
    assert [(i.summary, i.overdue) for i in detail.interactions] == [
        ("Asked which conference to submit to", True),
        ("Thanks: reworking the opening", False),
        ("Feedback: tighten the opening", False),
        ("Sent the talk abstract for feedback", False),
    ]
    assert detail.their_reply_stats.median == timedelta(hours=48)
    assert detail.their_reply_stats.agreed == timedelta(hours=72)
    assert detail.my_reply_stats.median == timedelta(days=1)  # answered his feedback next day
    assert detail.stay_in_touch_due == datetime(2026, 12, 20, 20, 0, tzinfo=UTC)
    assert [r.title for r in detail.upcoming_meetings] == ["Talk rehearsal"]
    assert [t.title for t in detail.open_tasks] == ["Build the slide deck"]
    assert [g.title for g in detail.goals] == ["Give my first conference talk"]


def test_prospect_without_agreement_has_no_windows_or_targets(demo_database):
    detail = get_contact_detail(_id("Aiko Tanaka"), now=FIXED_NOW)
    assert detail.local_time == datetime(2026, 11, 26, 19, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
    assert (detail.inside_window, detail.next_window) == (None, None)
    assert detail.agreement is None
    assert detail.their_reply_stats.count == 0 and detail.their_reply_stats.median is None
    assert detail.stay_in_touch_due is None
    assert [i.overdue for i in detail.interactions] == [False]
    assert detail.goals == [] and [t.title for t in detail.open_tasks] == [
        "Send thank-you note to Aiko"
    ]


def test_contact_without_zone_has_no_local_time(demo_database):
    new_id = save_contact(ContactForm(name="No Zone"))
    detail = get_contact_detail(new_id, now=FIXED_NOW)
    assert (detail.local_time, detail.inside_window, detail.next_window) == (None, None, None)
    assert detail.stage == "prospect" and [s for s, _ in detail.stage_history] == ["prospect"]
    assert detail.interactions == [] and detail.upcoming_meetings == []


def test_missing_contact_raises_a_user_error(demo_database):
    with pytest.raises(ContactNotFoundError, match="999") as caught:
        get_contact_detail(999, now=FIXED_NOW)
    assert isinstance(caught.value, UserError)
