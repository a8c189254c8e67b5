"""The sync never holds the app's writes: a save made while a (slow, real) sync runs is done first,
and a record the user changes while the sync works on it is never overwritten."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from mentordesk.db import models as m
from mentordesk.services.sync import accounts, dav
from mentordesk.services.sync.engine import sync_account
from tests.conftest import FIXED_NOW
from tests.sync.conftest import PASSWORD, USERNAME
from tests.sync.faulty_proxy import FaultyProxy
from tests.sync.helpers import add_account, exported, opened, run, sync, synced_view


@pytest.fixture
def slow_proxy(radicale):
    """The test server behind a proxy that waits before forwarding each request."""
    proxy = FaultyProxy(target_port=radicale.port, delay=0.03)
    proxy.start()
    yield proxy
    proxy.stop()


def _role(name: str) -> str:
    """A contact's role, read now."""
    return m.ContactRecord.get(m.ContactRecord.name == name).role


def _save_role(name: str, role: str) -> None:
    """What a contact edit in the window does: one short write."""
    from mentordesk.db.database import db

    with db.atomic():
        m.ContactRecord.update(role=role).where(m.ContactRecord.name == name).execute()


def test_a_save_during_a_slow_sync_finishes_first_and_survives_it(
    qtbot, demo_database, workspace, slow_proxy, radicale, memory_keyring, tmp_path
):
    from mentordesk.ui.context import UiContext
    from mentordesk.ui.jobs import JobRunner
    from mentordesk.ui.sync.auto import AutoSync

    accounts.add_account(url=slow_proxy.url, username=USERNAME, password=PASSWORD)
    jobs = JobRunner()
    window = QWidget()
    qtbot.addWidget(window)
    auto = AutoSync(UiContext(workspace=workspace, jobs=jobs, now=lambda: FIXED_NOW), window)
    auto.sync_now()
    qtbot.waitUntil(lambda: m.SyncStateRecord.select().count() > 5, timeout=60_000)
    saved = []
    jobs.start(
        title="Save",
        work=lambda progress: _save_role("Jordan Lee", "Edited during the sync"),
        writes=True,
        show_progress=False,
        on_result=lambda _: saved.append(auto.running),
    )
    qtbot.waitUntil(lambda: bool(saved), timeout=30_000)
    assert saved == [True]  # delivered while the sync was still running
    qtbot.waitUntil(lambda: not auto.running, timeout=600_000)
    jobs.wait_until_idle()
    assert _role("Jordan Lee") == "Edited during the sync"
    assert m.SyncAccountRecord.get().last_good_sync is not None
    slow_proxy.delay = 0
    sync_account()  # the edit goes up now if the first pass had sent Jordan before it
    b = tmp_path / "b"
    add_account(b, radicale.url)
    sync(b)
    with opened(b):
        assert _role("Jordan Lee") == "Edited during the sync"


def test_a_record_changed_here_while_its_server_change_is_fetched_is_not_overwritten(
    tmp_path, radicale, memory_keyring, monkeypatch
):
    a, b = tmp_path / "a", tmp_path / "b"
    assert run(a, "seed-demo")[0] == 0
    for workspace in (a, b):
        add_account(workspace, radicale.url)
    sync(a)
    sync(b)
    with opened(b):
        _save_role("Jordan Lee", "From B")
    sync(b)
    original_get = dav.get

    def get_while_the_user_saves(client, href):
        resource = original_get(client, href)
        if resource and "Jordan Lee" in resource.text:
            m.ContactRecord.update(organisation="Saved meanwhile").where(
                m.ContactRecord.name == "Jordan Lee"
            ).execute()  # the window saves between the sync's read and its write
        return resource

    monkeypatch.setattr(dav, "get", get_while_the_user_saves)
    with opened(a):
        sync_account()
        jordan = m.ContactRecord.get(m.ContactRecord.name == "Jordan Lee")
        assert jordan.organisation == "Saved meanwhile"  # the user's save is kept
    monkeypatch.setattr(dav, "get", original_get)
    sync(a)  # the next sync merges both sides
    sync(b)
    for workspace in (a, b):
        with opened(workspace):
            jordan = m.ContactRecord.get(m.ContactRecord.name == "Jordan Lee")
            assert (jordan.role, jordan.organisation) == ("From B", "Saved meanwhile")
    assert synced_view(exported(a)) == synced_view(exported(b))


def test_a_pass_that_leaves_a_record_behind_keeps_no_ctag(pair, monkeypatch):
    """The next sync must list the server, not trust saved states with a blank ETag."""
    a, b = pair
    with opened(b):
        _save_role("Jordan Lee", "From B")
    sync(b)
    original_get = dav.get

    def get_while_the_user_saves(client, href):
        resource = original_get(client, href)
        if resource and "Jordan Lee" in resource.text:
            m.ContactRecord.update(organisation="Saved meanwhile").where(
                m.ContactRecord.name == "Jordan Lee"
            ).execute()
        return resource

    monkeypatch.setattr(dav, "get", get_while_the_user_saves)
    with opened(a):
        sync_account()
        assert m.SyncAccountRecord.get().addressbook_ctag == ""
