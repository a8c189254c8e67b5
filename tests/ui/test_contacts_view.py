"""The contacts view: filtering, the detail pane, add/edit/delete/undo, merge, logging, vCard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from mentordesk.db import models as m
from mentordesk.services.interop.export_json import export_json_text
from mentordesk.ui.contacts.dialogs import ContactDialog, parse_availability
from mentordesk.ui.contacts.filters import ContactFilter

DATA = Path(__file__).resolve().parents[1] / "data" / "vcards"


def _names(view) -> list[str]:
    proxy = view.table.proxy
    return sorted(proxy.index(r, 0).data(view.model.RowRole).name for r in range(proxy.rowCount()))


def test_lists_every_contact_and_selects_the_first(view):
    assert view.model.rowCount() == 6
    assert view.selected() is not None
    assert view.detail is not None and view.detail.id == view.selected().id


def test_stage_filter_shows_counts_and_filters(view):
    texts = [view.filters.stage.itemText(i) for i in range(view.filters.stage.count())]
    assert texts[0] == "All stages (6)"
    assert "Prospect (1)" in texts and "Active (4)" in texts
    view.filters.stage.setCurrentIndex(view.filters.stage.findData("prospect"))
    assert _names(view) == ["Aiko Tanaka"]


def test_where_met_tag_and_attention_filters(view):
    view.table.proxy.set_contact_filter(ContactFilter(met_channel="social_media"))
    assert _names(view) == ["Sam Whitfield"]
    view.table.proxy.set_contact_filter(ContactFilter(tag="mentee"))
    assert _names(view) == ["Jordan Lee"]
    view.filters.attention.setChecked(True)
    view.filters.tag.setCurrentIndex(0)
    assert "Marcus Okafor" in _names(view) and "Priya Raman" not in _names(view)


def test_detail_pane_shows_agreement_against_reality(view):
    view.select_contact(m.ContactRecord.get(m.ContactRecord.name == "Marcus Okafor").id)
    html = view.pane.toPlainText()
    assert "Marcus Okafor" in html
    assert "Online mentoring network" in html
    assert "Their local time" in html
    assert "no reply yet, follow up" in html
    assert "Give my first conference talk" in html
    assert "Stage history: Prospect (" in html and "→ Active (" in html


def test_detail_pane_counts_what_the_mentee_gave_back(view):
    view.select_contact(m.ContactRecord.get(m.ContactRecord.name == "Priya Raman").id)
    assert "Gave back: once, on 2026-11-14" in view.pane.toPlainText()


def test_add_contact_through_the_dialog(qtbot, view, monkeypatch):
    def fill_and_accept(dialog):
        qtbot.keyClicks(dialog.name, "Grace Hopper")
        dialog.timezone.setCurrentText("America/New_York")
        dialog.availability.setPlainText("Tue 10:00-12:00")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ContactDialog, "exec", fill_and_accept)
    view.contact_actions.add.trigger()
    assert view.model.rowCount() == 7
    assert view.selected().name == "Grace Hopper"
    contact = m.ContactRecord.get(m.ContactRecord.name == "Grace Hopper")
    assert contact.timezone == "America/New_York"


def test_edit_changes_the_stage_and_keeps_history(qtbot, view, monkeypatch):
    aiko = m.ContactRecord.get(m.ContactRecord.name == "Aiko Tanaka")
    view.select_contact(aiko.id)

    def promote(dialog):
        dialog.stage.setCurrentIndex(dialog.stage.findData("reached_out"))
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ContactDialog, "exec", promote)
    view.contact_actions.edit.trigger()
    ship = m.MentorshipRecord.get(m.MentorshipRecord.contact == aiko.id)
    assert ship.stage == "reached_out"
    stages = [s.stage for s in ship.stage_changes.order_by(m.StageChangeRecord.id)]
    assert stages[-2:] == ["prospect", "reached_out"]


def test_dialog_refuses_a_bad_zone_and_stays_open(qtbot, view):
    dialog = ContactDialog(parent=view)
    qtbot.addWidget(dialog)
    dialog.name.setText("Someone")
    dialog.timezone.setCurrentText("Mars/Olympus")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "Unknown time zone 'Mars/Olympus'" in dialog.errors.message("timezone")


def test_availability_lines_parse_and_report_bad_ones():
    assert parse_availability("Mon 9:00-17:00\n\nthursday 16:00 – 19:00") == [
        {"weekday": 0, "start": "09:00", "end": "17:00"},
        {"weekday": 3, "start": "16:00", "end": "19:00"},
    ]
    with pytest.raises(ValueError, match="line 2"):
        parse_availability("Mon 09:00-17:00\nsometimes")


def test_delete_asks_first_and_can_be_undone(qtbot, view, monkeypatch):
    before = export_json_text()
    asked = []
    monkeypatch.setattr(view, "confirm", lambda title, text: asked.append(text) or True)
    victim = view.selected().name
    qtbot.keyClick(view.table.table, Qt.Key.Key_Delete)
    assert asked and victim in asked[0]
    assert view.model.rowCount() == 5
    undo = _toolbar_undo(view)
    assert undo.isEnabled() and undo.text() == f"Undo Delete {victim}"
    undo.trigger()
    assert view.model.rowCount() == 6
    assert export_json_text() == before


def _toolbar_undo(view):
    """The Undo button of the contacts toolbar (the app's stack)."""
    return next(a for a in view.toolbar.actions() if a.text().startswith("Undo"))


def test_delete_declined_changes_nothing(view, monkeypatch):
    before = export_json_text()
    monkeypatch.setattr(view, "confirm", lambda title, text: False)
    view.contact_actions.delete.trigger()
    assert export_json_text() == before and view.model.rowCount() == 6


def test_merge_picks_a_likely_duplicate_previews_and_undoes(view, monkeypatch):
    from mentordesk.services.contacts.records import add_contact
    from mentordesk.ui.contacts.merge_dialogs import MergePickerDialog

    add_contact(name="Priya R.")
    view.reload()
    priya = m.ContactRecord.get(m.ContactRecord.name == "Priya Raman")
    view.select_contact(priya.id)
    before = export_json_text()
    offered, previews = [], []

    def pick(keep_name, candidates):
        dialog = MergePickerDialog(keep_name, candidates, parent=view)
        offered.append(dialog.chosen())
        return dialog.chosen()

    monkeypatch.setattr(view.merging, "ask_duplicate", pick)
    monkeypatch.setattr(
        view.merging,
        "confirm_merge",
        lambda preview: previews.append(preview) or QDialog.DialogCode.Accepted,
    )
    view.contact_actions.merge.trigger()
    assert offered[0].name == "Priya R." and offered[0].likely
    assert previews[0].kept_name == "Priya Raman" and previews[0].stage_after == "active"
    assert not m.ContactRecord.select().where(m.ContactRecord.name == "Priya R.").exists()
    assert view.context.undo.stack.undoText() == "Merge Priya R. into Priya Raman"
    _toolbar_undo(view).trigger()
    assert export_json_text() == before


def test_merge_picker_presets_no_stranger(qtbot, view):
    from mentordesk.services.contacts.duplicates import merge_candidates
    from mentordesk.ui.contacts.merge_dialogs import MergePickerDialog

    jordan = m.ContactRecord.get(m.ContactRecord.name == "Jordan Lee")
    dialog = MergePickerDialog("Jordan Lee", merge_candidates(jordan.id), parent=view)
    qtbot.addWidget(dialog)
    assert dialog.chosen() is None and not dialog.next.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_swapping_in_the_preview_keeps_the_other_contact(view, monkeypatch):
    from mentordesk.services.contacts.records import add_contact
    from mentordesk.ui.contacts.merge_dialogs import SWAP

    imported = add_contact(name="P. Raman")
    view.reload()
    view.select_contact(imported)
    answers = iter([SWAP, QDialog.DialogCode.Accepted])
    kept = []
    monkeypatch.setattr(view.merging, "ask_duplicate", lambda name, candidates: candidates[0])
    monkeypatch.setattr(
        view.merging,
        "confirm_merge",
        lambda preview: kept.append(preview.kept_name) or next(answers),
    )
    view.contact_actions.merge.trigger()
    assert kept == ["P. Raman", "Priya Raman"]
    assert not m.ContactRecord.select().where(m.ContactRecord.name == "P. Raman").exists()


def test_log_interaction(view, monkeypatch):
    from mentordesk.ui.contacts.interaction_dialog import InteractionDialog

    def fill(dialog):
        dialog.summary.setText("Sent the slides")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(InteractionDialog, "exec", fill)
    contact = view.selected()
    view.contact_actions.log_interaction.trigger()
    logged = m.InteractionRecord.get(m.InteractionRecord.summary == "Sent the slides")
    assert logged.contact_id == contact.id and logged.direction == "out"
    assert "Sent the slides" in view.pane.toPlainText()


def test_vcard_import_shows_a_preview_then_imports(view, monkeypatch):
    from mentordesk.ui.contacts.vcard_jobs import VCardJobs

    shown = []

    def answer(self, path, preview):
        shown.append(preview)

        class Accept:
            def exec(self):
                return QDialog.DialogCode.Accepted

        return Accept()

    monkeypatch.setattr(view, "ask_open_path", lambda: DATA / "google_contacts.vcf")
    monkeypatch.setattr(VCardJobs, "preview_dialog", answer)
    before = view.model.rowCount()
    view.contact_actions.import_vcf.trigger()
    created = shown[0].count(shown[0].items[0].action.__class__.CREATE)
    assert created > 0
    assert view.model.rowCount() == before + created


def test_the_import_preview_shows_the_rows_the_reading_job_prepared(view, monkeypatch):
    from mentordesk.ui.contacts.vcard_dialogs import VCardPreviewDialog

    shown = []
    monkeypatch.setattr(VCardPreviewDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    view.vcard.import_path(DATA / "google_contacts.vcf")
    dialog = shown[0]
    assert dialog.model.prepared is not None
    assert dialog.model.rowCount() == len(dialog.model.prepared.rows) > 0
    assert view.vcard._prepared is None  # handed over once, not kept
    dialog.deleteLater()


def test_vcard_preview_dialog_lists_cards_and_problems(qtbot, database):
    from mentordesk.services.interop.vcard.transfer import preview_vcards, read_vcard_file
    from mentordesk.ui.contacts.vcard_dialogs import VCardPreviewDialog

    path = DATA / "malformed_middle.vcf"
    dialog = VCardPreviewDialog(path=path, preview=preview_vcards(read_vcard_file(path)))
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2
    assert "1 skipped" in dialog.summary.text()
    assert not dialog.problems.isHidden() and "Line" in dialog.problems.text()
    assert dialog.import_button.isEnabled()


def test_vcard_export_writes_a_file(view, monkeypatch, tmp_path):
    target = tmp_path / "out.vcf"
    monkeypatch.setattr(view, "ask_save_path", lambda: target)
    view.contact_actions.export_vcf.trigger()
    assert target.read_bytes().count(b"BEGIN:VCARD") == 6


def test_contact_models_pass_the_model_tester(qtmodeltester, view):
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.table.proxy)


def test_undo_steps_back_through_several_writes(view, monkeypatch):
    before = export_json_text()
    monkeypatch.setattr(view, "confirm", lambda title, text: True)
    view.contact_actions.delete.trigger()

    def accept(dialog):
        dialog.name.setText("New Person")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ContactDialog, "exec", accept)
    view.contact_actions.add.trigger()
    stack = view.context.undo.stack
    assert stack.undoText() == "Add New Person" and stack.count() == 2
    stack.undo()
    assert "New Person" not in _names(view)
    stack.undo()
    assert export_json_text() == before and view.model.rowCount() == 6
    stack.redo()
    stack.redo()
    assert "New Person" in _names(view) and view.model.rowCount() == 6


