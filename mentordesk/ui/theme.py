"""Colours the palette has no role for, each with a light and a dark value.

Everything else follows the palette, which Qt (6.5+) switches with the system's colour scheme
(`QGuiApplication.styleHints().colorScheme()`). The palette is what text is drawn on, so it
decides which value of a pair is used. tests/ui/test_theme.py keeps every literal colour here.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QColor, QGuiApplication, QPalette

# name -> (on a light palette, on a dark palette); each pair reads at 4.5:1 or better.
COLOURS: dict[str, tuple[str, str]] = {
    "error_text": ("#b3261e", "#ff8a80"),
}

# Meeting fills by mentor, (light, dark): pale on a light palette, deep on a dark one; each reads
# MEETING_TEXT at 4.5:1 or better. A mentor keeps one colour: chosen from the contact's id.
MENTOR_FILLS: tuple[tuple[str, str], ...] = (
    ("#cfe2ff", "#1f4e8c"),  # blue
    ("#d3f0d6", "#2c6b35"),  # green
    ("#ffe0c2", "#8a4a12"),  # orange
    ("#e6d8ff", "#5b3f99"),  # purple
    ("#c8eeea", "#1c6a66"),  # teal
    ("#ffd6e7", "#8c2f5a"),  # pink
    ("#fff0b3", "#6e5a0c"),  # yellow
    ("#e8ddd3", "#6b4f3a"),  # brown
)
NO_MENTOR_FILL = ("#e4e4e4", "#4a4a4a")
MEETING_TEXT = ("#1f1f1f", "#f2f2f2")

# A dark palette for rendering dark screenshots where the platform has no dark scheme.
DARK_PALETTE: dict[str, str] = {
    "Window": "#2d2d2d",
    "WindowText": "#f0f0f0",
    "Base": "#1e1e1e",
    "AlternateBase": "#2a2a2a",
    "Text": "#f0f0f0",
    "Button": "#3a3a3a",
    "ButtonText": "#f0f0f0",
    "Highlight": "#3d8ee6",
    "HighlightedText": "#ffffff",
    "Mid": "#555555",
    "Midlight": "#444444",
    "Light": "#505050",
    "Dark": "#202020",
}


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the palette (the application's by default) has a dark window background."""
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def scheme_colour(name: str, palette: QPalette | None = None) -> QColor:
    """The named colour's value for a light or a dark palette."""
    light, dark = COLOURS[name]
    return QColor(dark if is_dark(palette) else light)


def _pick(pair: tuple[str, str], palette: QPalette | None) -> QColor:
    """The light or the dark value of a pair, as the palette calls for."""
    return QColor(pair[1] if is_dark(palette) else pair[0])


def mentor_colours(
    contact_id: int | None, palette: QPalette | None = None
) -> tuple[QColor, QColor]:
    """(fill, text) of a meeting with this mentor; the same mentor always gets the same fill."""
    index = None if contact_id is None else contact_id % len(MENTOR_FILLS)
    return _mentor_pair(index, is_dark(palette))


@lru_cache(maxsize=64)
def _mentor_pair(index: int | None, dark: bool) -> tuple[QColor, QColor]:
    """(fill, text) for a palette slot (None: no mentor), made once per scheme."""
    fill = NO_MENTOR_FILL if index is None else MENTOR_FILLS[index]
    return QColor(fill[int(dark)]), QColor(MEETING_TEXT[int(dark)])


def dark_palette() -> QPalette:
    """A dark palette (for dark screenshots on platforms without a dark colour scheme)."""
    palette = QPalette(QGuiApplication.palette())
    for role, value in DARK_PALETTE.items():
        if "_" not in role:
            palette.setColor(getattr(QPalette.ColorRole, role), QColor(value))
    disabled = QColor("#8a8a8a")
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette
