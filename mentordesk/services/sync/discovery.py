"""Finding the calendar and the address book behind a base URL, or creating "MentorDesk" ones.

Calendars through `caldav` (current-user-principal, calendar-home-set, MKCALENDAR); the
address book through the same client's PROPFIND and extended MKCOL (RFC 6352), which
`caldav` does not model.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin

from mentordesk.services.sync.dav import DAV, _check, _tree

COLLECTION_NAME = "MentorDesk"
CARDDAV = "urn:ietf:params:xml:ns:carddav"

HOME_BODY = (
    '<?xml version="1.0" encoding="utf-8"?>'
    f'<d:propfind xmlns:d="DAV:" xmlns:card="{CARDDAV}">'
    "<d:prop><card:addressbook-home-set/></d:prop></d:propfind>"
)
BOOKS_BODY = (
    '<?xml version="1.0" encoding="utf-8"?>'
    '<d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/><d:displayname/></d:prop></d:propfind>'
)
MKCOL_BOOK = (
    '<?xml version="1.0" encoding="utf-8"?>'
    f'<d:mkcol xmlns:d="DAV:" xmlns:card="{CARDDAV}"><d:set><d:prop>'
    "<d:resourcetype><d:collection/><card:addressbook/></d:resourcetype>"
    f"<d:displayname>{COLLECTION_NAME}</d:displayname>"
    "</d:prop></d:set></d:mkcol>"
)


@dataclass(frozen=True)
class Collections:
    """Where meetings, tasks and contacts go on the server."""

    calendar_url: str
    addressbook_url: str
    tasks_url: str


def discover(client) -> Collections:
    """The account's MentorDesk calendar and address book, created when missing."""
    principal = client.principal()
    calendar_url = _calendar_url(principal)
    book_url = _addressbook_url(client, str(principal.url))
    return Collections(calendar_url=calendar_url, addressbook_url=book_url, tasks_url=calendar_url)


def _calendar_url(principal) -> str:
    """The calendar named MentorDesk, made (for events and to-dos) when there is none."""
    for calendar in principal.calendars():
        if (calendar.get_display_name() or "") == COLLECTION_NAME:
            return str(calendar.url)
    made = principal.make_calendar(
        name=COLLECTION_NAME,
        cal_id="mentordesk",
        supported_calendar_component_set=["VEVENT", "VTODO"],
    )
    return str(made.url)


def _addressbook_url(client, principal_url: str) -> str:
    """The address book named MentorDesk in the addressbook-home-set, made when missing."""
    response = client.propfind(principal_url, HOME_BODY, depth=0)
    _check(response, "finding the address books")
    home = _tree(response).findtext(f".//{{{CARDDAV}}}addressbook-home-set/{{{DAV}}}href")
    home_url = urljoin(principal_url, home) if home else principal_url
    found = _named_book(client, home_url)
    if found:
        return found
    url = urljoin(home_url if home_url.endswith("/") else home_url + "/", "mentordesk-contacts/")
    response = client.request(url, "MKCOL", MKCOL_BOOK, {"Content-Type": "application/xml"})
    _check(response, "creating the address book")
    return url


def _named_book(client, home_url: str) -> str | None:
    """The URL of an address book called MentorDesk under the home, if there is one."""
    response = client.propfind(home_url, BOOKS_BODY, depth=1)
    _check(response, "listing the address books")
    for item in _tree(response).iter(f"{{{DAV}}}response"):
        is_book = item.find(f".//{{{CARDDAV}}}addressbook") is not None
        if is_book and item.findtext(f".//{{{DAV}}}displayname") == COLLECTION_NAME:
            return urljoin(home_url, item.findtext(f"{{{DAV}}}href"))
    return None
