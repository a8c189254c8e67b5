"""Start-up benchmark: `--quit-after-show` on the demo workspace against a bare QMainWindow.

Run: python benchmarks/startup.py [--runs N]. Prints the median wall time of each and the ratio.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""


def timed(command: list[str], env: dict[str, str]) -> float:
    """Wall time of one run of a command that must exit 0."""
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def median_time(command: list[str], env: dict[str, str], runs: int) -> float:
    """Median wall time over `runs` runs after one warm-up run."""
    timed(command, env)
    return statistics.median(timed(command, env) for _ in range(runs))


def main() -> None:
    """Measure both commands side by side and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    runs = parser.parse_args().runs
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as folder:
        workspace = str(Path(folder) / "demo")
        app = [sys.executable, "-m", "mentordesk", "--data-dir", workspace]
        subprocess.run([*app, "seed-demo"], env=env, check=True, capture_output=True)
        bare = median_time([sys.executable, "-c", BARE_WINDOW], env, runs)
        ours = median_time([*app, "--quit-after-show"], env, runs)
    print(f"bare QMainWindow:                 {bare * 1000:6.0f} ms (median of {runs})")
    print(f"mentordesk --quit-after-show demo: {ours * 1000:6.0f} ms (median of {runs})")
    print(f"ratio: {ours / bare:.2f}x (goal: within 1.5x)")


if __name__ == "__main__":
    main()
