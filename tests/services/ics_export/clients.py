"""Real calendar clients run on an export: vobject, libical (system Python), khal."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SYSTEM_PYTHON = "/usr/bin/python3"
LIBICAL_CHECK = Path(__file__).with_name("libical_check.py")
KHAL_CONFIG = """\
[calendars]
[[mentordesk]]
path = {vdir}
type = calendar
[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
default_timezone = Europe/Berlin
local_timezone = Europe/Berlin
[sqlite]
path = {database}
"""


def require(available: bool, what: str) -> None:
    """Skip when a client is missing on a developer machine; fail on CI (CI=true)."""
    if available:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{what} is missing; .ci/run installs it")
    pytest.skip(f"{what} is not installed")


def libical_errors(text: str, *, itip: bool = False) -> list[str]:
    """The X-LIC-ERROR lines libical writes into the parsed text (iTIP rules too if asked)."""
    probe = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import gi; gi.require_version('ICalGLib', '3.0')"],
        capture_output=True,
    )
    require(probe.returncode == 0, "libical for the system Python (python3-gi, gir1.2-ical-3.0)")
    result = subprocess.run(
        [SYSTEM_PYTHON, str(LIBICAL_CHECK), *(["--itip"] if itip else [])],
        input=text,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return json.loads(result.stdout)


def khal_executable() -> str:
    """The khal installed beside this Python (the test extras), or on PATH."""
    beside = Path(sys.executable).with_name("khal")
    found = str(beside) if beside.exists() else shutil.which("khal")
    require(found is not None, "khal (pip install -e '.[test]')")
    return found


def khal_import(text: str, scratch: Path) -> tuple[subprocess.CompletedProcess, Path]:
    """`khal import --batch` of the text into a fresh vdir calendar; (the run, the vdir)."""
    vdir = scratch / "vdir"
    vdir.mkdir(parents=True)
    config = scratch / "khal.conf"
    config.write_text(KHAL_CONFIG.format(vdir=vdir, database=scratch / "khal.db"))
    source = scratch / "export.ics"
    source.write_text(text, newline="")
    env = dict(os.environ, HOME=str(scratch), XDG_CONFIG_HOME=str(scratch), TZ="Europe/Berlin")
    result = subprocess.run(
        [
            khal_executable(),
            "-c",
            str(config),
            "import",
            "--batch",
            "-a",
            "mentordesk",
            str(source),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    return result, vdir
