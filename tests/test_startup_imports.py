"""Start-up loads what the first view needs; the rest loads when used (benchmarks/startup.py)."""

from __future__ import annotations

import os
import subprocess
import sys

LATER = [  # each loads when its feature is used, never for the window's first paint
    "lxml",  # sync: adding an account
    "caldav",
    "statistics",  # reply statistics
    "mentordesk.services.backup.create",  # backups: when set up, at the daily check or quit
    "mentordesk.services.backup.restore",  # only to finish an interrupted restore
    "mentordesk.services.sync.engine",
    "mentordesk.ui.tasks.quick_add",  # the quick-add dialog
    "icalendar",
]
SCRIPT = """
import sys
from mentordesk.cli import main
code = main(["--data-dir", sys.argv[1], "--quit-after-show"])
print(" ".join(sorted(name for name in sys.argv[2:] if name in sys.modules)))
sys.exit(code)
"""


def _loaded(folder, names: list[str]) -> set[str]:
    """Which of `names` a `--quit-after-show` start on the workspace loaded."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(folder), *names],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    return set(done.stdout.split())


def test_the_window_shows_today_without_loading_later_features(tmp_path):
    first_view = ["PySide6.QtWidgets", "mentordesk.services.summaries.today"]
    assert _loaded(tmp_path / "workspace", LATER + first_view) == set(first_view)
