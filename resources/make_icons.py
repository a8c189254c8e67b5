"""Render resources/icons/mentordesk.svg to the PNG sizes and copy both into the package.

Run after changing the SVG: `python resources/make_icons.py` (works offscreen, no display).
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

SIZES = (16, 32, 48, 64, 128, 256)
HERE = Path(__file__).resolve().parent
SOURCE = HERE / "icons" / "mentordesk.svg"
PACKAGE = HERE.parent / "mentordesk" / "resources"


def render(size: int, renderer: QSvgRenderer) -> QImage:
    """The icon as a transparent size x size image."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    """Write icons/mentordesk-<size>.png here and copy the set into mentordesk/resources/."""
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"not a valid SVG: {SOURCE}")
    PACKAGE.mkdir(exist_ok=True)
    shutil.copy2(SOURCE, PACKAGE / SOURCE.name)
    for size in SIZES:
        name = f"mentordesk-{size}.png"
        if not render(size, renderer).save(str(HERE / "icons" / name)):
            raise SystemExit(f"could not write {name}")
        shutil.copy2(HERE / "icons" / name, PACKAGE / name)
    print(f"wrote {len(SIZES)} PNG sizes and copied them with the SVG into {PACKAGE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
