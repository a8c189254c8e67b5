"""The WebDAV conversation through the `caldav` client: list ETags, get, put, delete, one ctag.

CalDAV and CardDAV resources move the same way (RFC 4918 verbs with ETags), so one small
layer serves both; every network failure becomes one line (`ServerUnreachableError`).
"""

from __future__ import annotations

import contextlib
import logging
import os
from dataclasses import dataclass
from urllib.parse import urljoin

from lxml import etree

from mentordesk.services.sync.errors import (
    PreconditionFailedError,
    ServerUnreachableError,
    SyncError,
)

DAV = "DAV:"
CS = "http://calendarserver.org/ns/"
TIMEOUT_SECONDS = 30

ETAGS_BODY = (
    '<?xml version="1.0" encoding="utf-8"?>'
    '<d:propfind xmlns:d="DAV:"><d:prop><d:getetag/><d:resourcetype/></d:prop></d:propfind>'
)
CTAG_BODY = (
    '<?xml version="1.0" encoding="utf-8"?>'
    '<d:propfind xmlns:d="DAV:" xmlns:cs="http://calendarserver.org/ns/">'
    "<d:prop><cs:getctag/><d:sync-token/></d:prop></d:propfind>"
)


@dataclass(frozen=True)
class Resource:
    """A resource's text and the ETag it had when read."""

    href: str
    text: str
    etag: str


class _NoCaldavRecords(logging.Filter):
    """Drops what `caldav` logs through the root logger (it dumps whole cards and events)."""

    def filter(self, record: logging.LogRecord) -> bool:
        """False for a record written from inside the caldav package."""
        return f"{os.sep}caldav{os.sep}" not in record.pathname


_QUIET = _NoCaldavRecords()


def keep_caldav_out_of_the_log() -> None:
    """Contacts, events and headers never reach the workspace log through `caldav`."""
    logging.getLogger("caldav").setLevel(logging.ERROR)
    root = logging.getLogger()
    if _QUIET not in root.filters:
        root.addFilter(_QUIET)


def open_client(url: str, username: str, password: str, *, timeout: int = TIMEOUT_SECONDS):
    """A `caldav` DAVClient: certificates verified, no guessing of other servers."""
    from caldav import DAVClient

    keep_caldav_out_of_the_log()
    return DAVClient(
        url=url,
        username=username,
        password=password,
        timeout=timeout,
        ssl_verify_cert=True,
        enable_rfc6764=False,
        require_tls=url.startswith("https:"),
    )


@contextlib.contextmanager
def network_errors(server: str):
    """Turn what the HTTP client raises into one clear line (never a password or a trace)."""
    import niquests.exceptions as http
    from caldav.lib import error as dav_error

    try:
        yield
    except http.SSLError as exc:
        raise SyncError(
            f"the certificate of {server} was refused ({_first_line(exc)}); "
            "check the address or the server's certificate"
        ) from None
    except http.Timeout:
        raise ServerUnreachableError(f"{server} did not answer in time; try again later") from None
    except (http.ConnectionError, http.ChunkedEncodingError, OSError) as exc:
        raise ServerUnreachableError(
            f"cannot reach {server} ({type(exc).__name__}); the next sync will try again"
        ) from None
    except dav_error.AuthorizationError:
        raise SyncError(f"{server} refused the user name or password") from None
    except dav_error.DAVError as exc:
        raise SyncError(f"{server} answered with an error: {_first_line(exc)}") from None


def _first_line(exc: BaseException) -> str:
    """The first line of an exception's text, shortened."""
    text = str(exc).strip().splitlines()
    return (text[0] if text else type(exc).__name__)[:160]


def _check(response, what: str) -> None:
    """Raise for a status that is not a success."""
    if response.status == 412:
        raise PreconditionFailedError(f"{what}: the server's copy changed meanwhile (412)")
    if response.status >= 500:
        raise ServerUnreachableError(f"{what}: the server failed ({response.status}); try later")
    if response.status >= 400:
        raise SyncError(f"{what}: the server answered {response.status}")


def _tree(response):
    """The XML of a multistatus answer."""
    raw = response.raw
    return etree.fromstring(raw.encode() if isinstance(raw, str) else raw)


def list_etags(client, collection_url: str) -> dict[str, str]:
    """Every member resource of a collection by href, with its ETag (one PROPFIND, depth 1)."""
    response = client.propfind(collection_url, ETAGS_BODY, depth=1)
    _check(response, "listing the collection")
    found = {}
    for item in _tree(response).iter(f"{{{DAV}}}response"):
        href = urljoin(collection_url, item.findtext(f"{{{DAV}}}href"))
        etag = item.findtext(f".//{{{DAV}}}getetag")
        is_collection = item.find(f".//{{{DAV}}}resourcetype/{{{DAV}}}collection") is not None
        if etag and not is_collection and href.rstrip("/") != collection_url.rstrip("/"):
            found[href] = etag
    return found


def collection_tag(client, collection_url: str) -> str:
    """The collection's ctag or sync-token: it changes whenever a member does."""
    response = client.propfind(collection_url, CTAG_BODY, depth=0)
    _check(response, "reading the collection")
    tree = _tree(response)
    return tree.findtext(f".//{{{CS}}}getctag") or tree.findtext(f".//{{{DAV}}}sync-token") or ""


def get(client, href: str) -> Resource | None:
    """A resource's text and ETag; None when it is gone."""
    response = client.request(href, "GET")
    if response.status == 404:
        return None
    _check(response, "reading a resource")
    raw = response.raw
    text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
    return Resource(href=href, text=text, etag=response.headers.get("ETag", ""))


def put(client, href: str, text: str, *, content_type: str, etag: str | None) -> str:
    """Write a resource: If-Match its ETag, or If-None-Match * when new; the new ETag."""
    headers = {"Content-Type": f"{content_type}; charset=utf-8"}
    headers.update({"If-Match": etag} if etag else {"If-None-Match": "*"})
    response = client.put(href, text, headers)
    _check(response, "writing a resource")
    new_etag = response.headers.get("ETag", "")
    if not new_etag:
        fetched = get(client, href)
        new_etag = fetched.etag if fetched else ""
    return new_etag


def delete(client, href: str, *, etag: str) -> None:
    """Delete a resource if it is still the version we knew; gone already is fine."""
    response = client.delete(href, {"If-Match": etag} if etag else {})
    if response.status == 404:
        return
    _check(response, "deleting a resource")
