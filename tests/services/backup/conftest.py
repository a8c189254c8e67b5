"""Backup test fixtures: an in-memory keyring, cheap KDF costs, a workspace with data and files."""

from __future__ import annotations

import keyring
import pytest

from mentordesk.services.backup import crypto
from tests.services.backup.helpers import TEST_MASTER, TEST_RECOVERY, add_data, test_key_file
from tests.services.backup.memory_keyring import MemoryKeyring


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch):
    """Every backup unit test gets a fresh in-memory keyring (never the user's real one)."""
    backend = MemoryKeyring()
    previous = keyring.core._keyring_backend
    keyring.set_keyring(backend)
    monkeypatch.setitem(crypto.ARGON2_DEFAULT, "memory_kib", 8 * 1024)
    monkeypatch.setitem(crypto.ARGON2_DEFAULT, "iterations", 1)
    yield backend
    keyring.core._keyring_backend = previous


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
