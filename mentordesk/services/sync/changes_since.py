"""RFC 6578 sync-collection: only the members changed since the last sync's token are listed.

Where the server offers a sync-token, a collection whose ctag moved is listed as the saved
states plus what changed since the token (new and changed hrefs with their ETags, removed ones
gone), instead of every member. A server without it, or one that no longer knows the token,
gets the full listing (an empty token lists every member and hands out a fresh token).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin
from xml.sax.saxutils import escape

from lxml import etree

from mentordesk.services.sync.errors import ServerUnreachableError

DAV = "DAV:"


@dataclass(frozen=True)
class Listing:
    """The collection's members by href with their ETags, and the token to ask from next time."""

    etags: dict[str, str | None]  # None: removed since the token
    token: str


def listing(client, collection_url: str, token: str, known: dict[str, str]) -> Listing | None:
    """The members now: `known` updated by the changes since `token`; None when unsupported."""
    if token:
        changes = _report(client, collection_url, token)
        if changes is not None:
            etags = dict(known)
            for href, etag in changes.etags.items():
                if etag is None:
                    etags.pop(href, None)
                else:
                    etags[href] = etag
            return Listing(etags=etags, token=changes.token)
    everything = _report(client, collection_url, "")
    if everything is None:
        return None
    found = {href: etag for href, etag in everything.etags.items() if etag is not None}
    return Listing(etags=found, token=everything.token)


def changes(client, collection_url: str, token: str) -> Listing | None:
    """What changed since `token` (None: removed), and the fresh token; None when unsupported."""
    return _report(client, collection_url, token) if token else None


def _report(client, collection_url: str, token: str) -> Listing | None:
    """One sync-collection REPORT: changed hrefs with their ETag (None when removed)."""
    body = (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<d:sync-collection xmlns:d="DAV:">'
        f"<d:sync-token>{escape(token)}</d:sync-token><d:sync-level>1</d:sync-level>"
        "<d:prop><d:getetag/></d:prop></d:sync-collection>"
    )
    from caldav.lib.error import AuthorizationError

    try:
        response = client.report(collection_url, body, depth=0)
    except AuthorizationError:
        # 403: a forgotten token (valid-sync-token), or a server without this REPORT (RFC 3253
        # answers an unsupported report with 403, as sabre/dav does). The ctag PROPFIND just
        # before proved the login, so either way: list everything.
        return None
    if response.status >= 500:
        raise ServerUnreachableError(
            f"listing the changes: the server failed ({response.status}); try later"
        )
    if response.status != 207:
        return None  # not offered, or the token is no longer valid: list everything
    return _parse(response.raw, collection_url)


def _parse(raw, collection_url: str) -> Listing | None:
    """The hrefs, ETags and new token of a sync-collection answer."""
    try:
        tree = etree.fromstring(raw.encode() if isinstance(raw, str) else raw)
    except etree.XMLSyntaxError:
        return None
    token = tree.findtext(f"{{{DAV}}}sync-token") or ""
    if not token:
        return None
    etags = {}
    for item in tree.iter(f"{{{DAV}}}response"):
        href = urljoin(collection_url, item.findtext(f"{{{DAV}}}href") or "")
        if href.rstrip("/") == collection_url.rstrip("/"):
            continue
        if _is_removed(item):
            etags[href] = None
            continue
        etag = item.findtext(f".//{{{DAV}}}getetag")
        if not etag:
            return None  # a member without an ETag: the full listing decides
        etags[href] = etag
    return Listing(etags=etags, token=token)


def _is_removed(item) -> bool:
    """True for a member reported gone (a 404 status on the response itself)."""
    status = item.findtext(f"{{{DAV}}}status") or ""
    return " 404 " in f"{status} "
