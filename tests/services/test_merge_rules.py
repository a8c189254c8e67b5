"""Merging keeps the furthest stage and both histories; the preview is what the merge does."""

from __future__ import annotations

from mentordesk.core.enums import Stage
from mentordesk.db import models as m
from mentordesk.services.contacts.duplicates import (
    SAME_EMAIL,
    SIMILAR_NAME,
    merge_candidates,
    similar_names,
)
from mentordesk.services.contacts.editing import ContactForm, save_contact
from mentordesk.services.contacts.merge import merge_contacts
from mentordesk.services.contacts.merge_preview import preview_merge
from mentordesk.services.contacts.records import main_mentorship
from mentordesk.services.interop.export_json import export_json_text
from mentordesk.services.undo import record_changes, undo_changes


def _priya() -> int:
    return m.ContactRecord.get(m.ContactRecord.name == "Priya Raman").id


def _imported_p_raman() -> int:
    """A card imported later for the same person: a prospect with a short history."""
    return save_contact(
        ContactForm(name="P. Raman", organisation="Northwind", emails=["p.raman@home.example"])
    )


def _steps(contact_id: int) -> list[str]:
    ship = main_mentorship(contact_id)
    return [s.stage for s in ship.stage_changes.order_by(m.StageChangeRecord.changed_at)]


def test_merging_into_an_imported_card_keeps_the_furthest_stage_and_both_histories(
    demo_database,
):
    priya, imported = _priya(), _imported_p_raman()
    priya_steps = _steps(priya)
    before = export_json_text()
    _, changes = record_changes("merge", lambda: merge_contacts(keep_id=imported, merge_id=priya))
    ship = main_mentorship(imported)
    assert ship.stage == Stage.ACTIVE.value
    merged_steps = _steps(imported)
    for step in priya_steps:
        assert step in merged_steps
    assert len(merged_steps) == len(priya_steps) + 2  # the import's first step, the merge note
    assert (
        ship.stage_changes.order_by(m.StageChangeRecord.id.desc())
        .first()
        .note.startswith("Merged with Priya Raman")
    )
    undo_changes(changes)
    assert export_json_text() == before


def test_likely_duplicates_come_first_and_strangers_have_no_reason(demo_database):
    imported = _imported_p_raman()
    candidates = merge_candidates(imported)
    assert candidates[0].name == "Priya Raman" and candidates[0].reason == SIMILAR_NAME
    assert all(not c.likely for c in candidates[1:])
    twin = save_contact(ContactForm(name="Someone Else", emails=["PRIYA@northwind.example"]))
    assert merge_candidates(twin)[0].reason == SAME_EMAIL


def test_similar_names():
    assert similar_names("Priya Raman", "P. Raman")
    assert similar_names("Raman, Priya", "Priya Raman")
    assert similar_names("Zoë Müller", "Zoe Muller")
    assert similar_names("Priya Raman", "Priya Ramann")
    assert similar_names("Priya R.", "Priya Raman")
    assert not similar_names("Priya Okafor", "Priya Raman")
    assert not similar_names("Priya Raman", "Marcus Okafor")
    assert not similar_names("", "Marcus Okafor")


def test_the_preview_is_what_the_merge_does_and_changes_nothing(demo_database):
    priya, imported = _priya(), _imported_p_raman()
    before = export_json_text()
    preview = preview_merge(keep_id=imported, merge_id=priya)
    assert export_json_text() == before
    assert preview.stage_before == ("prospect", "active") and preview.stage_after == "active"
    conflicts = {f.field: f for f in preview.conflicts()}
    assert set(conflicts) == {"name", "organisation"}
    assert conflicts["organisation"].result == "Northwind"
    emails = next(f for f in preview.fields if f.field == "emails")
    assert "priya@northwind.example" in emails.result and not emails.conflict
    assert preview.moved["interactions"] > 0
    merge_contacts(keep_id=imported, merge_id=priya)
    assert main_mentorship(imported).stage == preview.stage_after
    assert main_mentorship(imported).stage_changes.count() == preview.stage_steps
