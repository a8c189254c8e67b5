"""A merged calendar resource keeps its time zone's STANDARD and DAYLIGHT parts inside VTIMEZONE."""

from __future__ import annotations

from icalendar import Calendar

from mentordesk.services.sync.merge import merge

BASE = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//EN
BEGIN:VTIMEZONE
TZID:Europe/Berlin
BEGIN:STANDARD
DTSTART:20261025T030000
TZNAME:CET
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:20260329T030000
TZNAME:CEST
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:zone-1
DTSTAMP:20261128T120000Z
SUMMARY:Check-in
DTSTART;TZID=Europe/Berlin:20261201T100000
END:VEVENT
END:VCALENDAR
"""


def test_a_merge_keeps_the_zone_whole_and_valid():
    local = BASE.replace("SUMMARY:Check-in", "SUMMARY:Check-in (moved)")
    remote = BASE.replace("END:VEVENT", "LOCATION:Library\nEND:VEVENT")
    merged = merge(BASE, local, remote, conflicts_allowed=True)
    assert not merged.conflicts
    calendar = Calendar.from_ical(merged.text)
    assert [c.name for c in calendar.subcomponents] == ["VTIMEZONE", "VEVENT"]
    zone = calendar.subcomponents[0]
    assert sorted(c.name for c in zone.subcomponents) == ["DAYLIGHT", "STANDARD"]
    event = calendar.subcomponents[1]
    assert (str(event["summary"]), str(event["location"])) == ("Check-in (moved)", "Library")
