"""Benchmark: the first sync of a benchmark workspace to a real Radicale, then a second with
nothing changed (which should move nothing: one PROPFIND per collection, the ctag unchanged).

    .venv/bin/python benchmarks/bench_sync.py [small|large]   (default: small)

Builds the workspace with benchmarks/make_dataset.py, starts Radicale on loopback (htpasswd),
keeps the password in an in-memory keyring, and prints both timings and what moved.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import keyring

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.make_dataset import main as make_dataset  # noqa: E402
from mentordesk.db.database import close_database, open_database  # noqa: E402
from mentordesk.paths import Workspace  # noqa: E402
from mentordesk.services.sync.accounts import add_account  # noqa: E402
from mentordesk.services.sync.engine import sync_account  # noqa: E402
from tests.services.backup.memory_keyring import MemoryKeyring  # noqa: E402
from tests.sync.conftest import PASSWORD, USERNAME, RadicaleServer, free_port  # noqa: E402


class Ticker:
    """Progress to stderr every 500 resources: how many, and the seconds so far."""

    def __init__(self) -> None:
        self.started, self.steps = time.perf_counter(), 0

    def report(self, done, total, message="") -> None:
        """Print now and then."""
        self.steps += 1
        if self.steps % 500 == 0:
            elapsed = time.perf_counter() - self.started
            print(f"[{elapsed:7.1f} s] {self.steps} resources", file=sys.stderr, flush=True)

    def cancelled(self) -> bool:
        """Never."""
        return False


def timed_sync() -> tuple[float, str]:
    """Sync the only account; seconds taken and the summary."""
    started = time.perf_counter()
    report = sync_account(progress=Ticker())
    return time.perf_counter() - started, report.summary()


def main(scale: str = "small") -> None:
    """Build, serve, sync twice, print."""
    root = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    make_dataset(["--scale", scale, str(root / "ws")])
    server = RadicaleServer(folder=root / "radicale", port=free_port())
    server.folder.mkdir()
    server.start()
    keyring.set_keyring(MemoryKeyring())
    workspace = Workspace(root / "ws")
    open_database(workspace.database, safety_dir=workspace.safety_dir)
    try:
        add_account(url=server.url, username=USERNAME, password=PASSWORD)
        first, first_summary = timed_sync()
        second, second_summary = timed_sync()
    finally:
        close_database()
        server.kill()
    print(f"scale {scale}: first sync {first:.1f} s ({first_summary})")
    print(f"second sync, nothing changed: {second:.2f} s ({second_summary})")


if __name__ == "__main__":
    main(*sys.argv[1:2])
