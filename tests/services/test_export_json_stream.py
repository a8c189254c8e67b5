"""The streamed export writes the very bytes the whole-document export wrote.

`export_data()` reads model objects one by one (the implementation before the fast rows of
`json_rows`), so comparing with its dump compares the two implementations.
"""

from __future__ import annotations

import io
import json
from dataclasses import replace
from datetime import date, datetime, timedelta

from mentordesk.core.meeting_time import MeetingTime
from mentordesk.db import models as m
from mentordesk.db.database import db
from mentordesk.services.calendar.editing import (
    MeetingDraft,
    create_meeting,
    delete_meeting,
    load_meeting,
    save_occurrence,
    skip_occurrence,
)
from mentordesk.services.contacts.records import add_contact
from mentordesk.services.files import write_text_atomic
from mentordesk.services.interop.export_json import (
    export_data,
    export_json_text,
    write_export_json,
)
from tests.services.calendar.helpers import berlin, meeting, person

THU = datetime(2026, 11, 26, 17, 30)  # a Thursday


def _whole_document() -> str:
    """The export as it was built before streaming: one dict, dumped at once."""
    return json.dumps(export_data(), sort_keys=True, ensure_ascii=False, indent=2) + "\n"


def test_streamed_export_is_byte_identical_on_the_demo(demo_database):
    out = io.StringIO()
    write_export_json(out)
    assert out.getvalue() == _whole_document()
    assert export_json_text() == out.getvalue()


def test_streamed_export_is_byte_identical_with_empty_tables_and_odd_text(database):
    contact = add_contact(name='Zoë "Quote" Ünal\nsecond line')
    m.ContactRecord.update(photo=b"\x00\xff", tags=["a", "ß"]).where(
        m.ContactRecord.id == contact
    ).execute()
    assert export_json_text() == _whole_document()
    assert json.loads(export_json_text())["tasks"] == []


def test_a_streamed_export_to_a_file_is_the_same_text(demo_database, tmp_path):
    target = tmp_path / "export.json"
    write_text_atomic(target, write_export_json)
    assert target.read_text(encoding="utf-8") == _whole_document()


def _series_with_an_override() -> tuple[int, int]:
    """A weekly Berlin series with a skipped and a moved occurrence, itself stored after it."""
    priya = person("Priya", "Europe/Berlin")
    series = meeting("Check-in", berlin(THU), priya, rrule="FREQ=WEEKLY;BYDAY=TH")
    skip_occurrence(series, "2026-12-10T17:30:00")
    moved = berlin(THU + timedelta(days=7, hours=2)).moved_to(THU + timedelta(days=7, hours=2))
    override = save_occurrence(
        series,
        "2026-12-03T17:30:00",
        replace(load_meeting(series), rrule="", exdates=(), when=moved, notes="Moved"),
    )
    return series, override


def test_the_fast_rows_match_the_model_rows_on_a_handmade_override_case(database):
    series, override = _series_with_an_override()
    create_meeting(MeetingDraft(title="Offsite", when=MeetingTime.all_day(date(2026, 12, 1))))
    floating = MeetingTime.floating(THU, THU + timedelta(hours=1))
    gone = create_meeting(MeetingDraft(title="Cancelled idea", when=floating))
    delete_meeting(gone)
    meetings = json.loads(export_json_text())["meetings"]
    assert [r["id"] for r in meetings if r["recurrence_of_id"] == series] == [override]
    assert gone not in [r["id"] for r in meetings]
    assert export_json_text() == _whole_document()


def test_the_fast_rows_read_unusual_stored_values_as_the_model_does(database):
    contact = add_contact(name="Ada")
    task = m.TaskRecord.create(title="Send notes", contact=contact)
    table = m.TaskRecord._meta.table_name
    due = m.TaskRecord.due.column_name
    for stored in ("2026-02-30", "2026-3-4", "2026-03-04 10:00:00", None):
        db.execute_sql(f'UPDATE "{table}" SET "{due}" = ? WHERE id = ?', (stored, task.id))
        assert export_json_text() == _whole_document()
    minutes = m.TaskRecord.estimate_minutes.column_name
    db.execute_sql(f'UPDATE "{table}" SET "{minutes}" = 2.5 WHERE id = ?', (task.id,))
    assert export_json_text() == _whole_document()
    m.ContactRecord.update(tags=["x", {"b": [1, 2.5], "a": None}]).where(
        m.ContactRecord.id == contact
    ).execute()
    assert export_json_text() == _whole_document()
