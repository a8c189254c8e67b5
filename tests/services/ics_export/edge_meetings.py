"""Handmade meetings that exercise every corner of the calendar export."""

from __future__ import annotations

from datetime import date, datetime

from mentordesk.core.enums import MeetingStatus
from mentordesk.core.meeting_time import MeetingTime
from mentordesk.db import models as m
from mentordesk.services.settings import MY_EMAIL, MY_NAME, set_setting

ME = ("Mia Mentee", "mia@example.org")
EXTRA = (
    "X-MENTORDESK-TEST;X-PARAM=kept:verbatim value\r\n"
    "X-LONG-LINE:" + "folded " * 20 + "\r\n"
    "CATEGORIES:Mentoring,Review"
)


def _contact(name: str, email: str, zone: str = "") -> m.ContactRecord:
    return m.ContactRecord.create(
        name=name, emails=[{"value": email, "label": "work"}], timezone=zone
    )


def _meeting(title: str, when: MeetingTime, *people: m.ContactRecord, **fields):
    meeting = m.MeetingRecord.create(title=title, when=when, **fields)
    for person in people:
        m.MeetingAttendeeRecord.create(meeting=meeting, contact=person, response="accepted")
    return meeting


def add_edge_meetings() -> dict[str, m.MeetingRecord]:
    """The edge meetings, keyed by what each exercises; sets my name and address."""
    set_setting(MY_NAME, ME[0])
    set_setting(MY_EMAIL, ME[1])
    ada = _contact("Ada Edge", "ada@example.com", "Europe/Berlin")
    bob = _contact("Bob Southern", "bob@example.net", "Australia/Sydney")
    _contact("Nora No-Mail", "")
    berlin = _meeting(
        "Berlin weekly across DST",
        MeetingTime.timed(datetime(2026, 3, 5, 10), datetime(2026, 3, 5, 11), "Europe/Berlin"),
        ada,
        rrule="FREQ=WEEKLY;COUNT=8",
        exdates=["2026-03-19T10:00:00"],
        agenda="1. Wins\n2. Blockers; the talk, slides & notes",
        location="Room 4, Level 2",
        url="https://meet.example/ada",
        sequence=3,
        reminder_minutes=30,
    )
    moved = _meeting(
        "Berlin weekly (moved)",
        MeetingTime.timed(datetime(2026, 3, 27, 14), datetime(2026, 3, 27, 15), "Europe/Berlin"),
        ada,
        recurrence_of=berlin,
        recurrence_id="2026-03-26T10:00:00",
        sequence=4,
    )
    skipped = _meeting(
        "Berlin weekly",
        MeetingTime.timed(datetime(2026, 4, 2, 10), datetime(2026, 4, 2, 11), "Europe/Berlin"),
        ada,
        recurrence_of=berlin,
        recurrence_id="2026-04-02T10:00:00",
        status=MeetingStatus.CANCELLED.value,
        sequence=4,
    )
    return {
        "berlin": berlin,
        "moved": moved,
        "skipped": skipped,
        "all_day": _meeting(
            "Mentoring retreat", MeetingTime.all_day(date(2026, 5, 1), date(2026, 5, 3)), ada
        ),
        "floating": _meeting(
            "Morning journaling",
            MeetingTime.floating(datetime(2026, 6, 1, 7, 30), datetime(2026, 6, 1, 8)),
        ),
        "rdate": _meeting(
            "Monthly London lunch",
            MeetingTime.timed(datetime(2026, 7, 1, 12), datetime(2026, 7, 1, 13), "Europe/London"),
            ada,
            rrule="FREQ=MONTHLY;BYMONTHDAY=1;COUNT=3",
            rdates=["2026-07-15T12:00:00", "2026-07-20T14:00:00/2026-07-20T15:30:00"],
        ),
        "sydney": _meeting(
            "Sydney check-in",
            MeetingTime.timed(
                datetime(2026, 3, 20, 9), datetime(2026, 3, 20, 9, 45), "Australia/Sydney"
            ),
            bob,
            rrule="FREQ=WEEKLY;BYDAY=FR;UNTIL=20260424T000000Z",
        ),
        "utc": _meeting(
            "UTC stand-up",
            MeetingTime.timed(datetime(2026, 8, 3, 15), datetime(2026, 8, 3, 15, 15), "UTC"),
            bob,
        ),
        "received": _meeting(
            "Invitation from Bob",
            MeetingTime.timed(
                datetime(2026, 9, 10, 18), datetime(2026, 9, 10, 19), "Australia/Sydney"
            ),
            bob,
            organizer={"email": "bob@example.net", "name": "Bob Southern"},
            guests=[{"email": "carol@example.com", "name": "Carol Guest", "response": "tentative"}],
            ical_extra=EXTRA,
        ),
        "cancelled": _meeting(
            "Cancelled coffee",
            MeetingTime.timed(
                datetime(2026, 10, 5, 8), datetime(2026, 10, 5, 8, 30), "Europe/Berlin"
            ),
            ada,
            status=MeetingStatus.CANCELLED.value,
            sequence=2,
        ),
    }
