"""iCalendar import: refusals that name the line, zones, iTIP updates and cancellations, preview."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from mentordesk.core.errors import CalendarFileError
from mentordesk.db import models as m
from mentordesk.services.calendar.occurrences import list_occurrences
from mentordesk.services.interop.ics.importing import IcsAction, apply_ics
from mentordesk.services.interop.ics.preview import preview_ics
from mentordesk.services.settings import MY_EMAIL, set_setting

DATA = Path(__file__).resolve().parents[1] / "data" / "ics"

BROKEN = {
    "broken-not-utf8.ics": (6, "not UTF-8"),
    "broken-not-a-calendar.ics": (1, "BEGIN:VCALENDAR"),
    "broken-stray-line.ics": (8, "not an iCalendar content line"),
    "broken-cut-short.ics": (6, "cut short"),
    "broken-bad-date.ics": (5, "DTSTART"),
    "broken-huge-duration.ics": (6, "DURATION"),
    "broken-unknown-zone.ics": (5, "unknown time zone 'Nowhere/Special'"),
    "broken-rrule-part.ics": (6, "UNTL"),
    "broken-late-twice-dtstart.ics": (21, "DTSTART is given twice"),
}


def _import(name: str):
    return apply_ics((DATA / name).read_bytes(), source=name)


def _meetings() -> list[m.MeetingRecord]:
    return list(m.MeetingRecord.select().order_by(m.MeetingRecord.id))


def _contact(name: str, email: str) -> int:
    return m.ContactRecord.create(name=name, emails=[{"value": email, "label": "work"}]).id


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_a_damaged_file_is_refused_in_one_line_naming_the_line_and_changes_nothing(database, name):
    _import("google-x-wr-timezone.ics")
    before = [(x.id, x.updated_at, x.title) for x in _meetings()]
    with pytest.raises(CalendarFileError) as refused:
        _import(name)
    line, words = BROKEN[name]
    message = str(refused.value)
    assert "\n" not in message
    assert f"{name}: line {line}:" in message and words in message
    assert [(x.id, x.updated_at, x.title) for x in _meetings()] == before


def test_an_outlook_invitation_keeps_its_zone_people_reminder_and_unknown_lines(database):
    set_setting(MY_EMAIL, "Me@Example.com")
    priya = _contact("Priya Raman", "priya@example.com")
    result = _import("outlook-windows-zone.ics")
    assert result.count(IcsAction.NEW) == 1
    (meeting,) = _meetings()
    assert (meeting.timezone, meeting.start_wall, meeting.end_wall) == (
        "Europe/Berlin",
        "2027-03-03T10:00:00",
        "2027-03-03T11:00:00",
    )
    assert meeting.exdates == ["2027-03-24T10:00:00"] and "BYDAY=WE" in meeting.rrule
    assert meeting.organizer == {"email": "priya@example.com", "name": "Priya Raman"}
    links = [(a.contact_id, a.response) for a in meeting.attendees]
    assert links == [(priya, "accepted")]  # the organizer is a contact, so she attends
    assert meeting.guests == [
        {"email": "sam@example.org", "name": "Sam Guest", "response": "tentative"}
    ]
    assert meeting.reminder_minutes == 15 and meeting.location == "Room 4"
    assert "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE" in meeting.ical_extra
    assert "CLASS:PUBLIC" in meeting.ical_extra and "DTSTART" not in meeting.ical_extra
    starts = [
        row.start
        for row in list_occurrences(
            window_start=datetime(2027, 3, 1, tzinfo=UTC),
            window_end=datetime(2027, 5, 1, tzinfo=UTC),
        )
    ]
    assert datetime(2027, 3, 31, 8, tzinfo=UTC) in starts  # 10:00 in Berlin after the DST change
    assert datetime(2027, 3, 24, 9, tzinfo=UTC) not in starts  # the EXDATE


def test_a_custom_vtimezone_is_matched_to_the_iana_zone_with_the_same_rules(database):
    _import("custom-zone.ics")
    (meeting,) = _meetings()
    assert meeting.timezone in {"Australia/Sydney", "Australia/Melbourne", "Australia/Canberra"}
    assert meeting.start_wall == "2027-03-10T09:00:00"


def test_a_custom_vtimezone_no_iana_zone_matches_keeps_the_utc_instant(database):
    _import("custom-zone-unmatched.ics")
    (meeting,) = _meetings()
    assert (meeting.timezone, meeting.start_wall) == ("UTC", "2027-03-10T06:23:00")
    assert meeting.when.start_utc() == datetime(2027, 3, 10, 6, 23, tzinfo=UTC)


def test_x_wr_timezone_turns_utc_times_into_the_calendars_zone(database):
    _import("google-x-wr-timezone.ics")
    (meeting,) = _meetings()
    assert (meeting.timezone, meeting.start_wall) == ("America/New_York", "2027-01-05T10:00:00")


def test_events_without_uid_are_matched_by_content_and_never_duplicated(database):
    first = _import("no-uid.ics")
    second = _import("no-uid.ics")
    assert first.count(IcsAction.NEW) == 2 and second.count(IcsAction.UNCHANGED) == 2
    kinds = sorted((x.title, x.time_kind) for x in _meetings())
    assert kinds == [("Coffee with Jordan", "floating"), ("Conference day", "all_day")]


def test_this_and_future_cuts_the_series_and_continues_it_shifted(database):
    _import("range-thisandfuture.ics")
    rows = list_occurrences(
        window_start=datetime(2027, 3, 1, tzinfo=UTC), window_end=datetime(2027, 3, 10, tzinfo=UTC)
    )
    walls = [(r.title, r.time.start.isoformat(), r.time.end.isoformat()) for r in rows]
    assert walls == [
        ("Stand-up", "2027-03-01T09:00:00", "2027-03-01T10:00:00"),
        ("Stand-up", "2027-03-02T09:00:00", "2027-03-02T10:00:00"),
        ("Stand-up", "2027-03-03T09:00:00", "2027-03-03T10:00:00"),
        ("Later stand-up", "2027-03-04T11:00:00", "2027-03-04T11:30:00"),
        ("Later stand-up", "2027-03-05T11:00:00", "2027-03-05T11:30:00"),
        ("Later stand-up", "2027-03-06T11:00:00", "2027-03-06T11:30:00"),
    ]


def test_cancelling_one_occurrence_keeps_it_as_a_cancelled_override(database):
    _import("range-thisandfuture.ics")
    result = _import("series-cancel-occurrence.ics")
    assert result.count(IcsAction.CANCELLED) == 1
    (override,) = [x for x in _meetings() if x.recurrence_of_id]
    assert (override.recurrence_id, override.status) == ("2027-03-02T09:00:00", "cancelled")
    assert _import("series-cancel-occurrence.ics").count(IcsAction.UNCHANGED) == 1


def test_overrides_without_their_series_are_kept_as_one_offs_once(database):
    _import("orphan-overrides.ics")
    again = _import("orphan-overrides.ics")
    assert again.count(IcsAction.UNCHANGED) == 2
    assert sorted((x.title, x.start_wall, x.end_wall) for x in _meetings()) == [
        ("Longer session", "2027-03-15T09:00:00", "2027-03-15T11:00:00"),
        ("Moved session", "2027-03-08T10:00:00", "2027-03-08T11:00:00"),
    ]


def test_rdate_periods_duration_and_unknown_properties_are_kept(database):
    _import("rdate-period-duration.ics")
    (meeting,) = _meetings()
    assert meeting.end_wall == "2027-03-01T18:45:00"
    assert meeting.rdates == ["2027-03-20T17:00:00/2027-03-20T18:00:00", "2027-03-25T18:00:00"]
    assert "X-UNKNOWN-THING;X-PARAM=1:kept as it is" in meeting.ical_extra


def test_an_invitation_is_updated_stale_copies_ignored_and_a_cancel_keeps_it(database):
    assert _import("invite-request.ics").count(IcsAction.NEW) == 1
    assert _import("invite-update.ics").count(IcsAction.UPDATED) == 1
    assert _import("invite-stale.ics").count(IcsAction.STALE) == 1
    (meeting,) = _meetings()
    assert (meeting.title, meeting.start_wall, meeting.sequence) == (
        "Career chat (moved)",
        "2027-03-10T16:00:00",
        2,
    )
    assert _import("invite-cancel.ics").count(IcsAction.CANCELLED) == 1
    (meeting,) = _meetings()
    assert (meeting.status, meeting.title, meeting.sequence) == (
        "cancelled",
        "Career chat (moved)",
        3,
    )
    assert _import("invite-request.ics").count(IcsAction.STALE) == 1


def test_the_preview_says_what_would_happen_and_writes_nothing(database):
    preview = preview_ics((DATA / "invite-request.ics").read_bytes())
    assert [(r.title, r.action, r.when) for r in preview.rows] == [
        ("Career chat", IcsAction.NEW, "2027-03-10 14:00 (UTC)")
    ]
    assert _meetings() == []
    _import("invite-request.ics")
    again = preview_ics((DATA / "invite-update.ics").read_bytes())
    assert again.count(IcsAction.UPDATED) == 1 and again.changes_anything
    assert _meetings()[0].title == "Career chat"
