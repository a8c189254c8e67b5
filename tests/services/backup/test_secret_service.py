"""The backup key in a real Secret Service: gnome-keyring under dbus-run-session, throwaway HOME.

CI installs gnome-keyring, dbus-x11 and libsecret-tools (.ci/run), so there this test must run:
with CI=true, missing tools fail the test instead of skipping it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

TOOLS = ("dbus-run-session", "gnome-keyring-daemon", "secret-tool")
ROOT = Path(__file__).resolve().parents[3]

UNLOCKED = """
set -e
echo -n throwaway-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null
M="$PY -m mentordesk --data-dir $HOME/ws"
$M seed-demo >/dev/null
$M init-backups --recovery-key-out $HOME/recovery.txt
B=$($M backup)
$M verify-backup "$B"
ID=$($PY -c "import json,sys; print(json.load(open(sys.argv[1]))['key_id'])" $HOME/ws/backup-key.json)
echo "STORED $(secret-tool lookup service MentorDesk username backup-key:$ID)"
$PY -c "import keyring; print('BACKEND', type(keyring.get_keyring()).__module__)"
secret-tool clear service MentorDesk username backup-key:$ID
echo "AFTER CLEAR [$(secret-tool lookup service MentorDesk username backup-key:$ID || true)]"
set +e
$PY -m mentordesk --data-dir $HOME/new restore "$B"; echo "RC-NO-KEY $?"
set -e
$PY -m mentordesk --data-dir $HOME/new restore "$B" --recovery-key-file $HOME/recovery.txt
echo "RESTORED $(secret-tool lookup service MentorDesk username backup-key:$ID | wc -c)"
$PY -m mentordesk --data-dir $HOME/new backup >/dev/null && echo "BACKUP-ON-NEW-MACHINE ok"
"""

LOCKED = """
gnome-keyring-daemon --start --components=secrets >/dev/null 2>&1
$PY -m mentordesk --data-dir $HOME/ws init-backups </dev/null; echo "RC-LOCKED $?"
test -e $HOME/ws/backup-key.json && echo "KEY-FILE-WRITTEN" || echo "NO-KEY-FILE"
echo "long passphrase" | $PY -m mentordesk --data-dir $HOME/ws init-backups --password-stdin
"""


def _tools_or_skip() -> None:
    """Skip without the tools, except on CI, where their absence is a failure."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing and os.environ.get("CI") == "true":
        pytest.fail(f"CI must install {', '.join(missing)} (see .ci/run): the test did not run")
    if missing:
        pytest.skip(f"needs {', '.join(missing)}")


def _session(script: str, home: Path) -> subprocess.CompletedProcess:
    """Run a shell script inside a private D-Bus session with a throwaway HOME."""
    _tools_or_skip()
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "PY": sys.executable,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_RUNTIME_DIR": str(home / "run"),
    }
    (home / "run").mkdir(mode=0o700)
    return subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", script],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )


def test_the_key_lives_in_a_real_secret_service(tmp_path):
    result = _session(UNLOCKED, tmp_path)
    out = result.stdout
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BACKEND keyring.backends.SecretService" in out
    stored = next(line for line in out.splitlines() if line.startswith("STORED "))
    assert len(stored.split()[1]) == 44  # the 32-byte key, base64
    assert "AFTER CLEAR []" in out
    assert "RC-NO-KEY 10" in out  # an empty keyring refuses, pointing to the recovery key
    assert "now in this computer's keyring" in out
    restored = next(line for line in out.splitlines() if line.startswith("RESTORED "))
    assert int(restored.split()[1]) == 44
    assert "BACKUP-ON-NEW-MACHINE ok" in out
    assert (tmp_path / ".local" / "share" / "keyrings").is_dir()  # the throwaway HOME's keyring


def test_a_locked_keyring_is_said_and_the_passphrase_stands_in(tmp_path):
    result = _session(LOCKED, tmp_path)
    out, err = result.stdout, result.stderr
    assert "RC-LOCKED 16" in out, out + err
    assert "NO-KEY-FILE" in out and "KEY-FILE-WRITTEN" not in out
    assert err.count("mentordesk: error:") == 1 and "Traceback" not in err
    assert "locked by your passphrase" in out, out + err
