"""Before Qt loads: is there a display the window can use? One line instead of Qt's abort."""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

from mentordesk.core.errors import UserError

# What Qt's xcb platform plugin (PySide6 6.x) links against that a minimal Debian or Ubuntu
# may lack: the library's soname and the Debian/Ubuntu package that carries it.
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11-xcb.so.1": "libx11-xcb1",
}
# Platforms that need no display server at all.
HEADLESS_PLATFORMS = {"offscreen", "minimal", "vnc", "vkkhrdisplay", "eglfs", "linuxfb"}
COMMANDS_HINT = "every command works without a display (mentordesk --help)"


class NoDisplayError(UserError):
    """No display the window could use: nothing to connect to, or missing system libraries."""

    exit_code = 19


def check_display(
    *,
    environ: Mapping[str, str] | None = None,
    platform: str | None = None,
    loadable: Callable[[str], bool] | None = None,
) -> None:
    """Raise NoDisplayError (one line) when Qt could not open a window here; Linux only."""
    reason = display_problem(
        environ=os.environ if environ is None else environ,
        platform=platform or sys.platform,
        loadable=loadable or _loadable,
    )
    if reason:
        raise NoDisplayError(reason)


def display_problem(
    *, environ: Mapping[str, str], platform: str, loadable: Callable[[str], bool]
) -> str:
    """What keeps the window from opening, as one line; '' when nothing does (or not Linux)."""
    if not platform.startswith("linux"):
        return ""  # Windows and macOS always have their own platform plugin
    chosen = environ.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0].strip()
    if chosen in HEADLESS_PLATFORMS:
        return ""
    if not chosen and not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY"):
        return (
            "no display: neither DISPLAY nor WAYLAND_DISPLAY is set; start MentorDesk from a "
            f"desktop session (Debian/Ubuntu also need: {_apt_line(XCB_LIBRARIES.values())}); "
            f"{COMMANDS_HINT}"
        )
    uses_xcb = chosen == "xcb" or (not chosen and not environ.get("WAYLAND_DISPLAY"))
    if not uses_xcb:
        return ""
    missing = [package for soname, package in XCB_LIBRARIES.items() if not loadable(soname)]
    if not missing:
        return ""
    return (
        f"cannot open a window: Qt's xcb plugin needs system libraries that are missing "
        f"({', '.join(missing)}); on Debian/Ubuntu: {_apt_line(missing)}; {COMMANDS_HINT}"
    )


def _apt_line(packages) -> str:
    """The command that installs the packages on Debian and Ubuntu."""
    return "sudo apt install " + " ".join(packages)


def _loadable(soname: str) -> bool:
    """Whether the dynamic loader finds the shared library."""
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True
