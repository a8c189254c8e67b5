"""Two-way sync of one account: local changes up, server changes down, one resource at a time.

Each resource's round trip ends in its own small transaction that saves its state (href, ETag,
agreed content), so a sync cut off anywhere leaves both sides consistent and the next completes.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import quote, urlsplit

from mentordesk.core.progress import NoProgress, Progress, check_cancelled
from mentordesk.db import models as m
from mentordesk.db.database import db
from mentordesk.services.sync import changes_since, content, dav
from mentordesk.services.sync.accounts import account_password, account_record
from mentordesk.services.sync.errors import PreconditionFailedError
from mentordesk.services.sync.merge import merge, signature
from mentordesk.services.sync.private_history import DELETED_ON_SERVER, private_history

STATE_BATCH = 200  # new resources' states saved together: one commit per this many PUTs
GONE = ""  # the content of a state kept after its resource left the server (a "gone" mark)


@dataclass
class SyncReport:
    """What moved each way, and the records that need a look."""

    account: str
    sent: dict[str, int] = field(default_factory=dict)  # "new", "changed", "deleted"
    received: dict[str, int] = field(default_factory=dict)
    conflicts: list[str] = field(default_factory=list)

    def count(self, side: dict[str, int], what: str) -> None:
        """Add one to a counter."""
        side[what] = side.get(what, 0) + 1

    @property
    def moved(self) -> int:
        """How many resources moved either way."""
        return sum(self.sent.values()) + sum(self.received.values())

    def summary(self) -> str:
        """One line per direction, and one per conflict."""
        lines = [
            f"{self.account}: sent {_counts(self.sent)}; received {_counts(self.received)}",
            *(f"needs a look: {c}" for c in self.conflicts),
        ]
        return "\n".join(lines)


def _counts(side: dict[str, int]) -> str:
    """'2 new, 1 changed' or 'nothing'."""
    return ", ".join(f"{n} {what}" for what, n in sorted(side.items()) if n) or "nothing"


def sync_account(name: str | None = None, *, progress: Progress | None = None) -> SyncReport:
    """Sync one account (the only one when no name is given) both ways."""
    account = account_record(name)
    password = account_password(account.name)
    client = dav.open_client(account.url, account.username, password, timeout=dav.TIMEOUT_SECONDS)
    session = _Session(account, client, progress or NoProgress())
    with dav.network_errors(urlsplit(account.url).hostname):
        # contacts first: meetings that arrive then find their attendees among them
        session.run_collection("addressbook", account.addressbook_url, (content.CONTACT,))
        session.run_collection("calendar", account.calendar_url, content.CALENDAR_KINDS)
    with db.atomic():
        account.last_good_sync = datetime.now(UTC).replace(microsecond=0)
        account.save()
    return session.report


def sync_all(*, progress: Progress | None = None) -> list[SyncReport]:
    """Sync every account in turn (none: an empty list)."""
    names = [a.name for a in m.SyncAccountRecord.select().order_by(m.SyncAccountRecord.name)]
    return [sync_account(name, progress=progress) for name in names]


def _untouched(state, item, remote) -> bool:
    """True when neither side changed: same ETag there, the very text last agreed here."""
    return item is not None and remote.get(state.href) == state.etag and item.text == state.content


def _is_gone(state) -> bool:
    """True for the mark of a record this account synced and then deleted (here or there)."""
    return state.content == GONE


def _changed_here(item, state) -> bool:
    """The record's text differs from the base in more than its stamps."""
    return item.text != state.content and signature(item.text) != signature(state.content)


