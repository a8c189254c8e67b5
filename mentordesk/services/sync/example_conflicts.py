"""An example account and records that need a look, for screenshots and UI tests only.

No server and no password: the account is a row (syncing it would fail at the keyring), and
each kept server version is the record's own text with a few fields changed; the contact the
server "deleted" has no server version, as a real sync leaves it.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from icalendar.parser import Contentline
from icalendar.prop import vDDDTypes
from peewee import fn

from mentordesk.db import models as m
from mentordesk.db.database import db
from mentordesk.services.sync import content
from mentordesk.services.sync.merge import parse, render
from mentordesk.services.sync.private_history import DELETED_ON_SERVER

EXAMPLE_ACCOUNT = "mia@dav.example.org"
RECORD_COMPONENTS = ("VCARD", "VEVENT", "VTODO")


def add_example_account() -> m.SyncAccountRecord:
    """The example account (once): a server address and its collections, no password."""
    url = "https://dav.example.org/"
    record, _ = m.SyncAccountRecord.get_or_create(
        name=EXAMPLE_ACCOUNT,
        defaults={
            "url": url,
            "username": "mia",
            "calendar_url": url + "mia/mentordesk/",
            "addressbook_url": url + "mia/mentordesk-contacts/",
            "last_good_sync": datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=5),
        },
    )
    return record


def add_example_conflicts() -> list[str]:
    """Mark the first contact and the first meeting as needing a look; their UIDs."""
    with db.atomic():
        account = add_example_account()
        contact = m.ContactRecord.select().order_by(m.ContactRecord.id).first()
        meeting = _next_one_off_meeting()
        uids = []
        if contact is not None:
            uids.append(_conflict(account, content.CONTACT, contact.uid, _contact_change))
        if meeting is not None:
            uids.append(_conflict(account, content.MEETING, meeting.uid, _meeting_change))
    return uids


def add_example_deleted_on_server() -> str | None:
    """Mark the contact with the most interactions (not yet marked) as deleted on the server."""
    with db.atomic():
        account = add_example_account()
        contact = _busiest_unmarked_contact()
        if contact is None:
            return None
        m.SyncConflictRecord.create(
            account=account,
            kind=content.CONTACT,
            uid=contact.uid,
            remote_content="",
            fields=[DELETED_ON_SERVER],
        )
    return contact.uid


def _busiest_unmarked_contact() -> m.ContactRecord | None:
    """The contact with the most interactions logged that no conflict names yet."""
    marked = m.SyncConflictRecord.select(m.SyncConflictRecord.uid)
    contact, interaction = m.ContactRecord, m.InteractionRecord
    return (
        contact.select(contact, fn.COUNT(interaction.id).alias("logged"))
        .join(interaction, on=interaction.contact == contact.id)
        .where(contact.uid.not_in(marked))
        .group_by(contact.id)
        .order_by(fn.COUNT(interaction.id).desc(), contact.id)
        .first()
    )


def _next_one_off_meeting() -> m.MeetingRecord | None:
    """The next meeting that is not a series (the agenda shows it), else the first one."""
    meeting = m.MeetingRecord
    one_offs = meeting.select().where(meeting.recurrence_of.is_null() & (meeting.rrule == ""))
    upcoming = one_offs.where(meeting.starts_at >= datetime.now(UTC)).order_by(meeting.starts_at)
    return upcoming.first() or one_offs.order_by(meeting.id).first()


def _conflict(account, kind: str, uid: str, change) -> str:
    """Keep a changed copy of a record as the server's version, naming the changed fields."""
    item = content.local_item(kind, uid, shared_private=())
    resource = parse(item.text)
    key = next(k for k in resource.components if k[0] in RECORD_COMPONENTS)
    fields = change(resource.components[key])
    m.SyncConflictRecord.create(
        account=account,
        kind=kind,
        uid=uid,
        remote_content=render(resource),
        fields=[f"{key[0]} {name}" for name in fields],
    )
    return uid


def _contact_change(props) -> list[str]:
    """Another role and another work email, as a phone's address book might have them."""
    props["TITLE"] = ("TITLE:Head of Design",)
    props["EMAIL"] = ("EMAIL;TYPE=work:new.address@example.org",)
    return ["TITLE", "EMAIL"]


def _meeting_change(props) -> list[str]:
    """Moved an hour later to another place, as a calendar app might have done."""
    props["LOCATION"] = ("LOCATION:Main office\\, room 4",)
    for name in ("DTSTART", "DTEND"):
        if name in props:
            props[name] = (_later(props[name][0]),)
    return ["DTSTART", "DTEND", "LOCATION"]


def _later(line: str) -> str:
    """A date-time property line moved one hour later (its parameters kept)."""
    _, params, value = Contentline(line).parts()
    moved = vDDDTypes.from_ical(value, params.get("TZID")) + timedelta(hours=1)
    suffix = "Z" if value.endswith("Z") else ""
    return f"{line.split(':', 1)[0]}:{moved.strftime('%Y%m%dT%H%M%S')}{suffix}"
