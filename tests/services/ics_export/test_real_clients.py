"""Acceptance: real clients take the export (demo workspace plus the edge meetings).

icalendar round-trips it, vobject parses it, libical finds no error (iTIP rules too for
invitations and cancellations), and khal imports it without a word on stderr.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import vobject
from icalendar import Calendar

from mentordesk.services.interop.ics.export import export_meetings_ics
from mentordesk.services.interop.ics.invitations import invitation_ics
from tests.services.ics_export.clients import khal_import, libical_errors


def _messages(edge) -> dict[str, str]:
    """The calendar and every kind of iTIP message the edge meetings give."""
    return {
        "publish": export_meetings_ics(),
        "publish+tasks": export_meetings_ics(tasks=True),
        "request-series": invitation_ics(edge["berlin"].id),
        "request-received": invitation_ics(edge["received"].uid),
        "request-all-day": invitation_ics(edge["all_day"].id),
        "request-moved": invitation_ics(edge["moved"].id),
        "cancel-whole": invitation_ics(edge["cancelled"].id, method="cancel"),
        "cancel-occurrence": invitation_ics(
            edge["sydney"].id, method="cancel", occurrence="2026-04-10T09:00:00"
        ),
        "cancel-moved": invitation_ics(edge["moved"].id, method="cancel"),
    }


@pytest.fixture
def messages(edge) -> dict[str, str]:
    return _messages(edge)


def _event_facts(calendar: Calendar) -> list[tuple]:
    return [
        (str(e["uid"]), str(e.get("recurrence-id", "")), e.to_ical())
        for e in calendar.walk("VEVENT")
    ]


def test_icalendar_round_trip_keeps_every_event(messages):
    for name, text in messages.items():
        parsed = Calendar.from_ical(text)
        again = parsed.to_ical().decode()
        assert again == text, name
        assert _event_facts(Calendar.from_ical(again)) == _event_facts(parsed), name
        assert parsed.events, name


def test_vobject_parses_every_message(messages):
    for name, text in messages.items():
        (calendar,) = list(vobject.readComponents(text))
        events = calendar.contents["vevent"]
        assert len(events) == len(Calendar.from_ical(text).events), name
        for event in events:
            event.getrruleset(addRDate=True)  # vobject expands the rule, exdates and rdates
            assert event.dtstart.value is not None, name


def test_libical_finds_no_error(messages):
    for name, text in messages.items():
        assert libical_errors(text) == [], name


def test_libical_itip_rules_hold_for_invitations_and_cancellations(messages):
    for name, text in messages.items():
        if not name.startswith("publish"):
            assert libical_errors(text, itip=True) == [], name


def test_libical_would_catch_a_broken_message(messages):
    """The check can fail: an invitation without its ORGANIZER breaks iTIP."""
    text = messages["request-series"]
    broken = "\r\n".join(x for x in text.split("\r\n") if not x.startswith("ORGANIZER"))
    assert any("ORGANIZER" in error for error in libical_errors(broken, itip=True))
    assert libical_errors(text.replace("TRIGGER:-PT30M", "TRIGGER:-PT30X", 1))


def test_khal_imports_the_calendar_without_a_warning(messages, tmp_path):
    result, vdir = khal_import(messages["publish"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    uids = {str(e["uid"]) for e in Calendar.from_ical(messages["publish"]).events}
    stored = [Calendar.from_ical(p.read_bytes()) for p in Path(vdir).glob("*.ics")]
    assert {str(e["uid"]) for c in stored for e in c.events} == uids
    assert sum(len(c.events) for c in stored) == len(Calendar.from_ical(messages["publish"]).events)


def test_khal_imports_each_message_without_a_warning(messages, tmp_path):
    for name, text in messages.items():
        if name.startswith("publish"):
            continue
        result, vdir = khal_import(text, tmp_path / name)
        assert (result.returncode, result.stderr) == (0, ""), name
        assert list(Path(vdir).glob("*.ics")), name


def test_khal_warns_on_a_zone_without_vtimezone(messages, tmp_path):
    """The check can fail: khal complains when a TZID has no VTIMEZONE."""
    text = re.sub(
        r"BEGIN:VTIMEZONE\r\nTZID:Australia/Sydney\r\n.*?END:VTIMEZONE\r\n",
        "",
        messages["publish"],
        flags=re.DOTALL,
    )
    assert "TZID:Australia/Sydney" not in text and "TZID=Australia/Sydney" in text
    result, _ = khal_import(text, tmp_path)
    assert "warning" in result.stderr.lower() and "Australia/Sydney" in result.stderr
