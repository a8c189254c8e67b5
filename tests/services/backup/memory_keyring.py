"""An in-memory keyring backend for unit tests, and ones that fail the ways real ones do."""

from __future__ import annotations

import os

import keyring
from keyring.backend import KeyringBackend
from keyring.compat import properties
from keyring.errors import KeyringLocked, NoKeyringError, PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """Secrets kept in a dict for the life of the test."""

    @properties.classproperty
    def priority(cls):  # noqa: N805 - a class property
        """Never chosen by keyring's own detection: tests set it explicitly."""
        if cls is FileKeyring and os.environ.get("MENTORDESK_TEST_KEYRING"):
            return 1
        raise RuntimeError("a test keyring")

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.secrets.get((service, username))

    def set_password(self, service, username, password):
        self.secrets[(service, username)] = password

    def delete_password(self, service, username):
        if self.secrets.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


class FailingKeyring(KeyringBackend):
    """A keyring that raises `error` on every call: missing, locked or a dismissed prompt."""

    @properties.classproperty
    def priority(cls):  # noqa: N805 - a class property
        """Never chosen by keyring's own detection."""
        raise RuntimeError("a test keyring")

    def __init__(self, error: Exception) -> None:
        super().__init__()
        self.error = error

    def get_password(self, service, username):
        raise self.error

    def set_password(self, service, username, password):
        raise self.error

    def delete_password(self, service, username):
        raise self.error


class ForgetfulKeyring(MemoryKeyring):
    """Accepts a secret but does not keep it: read-back catches it."""

    def set_password(self, service, username, password):
        return None


MISSING = NoKeyringError("No recommended backend was available")
LOCKED = KeyringLocked("Failed to unlock the collection!")
DISMISSED = KeyringLocked("Prompt dismissed")


class FileKeyring(MemoryKeyring):
    """A keyring in a JSON file named by MENTORDESK_TEST_KEYRING: for CLI subprocess tests only."""

    def __init__(self) -> None:
        super().__init__()
        from pathlib import Path

        self.path = Path(os.environ["MENTORDESK_TEST_KEYRING"])

    def _load(self) -> dict:
        import json

        return json.loads(self.path.read_text()) if self.path.exists() else {}

    def get_password(self, service, username):
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service, username, password):
        import json

        data = self._load()
        data[f"{service}\n{username}"] = password
        self.path.write_text(json.dumps(data))

    def delete_password(self, service, username):
        import json

        data = self._load()
        if data.pop(f"{service}\n{username}", None) is None:
            raise PasswordDeleteError(username)
        self.path.write_text(json.dumps(data))


def install_memory_keyring(monkeypatch):
    """A fresh in-memory keyring and a cheap KDF until the test ends (yield from a fixture)."""
    from mentordesk.services.backup import crypto

    backend = MemoryKeyring()
    previous = keyring.core._keyring_backend
    keyring.set_keyring(backend)
    monkeypatch.setitem(crypto.ARGON2_DEFAULT, "memory_kib", 8 * 1024)
    monkeypatch.setitem(crypto.ARGON2_DEFAULT, "iterations", 1)
    yield backend
    keyring.core._keyring_backend = previous
