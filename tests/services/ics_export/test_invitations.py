"""One meeting as an invitation (METHOD:REQUEST) or a cancellation (METHOD:CANCEL)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from mentordesk.db import models as m
from mentordesk.services.interop.ics.invitations import InvitationError, invitation_ics
from mentordesk.services.settings import MY_EMAIL, set_setting


def _parse(text: str) -> tuple[str, list]:
    calendar = Calendar.from_ical(text)
    return str(calendar["method"]), list(calendar.walk("VEVENT"))


def test_a_series_invitation_names_me_its_people_and_its_agenda(edge):
    method, events = _parse(invitation_ics(edge["berlin"].id))
    assert method == "REQUEST"
    series, moved = events  # the cancelled occurrence became an EXDATE
    assert str(series["organizer"]) == "mailto:mia@example.org"
    (ada,) = [series["attendee"]]
    assert str(ada) == "mailto:ada@example.com"
    assert ada.params["CN"] == "Ada Edge" and ada.params["PARTSTAT"] == "ACCEPTED"
    assert str(series["description"]) == edge["berlin"].agenda
    berlin = ZoneInfo("Europe/Berlin")
    skipped = {d.dt for line in [series["exdate"]] for d in line.dts}
    assert skipped == {
        datetime(2026, 3, 19, 10, tzinfo=berlin),
        datetime(2026, 4, 2, 10, tzinfo=berlin),
    }
    assert moved.decoded("recurrence-id") == datetime(2026, 3, 26, 10, tzinfo=berlin)
    assert str(moved["uid"]) == edge["berlin"].uid and str(moved["attendee"]) == str(ada)
    assert int(series["sequence"]) == 3 and int(moved["sequence"]) == 4


def test_a_received_meeting_keeps_its_organizer_and_guests(edge):
    _, (event,) = _parse(invitation_ics(edge["received"].uid))
    assert str(event["organizer"]) == "mailto:bob@example.net"
    assert [str(a) for a in event["attendee"]] == [
        "mailto:bob@example.net",
        "mailto:carol@example.com",
    ]


def test_a_moved_occurrence_goes_alone(edge):
    _, (event,) = _parse(invitation_ics(edge["moved"].id))
    assert str(event["uid"]) == edge["berlin"].uid and "RECURRENCE-ID" in event
    assert "RRULE" not in event


def test_cancelling_the_whole_meeting(edge):
    method, (event,) = _parse(invitation_ics(edge["berlin"].uid, method="cancel"))
    assert method == "CANCEL" and str(event["status"]) == "CANCELLED"
    assert "RECURRENCE-ID" not in event and str(event["uid"]) == edge["berlin"].uid


def test_cancelling_one_occurrence_of_a_series(edge):
    text = invitation_ics(edge["sydney"].id, method="cancel", occurrence="2026-04-10T09:00:00")
    method, (event,) = _parse(text)
    assert method == "CANCEL" and str(event["status"]) == "CANCELLED"
    sydney = ZoneInfo("Australia/Sydney")
    assert event.decoded("recurrence-id") == datetime(2026, 4, 10, 9, tzinfo=sydney)
    assert event.decoded("dtstart") == datetime(2026, 4, 10, 9, tzinfo=sydney)
    assert "RECURRENCE-ID;TZID=Australia/Sydney:20260410T090000" in text
    assert "RRULE" not in event


def test_cancelling_an_occurrence_that_was_moved_uses_the_moved_one(edge):
    text = invitation_ics(edge["berlin"].id, method="cancel", occurrence="2026-03-26T10:00:00")
    _, (event,) = _parse(text)
    assert event.decoded("dtstart") == datetime(2026, 3, 27, 14, tzinfo=ZoneInfo("Europe/Berlin"))
    assert str(event["status"]) == "CANCELLED"
    assert text == invitation_ics(edge["moved"].id, method="cancel")


@pytest.mark.parametrize(
    ("key", "kwargs", "says"),
    [
        ("floating", {}, "nobody to send 'Morning journaling' to"),
        ("cancelled", {}, "is cancelled; send a cancellation instead"),
        ("all_day", {"method": "cancel", "occurrence": "2026-05-01"}, "does not repeat"),
        ("berlin", {"method": "cancel", "occurrence": "next week"}, "cannot read the occurrence"),
        ("berlin", {"occurrence": "2026-03-05T10:00:00"}, "leave out the occurrence"),
        ("berlin", {"method": "publish"}, "unknown method 'publish'"),
    ],
)
def test_what_cannot_be_sent_is_one_clear_line(edge, key, kwargs, says):
    with pytest.raises(InvitationError, match=says.replace("(", r"\(")):
        invitation_ics(edge[key].id, **kwargs)


def test_without_my_address_an_invitation_asks_for_it(edge):
    set_setting(MY_EMAIL, "")
    with pytest.raises(InvitationError, match="set it in Calendar settings"):
        invitation_ics(edge["berlin"].id)
    assert invitation_ics(edge["received"].id)  # their organizer is enough
    assert m.MeetingRecord.select().count() == 20  # nothing changed
