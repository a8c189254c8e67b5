"""An in-memory keyring backend for unit tests, and ones that fail the ways real ones do."""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, NoKeyringError, PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """Secrets kept in a dict for the life of the test."""

    priority = 1

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

    priority = 1

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
