"""The three-way merge keeps a VTIMEZONE's STANDARD and DAYLIGHT parts inside it."""

from __future__ import annotations

from icalendar import Calendar

from mentordesk.services.sync.merge import merge

BASE = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//test//EN\r
BEGIN:VTIMEZONE\r
TZID:Europe/Berlin\r
BEGIN:STANDARD\r
DTSTART:20261025T030000\r
TZOFFSETFROM:+0200\r
TZOFFSETTO:+0100\r
TZNAME:CET\r
END:STANDARD\r
BEGIN:DAYLIGHT\r
DTSTART:20260329T020000\r
TZOFFSETFROM:+0100\r
TZOFFSETTO:+0200\r
TZNAME:CEST\r
END:DAYLIGHT\r
END:VTIMEZONE\r
BEGIN:VEVENT\r
UID:zone-test\r
DTSTAMP:20261101T000000Z\r
DTSTART;TZID=Europe/Berlin:20261201T100000\r
SUMMARY:Check-in\r
LOCATION:Room 1\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_a_merged_event_keeps_its_time_zone_whole():
    ours = BASE.replace("SUMMARY:Check-in", "SUMMARY:Check-in (moved)")
    theirs = BASE.replace("LOCATION:Room 1", "LOCATION:Room 2")
    result = merge(BASE, ours, theirs, conflicts_allowed=True)
    assert result.conflicts == ()
    zone = Calendar.from_ical(result.text).walk("VTIMEZONE")[0]
    assert [c.name for c in zone.subcomponents] == ["STANDARD", "DAYLIGHT"]
    lines = result.text.split("\r\n")
    assert lines.index("BEGIN:STANDARD") > lines.index("BEGIN:VTIMEZONE")
    assert lines.index("END:DAYLIGHT") < lines.index("END:VTIMEZONE")
    event = Calendar.from_ical(result.text).walk("VEVENT")[0]
    assert (str(event["SUMMARY"]), str(event["LOCATION"])) == ("Check-in (moved)", "Room 2")
