"""Layering: imports point one way (ui -> services -> db -> core), checked by walking the AST."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "mentordesk"

# For each layer: the mentordesk layers its modules may import.
ALLOWED = {
    "core": {"core"},
    "db": {"core", "db"},
    "services": {"core", "db", "services", "paths"},
}
FORBIDDEN_IN_UI = ("mentordesk.db.models",)
# UI feature packages: each may use shared ui modules, never another feature's package.
UI_FEATURES = {"today", "contacts", "calendar", "tasks", "reviews", "backups"}
QT_FREE = ("core", "db", "services")

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


def module_name(path: Path, root: Path) -> str:
    """The dotted module name of a file below the package root."""
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_names(path: Path, root: Path) -> list[tuple[int, str]]:
    """Every module a file imports (at any depth, relative ones resolved), with its line."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    here = module_name(path, root).split(".")
    package = here if path.name == "__init__.py" else here[:-1]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package[: len(package) - node.level + 1] + ([base] if base else []))
            found.append((node.lineno, base))
            found += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
    return found


def layering_violations(root: Path = PACKAGE) -> list[str]:
    """Each import that points the wrong way, as 'file:line imports name'."""
    problems = []
    for path in sorted(root.rglob("*.py")):
        module = module_name(path, root)
        for line, name in imported_names(path, root):
            if _breaks_rule(module, name):
                problems.append(f"{path.relative_to(root.parent)}:{line} imports {name}")
    return problems


def _breaks_rule(module: str, name: str) -> bool:
    """True when `module` may not import `name`."""
    layer = (module.split(".") + [""])[1]
    if layer in QT_FREE and name.split(".")[0] in {"PySide6", "shiboken6"}:
        return True
    if not name.startswith("mentordesk."):
        return False
    target = name.split(".")[1]
    if layer in ALLOWED:
        return target not in ALLOWED[layer]
    if layer == "ui":
        return name.startswith(FORBIDDEN_IN_UI) or _crosses_features(module, name)
    return False


def _crosses_features(module: str, name: str) -> bool:
    """True when one UI feature imports another feature's package."""
    here, there = (module.split(".") + ["", ""])[2], (name.split(".") + ["", ""])[2]
    if name.split(".")[1] != "ui" or there not in UI_FEATURES:
        return False
    return here in UI_FEATURES and here != there


def test_imports_point_one_way():
    assert layering_violations() == []


def test_a_planted_upward_import_is_found(tmp_path):
    copy = tmp_path / "mentordesk"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    planted = copy / "core" / "planted.py"
    planted.write_text("def f():\n    from mentordesk.ui.jobs import JobRunner\n")
    (copy / "db" / "planted.py").write_text("from ..services.files import write_text_atomic\n")
    (copy / "ui" / "planted.py").write_text("from mentordesk.db import models\n")
    (copy / "ui" / "today" / "planted.py").write_text("from ..calendar import table_model\n")
    found = layering_violations(copy)
    assert found == [
        "mentordesk/core/planted.py:2 imports mentordesk.ui.jobs",
        "mentordesk/core/planted.py:2 imports mentordesk.ui.jobs.JobRunner",
        "mentordesk/db/planted.py:1 imports mentordesk.services.files",
        "mentordesk/db/planted.py:1 imports mentordesk.services.files.write_text_atomic",
        "mentordesk/ui/planted.py:1 imports mentordesk.db.models",
        "mentordesk/ui/today/planted.py:1 imports mentordesk.ui.calendar",
        "mentordesk/ui/today/planted.py:1 imports mentordesk.ui.calendar.table_model",
    ]


def test_core_db_and_services_import_with_qt_blocked():
    result = subprocess.run([sys.executable, "-c", CHECK_NO_QT], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) >= 15


def test_no_star_imports_anywhere():
    offenders = [p for p in PACKAGE.rglob("*.py") if "import *" in p.read_text(encoding="utf-8")]
    assert offenders == []
