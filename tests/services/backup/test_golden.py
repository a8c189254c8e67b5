"""Golden backups committed in tests/data/backups: v1 stays readable, the bad ones refused."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mentordesk.db.database import open_database
from mentordesk.paths import Workspace
from mentordesk.services.backup import crypto
from mentordesk.services.backup.errors import (
    BackupError,
    CorruptBackupError,
    NewerFormatError,
    NewerSchemaError,
    NotABackupError,
    TruncatedBackupError,
    WrongKeyError,
)
from mentordesk.services.backup.reader import Secrets
from mentordesk.services.backup.restore import restore_backup
from mentordesk.services.backup.verify import verify_backup
from tests.services.backup.helpers import TEST_MASTER, TEST_RECOVERY, files_of

GOLDEN = Path(__file__).resolve().parents[2] / "data" / "backups"
EXPECTED = json.loads((GOLDEN / "expected.json").read_text(encoding="utf-8"))
KEY = Secrets(master_key=TEST_MASTER, use_keyring=False)
RECOVERY = Secrets(recovery_key=TEST_RECOVERY, use_keyring=False)

REFUSED = {
    "wrong-key.mdbk": (WrongKeyError, "another backup key"),
    "not-a-backup.txt": (NotABackupError, "not a MentorDesk backup"),
    "not-a-backup.sqlite3": (NotABackupError, "SQLite database"),
    "corrupt-chunk-3.mdbk": (CorruptBackupError, "chunk 3 of"),
    "truncated.mdbk": (TruncatedBackupError, "bytes of its end are missing"),
    "newer-format.mdbk": (NewerFormatError, "format 2"),
    "newer-schema.mdbk": (NewerSchemaError, "newer MentorDesk"),
    "kdf-out-of-bounds.mdbk": (CorruptBackupError, "memory_kib"),
}


def test_the_golden_good_backup_verifies_with_the_key_and_the_recovery_key():
    for secrets in (KEY, RECOVERY):
        result = verify_backup(GOLDEN / "good.mdbk", secrets=secrets)
        assert result.summary["counts"]["contacts"] == 2 and result.summary["files"] == 2
        assert result.key_id == crypto.key_id(TEST_MASTER)


@pytest.mark.parametrize("existing", [False, True], ids=["new-machine", "over-a-workspace"])
def test_the_golden_good_backup_restores(tmp_path, template_database, existing):
    space = Workspace(tmp_path / "workspace").ensure()
    if existing:  # a 4 KiB-page WAL database receives the golden file's 1 KiB pages
        space.database.write_bytes(template_database.read_bytes())
    restore_backup(space, GOLDEN / "good.mdbk", secrets=RECOVERY)
    with sqlite3.connect(space.database) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        names = [r[0] for r in connection.execute("SELECT name FROM contact_record ORDER BY id")]
    assert names == EXPECTED["contacts"]
    expected_files = {k.removeprefix("files/"): v.encode() for k, v in EXPECTED["files"].items()}
    assert files_of(space.root / "files") == expected_files
    open_database(space.database, safety_dir=space.safety_dir)  # and the app opens it


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_each_golden_failure_is_refused_by_its_class(name):
    kind, message = REFUSED[name]
    secrets = RECOVERY if name == "kdf-out-of-bounds.mdbk" else KEY
    with pytest.raises(kind, match=message) as caught:
        verify_backup(GOLDEN / name, secrets=secrets)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_restoring_a_golden_failure_changes_nothing(name, workspace):
    before = workspace.database.read_bytes()
    kind, _ = REFUSED[name]
    with pytest.raises(kind):
        restore_backup(workspace, GOLDEN / name, secrets=KEY)
    assert workspace.database.read_bytes() == before
    assert sorted(p.name for p in workspace.root.iterdir()) == ["logs", "mentordesk.sqlite3"]


def test_the_wrong_key_golden_refuses_the_test_recovery_key_too():
    with pytest.raises(WrongKeyError):
        verify_backup(GOLDEN / "wrong-key.mdbk", secrets=RECOVERY)


def test_the_error_classes_have_their_own_exit_codes():
    codes = [kind.exit_code for kind, _ in REFUSED.values()]
    from mentordesk.services.backup.errors import KeyringUnavailableError, NoSpaceError

    distinct = {k: k.exit_code for k, _ in REFUSED.values()}
    distinct.update({KeyringUnavailableError: 16, NoSpaceError: 17})
    assert len(set(distinct.values())) == len(distinct) == 8
    assert all(code >= 10 for code in codes)
    assert KeyringUnavailableError.exit_code == 16 and NoSpaceError.exit_code == 17


GOOD = (GOLDEN / "good.mdbk").read_bytes()


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    edits=st.lists(st.tuples(st.integers(0, len(GOOD) - 1), st.integers(1, 255)), max_size=4),
    cut=st.one_of(st.none(), st.integers(0, len(GOOD))),
    junk=st.binary(max_size=40),
)
def test_any_damage_is_refused_by_a_backup_error_never_a_crash(tmp_path, edits, cut, junk):
    data = bytearray(GOOD)
    for offset, mask in edits:
        data[offset] ^= mask
    data = bytes(data[:cut] if cut is not None else data) + junk
    if data == GOOD:
        return
    path = tmp_path / "damaged.mdbk"
    path.write_bytes(data)
    with pytest.raises(BackupError):
        verify_backup(path, secrets=KEY)


def test_the_golden_script_still_regenerates_the_same_set(tmp_path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_golden", GOLDEN / "make_golden.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.main(tmp_path)
    made = sorted(p.name for p in tmp_path.iterdir())
    committed = [p.name for p in GOLDEN.iterdir() if p.is_file() and p.suffix != ".py"]
    assert made == sorted(committed)
    for name in REFUSED:  # the fresh files fail the same way as the committed ones
        kind, message = REFUSED[name]
        secrets = RECOVERY if name == "kdf-out-of-bounds.mdbk" else KEY
        with pytest.raises(kind, match=message):
            verify_backup(tmp_path / name, secrets=secrets)
