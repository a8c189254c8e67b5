"""Colours the palette has no role for, each with a light and a dark value.

Everything else follows the palette, which Qt (6.5+) switches with the system's colour scheme
(`QGuiApplication.styleHints().colorScheme()`). The palette is what text is drawn on, so it
decides which value of a pair is used. tests/ui/test_theme.py keeps every literal colour here.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QStyleFactory

# name -> (on a light palette, on a dark palette); each pair reads at 4.5:1 or better.
COLOURS: dict[str, tuple[str, str]] = {
    "error_text": ("#b3261e", "#ff8a80"),
    "chart_time": ("#1f5fa8", "#82b4f0"),  # review dashboard: time invested
    "chart_meetings": ("#2e6b30", "#86c98a"),  # meetings held
    "chart_cadence": ("#8a4b00", "#ffb866"),  # the agreed cadence line
    "chart_changes": ("#6a3fa0", "#c9a8f5"),  # changes per review cycle
}


# A dark palette for screenshots of the dark theme (the system supplies it when the app runs).
DARK_ROLES: dict[QPalette.ColorRole, str] = {
    QPalette.ColorRole.Window: "#2d2d2d",
    QPalette.ColorRole.WindowText: "#f0f0f0",
    QPalette.ColorRole.Base: "#1f1f1f",
    QPalette.ColorRole.AlternateBase: "#333333",
    QPalette.ColorRole.Text: "#f0f0f0",
    QPalette.ColorRole.Button: "#383838",
    QPalette.ColorRole.ButtonText: "#f0f0f0",
    QPalette.ColorRole.Highlight: "#3d7bd9",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.PlaceholderText: "#a8a8a8",
    QPalette.ColorRole.Link: "#82b4f0",
    QPalette.ColorRole.Mid: "#4a4a4a",
    QPalette.ColorRole.Dark: "#202020",
    QPalette.ColorRole.Light: "#505050",
}


def dark_palette() -> QPalette:
    """A dark palette (for rendering the dark theme offscreen)."""
    palette = QPalette(light_palette())
    for role, value in DARK_ROLES.items():
        palette.setColor(role, QColor(value))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#8c8c8c"))
    return palette


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the palette (the application's by default) has a dark window background."""
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def light_palette() -> QPalette:
    """The standard light palette (printed reports are drawn on white, whatever the system)."""
    return QStyleFactory.create("Fusion").standardPalette()


def scheme_colour(name: str, palette: QPalette | None = None) -> QColor:
    """The named colour's value for a light or a dark palette."""
    light, dark = COLOURS[name]
    return QColor(dark if is_dark(palette) else light)
