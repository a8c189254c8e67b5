"""Benchmark: back up and restore a workspace (default 200 MB) against the floor.

The floor is what no backup can avoid: SQLite's online backup API over the database plus one
AEAD pass (ChaCha20-Poly1305, 1 MiB chunks, read and written) over the same bytes. Memory is
the peak of Python allocations (tracemalloc) for each size: it should not grow with the size.

    .venv/bin/python benchmarks/bench_backup.py [MB ...]      (default: 20 200)
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from mentordesk.db.database import close_database, open_database
from mentordesk.paths import Workspace
from mentordesk.services.backup import crypto
from mentordesk.services.backup.create import create_backup
from mentordesk.services.backup.keys import KeyFile, wrap_master_key
from mentordesk.services.backup.reader import Secrets
from mentordesk.services.backup.restore import restore_backup

MASTER = bytes(range(32))
FILES_SHARE = 0.25  # a quarter of the workspace is deliverable files, the rest the database
NOTE = 4000  # bytes of (incompressible) note per contact


def build(root: Path, megabytes: int) -> Workspace:
    """A workspace of about `megabytes`: contacts with long notes, plus files/."""
    from mentordesk.db import models as m
    from mentordesk.db.database import db

    space = Workspace(root).ensure()
    open_database(space.database, safety_dir=space.safety_dir)
    rows = int(megabytes * 2**20 * (1 - FILES_SHARE) / (NOTE + 200))
    with db.atomic():
        for first in range(0, rows, 500):
            batch = range(first, min(rows, first + 500))
            notes = [{"name": f"Person {i}", "notes": os.urandom(NOTE // 2).hex()} for i in batch]
            m.ContactRecord.insert_many(notes).execute()
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    close_database()
    files = root / "files" / "deliverables"
    files.mkdir(parents=True)
    for i in range(int(megabytes * FILES_SHARE)):
        (files / f"deck-{i}.bin").write_bytes(os.urandom(2**20))
    return space


def _workspace_bytes(space: Workspace) -> int:
    """Bytes of the database and files/."""
    files = sum(p.stat().st_size for p in (space.root / "files").rglob("*") if p.is_file())
    return space.database.stat().st_size + files


def floor(space: Workspace, scratch: Path) -> float:
    """Seconds for the backup API over the database plus one AEAD pass over all the bytes."""
    start = time.perf_counter()
    source, target = sqlite3.connect(space.database), sqlite3.connect(scratch / "floor.sqlite3")
    source.backup(target)
    target.close()
    source.close()
    cipher, index = crypto.aead(MASTER), 0
    sources = [scratch / "floor.sqlite3", *sorted((space.root / "files").rglob("*.bin"))]
    with open(scratch / "floor.enc", "wb") as out:
        for path in sources:
            with open(path, "rb") as handle:
                while block := handle.read(2**20):
                    out.write(cipher.encrypt(index.to_bytes(12, "big"), block, b""))
                    index += 1
        out.flush()
        os.fsync(out.fileno())
    return time.perf_counter() - start


def measured(work):
    """Run `work` twice: timed alone, then under tracemalloc for its peak allocations (MiB)."""
    start = time.perf_counter()
    work()
    seconds = time.perf_counter() - start
    tracemalloc.start()
    work()
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return seconds, peak


def run(megabytes: int) -> None:
    """Build, back up, restore and compare with the floor for one size."""
    with tempfile.TemporaryDirectory(dir=os.environ.get("BENCH_DIR")) as scratch:
        scratch = Path(scratch)
        space = build(scratch / "workspace", megabytes)
        size = _workspace_bytes(space) / 2**20
        keys = KeyFile(
            crypto.key_id(MASTER), [wrap_master_key(MASTER, bytes(20), label="recovery")]
        )
        out = scratch / "bench.mdbk"
        base = floor(space, scratch)
        backup_s, backup_peak = measured(
            lambda: create_backup(space, master_key=MASTER, key_file=keys, out=out)
        )
        restore_s, restore_peak = measured(
            lambda: restore_backup(space, out, secrets=Secrets(master_key=MASTER))
        )
        print(
            f"{size:7.1f} MiB workspace: floor {base:5.2f} s | backup {backup_s:5.2f} s "
            f"({backup_s / base:4.2f}x, peak {backup_peak:5.1f} MiB) | restore {restore_s:5.2f} s "
            f"({restore_s / base:4.2f}x, peak {restore_peak:5.1f} MiB) | "
            f"file {out.stat().st_size / 2**20:.1f} MiB"
        )
        shutil.rmtree(space.root, ignore_errors=True)


def main(argv: list[str]) -> None:
    """Run each size given (MB), default 20 and 200."""
    for megabytes in [int(a) for a in argv] or [20, 200]:
        run(megabytes)


if __name__ == "__main__":
    main(sys.argv[1:])
