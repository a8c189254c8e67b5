"""What the benchmark rows share: a row, timed processes with their peak memory, the table."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
BIN = Path(sys.executable).parent
MENTORDESK = str(BIN / "mentordesk")


def bytecode_env(cache: Path) -> dict[str, str]:
    """ENV, but compiled modules are cached (in `cache`, not the source tree), as installed.

    ENV forbids writing bytecode, so every run would compile MentorDesk's sources again (an
    installed package is byte-compiled once); the floor's PySide6 came compiled with pip.
    """
    env = {k: v for k, v in ENV.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return env | {"PYTHONPYCACHEPREFIX": str(cache)}


@dataclass(frozen=True)
class Row:
    """One line of the table: ours against a floor (or an absolute budget)."""

    name: str
    ours: float
    floor_name: str = ""
    floor: float | None = None
    unit: str = "ms"
    budget: str = ""
    passed: bool | None = None

    @property
    def ratio(self) -> float | None:
        """Ours over the floor."""
        return self.ours / self.floor if self.floor else None


@dataclass(frozen=True)
class Run:
    """One finished process: wall seconds and peak resident memory (MiB)."""

    seconds: float
    peak_mib: float


def run_process(argv: list[str], *, env: dict[str, str] | None = None) -> Run:
    """Run a command to completion (it must exit 0); its wall time and peak RSS.

    The peak comes from GNU time: Linux keeps ru_maxrss across exec, so a child forked from
    this (large) process would report at least this process's size.
    """
    with tempfile.NamedTemporaryFile("r") as peak:
        started = time.perf_counter()
        done = subprocess.run(
            ["/usr/bin/time", "-f", "%M", "-o", peak.name, *argv],
            env=env or ENV,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            check=False,
        )
        seconds = time.perf_counter() - started
        if done.returncode != 0:
            error = done.stderr.decode(errors="replace").strip()[-400:]
            raise SystemExit(f"failed ({done.returncode}): {' '.join(argv)}\n{error}")
        kilobytes = int(peak.read().split()[-1])
    return Run(seconds, kilobytes / 1024)


def alternate(runs: int, **commands: Callable[[], float]) -> dict[str, float]:
    """Medians of each measurement, taken in turn `runs` times after one warm-up round."""
    values: dict[str, list[float]] = {name: [] for name in commands}
    for round_number in range(runs + 1):
        for name, measure in commands.items():
            value = measure()
            if round_number:
                values[name].append(value)
    return {name: statistics.median(found) for name, found in values.items()}


def timed(work: Callable[[], object]) -> float:
    """Seconds one call takes."""
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def _number(value: float | None, unit: str) -> str:
    """A figure for the table."""
    if value is None:
        return "—"
    if unit == "ms":
        return f"{value * 1000:,.0f} ms" if value >= 0.01 else f"{value * 1000:.1f} ms"
    if unit == "s":
        return f"{value:,.2f} s"
    return f"{value:,.0f} {unit}"


def table(rows: list[Row]) -> str:
    """The rows as one Markdown table."""
    lines = [
        "| measurement | ours (median) | floor | floor (median) | ratio | budget | met |",
        "|---|---:|---|---:|---:|---|:---:|",
    ]
    for row in rows:
        ratio = f"{row.ratio:.2f}x" if row.ratio is not None else "—"
        met = {True: "yes", False: "**no**", None: ""}[row.passed]
        lines.append(
            f"| {row.name} | {_number(row.ours, row.unit)} | {row.floor_name or '—'} | "
            f"{_number(row.floor, row.unit)} | {ratio} | {row.budget} | {met} |"
        )
    return "\n".join(lines)
