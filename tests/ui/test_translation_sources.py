"""Source patterns whose strings lupdate files under another context than PySide looks up."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import mentordesk

SOURCES = sorted(Path(mentordesk.__file__).parent.rglob("*.py"))


def _matches(pattern: str) -> list[str]:
    """Each `path:line: text` of the app's sources matching `pattern`."""
    found = []
    for path in SOURCES:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(pattern, line):
                found.append(f"{path.name}:{number}: {line.strip()}")
    return found


def test_only_self_translates_with_tr():
    """`parent.tr("…")` is extracted under `parent` but looked up under the parent's class."""
    assert _matches(r"\b(?!self\b)\w+(\.\w+)*\.tr\(|\btr = (?!_tr\b)\S+\.tr\b") == []


def _helper_contexts() -> list[str]:
    """Each `path: context` a module `_tr` helper translates in, when it is not ""."""
    found = []
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.FunctionDef) and node.name == "_tr"):
                continue
            for call in ast.walk(node):
                if isinstance(call, ast.Call) and getattr(call.func, "attr", "") == "translate":
                    context = call.args[0]
                    if not (isinstance(context, ast.Constant) and context.value == ""):
                        found.append(f"{path.name}: {ast.unparse(context)}")
    return found


def test_module_helpers_translate_in_the_empty_context():
    """lupdate reads `_tr("…")` as a bare `tr` in the context ""; the helper must look it up there."""
    assert _helper_contexts() == []


def test_plurals_go_through_a_tr_call():
    """lupdate marks no plural in `QCoreApplication.translate(context, "%n…", "", n)`."""
    assert _matches(r"translate\(\s*\"[^\"]*\",\s*\"[^\"]*%n") == []
