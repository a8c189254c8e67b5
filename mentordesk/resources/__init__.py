"""Run-time files (icons) shipped in this folder: one resolver for the package and a frozen build.

The source assets and the script that renders the PNGs live in the top-level `resources/`.
"""

from __future__ import annotations

import sys
from pathlib import Path

APP_ICON_SIZES = (16, 32, 48, 64, 128, 256)


def resources_dir() -> Path:
    """This folder: inside a PyInstaller bundle (`sys._MEIPASS`) or in the installed package."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "mentordesk" / "resources"
    return Path(__file__).resolve().parent


def resource_path(name: str) -> Path:
    """The path of a run-time file by name; FileNotFoundError names it when it is missing."""
    path = resources_dir() / name
    if not path.is_file():
        raise FileNotFoundError(f"MentorDesk resource missing: {path}")
    return path


def app_icon_paths() -> list[Path]:
    """The application icon: the SVG and every PNG size."""
    names = ["mentordesk.svg", *(f"mentordesk-{size}.png" for size in APP_ICON_SIZES)]
    return [resource_path(name) for name in names]
