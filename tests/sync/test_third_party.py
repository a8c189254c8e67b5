"""Third-party clients see what MentorDesk put on the server: vdirsyncer fetches it over CalDAV
into a vdir, and khal lists the meetings from there."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

from tests.services.ics_export.clients import KHAL_CONFIG, khal_executable
from tests.sync.conftest import PASSWORD, USERNAME
from tests.sync.helpers import add_account, run, sync

VDIRSYNCER_CONFIG = """\
[general]
status_path = "{status}"

[pair mentordesk]
a = "local"
b = "server"
collections = null

[storage local]
type = "filesystem"
path = "{vdir}"
fileext = ".ics"

[storage server]
type = "caldav"
url = "{url}"
username = "{username}"
password = "{password}"
"""


def _run(scratch: Path, *command: str) -> str:
    """Run a client with a throwaway HOME; its standard output."""
    env = dict(os.environ, HOME=str(scratch), XDG_CONFIG_HOME=str(scratch), TZ="Europe/Berlin")
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=180)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_vdirsyncer_fetches_and_khal_lists_the_meetings(tmp_path, radicale, memory_keyring):
    a = tmp_path / "a"
    assert run(a, "seed-demo")[0] == 0
    add_account(a, radicale.url)
    sync(a)
    scratch, vdir = tmp_path / "client", tmp_path / "client" / "vdir"
    vdir.mkdir(parents=True)
    config = scratch / "vdirsyncer.conf"
    config.write_text(
        VDIRSYNCER_CONFIG.format(
            status=scratch / "status",
            vdir=vdir,
            url=f"{radicale.url}{USERNAME}/mentordesk/",
            username=USERNAME,
            password=PASSWORD,
        )
    )
    vdirsyncer = str(Path(sys.executable).with_name("vdirsyncer"))
    _run(scratch, vdirsyncer, "-c", str(config), "discover")
    _run(scratch, vdirsyncer, "-c", str(config), "sync")
    assert len(list(vdir.glob("*.ics"))) > 10
    khal_conf = scratch / "khal.conf"
    khal_conf.write_text(KHAL_CONFIG.format(vdir=vdir, database=scratch / "khal.db"))
    since = (date.today() - timedelta(days=45)).isoformat()  # the demo is dated around today
    listed = _run(scratch, khal_executable(), "-c", str(khal_conf), "list", since, "90d")
    assert "Coffee with Elena" in listed
    assert "Weekly check-in with Priya" in listed
