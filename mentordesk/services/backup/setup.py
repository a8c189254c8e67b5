"""Setting up backups: a master key in the OS keyring (or passphrase-wrapped), a recovery key."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mentordesk.services.backup import crypto, keystore
from mentordesk.services.backup.errors import (
    BackupSetupError,
    KeyringUnavailableError,
    WrongKeyError,
)
from mentordesk.services.backup.keys import (
    KeyFile,
    key_file_path,
    new_master_key,
    new_recovery_key,
    read_key_file,
    unwrap_master_key,
    wrap_master_key,
    write_key_file,
)


class PassphraseNeededError(KeyringUnavailableError):
    """The keyring cannot give the key, but the workspace holds a passphrase-wrapped copy."""


@dataclass(frozen=True)
class BackupKeys:
    """The result of setting up backups: the recovery key is shown once, then forgotten."""

    key_id: str
    recovery_key: bytes
    in_keyring: bool


def init_backups(root: Path, *, passphrase: bytes | None = None) -> BackupKeys:
    """Create the master and recovery keys; the master key goes to the keyring or a passphrase."""
    if key_file_path(root).exists():
        key_id = read_key_file(root).key_id
        raise BackupSetupError(f"backups are already set up in {root} (key {key_id})")
    master, recovery = new_master_key(), new_recovery_key()
    key_id = crypto.key_id(master)
    slots = [wrap_master_key(master, recovery, label="recovery")]
    in_keyring = _try_keyring(master, key_id, fallback=passphrase is not None)
    if not in_keyring:
        slots.append(wrap_master_key(master, passphrase, label="passphrase"))
    write_key_file(root, KeyFile(key_id=key_id, slots=slots))
    return BackupKeys(key_id=key_id, recovery_key=recovery, in_keyring=in_keyring)


def _try_keyring(master: bytes, key_id: str, *, fallback: bool) -> bool:
    """Store the key in the keyring; without it, raise unless a passphrase can stand in."""
    try:
        keystore.store_master_key(master, key_id)
    except KeyringUnavailableError:
        if fallback:
            return False
        raise
    return True


def adopt_master_key(root: Path, master: bytes, header_slots: list[dict]) -> bool:
    """Keep a recovered key in the keyring; on a new machine it becomes the workspace's key too."""
    key_id = crypto.key_id(master)
    if not key_file_path(root).exists():
        write_key_file(root, KeyFile(key_id=key_id, slots=list(header_slots)))
    try:
        keystore.store_master_key(master, key_id)
    except KeyringUnavailableError:
        return False
    return True


def workspace_master_key(root: Path, *, passphrase: bytes | None = None) -> tuple[bytes, KeyFile]:
    """The workspace's master key: from its passphrase slot if given, else the keyring."""
    key_file = read_key_file(root)
    slot = key_file.slot("passphrase")
    if passphrase is not None:
        if slot is None:
            raise WrongKeyError("this workspace's backup key is not protected by a passphrase")
        return unwrap_master_key(slot, passphrase, key_id=key_file.key_id), key_file
    try:
        master = keystore.load_master_key(key_file.key_id)
    except KeyringUnavailableError as error:
        if slot is None:
            raise
        raise PassphraseNeededError(f"{error}; the backup passphrase is needed") from error
    if master is not None:
        return master, key_file
    if slot is not None:
        raise PassphraseNeededError("the backup key is protected by a passphrase: it is needed")
    raise KeyringUnavailableError(
        f"the backup key {key_file.key_id} is not in this computer's keyring; restore a backup "
        "with its recovery key (--recovery-key-file) to put it back"
    )
