"""What counts as private history: anything the user wrote here beyond what the server carries."""

from __future__ import annotations

from mentordesk.core.enums import Stage
from mentordesk.db import models as m
from mentordesk.services.contacts.records import add_contact
from mentordesk.services.sync.accounts import CONTACT_NOTES
from mentordesk.services.sync.private_history import private_history


def test_a_new_prospect_holds_nothing_and_a_moved_on_mentorship_counts(database):
    contact = m.ContactRecord.get_by_id(add_contact(name="Sam Ortiz", stage=Stage.PROSPECT))
    assert private_history("contact", contact.uid, shared_private=()) == []
    m.MentorshipRecord.update(stage=Stage.ACTIVE.value).execute()
    assert private_history("contact", contact.uid, shared_private=()) == ["1 mentorship"]


def test_contact_notes_count_only_while_they_stay_here(database):
    contact = m.ContactRecord.get_by_id(add_contact(name="Sam Ortiz", stage=Stage.PROSPECT))
    m.ContactRecord.update(notes="Met at the meetup").execute()
    assert private_history("contact", contact.uid, shared_private=()) == ["notes"]
    assert private_history("contact", contact.uid, shared_private=(CONTACT_NOTES,)) == []


def test_the_demo_mentor_holds_history(demo_database):
    jordan = m.ContactRecord.get(m.ContactRecord.name == "Jordan Lee")
    found = private_history("contact", jordan.uid, shared_private=())
    assert any("interaction" in text for text in found)
