"""Delete a contact with everything that hangs off it (tombstones; undo through services.undo)."""

from __future__ import annotations

from mentordesk.db import models as m
from mentordesk.db.database import db
from mentordesk.services.contacts.records import get_contact
from mentordesk.services.tombstones import delete_records


def delete_contact(contact_id: int) -> None:
    """Delete a contact, its mentorships, agreements and interaction log; links are cleared."""
    with db.atomic():
        get_contact(contact_id)
        delete_records(m.ContactRecord, [contact_id])
