"""Sync accounts: add (discovering the collections), list, remove; the password in the keyring."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from mentordesk.db import models as m
from mentordesk.db.database import db
from mentordesk.services.sync.errors import AccountNotFoundError, SyncError
from mentordesk.services.sync.security import check_url

KEYRING_SERVICE = "MentorDesk"
SYNC_INTERVAL_MINUTES = "sync.interval_minutes"  # a workspace setting (services/settings.py)
DEFAULT_INTERVAL_MINUTES = 15
CONTACT_NOTES = "contact_notes"
PRIVATE_TYPES = (CONTACT_NOTES,)  # interactions and reviews have no CalDAV/CardDAV form: never


@dataclass(frozen=True)
class AccountSummary:
    """An account as the CLI and the dialog show it."""

    name: str
    url: str
    username: str
    calendar_url: str
    addressbook_url: str
    shared_private: tuple[str, ...]
    last_good_sync: datetime | None


@dataclass(frozen=True)
class AddedAccount:
    """The account just stored, and a warning to show (plain HTTP off this machine)."""

    account: AccountSummary
    warning: str | None


def keyring_user(name: str) -> str:
    """The keyring user name of an account's password."""
    return f"sync-account:{name}"


def add_account(
    *,
    url: str,
    username: str,
    password: str,
    name: str = "",
    allow_insecure_http: bool = False,
    shared_private: tuple[str, ...] = (),
) -> AddedAccount:
    """Check the URL, log in, find or create the collections, then store the account."""
    warning = check_url(url, allow_insecure_http=allow_insecure_http)
    name = name.strip() or default_name(url, username)
    if m.SyncAccountRecord.get_or_none(m.SyncAccountRecord.name == name):
        raise SyncError(f"there is already a sync account called {name!r}; remove it first")
    _check_private(shared_private)
    from mentordesk.services.sync import dav  # lxml and caldav load only when an account is added
    from mentordesk.services.sync.discovery import discover

    client = dav.open_client(url, username, password)
    with dav.network_errors(urlsplit(url).hostname):
        found = discover(client)
    _store_password(name, password)
    with db.atomic():
        record = m.SyncAccountRecord.create(
            name=name,
            url=url,
            username=username,
            calendar_url=found.calendar_url,
            addressbook_url=found.addressbook_url,
            tasks_url=found.tasks_url,
            allow_insecure_http=allow_insecure_http,
            shared_private=list(shared_private),
        )
    return AddedAccount(account=summary_of(record), warning=warning)


def default_name(url: str, username: str) -> str:
    """An account's name when none is given: user@host."""
    return f"{username}@{urlsplit(url).hostname}"


def list_accounts() -> list[AccountSummary]:
    """Every account, by name."""
    records = m.SyncAccountRecord.select().order_by(m.SyncAccountRecord.name)
    return [summary_of(r) for r in records]


def remove_account(name: str) -> None:
    """Forget an account, its sync state and its password (the data on both sides stays)."""
    record = account_record(name)
    with db.atomic():
        record.delete_instance(recursive=True)
    import keyring
    from keyring.errors import KeyringError

    with contextlib.suppress(KeyringError):
        keyring.delete_password(KEYRING_SERVICE, keyring_user(name))


def set_shared_private(name: str, types: tuple[str, ...]) -> None:
    """Which private types this account may carry (none by default)."""
    _check_private(types)
    record = account_record(name)
    record.shared_private = list(types)
    record.save()


def account_record(name: str | None = None) -> m.SyncAccountRecord:
    """The account called `name`, or the only one when no name is given."""
    query = m.SyncAccountRecord.select()
    if name is not None:
        found = query.where(m.SyncAccountRecord.name == name).first()
        if found is None:
            raise AccountNotFoundError(f"no sync account called {name!r}; see sync-account list")
        return found
    records = list(query.order_by(m.SyncAccountRecord.name))
    if not records:
        raise AccountNotFoundError("no sync account yet; add one with sync-account add URL")
    return records[0]


def account_password(name: str) -> str:
    """An account's password from the OS keyring."""
    import keyring
    from keyring.errors import KeyringError

    try:
        password = keyring.get_password(KEYRING_SERVICE, keyring_user(name))
    except KeyringError as exc:
        raise SyncError(f"the OS keyring is not available ({type(exc).__name__})") from None
    if password is None:
        raise SyncError(f"no password for {name!r} in the OS keyring; add the account again")
    return password


def summary_of(record: m.SyncAccountRecord) -> AccountSummary:
    """The plain summary of an account row."""
    return AccountSummary(
        name=record.name,
        url=record.url,
        username=record.username,
        calendar_url=record.calendar_url,
        addressbook_url=record.addressbook_url,
        shared_private=tuple(record.shared_private or ()),
        last_good_sync=record.last_good_sync,
    )


def _store_password(name: str, password: str) -> None:
    """Put the password in the OS keyring; one line when there is no usable keyring."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, keyring_user(name), password)
    except KeyringError as exc:
        raise SyncError(
            f"cannot keep the password in the OS keyring ({type(exc).__name__}); "
            "unlock or install one (Secret Service, macOS Keychain, Windows Credential Locker)"
        ) from None


def _check_private(types) -> None:
    """Refuse a private type that is not one we know."""
    unknown = [t for t in types if t not in PRIVATE_TYPES]
    if unknown:
        raise SyncError(f"unknown private type {unknown[0]!r}; known: {', '.join(PRIVATE_TYPES)}")


def sync_interval_minutes() -> int:
    """How often the window syncs, in minutes (the setting; 15 by default)."""
    from mentordesk.services.settings import get_setting

    text = get_setting(SYNC_INTERVAL_MINUTES, str(DEFAULT_INTERVAL_MINUTES))
    return int(text) if text.isdigit() and int(text) > 0 else DEFAULT_INTERVAL_MINUTES


def last_good_sync() -> datetime | None:
    """The latest good sync of any account, None when there is none."""
    times = [a.last_good_sync for a in m.SyncAccountRecord.select() if a.last_good_sync]
    return max(times, default=None)
