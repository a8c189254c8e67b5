"""Layering: core, db and services import without Qt; the migrations ship in the package."""

from __future__ import annotations

import subprocess
import sys

CHECK_NO_QT = """
import importlib, pkgutil, sys
sys.modules["PySide6"] = None
import mentordesk
names = []
for package in ("mentordesk.core", "mentordesk.db", "mentordesk.services"):
    module = importlib.import_module(package)
    for info in pkgutil.walk_packages(module.__path__, package + "."):
        importlib.import_module(info.name)
        names.append(info.name)
assert not any(n.startswith("PySide6.") for n in sys.modules), "a Qt module was imported"
print(len(names))
"""


def test_core_db_and_services_import_with_qt_blocked():
    result = subprocess.run([sys.executable, "-c", CHECK_NO_QT], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) >= 15


def test_no_star_imports_anywhere():
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "mentordesk"
    offenders = [p for p in root.rglob("*.py") if "import *" in p.read_text(encoding="utf-8")]
    assert offenders == []
