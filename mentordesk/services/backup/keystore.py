"""The master key in the OS keyring: service MentorDesk, user backup-key:<key id>."""

from __future__ import annotations

import base64
import contextlib
import logging

from mentordesk.services.backup.errors import KeyringUnavailableError

SERVICE = "MentorDesk"
log = logging.getLogger(__name__)


def keyring_user(key_id: str) -> str:
    """The keyring user name of a backup key."""
    return f"backup-key:{key_id}"


def store_master_key(master: bytes, key_id: str) -> None:
    """Store the key in the OS keyring and read it back; KeyringUnavailableError if it fails."""
    import keyring

    encoded = base64.b64encode(master).decode()
    with _keyring_errors("store the backup key in"):
        keyring.set_password(SERVICE, keyring_user(key_id), encoded)
        confirmed = keyring.get_password(SERVICE, keyring_user(key_id))
    if confirmed != encoded:
        raise KeyringUnavailableError(
            "the OS keyring did not keep the backup key (reading it back gave something else); "
            "backups will use a passphrase instead"
        )


def load_master_key(key_id: str) -> bytes | None:
    """The key from the OS keyring, None if it is not there; KeyringUnavailableError if unusable."""
    import keyring

    with _keyring_errors("read the backup key from"):
        encoded = keyring.get_password(SERVICE, keyring_user(key_id))
    if encoded is None:
        return None
    try:
        return base64.b64decode(encoded, validate=True)
    except ValueError:
        log.warning("the keyring entry for backup key %s is not a key", key_id)
        return None


def delete_master_key(key_id: str) -> None:
    """Forget the key (tests and key rotation); missing is fine."""
    import keyring
    from keyring.errors import PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError):
        keyring.delete_password(SERVICE, keyring_user(key_id))


class _keyring_errors:  # noqa: N801 - used as a context manager, reads as a phrase
    """Turn whatever the keyring raises (no backend, locked, dismissed) into one clear line."""

    def __init__(self, doing: str) -> None:
        self.doing = doing

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind, error, traceback) -> bool:
        if error is None or not isinstance(error, Exception):
            return False
        log.warning("keyring failed: %r", error)
        reason = _reason(error)
        raise KeyringUnavailableError(
            f"cannot {self.doing} the OS keyring ({reason}); unlock it, or use a passphrase"
        ) from error


def _reason(error: Exception) -> str:
    """A few words on why the keyring failed."""
    from keyring.errors import KeyringLocked, NoKeyringError

    if isinstance(error, NoKeyringError):
        return "no keyring is available on this system"
    if isinstance(error, KeyringLocked):
        return "the keyring is locked"
    return str(error).splitlines()[0][:120] if str(error) else type(error).__name__
