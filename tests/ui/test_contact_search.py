"""Searching contacts: notes, organisation, where met and tags; Escape; 'no match'; selection."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from mentordesk.db import models as m
from mentordesk.ui.contacts.filters import ContactFilter


def _names(view) -> list[str]:
    proxy = view.table.proxy
    return sorted(proxy.index(r, 0).data(view.model.RowRole).name for r in range(proxy.rowCount()))


def _id(name: str) -> int:
    return m.ContactRecord.get(m.ContactRecord.name == name).id


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("pydata", ["Priya Raman"]),  # where-met detail
        ("running club", ["Jordan Lee"]),  # where-met detail
        ("BRIGHTPATH", ["Marcus Okafor"]),  # organisation, any case
        ("startups", ["Sam Whitfield"]),  # tag
        ("loves sourdough", ["Elena Petrova"]),  # notes
    ],
)
def test_search_covers_notes_organisation_where_met_and_tags(qtbot, view, typed, found):
    m.ContactRecord.update(notes="Loves sourdough baking").where(
        m.ContactRecord.id == _id("Elena Petrova")
    ).execute()
    view.reload()
    qtbot.keyClicks(view.table.search, typed)
    assert _names(view) == found


def test_escape_in_the_search_field_clears_it(qtbot, view):
    qtbot.keyClicks(view.table.search, "tokyo")
    assert _names(view) == ["Aiko Tanaka"]
    qtbot.keyClick(view.table.search, Qt.Key.Key_Escape)
    assert view.table.search.text() == ""
    assert len(_names(view)) == 6


def test_no_match_says_so_and_offers_to_clear(qtbot, view):
    qtbot.keyClicks(view.table.search, "zebra")
    assert view.table.is_showing_no_match()
    assert view.table.no_match.message.text() == "No contacts match “zebra”."
    assert view.table.no_match.clear_button.text() == "Clear search"
    qtbot.mouseClick(view.table.no_match.clear_button, Qt.MouseButton.LeftButton)
    assert not view.table.is_showing_no_match() and len(_names(view)) == 6


def test_no_match_with_filters_clears_the_filters_too(qtbot, view):
    view.filters.stage.setCurrentIndex(view.filters.stage.findData("prospect"))
    qtbot.keyClicks(view.table.search, "Marcus")
    assert view.table.no_match.message.text() == (
        "No contacts match “Marcus” with the chosen filters."
    )
    qtbot.mouseClick(view.table.no_match.clear_button, Qt.MouseButton.LeftButton)
    assert view.filters.current() == ContactFilter()
    assert len(_names(view)) == 6 and view.table.search.text() == ""


def test_selection_is_kept_through_a_filter_change_and_a_reload(qtbot, view):
    marcus = _id("Marcus Okafor")
    view.select_contact(marcus)
    view.filters.attention.setChecked(True)
    assert view.selected().id == marcus
    qtbot.keyClicks(view.table.search, "okafor")
    assert view.selected().id == marcus
    view.reload()
    assert view.selected().id == marcus and view.detail.id == marcus


def test_a_search_that_narrows_moves_to_a_match_and_keeps_it_after_escape(qtbot, view):
    view.select_contact(_id("Priya Raman"))
    qtbot.keyClicks(view.table.search, "tokyo")
    assert view.selected().name == "Aiko Tanaka"
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.name == "Aiko Tanaka")
    qtbot.keyClick(view.table.search, Qt.Key.Key_Escape)
    assert view.selected().name == "Aiko Tanaka"


def test_after_a_search_matching_nothing_the_chosen_contact_comes_back(qtbot, view):
    priya = _id("Priya Raman")
    view.select_contact(priya)
    qtbot.keyClicks(view.table.search, "zebra")
    assert view.selected() is None and view.detail is None
    qtbot.keyClick(view.table.search, Qt.Key.Key_Escape)
    assert view.selected().id == priya  # the detail follows once typing pauses
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.id == priya)


def test_typing_reads_the_detail_once_when_it_pauses(qtbot, view, monkeypatch):
    from mentordesk.ui.contacts import view as contacts_view

    read = []
    real = contacts_view.contact_detail.get_contact_detail
    monkeypatch.setattr(
        contacts_view.contact_detail,
        "get_contact_detail",
        lambda contact_id, **kwargs: read.append(contact_id) or real(contact_id, **kwargs),
    )
    view.select_contact(_id("Jordan Lee"))
    read.clear()
    view.select_contact(_id("Priya Raman"))
    assert read == [_id("Priya Raman")]  # a click reads at once
    for text in ("t", "to", "tok", "", "a", "ai", "aik"):
        view.table.search.setText(text)
    assert read == [_id("Priya Raman")]
    qtbot.waitUntil(lambda: len(read) == 2)
    assert read[1] == view.selected().id == _id("Aiko Tanaka") == view.detail.id
