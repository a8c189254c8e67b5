"""The backup commands run as a user would: exit codes, one-line errors, secrets never in argv."""

from __future__ import annotations

import base64
import json
import os
import re
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from mentordesk.services.backup import crypto
from tests.services.backup.helpers import TEST_MASTER, TEST_RECOVERY

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "data" / "backups"
FILE_KEYRING = "tests.services.backup.memory_keyring.FileKeyring"
GROUPED = re.compile(r"\b([A-Z2-7]{4}-){8}[A-Z2-7]{4}\b")


def run(*args, data_dir, keyring_file=None, backend=FILE_KEYRING, stdin="", preexec=None):
    """Run `python -m mentordesk` with a test keyring; never raises on failure."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env["PYTHON_KEYRING_BACKEND"] = backend
    env["MENTORDESK_TEST_KEYRING"] = str(keyring_file or data_dir.parent / "keyring.json")
    return subprocess.run(
        [sys.executable, "-m", "mentordesk", "--data-dir", str(data_dir), *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        input=stdin,
        timeout=120,
        preexec_fn=preexec,
    )


def one_line(result, code: int, text: str) -> None:
    """A failure: its exit code, one line on stderr, no traceback."""
    assert result.returncode == code, (result.returncode, result.stderr)
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr, result.stderr
    assert text in result.stderr, result.stderr


@pytest.fixture(scope="module")
def set_up(tmp_path_factory):
    """A seeded workspace with backups set up and one backup made."""
    folder = tmp_path_factory.mktemp("cli-backups") / "workspace"
    assert run("seed-demo", data_dir=folder).returncode == 0
    init = run("init-backups", data_dir=folder)
    assert init.returncode == 0, init.stderr
    backup = run("backup", data_dir=folder)
    assert backup.returncode == 0, backup.stderr
    return folder, init.stdout, Path(backup.stdout.strip())


def test_init_shows_the_recovery_key_once_and_keeps_the_key_in_the_keyring(set_up):
    folder, shown, _ = set_up
    assert len(GROUPED.findall(shown)) == 1 and "shown only this once" in shown
    stored = json.loads((folder.parent / "keyring.json").read_text())
    assert list(stored) == [
        f"MentorDesk\nbackup-key:{json.loads((folder / 'backup-key.json').read_text())['key_id']}"
    ]
    one_line(run("init-backups", data_dir=folder), 18, "already set up")


def test_backup_verify_list_and_restore(set_up, tmp_path):
    folder, _, made = set_up
    assert made.parent == folder / "backups" and made.suffix == ".mdbk"
    verify = run("verify-backup", made, data_dir=folder)
    assert verify.returncode == 0 and "ok, made" in verify.stdout and "6 contacts" in verify.stdout
    listing = run("backups", data_dir=folder)
    assert made.name in listing.stdout and " ok " in listing.stdout
    before = run("export-json", "-", data_dir=folder).stdout
    assert run("add-task", "Something new", data_dir=folder).returncode in (0, 2)
    run(
        "import-vcf",
        ROOT / "tests" / "data" / "vcards" / os.listdir(ROOT / "tests/data/vcards")[0],
        data_dir=folder,
    )
    restored = run("restore", made, data_dir=folder)
    assert restored.returncode == 0, restored.stderr
    assert "kept in" in restored.stdout
    assert run("export-json", "-", data_dir=folder).stdout == before


def test_a_new_machine_needs_the_recovery_key(set_up, tmp_path):
    folder, shown, made = set_up
    fresh, keyring_file = tmp_path / "new-machine", tmp_path / "empty-keyring.json"
    refused = run("restore", made, data_dir=fresh, keyring_file=keyring_file)
    one_line(refused, 10, "--recovery-key-file")
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("AAAA-" * 8 + "AAAA\n")
    one_line(
        run(
            "restore", made, "--recovery-key-file", wrong, data_dir=fresh, keyring_file=keyring_file
        ),
        10,
        "recovery key",
    )
    key_file = tmp_path / "recovery.txt"
    key_file.write_text(GROUPED.search(shown).group(0) + "\n")
    restored = run(
        "restore", made, "--recovery-key-file", key_file, data_dir=fresh, keyring_file=keyring_file
    )
    assert restored.returncode == 0, restored.stderr
    assert "now in this computer's keyring" in restored.stdout
    assert run("backup", data_dir=fresh, keyring_file=keyring_file).returncode == 0
    assert (
        run("export-json", "-", data_dir=fresh).stdout
        == run("export-json", "-", data_dir=folder).stdout
    )


def test_init_with_recovery_key_out_writes_a_private_file(tmp_path):
    folder, out = tmp_path / "w", tmp_path / "recovery-key.txt"
    result = run("init-backups", "--recovery-key-out", out, data_dir=folder)
    assert result.returncode == 0 and not GROUPED.search(result.stdout)
    assert GROUPED.search(out.read_text()) and out.stat().st_mode & 0o077 == 0


@pytest.fixture
def test_keyring(tmp_path) -> Path:
    """A keyring file holding the golden files' test key."""
    path = tmp_path / "keyring.json"
    entry = f"MentorDesk\nbackup-key:{crypto.key_id(TEST_MASTER)}"
    path.write_text(json.dumps({entry: base64.b64encode(TEST_MASTER).decode()}))
    return path


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("good.mdbk", 0),
        ("wrong-key.mdbk", 10),
        ("not-a-backup.txt", 11),
        ("not-a-backup.sqlite3", 11),
        ("corrupt-chunk-3.mdbk", 12),
        ("truncated.mdbk", 13),
        ("newer-format.mdbk", 14),
        ("newer-schema.mdbk", 15),
    ],
)
def test_each_failure_class_has_its_exit_code(tmp_path, test_keyring, name, code):
    result = run("verify-backup", GOLDEN / name, data_dir=tmp_path / "w", keyring_file=test_keyring)
    if code:
        one_line(result, code, "mentordesk: error: ")
    else:
        assert result.returncode == 0, result.stderr


