"""The PUBLISH calendar: times of every kind, series with their exceptions, alarms, zones."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import recurring_ical_events
from icalendar import Calendar

from mentordesk.db import models as m
from mentordesk.services.interop.ics.export import export_calendar, export_meetings_ics
from mentordesk.services.interop.ics.export_selection import ExportScope


def _events(text: str, uid: str) -> list:
    return [e for e in Calendar.from_ical(text).walk("VEVENT") if str(e["uid"]) == uid]


def _lines(text: str, uid: str) -> list[str]:
    """The unfolded content lines of the VEVENTs with this UID."""
    lines = text.replace("\r\n ", "").split("\r\n")
    found, inside = [], False
    for line in lines:
        inside = (inside or line == "BEGIN:VEVENT") and line != "END:VEVENT"
        if inside:
            found.append(line)
    blocks = "\n".join(found).split("BEGIN:VEVENT")
    return [ln for block in blocks if f"UID:{uid}" in block for ln in block.split("\n") if ln]


def test_every_live_meeting_is_one_vevent_plus_its_overrides(edge):
    result = export_calendar()
    calendar = Calendar.from_ical(result.text)
    meetings = m.MeetingRecord.select()
    series_and_one_offs = [x for x in meetings if x.recurrence_of_id is None]
    assert result.meetings == len(series_and_one_offs) == 18
    assert result.events == meetings.count() + 1 == 23  # + the longer RDATE occurrence
    uids = [str(e["uid"]) for e in calendar.walk("VEVENT")]
    assert sorted(set(uids)) == sorted(x.uid for x in series_and_one_offs)
    assert uids.count(edge["berlin"].uid) == 3  # the series, the moved one, the cancelled one
    assert str(calendar["method"]) == "PUBLISH"


def test_times_keep_their_kind(edge):
    text = export_meetings_ics()
    assert "DTSTART;TZID=Europe/Berlin:20260305T100000" in _lines(text, edge["berlin"].uid)
    assert "DTSTART;VALUE=DATE:20260501" in _lines(text, edge["all_day"].uid)
    assert "DTEND;VALUE=DATE:20260503" in _lines(text, edge["all_day"].uid)
    assert "DTSTART:20260601T073000" in _lines(text, edge["floating"].uid)  # no TZID, no Z
    assert "DTSTART:20260803T150000Z" in _lines(text, edge["utc"].uid)
    sydney = "DTSTART;TZID=Australia/Sydney:20260320T090000"
    assert sydney in _lines(text, edge["sydney"].uid)


def test_series_carry_rule_exceptions_extra_dates_and_overrides(edge):
    text = export_meetings_ics()
    berlin = _lines(text, edge["berlin"].uid)
    assert "RRULE:FREQ=WEEKLY;COUNT=8" in berlin
    assert "EXDATE;TZID=Europe/Berlin:20260319T100000" in berlin
    assert "RECURRENCE-ID;TZID=Europe/Berlin:20260326T100000" in berlin
    assert "RECURRENCE-ID;TZID=Europe/Berlin:20260402T100000" in berlin
    assert berlin.count("STATUS:CANCELLED") == 1 and "SEQUENCE:4" in berlin
    rdate = _lines(text, edge["rdate"].uid)
    assert "RDATE;TZID=Europe/London:20260715T120000,20260720T140000" in rdate
    # the longer extra occurrence: an override, as khal refuses RDATE;VALUE=PERIOD
    assert "RECURRENCE-ID;TZID=Europe/London:20260720T140000" in rdate
    assert "DTEND;TZID=Europe/London:20260720T153000" in rdate
    assert not any("PERIOD" in line for line in rdate)


def test_occurrences_stay_at_wall_time_across_dst(edge):
    """recurring-ical-events expands the export: the Berlin and Sydney series keep their hour."""
    calendar = Calendar.from_ical(export_meetings_ics())
    window = (date(2026, 3, 1), date(2026, 5, 1))
    found = recurring_ical_events.of(calendar).between(*window)
    berlin = sorted(
        (e.decoded("dtstart").astimezone(UTC), str(e["status"]))
        for e in found
        if str(e["uid"]) == edge["berlin"].uid
    )
    utc = lambda *a: datetime(*a, tzinfo=UTC)  # noqa: E731
    assert berlin == [
        (utc(2026, 3, 5, 9), "CONFIRMED"),
        (utc(2026, 3, 12, 9), "CONFIRMED"),
        (utc(2026, 3, 27, 13), "CONFIRMED"),  # moved to Friday 14:00 Berlin
        (utc(2026, 4, 2, 8), "CANCELLED"),  # after the change to summer time
        (utc(2026, 4, 9, 8), "CONFIRMED"),
        (utc(2026, 4, 16, 8), "CONFIRMED"),
        (utc(2026, 4, 23, 8), "CONFIRMED"),
    ]
    sydney = sorted(
        e.decoded("dtstart").astimezone(UTC) for e in found if str(e["uid"]) == edge["sydney"].uid
    )
    assert sydney[0] == utc(2026, 3, 19, 22) and sydney[-1] == utc(2026, 4, 23, 23)
    assert len(sydney) == 6 and {t.hour for t in sydney} == {22, 23}


def test_rdates_add_occurrences(edge):
    calendar = Calendar.from_ical(export_meetings_ics())
    found = recurring_ical_events.of(calendar).between(date(2026, 7, 1), date(2026, 10, 1))
    spans = sorted(
        (e.decoded("dtstart").replace(tzinfo=None), e.decoded("dtend").replace(tzinfo=None))
        for e in found
        if str(e["uid"]) == edge["rdate"].uid
    )
    hour = timedelta(hours=1)
    assert spans == [
        (datetime(2026, 7, 1, 12), datetime(2026, 7, 1, 12) + hour),
        (datetime(2026, 7, 15, 12), datetime(2026, 7, 15, 12) + hour),
        (datetime(2026, 7, 20, 14), datetime(2026, 7, 20, 15, 30)),
        (datetime(2026, 8, 1, 12), datetime(2026, 8, 1, 12) + hour),
        (datetime(2026, 9, 1, 12), datetime(2026, 9, 1, 12) + hour),
    ]


def test_one_vtimezone_per_zone_used_and_none_for_utc(edge):
    calendar = Calendar.from_ical(export_meetings_ics())
    zones = [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")]
    used = {x.timezone for x in m.MeetingRecord.select() if x.time_kind == "timed"} - {"UTC"}
    assert zones == sorted(used)
    assert {"Europe/Berlin", "Australia/Sydney", "Europe/London"} <= set(zones)
    assert calendar.get_missing_tzids() == set()


def test_every_event_has_an_alarm_default_fifteen_minutes(edge):
    calendar = Calendar.from_ical(export_meetings_ics())
    triggers = {}
    for event in calendar.walk("VEVENT"):
        alarms = event.walk("VALARM")
        assert len(alarms) == 1 and str(alarms[0]["action"]) == "DISPLAY"
        triggers[str(event["summary"])] = alarms[0].decoded("trigger")
    assert triggers["Berlin weekly across DST"] == timedelta(minutes=-30)
    assert triggers["Morning journaling"] == timedelta(minutes=-15)  # reminder_minutes is null


def test_properties_people_and_kept_lines(edge):
    text = export_meetings_ics()
    (berlin,) = [e for e in _events(text, edge["berlin"].uid) if "RECURRENCE-ID" not in e]
    assert str(berlin["description"]) == "1. Wins\n2. Blockers; the talk, slides & notes"
    assert str(berlin["location"]) == "Room 4, Level 2"
    assert str(berlin["url"]) == "https://meet.example/ada"
    assert int(berlin["sequence"]) == 3 and str(berlin["status"]) == "CONFIRMED"
    assert berlin.decoded("dtstamp") == edge["berlin"].updated_at
    assert berlin.decoded("created") == edge["berlin"].created_at
    assert str(berlin["organizer"]) == "mailto:mia@example.org"
    assert berlin["organizer"].params["CN"] == "Mia Mentee"
    (received,) = _events(text, edge["received"].uid)
    assert str(received["organizer"]) == "mailto:bob@example.net"  # their organizer is kept
    attendees = {str(a): a.params for a in received["attendee"]}
    assert attendees["mailto:bob@example.net"]["PARTSTAT"] == "ACCEPTED"
    assert attendees["mailto:carol@example.com"]["PARTSTAT"] == "TENTATIVE"
    assert attendees["mailto:carol@example.com"]["CN"] == "Carol Guest"
    assert received["x-mentordesk-test"].params["X-PARAM"] == "kept"
    assert str(received["x-mentordesk-test"]) == "verbatim value"
    assert str(received["x-long-line"]) == "folded " * 20
    assert "CATEGORIES:Mentoring,Review" in _lines(text, edge["received"].uid)


def test_output_is_deterministic_crlf_and_folded(edge):
    text = export_meetings_ics()
    assert export_meetings_ics() == text
    assert text.endswith("END:VCALENDAR\r\n") and "\n" not in text.replace("\r\n", "")
    assert max(len(line.encode()) for line in text.split("\r\n")) <= 75
    assert Calendar.from_ical(text).to_ical().decode() == text  # byte for byte


def test_a_contact_or_a_range_narrows_the_calendar(edge):
    bob = m.ContactRecord.get(m.ContactRecord.name == "Bob Southern")
    by_contact = Calendar.from_ical(export_meetings_ics(ExportScope(contact_id=bob.id)))
    assert sorted(str(e["summary"]) for e in by_contact.walk("VEVENT")) == [
        "Invitation from Bob",
        "Sydney check-in",
        "UTC stand-up",
    ]
    assert [str(tz["tzid"]) for tz in by_contact.walk("VTIMEZONE")] == ["Australia/Sydney"]
    april = ExportScope(first_day=date(2026, 4, 6), last_day=date(2026, 4, 30))
    titles = sorted(
        str(e["summary"]) for e in Calendar.from_ical(export_meetings_ics(april)).events
    )
    # the whole Berlin series comes along (its overrides too), never a cut series
    assert titles == [
        "Berlin weekly",
        "Berlin weekly (moved)",
        "Berlin weekly across DST",
        "Sydney check-in",
    ]


def test_tasks_ride_along_when_asked(edge):
    without = Calendar.from_ical(export_meetings_ics())
    with_tasks = Calendar.from_ical(export_meetings_ics(tasks=True))
    assert not without.todos
    dated = m.TaskRecord.select().where(m.TaskRecord.due.is_null(False)).count()
    assert len(with_tasks.todos) == dated > 0
    assert len(with_tasks.events) == len(without.events)


def test_a_meeting_with_no_reminder_exports_no_alarm(database):
    from mentordesk.core.meeting_time import MeetingTime
    from mentordesk.core.reminder_defaults import NO_REMINDER

    start = datetime(2027, 3, 10, 10, 0)
    record = m.MeetingRecord(title="Quiet", reminder_minutes=NO_REMINDER)
    record.when = MeetingTime.timed(start, start + timedelta(hours=1), "UTC")
    record.save()
    [event] = Calendar.from_ical(export_meetings_ics()).walk("VEVENT")
    assert event.walk("VALARM") == []
