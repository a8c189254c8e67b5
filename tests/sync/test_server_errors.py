"""A server that answers 5xx, or drops the connection halfway through an answer: one clear line,
nothing half-applied on either side, the last good sync kept; the next sync completes."""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import urlsplit

import pytest

from mentordesk.db import models as m
from mentordesk.services.sync import dav
from tests.sync.conftest import PASSWORD, USERNAME
from tests.sync.faulty_proxy import FaultyProxy
from tests.sync.helpers import add_account, exported, opened, run, sync, synced_view

LONG_AGO = datetime(2020, 1, 1, tzinfo=UTC)
NAMES = ("Jordan Lee", "Priya Raman", "Elena Petrova")


@pytest.fixture
def proxy(radicale):
    """The faulty proxy in front of the test server."""
    faulty = FaultyProxy(target_port=radicale.port)
    faulty.start()
    yield faulty
    faulty.stop()


@pytest.fixture
def pair(tmp_path, radicale, proxy, memory_keyring):
    """A (demo data, syncing through the proxy) and B (empty, straight to the server), synced."""
    a, b = tmp_path / "a", tmp_path / "b"
    assert run(a, "seed-demo")[0] == 0
    add_account(a, proxy.url)
    add_account(b, radicale.url)
    sync(a)
    sync(b)
    with opened(a):
        m.SyncAccountRecord.update(last_good_sync=LONG_AGO).execute()
    return a, b


def _set_roles(workspace, role: str) -> None:
    """Give the three contacts a new role (a local edit)."""
    with opened(workspace):
        m.ContactRecord.update(role=role).where(m.ContactRecord.name.in_(NAMES)).execute()


def _roles(workspace) -> dict[str, str]:
    """The three contacts' roles here."""
    with opened(workspace):
        query = m.ContactRecord.select().where(m.ContactRecord.name.in_(NAMES))
        return {c.name: c.role for c in query}


def _last_good_sync(workspace) -> datetime | None:
    """The account's last good sync."""
    with opened(workspace):
        return m.SyncAccountRecord.get().last_good_sync


def _server_roles(workspace, radicale) -> dict[str, str]:
    """The three contacts' roles on the server, read straight from it (not through the proxy)."""
    client = dav.open_client(radicale.url, USERNAME, PASSWORD)
    with opened(workspace):
        records = m.ContactRecord.select().where(m.ContactRecord.name.in_(NAMES))
        states = {s.uid: s.href for s in m.SyncStateRecord.select()}
        hrefs = {c.name: states[c.uid] for c in records}
    roles = {}
    for name, href in hrefs.items():
        text = dav.get(client, radicale.url.rstrip("/") + urlsplit(href).path).text
        roles[name] = next(
            (x.split(":", 1)[1] for x in text.splitlines() if x.startswith("TITLE:")), ""
        )
    return roles


def _states_agree_with_server(workspace, radicale) -> None:
    """Every saved state names a resource the server holds in exactly that version."""
    client = dav.open_client(radicale.url, USERNAME, PASSWORD)
    with opened(workspace):
        states = list(m.SyncStateRecord.select())
    assert states
    for state in states:
        resource = dav.get(client, radicale.url.rstrip("/") + urlsplit(state.href).path)
        assert resource is not None and resource.etag == state.etag, state.uid


@pytest.mark.parametrize("status", [503, 500])
def test_a_5xx_on_a_put_stops_in_one_line_then_the_next_sync_sends_the_rest(
    pair, proxy, radicale, status
):
    a, b = pair
    _set_roles(a, "Sent up")
    before = exported(a)
    proxy.arm("PUT", nth=2, status=status)
    code, _, err = run(a, "sync")
    assert code != 0 and err.count("\n") == 1
    assert f"the server failed ({status})" in err and "Traceback" not in err
    assert proxy.fault.fired
    assert exported(a)["contacts"] == before["contacts"]  # nothing changed here
    assert sorted(_server_roles(a, radicale).values()).count("Sent up") == 1  # one went up
    _states_agree_with_server(a, radicale)
    assert _last_good_sync(a) == LONG_AGO
    assert "sent 2 changed" in sync(a)
    assert _last_good_sync(a) > LONG_AGO
    assert set(_server_roles(a, radicale).values()) == {"Sent up"}
    sync(b)
    assert synced_view(exported(a)) == synced_view(exported(b))


@pytest.mark.parametrize("status", [503, 0], ids=["503", "dropped-halfway"])
def test_a_failed_get_applies_nothing_of_that_record_then_the_next_sync_receives_it(
    pair, proxy, radicale, status
):
    a, b = pair
    _set_roles(b, "From B")
    assert "sent 3 changed" in sync(b)
    proxy.arm("GET", nth=2, status=status)
    code, _, err = run(a, "sync")
    assert code != 0 and err.count("\n") == 1 and "Traceback" not in err
    expected = "the server failed (503)" if status else "cannot reach 127.0.0.1"
    assert expected in err
    roles = _roles(a)
    assert list(roles.values()).count("From B") == 1, roles  # the one read before the fault
    _states_agree_with_server_or_older(a, radicale)
    assert _last_good_sync(a) == LONG_AGO
    assert "received 2 changed" in sync(a)
    assert set(_roles(a).values()) == {"From B"}
    assert _last_good_sync(a) > LONG_AGO
    assert synced_view(exported(a)) == synced_view(exported(b))
    _states_agree_with_server(a, radicale)


def _states_agree_with_server_or_older(workspace, radicale) -> None:
    """A state is either the server's version, or an older one whose record is unchanged here."""
    client = dav.open_client(radicale.url, USERNAME, PASSWORD)
    with opened(workspace):
        states = list(m.SyncStateRecord.select().where(m.SyncStateRecord.kind == "contact"))
        roles = {c.uid: c.role for c in m.ContactRecord.select()}
    behind = 0
    for state in states:
        resource = dav.get(client, radicale.url.rstrip("/") + urlsplit(state.href).path)
        if resource.etag != state.etag:
            behind += 1
            assert roles[state.uid] != "From B"  # not applied here, and the state says so
    assert behind == 2


def test_a_server_refusing_the_sync_collection_report_still_syncs(
    tmp_path, radicale, proxy, memory_keyring
):
    """RFC 3253 answers an unsupported REPORT with 403 (sabre/dav does): list with PROPFIND."""
    a, b = tmp_path / "a", tmp_path / "b"
    assert run(a, "seed-demo")[0] == 0
    add_account(a, proxy.url)
    add_account(b, radicale.url)
    proxy.arm("REPORT", nth=1, status=403)
    sync(a)
    assert proxy.fault.fired
    sync(b)
    assert synced_view(exported(a)) == synced_view(exported(b))
