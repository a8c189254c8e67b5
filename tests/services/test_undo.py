"""The undo journal: every kind of write comes back byte for byte, and goes forward again."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from mentordesk.core.changes import ChangeKind
from mentordesk.db import models as m
from mentordesk.services.contacts.editing import (
    add_interaction,
    contact_form,
    save_contact,
    set_stage,
)
from mentordesk.services.contacts.records import add_contact
from mentordesk.services.interop.export_json import export_json_text
from mentordesk.services.interop.vcard.transfer import import_vcards, read_vcard_file
from mentordesk.services.undo import record_changes, redo_changes, undo_changes
from tests.conftest import FIXED_NOW

VCARDS = Path(__file__).resolve().parents[1] / "data" / "vcards"


def _priya() -> int:
    return m.ContactRecord.get(m.ContactRecord.name == "Priya Raman").id


def _edit_priya():
    form = contact_form(_priya())
    form.organisation, form.stage, form.their_reply_hours = "Elsewhere", "paused", 6
    return save_contact(form, contact_id=_priya())


def _log_contact():
    return add_interaction(
        contact_id=_priya(),
        occurred_at=FIXED_NOW - timedelta(hours=1),
        channel="email",
        direction="out",
        kind="message",
        summary="Sent the draft",
    )


WRITES = {
    "add": (lambda: add_contact(name="Zed"), ChangeKind.CONTACTS),
    "edit": (_edit_priya, ChangeKind.CONTACTS),
    "stage": (lambda: set_stage(contact_id=_priya(), stage="alumni"), ChangeKind.CONTACTS),
    "log contact": (_log_contact, ChangeKind.INTERACTIONS),
    "vcard import": (
        lambda: import_vcards(read_vcard_file(VCARDS / "google_contacts.vcf")),
        ChangeKind.CONTACTS,
    ),
}


@pytest.mark.parametrize("name", WRITES)
def test_each_write_undoes_and_redoes_byte_for_byte(demo_database, name):
    work, kinds = WRITES[name]
    before = export_json_text()
    _, changes = record_changes(name, work)
    after = export_json_text()
    assert after != before
    assert changes.kinds() & kinds
    undo_changes(changes)
    assert export_json_text() == before
    redo_changes(changes)
    assert export_json_text() == after


def test_photos_survive_the_journal(demo_database):
    photo = bytes(range(256))
    _, changes = record_changes(
        "photo",
        lambda: m.ContactRecord.update(photo=photo).where(m.ContactRecord.id == _priya()).execute(),
    )
    undo_changes(changes)
    assert m.ContactRecord.get_by_id(_priya()).photo is None
    redo_changes(changes)
    assert bytes(m.ContactRecord.get_by_id(_priya()).photo) == photo


def test_a_failed_write_journals_nothing_and_changes_nothing(demo_database):
    before = export_json_text()

    def half_then_fail():
        add_contact(name="Half")
        raise ValueError("stop")

    with pytest.raises(ValueError):
        record_changes("fails", half_then_fail)
    assert export_json_text() == before
    _, empty = record_changes("nothing", lambda: None)
    assert empty.rows == () and empty.kinds() == ChangeKind.NONE
