"""The README's promises: its test command is what CI runs, and its screenshot exists."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _shell_blocks() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return [b.strip() for b in re.findall(r"```sh\n(.*?)```", text, flags=re.S)]


def test_quick_start_has_exactly_two_commands():
    blocks = _shell_blocks()
    assert len(blocks) == 2
    launch, tests = blocks
    assert launch.startswith("python3 -m venv .venv") and "mentordesk" in launch
    assert tests.startswith("python3 -m venv .venv") and "pytest" in tests


def test_ci_runs_the_readme_test_command():
    tests = _shell_blocks()[1]
    assert tests in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_readme_screenshot_exists():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    image = re.search(r"!\[[^\]]*\]\(([^)]+)\)", text).group(1)
    assert (ROOT / image).read_bytes()[:4] == b"\x89PNG"
