"""Which server URLs a sync may use: HTTPS, or plain HTTP only to this machine or when asked."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from mentordesk.services.sync.errors import InsecureUrlError

LOOPBACK_NAMES = frozenset({"localhost"})


def is_loopback(host: str) -> bool:
    """True for localhost, 127.0.0.0/8 and ::1."""
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_url(url: str, *, allow_insecure_http: bool = False) -> str | None:
    """Refuse an unusable URL; the warning to show when plain HTTP leaves this machine."""
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise InsecureUrlError(f"not a server address: {url!r}; give an https:// URL")
    if parts.username or parts.password:
        raise InsecureUrlError("put the user name in --username, not in the URL")
    if parts.scheme == "https" or is_loopback(parts.hostname):
        return None
    if not allow_insecure_http:
        raise InsecureUrlError(
            f"{parts.hostname} is reached over plain HTTP, which sends the password readably; "
            "use https:// or pass --allow-insecure-http"
        )
    return f"warning: {parts.hostname} is reached over plain HTTP; the password travels unencrypted"
