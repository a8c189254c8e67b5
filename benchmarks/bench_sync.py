"""Benchmark: the first sync of a benchmark workspace to a real Radicale, then a second with
nothing changed (which should move nothing: one PROPFIND per collection, the ctag unchanged).

    .venv/bin/python benchmarks/bench_sync.py [--scale small|large] [--data DIR]
        [--plain-radicale] [--uid-index]

Builds the workspace with benchmarks/make_dataset.py (or copies DIR, never touching it),
starts Radicale on loopback (htpasswd), keeps the password in an in-memory keyring, and prints
both timings and what moved. Every 500 resources it prints the time so far and the cost per
resource of the last 500 (stderr), so a run cut short still gives a rate.

Radicale checks a new resource's UID against every resource in the collection (`has_uid`), so
each new PUT costs more as the collection grows. The server runs with Radicale's documented
`use_mtime_and_size_for_item_cache = True` (a stat instead of reading and hashing each file
during that scan), as a deployment with large collections would; `--plain-radicale` drops it.
`--uid-index` runs `radicale_uid_index.py` instead: Radicale with that scan replaced by an
in-memory UID index, as database-backed servers keep one (it shows the client's own cost).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
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

FAST_CACHE = "use_mtime_and_size_for_item_cache = True\n"
UID_INDEX = Path(__file__).with_name("radicale_uid_index.py")
EVERY = 500


class TunedRadicale(RadicaleServer):
    """The test server, with extra `[storage]` lines, optionally with a UID index."""

    storage_lines: str = ""
    uid_index: bool = False

    def write_config(self) -> Path:
        """The test config plus the storage lines."""
        config = super().write_config()
        text = config.read_text().replace("[logging]", self.storage_lines + "[logging]")
        config.write_text(text)
        return config

    def start(self) -> None:
        """Start Radicale (or the UID-indexed wrapper) and wait until it answers."""
        server = [str(UID_INDEX)] if self.uid_index else ["-m", "radicale"]
        self.process = subprocess.Popen(
            [sys.executable, *server, "--config", str(self.write_config())],
            stdout=subprocess.DEVNULL,
            stderr=(self.folder / "radicale.log").open("ab"),
        )
        deadline = time.monotonic() + 20
        while not self.answers():
            if time.monotonic() > deadline:
                raise RuntimeError("radicale did not start")
            time.sleep(0.05)


class Ticker:
    """Progress to stderr every 500 resources: how many, seconds so far, ms each lately."""

    def __init__(self) -> None:
        self.started = self.last = time.perf_counter()
        self.steps = 0

    def report(self, done, total, message="") -> None:
        """Print now and then."""
        self.steps += 1
        if self.steps % EVERY == 0:
            now = time.perf_counter()
            each = 1000 * (now - self.last) / EVERY
            so_far = f"[{now - self.started:7.1f} s] {self.steps}/{total} resources"
            print(f"{so_far}, {each:.1f} ms each", file=sys.stderr, flush=True)
            self.last = now

    def cancelled(self) -> bool:
        """Never."""
        return False


def timed_sync() -> tuple[float, str]:
    """Sync the only account; seconds taken and the summary."""
    started = time.perf_counter()
    report = sync_account(progress=Ticker())
    return time.perf_counter() - started, report.summary()


def workspace_folder(root: Path, scale: str, data: Path | None) -> Path:
    """A fresh workspace: a copy of DIR, or one built by make_dataset."""
    folder = root / "ws"
    if data is not None:
        shutil.copytree(data, folder)
    else:
        make_dataset(["--scale", scale, str(folder)])
    return folder


def parse(argv: list[str]) -> argparse.Namespace:
    """The command line (a bare `small`/`large` still works as the scale)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scale_word", nargs="?", choices=("small", "large"))
    parser.add_argument("--scale", choices=("small", "large"), default="small")
    parser.add_argument("--data", type=Path, help="copy this workspace instead of building one")
    parser.add_argument("--plain-radicale", action="store_true", help="Radicale's defaults")
    parser.add_argument("--uid-index", action="store_true", help="Radicale with a UID index")
    args = parser.parse_args(argv)
    args.scale = args.scale_word or args.scale
    return args


def main(argv: list[str]) -> None:
    """Build or copy, serve, sync twice, print."""
    args = parse(argv)
    root = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    workspace = Workspace(workspace_folder(root, args.scale, args.data))
    server = TunedRadicale(folder=root / "radicale", port=free_port())
    server.storage_lines = "" if args.plain_radicale else FAST_CACHE
    server.uid_index = args.uid_index
    server.folder.mkdir()
    server.start()
    keyring.set_keyring(MemoryKeyring())
    open_database(workspace.database, safety_dir=workspace.safety_dir)
    try:
        add_account(url=server.url, username=USERNAME, password=PASSWORD)
        first, first_summary = timed_sync()
        print(f"first sync {first:.1f} s ({first_summary})", file=sys.stderr, flush=True)
        second, second_summary = timed_sync()
    finally:
        close_database()
        server.kill()
        shutil.rmtree(root, ignore_errors=True)
    kind = "indexed" if args.uid_index else "plain" if args.plain_radicale else "mtime cache"
    label = f"{args.data or args.scale}, Radicale ({kind})"
    print(f"{label}: first sync {first:.1f} s ({first_summary})")
    print(f"second sync, nothing changed: {second:.2f} s ({second_summary})")


if __name__ == "__main__":
    main(sys.argv[1:])
