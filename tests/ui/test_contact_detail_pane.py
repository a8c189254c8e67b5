"""The detail pane: huge texts stay quick (bounded, 'Show all'), and the profile without agreement."""

from __future__ import annotations

import time

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QPlainTextEdit

from mentordesk.db import models as m
from mentordesk.ui.widgets.long_text import excerpt, is_long

HUGE = 1_000_000


def _contact(name: str) -> m.ContactRecord:
    return m.ContactRecord.get(m.ContactRecord.name == name)


def _select_and_lay_out(view, contact_id: int) -> float:
    """Reload, select a contact, lay the pane out completely; the seconds it took."""
    started = time.perf_counter()
    view.reload()
    view.select_contact(contact_id)
    view.pane.document().documentLayout().documentSize()
    view.pane.viewport().grab()
    return time.perf_counter() - started


def test_a_million_character_note_is_shown_bounded_and_whole_one_click_away(view):
    note = "x" * HUGE
    priya = _contact("Priya Raman")
    m.ContactRecord.update(notes=note).where(m.ContactRecord.id == priya.id).execute()
    seconds = _select_and_lay_out(view, priya.id)
    assert view.detail.notes == note
    assert view.pane.document().characterCount() < 10_000
    assert "Show all (1000000 characters)" in view.pane.toPlainText()
    assert seconds < 10  # was over 60 s when the whole note was laid out word-wrapped
    view.pane.anchorClicked.emit(QUrl("mentordesk-show-all:notes"))
    viewer = view.pane.viewer
    assert viewer.isVisible() and viewer.windowTitle() == "Notes on Priya Raman"
    assert viewer.editor.lineWrapMode() == QPlainTextEdit.LineWrapMode.NoWrap
    assert viewer.editor.isReadOnly() and viewer.editor.toPlainText() == note


def test_a_huge_interaction_summary_is_cut_with_a_link_to_all_of_it(view):
    marcus = _contact("Marcus Okafor")
    record = m.InteractionRecord.select().where(m.InteractionRecord.contact == marcus.id).get()
    summary = "word " * 200_000
    m.InteractionRecord.update(summary=summary).where(m.InteractionRecord.id == record.id).execute()
    _select_and_lay_out(view, marcus.id)
    assert view.pane.document().characterCount() < 10_000
    view.pane.anchorClicked.emit(QUrl(f"mentordesk-show-all:interaction/{record.id}"))
    assert view.pane.viewer.editor.toPlainText() == summary


def test_short_notes_keep_their_line_breaks_and_have_no_show_all(view):
    priya = _contact("Priya Raman")
    notes = "Likes concrete questions.\nPrefers mornings."
    m.ContactRecord.update(notes=notes).where(m.ContactRecord.id == priya.id).execute()
    _select_and_lay_out(view, priya.id)
    text = view.pane.toPlainText().replace("\u2028", "\n")  # <br> is a line separator
    assert "Notes: Likes concrete questions.\nPrefers mornings." in text
    assert "Show all" not in text


def test_profile_shows_birthday_links_and_time_zone_without_an_agreement(view):
    aiko = _contact("Aiko Tanaka")
    m.ContactRecord.update(
        birthday="--04-12", links=[{"value": "https://kumo.example/aiko", "label": ""}]
    ).where(m.ContactRecord.id == aiko.id).execute()
    _select_and_lay_out(view, aiko.id)
    text = view.pane.toPlainText()
    assert view.detail.agreement is None
    assert "Birthday: 04-12 (year unknown)" in text
    assert "Links: https://kumo.example/aiko" in text
    assert "Their local time: 19:00 (Thu), Asia/Tokyo" in text
    assert 'href="https://kumo.example/aiko"' in view.pane.toHtml()


def test_excerpt_cuts_characters_and_lines():
    assert excerpt("short") == "short" and not is_long("short")
    assert excerpt("a" * 10, limit=4) == "aaaa…"
    assert excerpt("1\n2\n3\n4", lines=2) == "1\n2…" and is_long("1\n2\n3", lines=2)


def test_a_reload_showing_the_same_page_leaves_the_pane_alone(view):
    before = view.pane.document()
    revision = before.revision()
    view.reload()
    assert view.detail is not None
    assert view.pane.document() is before and before.revision() == revision


def test_a_changed_page_is_shown(view, qtbot):
    from dataclasses import replace

    from mentordesk.ui.contacts.detail_pane import render_detail

    renamed = replace(view.detail, name="Someone Renamed")
    view.pane.show_rendered(render_detail(renamed, view.context.now()))
    assert "Someone Renamed" in view.pane.toPlainText()


def test_a_long_history_shows_the_newest_and_points_to_the_log(view):
    from dataclasses import replace

    from mentordesk.ui.contacts.detail_pane import TIMELINE_ITEMS, detail_html

    detail = view.detail
    assert detail.interactions, "the sample contact should have interactions"
    rows = detail.interactions * (TIMELINE_ITEMS + 1)
    many = replace(detail, interactions=rows, interaction_count=len(rows))
    html = detail_html(many, view.context.now())
    assert html.count("<li>") - detail_html(detail, view.context.now()).count("<li>") == (
        TIMELINE_ITEMS - len(detail.interactions)
    )
    assert f"The newest {TIMELINE_ITEMS} of {len(many.interactions)} interactions" in html


def test_a_theme_change_writes_the_page_again_so_links_take_the_new_colour(view):
    from PySide6.QtGui import QColor, QPalette

    pane = view.pane
    assert view.detail is not None
    revision = pane.document().revision()
    palette = QPalette(pane.palette())
    palette.setColor(QPalette.ColorRole.Link, QColor("#ffcc00"))
    pane.setPalette(palette)
    assert pane.document().revision() != revision
    assert view.detail.name in pane.toPlainText()
