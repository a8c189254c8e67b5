"""A server that dies mid-sync, or never answers: both sides stay consistent, the next sync completes."""

from __future__ import annotations

import socket

import pytest

from mentordesk.services.sync import dav
from mentordesk.services.sync.accounts import list_accounts
from mentordesk.services.sync.engine import sync_account
from mentordesk.services.sync.errors import ServerUnreachableError
from tests.sync.helpers import add_account, exported, opened, run, sync, synced_view


class KillAfter:
    """A progress object that kills the server after some resources have moved."""

    def __init__(self, server, steps: int) -> None:
        self.server, self.steps, self.seen = server, steps, 0

    def report(self, done, total, message="") -> None:
        """Count steps; kill the server at the chosen one."""
        self.seen += 1
        if self.seen == self.steps:
            self.server.kill()

    def cancelled(self) -> bool:
        """Never cancelled."""
        return False


def test_a_server_killed_mid_sync_converges_on_the_next_run(tmp_path, radicale, memory_keyring):
    a, b = tmp_path / "a", tmp_path / "b"
    assert run(a, "seed-demo")[0] == 0
    add_account(a, radicale.url)
    add_account(b, radicale.url)
    progress = KillAfter(radicale, steps=15)
    with opened(a):
        with pytest.raises(ServerUnreachableError):
            sync_account(progress=progress)
        assert list_accounts()[0].last_good_sync is None
    assert progress.seen == 15
    radicale.start()
    sync(a)
    sync(b)
    assert "sent nothing; received nothing" in sync(a)
    with opened(a):
        assert list_accounts()[0].last_good_sync is not None
    assert synced_view(exported(a)) == synced_view(exported(b))


def test_a_server_that_never_answers_times_out_in_one_line(
    tmp_path, radicale, memory_keyring, monkeypatch
):
    a = tmp_path / "a"
    add_account(a, radicale.url)
    radicale.kill()
    with socket.socket() as silent:
        silent.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        silent.bind(("127.0.0.1", radicale.port))
        silent.listen(5)
        monkeypatch.setattr(dav, "TIMEOUT_SECONDS", 1)
        code, out, err = run(a, "sync")
    assert code != 0
    assert err.count("\n") == 1 and "did not answer in time" in err


def test_a_server_that_is_down_fails_in_one_line_and_keeps_the_last_good_sync(
    tmp_path, radicale, memory_keyring
):
    a = tmp_path / "a"
    add_account(a, radicale.url)
    sync(a)
    radicale.kill()
    code, _, err = run(a, "sync")
    assert code != 0 and "cannot reach 127.0.0.1" in err and "Traceback" not in err
    code, out, _ = run(a, "sync-account", "list")
    assert "last good sync: 20" in out


def test_a_412_on_put_refetches_merges_and_keeps_both_changes(
    tmp_path, radicale, memory_keyring, monkeypatch
):
    """Another client writes between our read and our write: the PUT gets 412, then merges."""
    from mentordesk.db import models as m

    a = tmp_path / "a"
    assert run(a, "seed-demo")[0] == 0
    add_account(a, radicale.url)
    sync(a)
    with opened(a):
        jordan = m.ContactRecord.get(m.ContactRecord.name == "Jordan Lee")
        m.ContactRecord.update(role="Lead").where(m.ContactRecord.id == jordan.id).execute()
    original_get, written = dav.get, []

    def get_then_someone_writes(client, href):
        resource = original_get(client, href)
        if resource and "Jordan Lee" in resource.text and not written:
            other = resource.text.replace("END:VCARD", "ORG:Concurrent Co\r\nEND:VCARD")
            written.append(
                dav.put(client, href, other, content_type="text/vcard", etag=resource.etag)
            )
        return resource

    monkeypatch.setattr(dav, "get", get_then_someone_writes)
    out = sync(a)
    assert written and "needs a look" not in out
    monkeypatch.setattr(dav, "get", original_get)
    with opened(a):
        record = m.ContactRecord.get(m.ContactRecord.name == "Jordan Lee")
        assert (record.role, record.organisation) == ("Lead", "Concurrent Co")
        state = m.SyncStateRecord.get(m.SyncStateRecord.uid == record.uid)
        client = dav.open_client(radicale.url, "mentee", "s3cret-pass")
        on_server = dav.get(client, state.href)
    assert "TITLE:Lead" in on_server.text and "ORG:Concurrent Co" in on_server.text
    assert on_server.etag == state.etag
