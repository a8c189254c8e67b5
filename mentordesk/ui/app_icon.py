"""The application icon as a QIcon, from the shipped PNG sizes."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from mentordesk.resources import app_icon_paths


def app_icon() -> QIcon:
    """MentorDesk's icon from every shipped PNG size (Qt scales between them)."""
    icon = QIcon()
    for path in app_icon_paths():
        if path.suffix == ".png":  # PNGs need no SVG icon engine, also in a frozen build
            icon.addFile(str(path))
    return icon
