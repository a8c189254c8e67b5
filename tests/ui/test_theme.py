"""Light and dark: no literal colour outside ui/theme.py, each with a readable dark counterpart."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from mentordesk.ui.contacts.field_errors import InlineError
from mentordesk.ui.theme import (
    COLOURS,
    MEETING_TEXT,
    MENTOR_FILLS,
    NO_MENTOR_FILL,
    is_dark,
    mentor_colours,
    scheme_colour,
)

UI = Path(__file__).resolve().parents[2] / "mentordesk" / "ui"
LITERAL = re.compile(r"#[0-9a-fA-F]{3,8}\b|QColor\(|GlobalColor\.|rgba?\(")
LIGHT_WINDOW, DARK_WINDOW = "#efefef", "#2d2d2d"  # Fusion's light and dark window backgrounds


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def _contrast(one: str, other: str) -> float:
    high, low = sorted((_luminance(QColor(one)), _luminance(QColor(other))), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _palette(window: str, text: str) -> QPalette:
    palette = QPalette(QApplication.palette())
    palette.setColor(QPalette.ColorRole.Window, QColor(window))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
    return palette


def test_no_literal_colour_outside_the_theme_module():
    found = [
        f"{path.relative_to(UI)}:{number}: {line.strip()}"
        for path in sorted(UI.rglob("*.py"))
        if path.name != "theme.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if LITERAL.search(line.split("  # ")[0])
    ]
    assert not found, "give these a light and a dark value in ui/theme.py:\n" + "\n".join(found)


@pytest.mark.parametrize("name", sorted(COLOURS))
def test_every_colour_has_a_readable_dark_counterpart(name):
    light, dark = COLOURS[name]
    assert QColor(light).isValid() and QColor(dark).isValid() and light != dark
    assert _contrast(light, LIGHT_WINDOW) >= 4.5
    assert _contrast(dark, DARK_WINDOW) >= 4.5


def test_the_palette_decides_light_or_dark():
    assert not is_dark(_palette(LIGHT_WINDOW, "#000000"))
    assert is_dark(_palette(DARK_WINDOW, "#ffffff"))
    assert scheme_colour("error_text", _palette(DARK_WINDOW, "#ffffff")) == QColor(
        COLOURS["error_text"][1]
    )


def test_inline_error_follows_a_switch_to_dark_and_back(qtbot):
    app = QApplication.instance()
    original = QPalette(app.palette())
    light, dark = (QColor(value) for value in COLOURS["error_text"])
    error = InlineError("Name error")
    qtbot.addWidget(error)

    def text_colour() -> QColor:
        return error.text.palette().color(QPalette.ColorRole.WindowText)

    app.setPalette(_palette("#ffffff", "#000000"))
    try:
        qtbot.waitUntil(lambda: text_colour() == light)
        app.setPalette(_palette(DARK_WINDOW, "#ffffff"))
        qtbot.waitUntil(lambda: text_colour() == dark)
        app.setPalette(_palette("#ffffff", "#000000"))
        qtbot.waitUntil(lambda: text_colour() == light)
    finally:
        app.setPalette(original)


@pytest.mark.parametrize("index", range(len(MENTOR_FILLS)))
def test_meeting_text_reads_on_every_mentor_fill_in_both_schemes(index):
    light, dark = MENTOR_FILLS[index]
    assert _contrast(light, MEETING_TEXT[0]) >= 4.5
    assert _contrast(dark, MEETING_TEXT[1]) >= 4.5
    assert _contrast(NO_MENTOR_FILL[0], MEETING_TEXT[0]) >= 4.5
    assert _contrast(NO_MENTOR_FILL[1], MEETING_TEXT[1]) >= 4.5


def test_a_mentor_keeps_one_colour_and_neighbours_differ():
    dark = _palette(DARK_WINDOW, "#ffffff")
    assert mentor_colours(7) == mentor_colours(7)
    assert mentor_colours(7)[0] != mentor_colours(8)[0]
    assert mentor_colours(7, dark)[0] == QColor(MENTOR_FILLS[7 % len(MENTOR_FILLS)][1])
    assert mentor_colours(None, dark) == (QColor(NO_MENTOR_FILL[1]), QColor(MEETING_TEXT[1]))
    assert len(set(MENTOR_FILLS)) == len(MENTOR_FILLS)
