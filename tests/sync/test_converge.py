"""Two workspaces and one real Radicale server: they converge, edits and deletes travel."""

from __future__ import annotations

import pytest

from tests.sync.helpers import add_account, exported, run, sync, synced_view


@pytest.fixture
def pair(tmp_path, radicale, memory_keyring):
    """A with the demo data and B empty, both with an account on the same server, synced."""
    a, b = tmp_path / "a", tmp_path / "b"
    assert run(a, "seed-demo")[0] == 0
    for workspace in (a, b):
        add_account(workspace, radicale.url)
    sync(a)
    sync(b)
    return a, b


def test_a_and_b_converge_on_every_synced_record(pair):
    a, b = pair
    view_a, view_b = synced_view(exported(a)), synced_view(exported(b))
    assert view_a["contacts"] and view_a["meetings"] and view_a["tasks"]
    assert view_a == view_b
