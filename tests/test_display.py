"""Without a usable display, `mentordesk` says in one line what is missing; commands still work."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from mentordesk.display import XCB_LIBRARIES, NoDisplayError, check_display, display_problem

LINUX = sys.platform.startswith("linux")


def _problem(loadable=lambda soname: True, platform="linux", **environ) -> str:
    return display_problem(environ=environ, platform=platform, loadable=loadable)


def _headless_env() -> dict[str, str]:
    """This process's environment with every way to a display taken out."""
    env = dict(os.environ)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    return env


def _mentordesk(data_dir, *args, env) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "mentordesk", "--data-dir", str(data_dir), *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)


def test_no_display_names_the_variables_the_apt_line_and_the_commands():
    line = _problem()
    assert "DISPLAY" in line and "WAYLAND_DISPLAY" in line
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" in line
    assert "every command works without a display" in line and "\n" not in line


def test_missing_xcb_libraries_are_named_with_their_packages():
    present = {"libxcb-cursor.so.0"}
    line = _problem(loadable=present.__contains__, DISPLAY=":0")
    assert "libxcb-icccm4" in line and "libxcb-keysyms1" in line
    assert "libxcb-cursor0" not in line
    assert (
        f"sudo apt install {' '.join(p for p in XCB_LIBRARIES.values() if p != 'libxcb-cursor0')}"
        in line
    )


@pytest.mark.parametrize(
    "environ",
    [
        {"DISPLAY": ":0"},
        {"WAYLAND_DISPLAY": "wayland-0"},
        {"QT_QPA_PLATFORM": "offscreen"},
        {"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":0"},
    ],
)
def test_a_usable_display_passes(environ):
    missing_wayland_only = {"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":0"}
    loadable = (lambda soname: False) if environ == missing_wayland_only else (lambda s: True)
    assert _problem(loadable=loadable, **environ) == ""


def test_offscreen_needs_no_xcb_library():
    assert _problem(loadable=lambda soname: False, QT_QPA_PLATFORM="offscreen") == ""


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_windows_and_macos_are_never_checked(platform):
    assert _problem(loadable=lambda soname: False, platform=platform) == ""
    check_display(environ={}, platform=platform, loadable=lambda soname: False)


def test_check_display_raises_a_user_error_with_its_own_exit_code():
    with pytest.raises(NoDisplayError) as raised:
        check_display(environ={}, platform="linux", loadable=lambda soname: True)
    assert raised.value.exit_code not in (0, 1)


@pytest.mark.skipif(not LINUX, reason="the display check runs on Linux only")
def test_gui_without_display_prints_one_line_and_exits_non_zero(tmp_path):
    result = _mentordesk(tmp_path / "ws", env=_headless_env())
    assert result.returncode == NoDisplayError.exit_code
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("mentordesk: error: no display")
    assert "sudo apt install" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.skipif(not LINUX, reason="the display check runs on Linux only")
def test_commands_work_without_display(tmp_path):
    env = _headless_env()
    assert _mentordesk(tmp_path / "ws", "seed-demo", env=env).returncode == 0
    result = _mentordesk(tmp_path / "ws", "agenda", env=env)
    assert result.returncode == 0, result.stderr
    screenshots = _mentordesk(tmp_path / "ws", "screenshots", str(tmp_path / "shots"), env=env)
    assert screenshots.returncode == 0, screenshots.stderr


def test_readme_quick_start_names_every_system_package():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    words = set(re.findall(r"[\w.+-]+", readme))
    assert set(XCB_LIBRARIES.values()) <= words