class _Session:
    """One sync run of one account."""

    def __init__(self, account: m.SyncAccountRecord, client, progress: Progress) -> None:
        self.account = account
        self.client = client
        self.progress = progress
        self.shared = tuple(account.shared_private or ())
        self.report = SyncReport(account=account.name)
        self.tokens: dict[str, str] = {}  # the sync-token of each collection listed, to save
        self.pending: list[dict] = []  # states of new resources already PUT, not saved yet
        self.gone: set[tuple[str, str]] = set()  # records synced, then deleted: they may return
        self.left_behind = False  # a record was left to the next sync (its ETag blanked)

    def run_collection(self, which: str, url: str, kinds: tuple[str, ...]) -> None:
        """Sync the kinds kept in one collection."""
        every = list(self._states(kinds))
        self.gone = {(s.kind, s.uid) for s in every if _is_gone(s)}
        states = {(s.kind, s.uid): s for s in every if not _is_gone(s)}
        tag = dav.collection_tag(self.client, url)
        stored_tag = getattr(self.account, f"{which}_ctag")
        remote = self._remote_listing(url, tag, stored_tag, states)
        items = content.local_items(kinds, shared_private=self.shared, synced=states.keys())
        local = {(i.kind, i.uid): i for i in items}
        by_href = {s.href: s for s in states.values()}
        work = self._plan(states, local, remote, by_href)
        moved = self.report.moved
        try:
            for done, step in enumerate(work, start=1):
                check_cancelled(self.progress)
                step()
                self.progress.report(done, len(work), "Syncing")
        finally:
            self._flush_states()
        self._save_tag(which, self._closing_tag(url, tag, moved))

    def _closing_tag(self, url, tag, moved_before) -> str:
        """The tag to keep: when nothing moved, the one read before the pass (one PROPFIND less).

        Blank when a record was left to the next sync: its listing must come from the server,
        not from the saved states (whose blank ETag would match a blank one).
        """
        if self.left_behind:
            self.left_behind = False
            return ""
        if self.report.moved == moved_before:
            return tag
        return dav.collection_tag(self.client, url)

    def _remote_listing(self, url, tag, stored_tag, states) -> dict[str, str]:
        """Href to ETag; from the saved state when the ctag says nothing changed."""
        if tag and tag == stored_tag:
            return {s.href: s.etag for s in states.values()}
        changed = self._changes_since_token(url, states)
        return changed if changed is not None else dav.list_etags(self.client, url)

    def _changes_since_token(self, url, states) -> dict[str, str] | None:
        """The saved states updated by the changes since the token (RFC 6578); None: no token."""
        which = "calendar" if url == self.account.calendar_url else "addressbook"
        token = getattr(self.account, f"{which}_sync_token")
        known = {s.href: s.etag for s in states.values()}
        found = changes_since.listing(self.client, url, token, known)
        if found is None:
            return None
        self.tokens[which] = found.token
        return found.etags

    def _plan(self, states, local, remote, by_href) -> list:
        """The round trips to make, as callables, known resources first."""
        work = []
        for key, state in states.items():
            work.append(lambda k=key, s=state: self._known(k, s, local.get(k), remote))
        for href in remote:
            if href not in by_href:
                work.append(lambda h=href: self._unknown_remote(h, local))
        known = set(states)
        for key, item in local.items():
            if key not in known:
                work.append(lambda i=item: self._new_local(i, remote))
        return work

    # ---- a resource we synced before -------------------------------------------------------

    def _known(self, key, state, item, remote) -> None:
        """A resource with saved state: decide by what changed on each side."""
        if _untouched(state, item, remote):
            return
        state = m.SyncStateRecord.get_or_none(m.SyncStateRecord.id == state.id)
        if state is None:
            return
        remote_etag = remote.get(state.href)
        local_changed = item is not None and _changed_here(item, state)
        if remote_etag is None:
            return self._gone_remotely(state, item, local_changed)
        if item is None:
            return self._gone_locally(state, remote_etag)
        if remote_etag != state.etag:
            return self._changed_remotely(state, item, local_changed)
        if local_changed:
            self._push(state, item)

    def _gone_remotely(self, state, item, local_changed) -> None:
        """Deleted on the server: changed here, it goes back up; else see `_settle_delete`."""
        if local_changed:
            self._put_new(item, href=state.href, state=state)
            return
        with db.atomic():
            fresh = self._local(state.kind, state.uid)
            if fresh is not None and signature(fresh.text) != signature(state.content):
                return  # changed here meanwhile (the app saves while we sync): next sync sends it
            self._settle_delete(state, fresh)

    def _settle_delete(self, state, fresh) -> None:
        """Tombstone the record here, unless it holds private history: then it is kept."""
        if fresh is None:
            return _mark_gone(state)  # deleted here too, or a task that lost its date
        kept = private_history(state.kind, state.uid, shared_private=self.shared)
        if kept:
            state.delete_instance()  # kept live: it goes back up as new once settled
            self._keep_deleted_on_server(state.kind, state.uid, kept)
            return
        _mark_gone(state)
        if content.delete_local(state.kind, state.uid):
            self.report.count(self.report.received, "deleted")

    def _keep_deleted_on_server(self, kind, uid, kept) -> None:
        """Keep a record the server deleted: needs a look; it stays off the server until settled."""
        if (kind, uid) not in self.held_back:
            m.SyncConflictRecord.create(
                account=self.account.id,
                kind=kind,
                uid=uid,
                remote_content="",  # nothing is on the server any more
                fields=[DELETED_ON_SERVER],
            )
            self.held_back.add((kind, uid))
        self.report.conflicts.append(
            f"{kind} {uid}: deleted on the server; kept here because it holds your notes and "
            f"history ({', '.join(kept)})"
        )

    @functools.cached_property
    def held_back(self) -> set[tuple[str, str]]:
        """Records the server deleted and this workspace kept: not sent until the user settles."""
        conflict = m.SyncConflictRecord
        rows = conflict.select().where(conflict.account == self.account.id)
        return {(c.kind, c.uid) for c in rows if DELETED_ON_SERVER in (c.fields or [])}

    def _gone_locally(self, state, remote_etag) -> None:
        """Deleted here: DELETE on the server if it is still the version we knew."""
        if not state.etag:  # left mid-sync: which version is there is not known
            remote_etag = self._etag_if_still_base(state)
        if remote_etag != state.etag or not state.etag:
            self._keep_remote_for_review(state, remote_etag)
            return
        try:
            dav.delete(self.client, state.href, etag=state.etag)
        except PreconditionFailedError:
            return  # changed meanwhile: the next sync sees the new version
        with db.atomic():
            _mark_gone(state)
        self.report.count(self.report.sent, "deleted")

    def _etag_if_still_base(self, state) -> str:
        """The server copy's ETag, taken as known when its content is still the base, else ""."""
        resource = dav.get(self.client, state.href)
        if resource is None or signature(resource.text) != signature(state.content):
            return ""
        state.etag = resource.etag
        return resource.etag

    def _keep_remote_for_review(self, state, remote_etag) -> None:
        """Deleted here, changed there: the server's version is kept to look at; delete wins."""
        resource = dav.get(self.client, state.href)
        with db.atomic():
            if resource is not None:
                self._conflict(state.kind, state.uid, resource.text, ["deleted here"])
            state.etag = resource.etag if resource else remote_etag
            state.save()

    def _changed_remotely(self, state, item, local_changed) -> None:
        """Changed on the server (and perhaps here): fetch, merge, apply, push what is merged."""
        resource = dav.get(self.client, state.href)
        if resource is None:
            return self._gone_remotely(state, item, local_changed)
        if not local_changed:
            self._receive(state.kind, state.uid, resource, state=state)
            return
        result = merge(state.content, item.text, resource.text, conflicts_allowed=True)
        self._receive_merged(state, item, resource, result)

    def _receive_merged(self, state, item, resource, result) -> None:
        """Apply a merge here, send it up, and keep the server's version of a true conflict."""
        with db.atomic():
            if not self._still_as_read(state.kind, state.uid, item.text):
                return self._fetch_again_next_time(state)
            content.apply_remote(state.kind, result.text, shared_private=self.shared)
            if result.conflicts:
                self._conflict(state.kind, state.uid, resource.text, list(result.conflicts))
        fresh = self._local(state.kind, state.uid) or item
        merged = merge(state.content, fresh.text, resource.text, conflicts_allowed=False).text
        self._put_and_save(fresh, state.href, resource.etag, merged, state)
        self.report.count(self.report.received, "merged")

    def _push(self, state, item) -> None:
        """Changed here only: send it up, keeping what the server has that we do not model."""
        resource = dav.get(self.client, state.href)
        if resource is None:
            return self._put_new(item, href=state.href, state=state)
        if resource.etag != state.etag:
            return self._changed_remotely(state, item, True)
        merged = merge(state.content, item.text, resource.text, conflicts_allowed=False).text
        self._put_and_save(item, state.href, state.etag, merged, state)
        self.report.count(self.report.sent, "changed")

    # ---- resources new to one side ---------------------------------------------------------

    def _unknown_remote(self, href, local) -> None:
        """A resource we never saw: a new record here, or one we have under the same UID."""
        resource = dav.get(self.client, href)
        if resource is None:
            return
        kind, uid = content.kind_of(resource.text), content.uid_of(resource.text)
        if kind is None or not uid:
            return
        item = local.get((kind, uid)) or self._staying_home(kind, uid)
        if item is None and content.is_tombstoned(kind, uid) and self._exists(kind, uid):
            if (kind, uid) in self.gone:
                self._take_back(kind, uid, resource)
            return  # else deleted here before this account knew it: left alone on the server
        if item is None:
            self._receive(kind, uid, resource, state=None)
            return
        state = self._save_state(kind, uid, href, resource.etag, item.text)
        if signature(item.text) != signature(resource.text):
            result = merge(None, item.text, resource.text, conflicts_allowed=True)
            self._receive_merged(state, item, resource, result)

    def _take_back(self, kind, uid, resource) -> None:
        """A record this account synced and deleted, brought back to the server: revive it.

        Only the record: the tombstone is lifted and the server's content applied; what hung
        off it and went with the delete stays deleted. One transaction, with its state.
        """
        with db.atomic():
            if not content.is_tombstoned(kind, uid):
                return  # brought back here meanwhile (undo): the next sync pairs them by UID
            model = content.MODELS[kind]
            model.update(deleted_at=None).where(model.uid == uid).execute()
            content.apply_remote(kind, resource.text, shared_private=self.shared)
            fresh = self._local(kind, uid)
            base = fresh.text if fresh else resource.text
            self._save_state(kind, uid, resource.href, resource.etag, base)
        self.gone.discard((kind, uid))
        self.report.count(self.report.received, "brought back")

    def _new_local(self, item, remote) -> None:
        """A record the server does not have yet: PUT it (If-None-Match: *)."""
        if (item.kind, item.uid) in self.held_back:
            return  # deleted on the server, kept here: waits until the user settles it
        href = self._href(item)
        if href in remote:
            return  # the unknown-remote step pairs them
        self._put_new(item, href=href, state=None)

    def _put_new(self, item, *, href, state) -> None:
        """Create the resource; if one appeared meanwhile, merge with it instead."""
        try:
            etag = dav.put(
                self.client,
                href,
                item.text,
                content_type=content.CONTENT_TYPE[item.kind],
                etag=None,
            )
        except PreconditionFailedError:
            self._unknown_remote(href, {(item.kind, item.uid): item})
            return
        if state is None:
            self._queue_state(item.kind, item.uid, href, etag, item.text)
        else:
            with db.atomic():
                state.delete_instance()
                self._save_state(item.kind, item.uid, href, etag, item.text)
        self.report.count(self.report.sent, "new")

    # ---- small steps -------------------------------------------------------------------------

    def _receive(self, kind, uid, resource, *, state) -> None:
        """Apply a server resource here and save the state it leaves."""
        with db.atomic():
            if state is not None and not self._still_as_read(kind, uid, state.content):
                self.left_behind = True  # changed here meanwhile: the next sync merges both
                return
            content.apply_remote(kind, resource.text, shared_private=self.shared)
            fresh = self._local(kind, uid)
            base = fresh.text if fresh else resource.text
            if state is not None:
                state.delete_instance()
            self._save_state(kind, uid, resource.href, resource.etag, base)
        self.report.count(self.report.received, "changed" if state else "new")

    def _put_and_save(self, item, href, etag, text, state) -> None:
        """PUT with If-Match; on 412 the next step re-reads and merges. Then save the state."""
        try:
            new_etag = dav.put(
                self.client, href, text, content_type=content.CONTENT_TYPE[item.kind], etag=etag
            )
        except PreconditionFailedError:
            resource = dav.get(self.client, href)
            if resource is not None:
                result = merge(state.content, item.text, resource.text, conflicts_allowed=True)
                self._receive_merged(state, item, resource, result)
            return
        with db.atomic():
            state.delete_instance()
            self._save_state(item.kind, item.uid, href, new_etag, item.text)

    def _still_as_read(self, kind, uid, text) -> bool:
        """True when the record here still says what the sync read (the app may save meanwhile)."""
        fresh = self._local(kind, uid)
        return fresh is not None and signature(fresh.text) == signature(text)

    def _fetch_again_next_time(self, state) -> None:
        """Leave a record the user changed mid-sync: a blank ETag makes the next sync merge it."""
        self.left_behind = True
        state.etag = ""
        state.save()

    def _local(self, kind, uid):
        """The record's text as it is here now."""
        return content.local_item(kind, uid, shared_private=self.shared)

    def _staying_home(self, kind, uid):
        """A local task that does not travel on its own (history), to pair a resource with."""
        return self._local(kind, uid) if kind == content.TASK else None

    def _exists(self, kind, uid) -> bool:
        """True when a row with that UID exists here, tombstone or not."""
        model = content.MODELS[kind]
        return model.select_with_tombstones().where(model.uid == uid).exists()

    def _href(self, item) -> str:
        """Where a new record's resource goes: its collection and its UID."""
        base = (
            self.account.addressbook_url
            if item.kind == content.CONTACT
            else self.account.calendar_url
        )
        return base + quote(item.uid.replace("/", "_"), safe="") + content.SUFFIX[item.kind]

    def _states(self, kinds):
        """The saved states of this account for those kinds."""
        state = m.SyncStateRecord
        return state.select().where((state.account == self.account.id) & state.kind.in_(kinds))

    def _save_state(self, kind, uid, href, etag, text) -> m.SyncStateRecord:
        """Insert or replace a record's state."""
        state = m.SyncStateRecord
        state.delete().where(
            (state.account == self.account.id) & (state.kind == kind) & (state.uid == uid)
        ).execute()
        return state.create(
            account=self.account.id, kind=kind, uid=uid, href=href, etag=etag, content=text
        )

    def _token_after_pass(self, which) -> dict[str, str]:
        """The token to keep: a fresh one if all that changed meanwhile is ours, else the old one.

        Listing from the old token shows our own PUTs and DELETEs of this pass, and anything
        another client wrote meanwhile: only when nothing of the latter is there may the next
        sync start from the fresh token (and trust the ctag), else it lists from the old one.
        """
        start = self.tokens[which]
        since = changes_since.changes(self.client, getattr(self.account, f"{which}_url"), start)
        if since is None:
            return {f"{which}_sync_token": start}
        state = m.SyncStateRecord
        mine = state.select(state.href, state.etag, state.content)
        saved = {
            h: None if c == GONE else e
            for h, e, c in mine.where(state.account == self.account.id).tuples()
        }
        if all(saved.get(href) == etag for href, etag in since.etags.items()):
            return {f"{which}_sync_token": since.token}
        return {f"{which}_sync_token": start, f"{which}_ctag": ""}

    def _queue_state(self, kind, uid, href, etag, text) -> None:
        """Save a new resource's state with the next batch (unsaved ones pair again by UID)."""
        self.pending.append({"kind": kind, "uid": uid, "href": href, "etag": etag, "text": text})
        if len(self.pending) >= STATE_BATCH:
            self._flush_states()

    def _flush_states(self) -> None:
        """Save the queued states in one transaction."""
        if not self.pending:
            return
        with db.atomic():
            for row in self.pending:
                self._save_state(**row)
        self.pending.clear()

    def _conflict(self, kind, uid, remote_text, fields) -> None:
        """Keep the server's version of a record for review ("needs a look")."""
        m.SyncConflictRecord.create(
            account=self.account.id, kind=kind, uid=uid, remote_content=remote_text, fields=fields
        )
        self.report.conflicts.append(f"{kind} {uid}: {', '.join(fields)}")

    def _save_tag(self, which, tag) -> None:
        """Remember the collection's ctag after a complete pass."""
        values = {f"{which}_ctag": tag}
        if which in self.tokens:
            values.update(self._token_after_pass(which))
        with db.atomic():
            m.SyncAccountRecord.update(**values).where(
                m.SyncAccountRecord.id == self.account.id
            ).execute()
            for name, value in values.items():
                setattr(self.account, name, value)


def _mark_gone(state) -> None:
    """Keep a deleted resource's state as a mark (no ETag, no base): its return is taken back."""
    state.etag, state.content = "", GONE
    state.save()
