"""The always-current calendar.ics: written whole into the chosen folder, or one clear error."""

from __future__ import annotations

import pytest
from icalendar import Calendar

from mentordesk.db import models as m
from mentordesk.services.interop.ics.export import export_meetings_ics
from mentordesk.services.interop.ics.publish import PublishError, publish_calendar, republish
from mentordesk.services.settings import CALENDAR_PUBLISH_FOLDER, set_setting


def test_publish_writes_the_whole_calendar(edge, tmp_path):
    path = publish_calendar(tmp_path / "shared" / "cal")
    assert path == tmp_path / "shared" / "cal" / "calendar.ics"
    assert path.read_bytes() == export_meetings_ics().encode()
    assert len(Calendar.from_ical(path.read_bytes()).events) == 21
    assert [p.name for p in path.parent.iterdir()] == ["calendar.ics"]  # no partial left


def test_republish_follows_the_setting(edge, tmp_path):
    assert republish() is None
    set_setting(CALENDAR_PUBLISH_FOLDER, str(tmp_path))
    first = republish().read_text()
    m.MeetingRecord.update(title="Renamed").where(m.MeetingRecord.id == edge["utc"].id).execute()
    second = republish().read_text()
    assert "SUMMARY:Renamed" in second and "SUMMARY:Renamed" not in first


def test_an_unwritable_folder_is_one_line(edge, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(PublishError, match=f"cannot write {blocker}/calendar.ics: "):
        publish_calendar(blocker)
    assert blocker.read_text() == "x"
