"""The desktop file and the AppStream metainfo pass their validators; on CI they must run."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / "org.mentordesk.MentorDesk.desktop"
METAINFO = LINUX / "org.mentordesk.MentorDesk.metainfo.xml"


def _tool_or_skip(tool: str) -> str:
    """The tool's path; a skip without it, except on CI, where its absence is a failure."""
    path = shutil.which(tool)
    if path is None and os.environ.get("CI") == "true":
        pytest.fail(f"CI must install {tool} (see .ci/run): the validation did not run")
    if path is None:
        pytest.skip(f"needs {tool}")
    return path


def test_desktop_file_validates():
    result = subprocess.run(
        [_tool_or_skip("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_validates():
    result = subprocess.run(
        [_tool_or_skip("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_file_opens_calendars_and_vcards_with_the_shipped_icon():
    text = DESKTOP.read_text(encoding="utf-8")
    assert "MimeType=text/calendar;text/vcard;\n" in text
    assert "Icon=org.mentordesk.MentorDesk\n" in text and "Exec=mentordesk " in text


def test_metainfo_screenshots_are_the_docs_images_and_the_release_is_current():
    from mentordesk import __version__

    text = METAINFO.read_text(encoding="utf-8")
    images = re.findall(r"<image>https://[^<]*/docs/([^<]+)</image>", text)
    assert images and all((ROOT / "docs" / name).is_file() for name in images)
    assert f'<release version="{__version__}"' in text
    assert '<content_rating type="oars-1.1"/>' in text


def test_bundle_spec_ships_migrations_and_resources():
    spec = (ROOT / "packaging" / "mentordesk.spec").read_text(encoding="utf-8")
    assert '"mentordesk/db/migrations"' in spec and '"mentordesk/resources"' in spec