def test_the_recovery_key_file_opens_golden_backups(tmp_path):
    from mentordesk.services.backup.keys import recovery_key_file_text

    key_file = tmp_path / "key.txt"
    key_file.write_text(recovery_key_file_text(TEST_RECOVERY, "x"))
    ok = run(
        "verify-backup",
        GOLDEN / "good.mdbk",
        "--recovery-key-file",
        key_file,
        data_dir=tmp_path / "w",
        keyring_file=tmp_path / "none.json",
    )
    assert ok.returncode == 0, ok.stderr


def test_no_keyring_falls_back_to_a_passphrase(tmp_path):
    folder, fail = tmp_path / "w", "keyring.backends.fail.Keyring"
    assert run("seed-demo", data_dir=folder).returncode == 0
    one_line(run("init-backups", data_dir=folder, backend=fail), 16, "--password-stdin")
    assert not (folder / "backup-key.json").exists()
    made = run(
        "init-backups",
        "--password-stdin",
        data_dir=folder,
        backend=fail,
        stdin="a long passphrase\n",
    )
    assert made.returncode == 0 and "locked by your passphrase" in made.stdout
    text = (folder / "backup-key.json").read_text()
    assert '"passphrase"' in text and '"recovery"' in text
    one_line(run("backup", data_dir=folder, backend=fail), 16, "passphrase")
    one_line(
        run("backup", "--password-stdin", data_dir=folder, backend=fail, stdin="nope\n"),
        10,
        "passphrase",
    )
    backup = run(
        "backup", "--password-stdin", data_dir=folder, backend=fail, stdin="a long passphrase\n"
    )
    assert backup.returncode == 0, backup.stderr
    verify = run(
        "verify-backup",
        backup.stdout.strip(),
        "--password-stdin",
        data_dir=folder,
        backend=fail,
        stdin="a long passphrase\n",
    )
    assert verify.returncode == 0, verify.stderr


def test_a_full_disk_during_backup_is_exit_17_and_leaves_nothing(set_up):
    folder, _, _ = set_up
    before = sorted(p.name for p in (folder / "backups").iterdir())
    limit = 64 * 1024

    def small_disk() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    one_line(run("backup", data_dir=folder, preexec=small_disk), 17, "disk filled up")
    assert sorted(p.name for p in (folder / "backups").iterdir()) == before


def test_no_option_takes_a_secret_on_the_command_line():
    from mentordesk.cli import build_parser

    text = build_parser().format_help()
    for command in ("init-backups", "backup", "verify-backup", "restore"):
        sub = subprocess.run(
            [sys.executable, "-m", "mentordesk", command, "--help"],
            capture_output=True,
            text=True,
            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        )
        assert "--passphrase " not in sub.stdout and "--recovery-key " not in sub.stdout
        assert "--password " not in sub.stdout
    assert "init-backups" in text and "verify-backup" in text


def test_backup_also_copies_to_the_second_folder(set_up, tmp_path):
    folder, _, _ = set_up
    usb = tmp_path / "usb"
    usb.mkdir()
    settings = folder / "backup-settings.json"
    settings.write_text(json.dumps({"second_folder": str(usb)}))
    try:
        result = run("backup", data_dir=folder)
        assert result.returncode == 0, result.stderr
        first, second = result.stdout.split()
        assert Path(second).parent == usb and Path(second).read_bytes() == Path(first).read_bytes()
        settings.write_text(json.dumps({"second_folder": str(tmp_path / "unplugged")}))
        warned = run("backup", data_dir=folder)
        assert warned.returncode == 0 and "warning: the second backup folder" in warned.stderr
    finally:
        settings.unlink()
