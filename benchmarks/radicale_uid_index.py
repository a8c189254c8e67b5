"""Radicale with a UID index, for the sync benchmark only: `python radicale_uid_index.py ARGS`.

Radicale 3.9 checks that a new resource's UID is unique by reading every resource of the
collection (`BaseCollection.has_uid` over `get_all`), so n new PUTs cost O(n²) on the server.
Servers built for large collections keep that index in their database (SabreDAV, behind
Nextcloud and Baïkal, has a unique (calendarid, uid) key). This wrapper keeps the UIDs of each
collection in memory, filled once from the collection and kept up to date on upload, and
forgets it on anything else that changes a collection. Each upload also sweeps the history of
*deleted* items (`_clean_history`: a stat per resource, O(n) again); an upload deletes nothing,
so here only deletes, moves and sync-token reports sweep. Everything else is Radicale as
shipped. It shows what our client costs once the server's own scans are out of the way.
"""

from __future__ import annotations

from radicale.__main__ import run
from radicale.storage.multifilesystem import Collection, Storage

_UIDS: dict[str, set[str]] = {}


def _has_uid(self: Collection, uid: str) -> bool:
    """The UID is in the collection's index (filled from the collection the first time)."""
    known = _UIDS.get(self._filesystem_path)
    if known is None:
        known = _UIDS[self._filesystem_path] = {item.uid for item in self.get_all()}
    return uid in known


def _indexed_upload(original):
    """Upload, then add the UID to the collection's index."""

    def upload(self: Collection, href: str, item):
        sweep, self._clean_history = self._clean_history, lambda: None
        try:
            result = original(self, href, item)
        finally:
            self._clean_history = sweep
        known = _UIDS.get(self._filesystem_path)
        if known is not None:
            known.add(item.uid)
        return result

    return upload


def _forgetting(original):
    """Run the original, then drop every index (deletes, moves, whole-collection writes)."""

    def call(*args, **kwargs):
        _UIDS.clear()
        return original(*args, **kwargs)

    return call


def install() -> None:
    """Patch the filesystem storage."""
    Collection.has_uid = _has_uid
    Collection.upload = _indexed_upload(Collection.upload)
    Collection.delete = _forgetting(Collection.delete)
    Storage.move = _forgetting(Storage.move)
    Storage.create_collection = _forgetting(Storage.create_collection)


if __name__ == "__main__":
    install()
    run()
