"""RFC 6578 sync-tokens against the real Radicale: a second sync lists only what changed; a token
the server no longer knows, or a server without them, falls back to the full listing."""

from __future__ import annotations

from mentordesk.db import models as m
from mentordesk.services.sync import changes_since, dav
from tests.sync.helpers import exported, opened, sync, synced_view


def _edit_in(workspace, role: str) -> None:
    """Change one contact's role and sync it up."""
    with opened(workspace):
        m.ContactRecord.update(role=role).where(m.ContactRecord.name == "Jordan Lee").execute()
    assert "sent 1 changed" in sync(workspace)


def _tokens(workspace) -> tuple[str, str]:
    """The account's saved sync-tokens (calendar, address book)."""
    with opened(workspace):
        account = m.SyncAccountRecord.get()
        return account.calendar_sync_token, account.addressbook_sync_token


def test_the_second_sync_lists_only_the_changed_member(pair, monkeypatch):
    a, b = pair
    calendar_token, addressbook_token = _tokens(a)
    assert calendar_token and addressbook_token
    _edit_in(b, "Listed alone")
    reports, original = [], changes_since._report

    def recorded(client, url, token):
        found = original(client, url, token)
        reports.append((url, token, found))
        return found

    def no_full_listing(client, url):
        raise AssertionError("listed every member")

    monkeypatch.setattr(changes_since, "_report", recorded)
    monkeypatch.setattr(dav, "list_etags", no_full_listing)
    assert "received 1 changed" in sync(a)
    assert all("contacts" in url for url, _, _ in reports)  # the calendar's ctag held
    (_, token, listed), (_, after, since) = reports  # the listing; the check after the pass
    assert token == addressbook_token and len(listed.etags) == 1
    assert after == listed.token and since.etags == {}  # nobody wrote meanwhile
    assert _tokens(a)[1] == since.token != addressbook_token
    with opened(a):
        assert m.ContactRecord.get(m.ContactRecord.name == "Jordan Lee").role == "Listed alone"


def test_a_token_the_server_no_longer_knows_falls_back_to_the_full_listing(pair):
    a, b = pair
    with opened(a):
        m.SyncAccountRecord.update(
            addressbook_sync_token="http://radicale.org/ns/sync/unknown"
        ).execute()
    _edit_in(b, "After a lost token")
    assert "received 1 changed" in sync(a)
    assert _tokens(a)[1] not in ("", "http://radicale.org/ns/sync/unknown")
    assert synced_view(exported(a)) == synced_view(exported(b))


def test_a_server_without_sync_collection_is_listed_in_full(pair, monkeypatch):
    a, b = pair
    monkeypatch.setattr(changes_since, "_report", lambda client, url, token: None)
    _edit_in(b, "Listed in full")
    assert "received 1 changed" in sync(a)
    assert synced_view(exported(a)) == synced_view(exported(b))


class WriteDuringThePass:
    """A progress object that has another client change a contact after the first step."""

    def __init__(self, client, href: str) -> None:
        self.client, self.href, self.written = client, href, False

    def report(self, done, total, message="") -> None:
        """After the first step: the other client writes (once)."""
        if self.written:
            return
        self.written = True
        card = dav.get(self.client, self.href)
        lines = [x for x in card.text.splitlines() if not x.startswith("TITLE")]
        text = "\r\n".join(lines).replace("END:VCARD", "TITLE:Written meanwhile\r\nEND:VCARD")
        dav.put(self.client, self.href, text, content_type="text/vcard", etag=card.etag)

    def cancelled(self) -> bool:
        """Never cancelled."""
        return False


def test_a_change_another_client_makes_during_the_pass_is_received_next_time(pair, radicale):
    from mentordesk.services.sync.engine import sync_account
    from tests.sync.conftest import PASSWORD, USERNAME

    a, b = pair
    _edit_in(b, "Moves the ctag")
    with opened(a):
        priya = m.ContactRecord.get(m.ContactRecord.name == "Priya Raman")
        href = m.SyncStateRecord.get(m.SyncStateRecord.uid == priya.uid).href
        progress = WriteDuringThePass(dav.open_client(radicale.url, USERNAME, PASSWORD), href)
        sync_account(progress=progress)
        assert progress.written and m.SyncAccountRecord.get().addressbook_ctag == ""
    assert "received 1 changed" in sync(a)
    with opened(a):
        assert (
            m.ContactRecord.get(m.ContactRecord.name == "Priya Raman").role == "Written meanwhile"
        )
