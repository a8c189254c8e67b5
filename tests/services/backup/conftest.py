"""Backup test fixtures: an in-memory keyring, cheap KDF costs, a workspace with data and files."""

from __future__ import annotations

import pytest

from tests.services.backup.helpers import TEST_MASTER, TEST_RECOVERY, add_data, test_key_file
from tests.services.backup.memory_keyring import install_memory_keyring


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch):
    """Every backup unit test gets a fresh in-memory keyring (never the user's real one)."""
    yield from install_memory_keyring(monkeypatch)


@pytest.fixture
def filled(database, workspace):
    """The open workspace with known records and a files/ folder."""
    add_data(workspace)
    return workspace


@pytest.fixture
def key_file():
    """A key file for the fixed test keys."""
    return test_key_file()


@pytest.fixture
def made(filled, key_file):
    """A backup of the filled workspace made with the test key, in small chunks."""
    from mentordesk.services.backup.create import create_backup

    return create_backup(filled, master_key=TEST_MASTER, key_file=key_file, chunk_size=4096)


__all__ = ["TEST_MASTER", "TEST_RECOVERY"]
