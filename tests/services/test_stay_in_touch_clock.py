"""The stay-in-touch clock starts at the agreement, not at 'never contacted = due now'."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from mentordesk.db import models as m
from mentordesk.services.contacts.detail import get_contact_detail
from mentordesk.services.contacts.editing import ContactForm, save_contact
from mentordesk.services.contacts.listing import list_contacts
from mentordesk.services.summaries.today import reach_out
from tests.conftest import FIXED_NOW


def _new_mentor(*, created: datetime) -> int:
    """A mentor just added with 'talk every 14 days' and no contact logged yet."""
    form = ContactForm(name="Nadia Haddad", stage="active", meeting_cadence_days=14)
    contact_id = save_contact(form)
    m.ContactRecord.update(created_at=created).where(m.ContactRecord.id == contact_id).execute()
    return contact_id


def test_a_mentor_just_added_is_not_overdue(database):
    contact_id = _new_mentor(created=FIXED_NOW - timedelta(hours=1))
    (row,) = list_contacts(now=FIXED_NOW)
    assert not row.needs_attention
    detail = get_contact_detail(contact_id, now=FIXED_NOW)
    assert detail.stay_in_touch_due == FIXED_NOW - timedelta(hours=1) + timedelta(days=14)
    assert reach_out(now=FIXED_NOW) == []


def test_the_clock_runs_out_a_cadence_after_the_contact_was_added(database):
    _new_mentor(created=FIXED_NOW - timedelta(days=15))
    (row,) = list_contacts(now=FIXED_NOW)
    assert row.needs_attention and row.attention_reason == "stay_in_touch"
    assert [r.name for r in reach_out(now=FIXED_NOW)] == ["Nadia Haddad"]


def test_the_agreement_date_wins_over_the_creation_date(database):
    contact_id = _new_mentor(created=FIXED_NOW - timedelta(days=60))
    agreed = date(2026, 11, 20)
    m.AgreementRecord.update(agreed_on=agreed).execute()
    detail = get_contact_detail(contact_id, now=FIXED_NOW)
    assert detail.stay_in_touch_due == datetime(2026, 12, 4, tzinfo=UTC)
    (row,) = list_contacts(now=FIXED_NOW)
    assert not row.needs_attention
