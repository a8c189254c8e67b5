"""Backup keys: the keyring (read back), the passphrase fallback, never a plain key on disk."""

from __future__ import annotations

import base64

import keyring
import pytest

from mentordesk.services.backup import crypto
from mentordesk.services.backup.create import create_backup
from mentordesk.services.backup.errors import (
    BackupSetupError,
    KeyringUnavailableError,
    WrongKeyError,
)
from mentordesk.services.backup.keys import read_key_file
from mentordesk.services.backup.reader import Secrets
from mentordesk.services.backup.setup import (
    PassphraseNeededError,
    init_backups,
    workspace_master_key,
)
from mentordesk.services.backup.verify import verify_backup
from tests.services.backup.memory_keyring import (
    DISMISSED,
    LOCKED,
    MISSING,
    FailingKeyring,
    ForgetfulKeyring,
    MemoryKeyring,
)


def plain_forms(master: bytes) -> list[bytes]:
    """Every way a key could sit in a file in plain text."""
    return [master, master.hex().encode(), base64.b64encode(master), base64.b32encode(master)]


def assert_no_plain_key(root, master: bytes) -> None:
    """No file in the workspace holds the master key in any plain form."""
    for path in root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert not any(form in data for form in plain_forms(master)), path


def test_init_stores_the_key_in_the_keyring_and_reads_it_back(workspace, memory_keyring):
    keys = init_backups(workspace.root)
    assert keys.in_keyring and len(keys.recovery_key) == 20
    (service, user), stored = next(iter(memory_keyring.secrets.items()))
    assert (service, user) == ("MentorDesk", f"backup-key:{keys.key_id}")
    master = base64.b64decode(stored)
    assert crypto.key_id(master) == keys.key_id
    assert [s["label"] for s in read_key_file(workspace.root).slots] == ["recovery"]
    assert workspace_master_key(workspace.root)[0] == master
    assert_no_plain_key(workspace.root, master)


def test_init_twice_is_refused(workspace):
    init_backups(workspace.root)
    with pytest.raises(BackupSetupError, match="already set up"):
        init_backups(workspace.root)


@pytest.mark.parametrize(
    "error", [MISSING, LOCKED, DISMISSED], ids=["missing", "locked", "dismissed"]
)
def test_no_usable_keyring_is_said_clearly_and_nothing_is_written(workspace, error):
    keyring.set_keyring(FailingKeyring(error))
    with pytest.raises(KeyringUnavailableError, match="OS keyring") as caught:
        init_backups(workspace.root)
    assert "Traceback" not in str(caught.value) and "\n" not in str(caught.value)
    assert not (workspace.root / "backup-key.json").exists()


@pytest.mark.parametrize(
    "error", [MISSING, LOCKED, DISMISSED], ids=["missing", "locked", "dismissed"]
)
def test_the_passphrase_fallback_wraps_the_key_never_plain(database, workspace, error):
    keyring.set_keyring(FailingKeyring(error))
    keys = init_backups(workspace.root, passphrase=b"correct horse battery")
    assert not keys.in_keyring
    with pytest.raises(PassphraseNeededError, match="passphrase"):
        workspace_master_key(workspace.root)
    with pytest.raises(WrongKeyError, match="passphrase"):
        workspace_master_key(workspace.root, passphrase=b"wrong horse")
    master, key_file = workspace_master_key(workspace.root, passphrase=b"correct horse battery")
    made = create_backup(workspace, master_key=master, key_file=key_file)
    assert_no_plain_key(workspace.root, master)
    header = made.path.read_bytes()[:4096]
    assert b'"passphrase"' not in header  # a guessable slot never leaves the machine
    assert verify_backup(made.path, secrets=Secrets(recovery_key=keys.recovery_key))


def test_a_keyring_that_does_not_keep_the_key_is_caught_by_reading_back(workspace):
    keyring.set_keyring(ForgetfulKeyring())
    with pytest.raises(KeyringUnavailableError, match="did not keep"):
        init_backups(workspace.root)


def test_a_key_missing_from_the_keyring_later_is_explained(workspace):
    init_backups(workspace.root)
    keyring.set_keyring(MemoryKeyring())
    with pytest.raises(KeyringUnavailableError, match="recovery key"):
        workspace_master_key(workspace.root)


def test_backups_not_set_up_says_what_to_run(workspace):
    with pytest.raises(BackupSetupError, match="init-backups"):
        workspace_master_key(workspace.root)


def test_recovery_key_file_round_trips():
    from mentordesk.services.backup.keys import parse_recovery_key, recovery_key_file_text

    raw = bytes(range(20))
    text = recovery_key_file_text(raw, "0011223344556677")
    assert text.count("\n") == 3 and parse_recovery_key(text) == raw
    assert len(text.splitlines()[-1].split("-")) == 9
