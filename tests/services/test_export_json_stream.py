"""The streamed export writes the very bytes the whole-document export wrote."""

from __future__ import annotations

import io
import json

from mentordesk.db import models as m
from mentordesk.services.contacts.records import add_contact
from mentordesk.services.files import write_text_atomic
from mentordesk.services.interop.export_json import (
    export_data,
    export_json_text,
    write_export_json,
)


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