def test_detail_pane_shows_an_embedded_photo(view):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    from mentordesk.services.interop.vcard.transfer import import_vcards, read_vcard_file
    from mentordesk.ui.contacts.detail_pane import PHOTO_URL

    import_vcards(read_vcard_file(DATA / "iphone.vcf"))
    view.reload()
    with_photo = m.ContactRecord.select().where(m.ContactRecord.photo.is_null(False)).get()
    view.select_contact(with_photo.id)
    assert view.detail.photo == bytes(with_photo.photo)
    image = view.pane.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(PHOTO_URL))
    assert image is not None and not image.isNull()
    assert "<img" in view.pane.toHtml()


def test_edit_dialog_opens_after_the_form_is_delivered(view, monkeypatch):
    from tests.ui.delivery import inside_delivery

    opened = []

    def record(dialog):
        opened.append(inside_delivery())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ContactDialog, "exec", record)
    view.contact_actions.edit.trigger()
    assert opened == [False]


def test_vcard_preview_opens_after_the_read_is_delivered(view, monkeypatch):
    from mentordesk.ui.contacts.vcard_jobs import VCardJobs
    from tests.ui.delivery import inside_delivery

    opened = []

    def answer(self, path, preview):
        opened.append(inside_delivery())

        class Decline:
            def exec(self):
                return QDialog.DialogCode.Rejected

        return Decline()

    monkeypatch.setattr(view, "ask_open_path", lambda: DATA / "google_contacts.vcf")
    monkeypatch.setattr(VCardJobs, "preview_dialog", answer)
    view.contact_actions.import_vcf.trigger()
    assert opened == [False]


def test_vcard_preview_names_repaired_fields_by_line(qtbot, database):
    from mentordesk.services.interop.vcard.transfer import preview_vcards, read_vcard_file
    from mentordesk.ui.contacts.vcard_dialogs import VCardPreviewDialog

    path = DATA / "repairs" / "bad_photo_base64.vcf"
    dialog = VCardPreviewDialog(path=path, preview=preview_vcards(read_vcard_file(path)))
    qtbot.addWidget(dialog)
    assert dialog.problems.isHidden()
    assert not dialog.warnings.isHidden()
    assert "Line 5: PHOTO is not valid base64" in dialog.warnings.text()
