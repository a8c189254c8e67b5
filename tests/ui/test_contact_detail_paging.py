"""The contact page lists the latest interactions and says how many earlier ones the log has."""

from __future__ import annotations

from mentordesk.db import models as m
from mentordesk.services.contacts import detail as contact_detail
from mentordesk.ui.contacts.detail_pane import detail_html
from tests.conftest import FIXED_NOW


def _priya() -> int:
    return m.ContactRecord.get(m.ContactRecord.name == "Priya Raman").id


def test_the_page_names_the_earlier_interactions_it_leaves_out(qtbot, demo_database, monkeypatch):
    monkeypatch.setattr(contact_detail, "INTERACTION_PAGE", 1)
    detail = contact_detail.get_contact_detail(_priya(), now=FIXED_NOW)
    earlier = detail.interaction_count - 1
    assert earlier > 1 and len(detail.interactions) == 1
    html = detail_html(detail, FIXED_NOW)
    assert f"The newest 1 of {earlier + 1} interactions; Interactions… (Ctrl+Shift+L)" in html
    assert "Gave back:</b> once, on 2026-11-14" in html


def test_give_backs_are_counted_beyond_the_page(qtbot, demo_database, monkeypatch):
    monkeypatch.setattr(contact_detail, "INTERACTION_PAGE", 1)
    given = m.InteractionRecord.get(m.InteractionRecord.kind == "gave_back")
    later = given.occurred_at.replace(hour=23)
    m.InteractionRecord.create(
        contact=_priya(), occurred_at=later, channel="email", direction="in", kind="message"
    )
    detail = contact_detail.get_contact_detail(_priya(), now=FIXED_NOW)
    assert [r.kind for r in detail.interactions] == ["message"]
    assert "Gave back:</b> once, on 2026-11-14" in detail_html(detail, FIXED_NOW)


def test_a_short_history_is_listed_whole(qtbot, demo_database):
    detail = contact_detail.get_contact_detail(_priya(), now=FIXED_NOW)
    assert len(detail.interactions) == detail.interaction_count
    assert "The newest" not in detail_html(detail, FIXED_NOW)
