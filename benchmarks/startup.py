"""Start-up benchmark: `--quit-after-show` against a bare QMainWindow, alternating the two.

Run: python benchmarks/startup.py [--runs N] [--data DIR]. Measures an empty workspace, the
demo workspace and, with --data, a scratch copy of DIR (e.g. make_dataset.py's large one).
Prints the median wall time and CPU time (user + system) of each, and the ratios. Bytecode is
cached outside the source tree, as for an installed app (harness.bytecode_env).
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from harness import MENTORDESK, bytecode_env
from run import BARE_WINDOW

PY = sys.executable


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one run of a command that must exit 0."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu


def compare(app: list[str], env: dict[str, str], runs: int) -> dict[str, tuple[float, float]]:
    """Median (wall, cpu) of the app and the bare window, in turn, after one warm-up round."""
    commands = {"ours": app, "bare": [PY, "-c", BARE_WINDOW]}
    found: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for round_number in range(runs + 1):
        for name, command in commands.items():
            value = timed(command, env)
            if round_number:
                found[name].append(value)
    return {
        name: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v))
        for name, v in found.items()
    }


def workspaces(folder: Path, data: Path | None, env: dict[str, str]) -> dict[str, Path]:
    """An empty workspace, the demo one, and a copy of `data` when given."""
    found = {"empty": folder / "empty", "demo": folder / "demo"}
    empty = [MENTORDESK, "--data-dir", str(found["empty"]), "agenda"]
    subprocess.run(empty, env=env, check=True, capture_output=True)
    seed = [MENTORDESK, "--data-dir", str(found["demo"]), "seed-demo"]
    subprocess.run(seed, env=env, check=True, capture_output=True)
    if data is not None:
        found["data"] = folder / "data"
        shutil.copytree(data, found["data"], ignore=shutil.ignore_patterns("*.lock", "logs"))
    return found


def main() -> None:
    """Measure each workspace against the bare window and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--data", type=Path, help="a dataset workspace to copy and open")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        env = bytecode_env(Path(scratch) / "pycache")
        for label, folder in workspaces(Path(scratch), args.data, env).items():
            app = [MENTORDESK, "--data-dir", str(folder), "--quit-after-show"]
            m = compare(app, env, args.runs)
            (ours, ours_cpu), (bare, bare_cpu) = m["ours"], m["bare"]
            print(
                f"{label:5s}: ours {ours * 1000:5.0f} ms (cpu {ours_cpu * 1000:4.0f}), "
                f"bare {bare * 1000:5.0f} ms (cpu {bare_cpu * 1000:4.0f}): "
                f"{ours / bare:.2f}x wall, {ours_cpu / bare_cpu:.2f}x cpu "
                f"(median of {args.runs}; goal 1.5x empty, 2x dataset)",
                flush=True,
            )


if __name__ == "__main__":
    main()
