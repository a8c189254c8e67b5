"""Run-time files resolve through one function, from the package and from a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from mentordesk import resources
from mentordesk.resources import APP_ICON_SIZES, app_icon_paths, resource_path, resources_dir

ROOT = Path(__file__).resolve().parents[1]


def test_icons_resolve_from_the_package():
    paths = app_icon_paths()
    assert len(paths) == 1 + len(APP_ICON_SIZES)
    assert all(path.parent == Path(resources.__file__).resolve().parent for path in paths)
    assert resource_path("mentordesk-256.png").read_bytes()[:4] == b"\x89PNG"
    assert b"<svg" in resource_path("mentordesk.svg").read_bytes()


def test_a_missing_resource_is_named():
    with pytest.raises(FileNotFoundError, match="no-such-file.png"):
        resource_path("no-such-file.png")


def test_a_frozen_build_resolves_inside_the_bundle(monkeypatch, tmp_path):
    (tmp_path / "mentordesk" / "resources").mkdir(parents=True)
    (tmp_path / "mentordesk" / "resources" / "mentordesk.svg").write_text("<svg/>")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_dir() == tmp_path / "mentordesk" / "resources"
    assert resource_path("mentordesk.svg").read_text() == "<svg/>"


def test_the_package_carries_the_source_assets_unchanged():
    """resources/make_icons.py copies what it renders: the two sets never drift apart."""
    for path in app_icon_paths():
        source = ROOT / "resources" / "icons" / path.name
        assert source.read_bytes() == path.read_bytes(), (
            f"run resources/make_icons.py ({path.name})"
        )


def test_png_sizes_match_their_names():
    from PySide6.QtGui import QImage

    for size in APP_ICON_SIZES:
        image = QImage(str(resource_path(f"mentordesk-{size}.png")))
        assert (image.width(), image.height()) == (size, size)
