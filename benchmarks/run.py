"""Every performance measurement against its floor, in one table (see benchmarks/README.md).

    python benchmarks/run.py [--scale small|large] [--only GROUP,...] [--runs N] [--data DIR]

Groups: startup, views, filters, stalls, export-ics, export-json, import-vcf, import-ics,
agenda, backup, memory. The dataset is built once with make_dataset.py into DIR (default
benchmarks/.data/<scale>) and reused; each group works on a scratch copy when it writes.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from harness import ENV, MENTORDESK, Row, alternate, bytecode_env, run_process, table, timed

HERE = Path(__file__).resolve().parent
PY = sys.executable
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
VOBJECT_PARSE = "import sys, vobject\nsum(1 for _ in vobject.readComponents(open(sys.argv[1])))"
CARDS = 20_000


class Bench:
    """The shared state of one run: the dataset, an empty workspace, scratch space, rows."""

    def __init__(self, data: Path, runs: int, scratch: Path) -> None:
        self.data, self.runs, self.scratch = data, runs, scratch
        self.empty = scratch / "empty"
        subprocess.run(
            [MENTORDESK, "--data-dir", str(self.empty), "agenda"],
            env=ENV,
            check=True,
            capture_output=True,
        )
        self.rows: list[Row] = []

    def copy(self, name: str) -> Path:
        """A fresh scratch copy of the dataset."""
        target = self.scratch / name
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(self.data, target, ignore=shutil.ignore_patterns("*.lock", "logs"))
        return target

    def add(self, name, ours, floor_name="", floor=None, *, unit="ms", budget="", passed=None):
        """Add a row and show it at once (the table comes at the end)."""
        row = Row(name, ours, floor_name, floor, unit, budget, passed)
        self.rows.append(row)
        print(table([row]).splitlines()[-1], file=sys.stderr, flush=True)

    def probe(self, *args: str) -> dict:
        """Run a gui_probe and return its JSON."""
        done = subprocess.run(
            [PY, str(HERE / "gui_probe.py"), *args],
            env=ENV,
            check=True,
            capture_output=True,
            text=True,
        )
        return json.loads(done.stdout.strip().splitlines()[-1])


def _median(values: list[float]) -> float:
    """The median of a list."""
    ordered = sorted(values)
    return ordered[len(ordered) // 2]


def group_startup(b: Bench) -> None:
    """`--quit-after-show` (whole process) against a bare QMainWindow, both with bytecode."""
    bare = [PY, "-c", BARE_WINDOW]
    env = bytecode_env(b.scratch / "pycache")
    for label, folder, goal in (("empty", b.empty, 1.5), ("dataset", b.data, 2.0)):
        app = [MENTORDESK, "--data-dir", str(folder), "--quit-after-show"]
        m = alternate(
            b.runs,
            ours=lambda app=app: run_process(app, env=env).seconds,
            bare=lambda: run_process(bare, env=env).seconds,
        )
        ratio = m["ours"] / m["bare"]
        b.add(
            f"start-up, {label} workspace",
            m["ours"],
            "bare QMainWindow",
            m["bare"],
            budget=f"≤ {goal}x",
            passed=ratio <= goal,
        )


def group_views(b: Bench) -> None:
    """First paint of each view and switching, on the dataset (medians over runs)."""
    results = [b.probe("views", str(b.data)) for _ in range(max(1, b.runs // 2))]
    for key in results[0]["first_paint"]:
        value = _median([r["first_paint"][key] for r in results])
        b.add(f"first paint: {key}", value, budget="(shown at once, data after)")
    switches = [s for r in results for s in r["switch"]]
    b.add(
        "view switch (median)", _median(switches), budget="< 100 ms", passed=_median(switches) < 0.1
    )
    b.add("view switch (slowest)", max(switches), budget="< 100 ms", passed=max(switches) < 0.1)


def group_filters(b: Bench) -> None:
    """Keystroke latency in the three searchable lists."""
    results = [b.probe("filters", str(b.data)) for _ in range(max(1, b.runs // 2))]
    for key in results[0]:
        values = [v for r in results for v in r[key]]
        b.add(
            f"filter keystroke: {key} (median)",
            _median(values),
            budget="< 30 ms",
            passed=_median(values) < 0.03,
        )
        b.add(
            f"filter keystroke: {key} (slowest)",
            max(values),
            budget="< 30 ms",
            passed=max(values) < 0.03,
        )


def group_stalls(b: Bench) -> None:
    """The longest GUI-thread stall while each job runs through the real JobRunner."""
    vcf = b.scratch / "cards-5000.vcf"
    _write_cards(vcf, 5_000)
    found = b.probe("stalls", str(b.copy("stalls")), str(vcf))
    for name, value in found.items():
        b.add(f"GUI stall during {name}", value, budget="< 50 ms", passed=value < 0.05)


def group_export_ics(b: Bench) -> None:
    """`export-ics` (whole process) against icalendar serialising the same events."""
    out = b.scratch / "out.ics"
    ours = [MENTORDESK, "--data-dir", str(b.data), "export-ics", str(out)]
    floor = [PY, str(HERE / "floors.py"), "ics", str(b.data), str(b.scratch / "floor.ics")]
    m = alternate(
        b.runs, ours=lambda: run_process(ours).seconds, floor=lambda: run_process(floor).seconds
    )
    b.add(
        "export-ics",
        m["ours"],
        "icalendar to_ical, same events",
        m["floor"],
        unit="s",
        budget="≤ 1.5x",
        passed=m["ours"] <= 1.5 * m["floor"],
    )


def group_export_json(b: Bench) -> None:
    """`export-json` time against reading and dumping the same rows; memory against empty."""
    out = b.scratch / "out.json"
    ours = [MENTORDESK, "--data-dir", str(b.data), "export-json", str(out)]
    empty = [MENTORDESK, "--data-dir", str(b.empty), "export-json", str(out)]
    floor = [PY, str(HERE / "floors.py"), "json", str(b.data), str(b.scratch / "floor.json")]
    runs = {"ours": [], "empty": [], "floor": []}
    for _ in range(b.runs):
        for name, argv in (("ours", ours), ("empty", empty), ("floor", floor)):
            runs[name].append(run_process(argv))
    secs = {k: _median([r.seconds for r in v]) for k, v in runs.items()}
    peaks = {k: _median([r.peak_mib for r in v]) for k, v in runs.items()}
    b.add(
        "export-json",
        secs["ours"],
        "sqlite3 rows + json.dump",
        secs["floor"],
        unit="s",
        budget="≤ 1.5x",
        passed=secs["ours"] <= 1.5 * secs["floor"],
    )
    b.add(
        "export-json peak memory",
        peaks["ours"],
        "export-json, empty",
        peaks["empty"],
        unit="MiB",
        budget="< +100 MiB",
        passed=peaks["ours"] - peaks["empty"] < 100,
    )


def group_import_vcf(b: Bench) -> None:
    """`import-vcf` of 20,000 cards into a fresh workspace against vobject parsing them only."""
    vcf = b.scratch / "cards-20000.vcf"
    _write_cards(vcf, CARDS)

    def ours() -> float:
        folder = b.scratch / "vcf-import"
        shutil.rmtree(folder, ignore_errors=True)
        return run_process([MENTORDESK, "--data-dir", str(folder), "import-vcf", str(vcf)]).seconds

    m = alternate(
        b.runs, ours=ours, floor=lambda: run_process([PY, "-c", VOBJECT_PARSE, str(vcf)]).seconds
    )
    b.add(
        "import-vcf, 20,000 cards",
        m["ours"],
        "vobject parse only",
        m["floor"],
        unit="s",
        budget="< 1x",
        passed=m["ours"] < m["floor"],
    )


def group_import_ics(b: Bench) -> None:
    """`import-ics` of 2,000 invitations against `khal import --batch` (bench_ics_import)."""
    import bench_ics_import as ics

    file = b.scratch / "invitations.ics"
    file.write_text(ics.generate(ics.INVITATIONS), encoding="utf-8", newline="")

    def fresh() -> Path:
        return Path(tempfile.mkdtemp(dir=b.scratch))

    m = alternate(
        b.runs,
        ours=lambda: ics.time_mentordesk(file, fresh()),
        khal=lambda: ics.time_khal(file, fresh()),
    )
    b.add(
        "import-ics, 2,000 invitations",
        m["ours"],
        "khal import --batch",
        m["khal"],
        unit="s",
        budget="≤ 0.2x (5x faster)",
        passed=m["ours"] * 5 <= m["khal"],
    )


def group_agenda(b: Bench) -> None:
    """`agenda --days 30` against `khal list` over the same meetings (a vdir of the export)."""
    from floors import khal_vdir

    config = khal_vdir(b.data, b.scratch / "khal")
    khal = shutil.which("khal") or str(Path(PY).with_name("khal"))
    env = dict(ENV, XDG_DATA_HOME=str(b.scratch / "khal"), XDG_CONFIG_HOME=str(b.scratch / "khal"))
    ours = [MENTORDESK, "--data-dir", str(b.data), "agenda", "--days", "30"]
    theirs = [khal, "-c", str(config), "list", "today", "30d"]
    m = alternate(
        b.runs,
        ours=lambda: run_process(ours).seconds,
        khal=lambda: run_process(theirs, env=env).seconds,
    )
    b.add(
        "agenda --days 30",
        m["ours"],
        "khal list today 30d",
        m["khal"],
        budget="< 1x",
        passed=m["ours"] < m["khal"],
    )


def group_backup(b: Bench) -> None:
    """Backup and restore of the dataset against SQLite's backup API plus one AEAD pass."""
    import bench_backup as backup

    from mentordesk.paths import Workspace
    from mentordesk.services.backup import crypto
    from mentordesk.services.backup.create import create_backup
    from mentordesk.services.backup.keys import KeyFile, wrap_master_key
    from mentordesk.services.backup.reader import Secrets
    from mentordesk.services.backup.restore import restore_backup

    space = Workspace(b.copy("backup"))
    master = backup.MASTER
    keys = KeyFile(crypto.key_id(master), [wrap_master_key(master, bytes(20), label="recovery")])
    out = b.scratch / "bench.mdbk"
    (space.root / "files").mkdir(exist_ok=True)
    m = alternate(
        b.runs,
        floor=lambda: backup.floor(space, b.scratch),
        backup=lambda: timed(
            lambda: create_backup(space, master_key=master, key_file=keys, out=out)
        ),
        restore=lambda: timed(
            lambda: restore_backup(space, out, secrets=Secrets(master_key=master))
        ),
    )
    for name in ("backup", "restore"):
        b.add(
            name,
            m[name],
            "SQLite backup API + one AEAD pass",
            m["floor"],
            unit="s",
            budget="≤ 2x",
            passed=m[name] <= 2 * m["floor"],
        )


def group_memory(b: Bench) -> None:
    """Peak resident memory of `--quit-after-show` on the dataset against the bare window."""
    bare = [PY, "-c", BARE_WINDOW]
    app = [MENTORDESK, "--data-dir", str(b.data), "--quit-after-show"]
    peaks = {"ours": [], "bare": []}
    for _ in range(max(3, b.runs // 2)):
        peaks["ours"].append(run_process(app).peak_mib)
        peaks["bare"].append(run_process(bare).peak_mib)
    ours, floor = _median(peaks["ours"]), _median(peaks["bare"])
    b.add(
        "peak memory, dataset workspace",
        ours,
        "bare QMainWindow",
        floor,
        unit="MiB",
        budget="< +150 MiB",
        passed=ours - floor < 150,
    )


def _write_cards(path: Path, count: int) -> None:
    """Realistic vCards (bench_vcard_import's generator) into a file."""
    from bench_vcard_import import generate

    if not path.exists():
        path.write_text(generate(count), encoding="utf-8", newline="")


GROUPS = {
    "startup": group_startup,
    "views": group_views,
    "filters": group_filters,
    "stalls": group_stalls,
    "export-ics": group_export_ics,
    "export-json": group_export_json,
    "import-vcf": group_import_vcf,
    "import-ics": group_import_ics,
    "agenda": group_agenda,
    "backup": group_backup,
    "memory": group_memory,
}


def dataset(scale: str, folder: Path | None) -> Path:
    """The dataset folder, built with make_dataset.py when it does not exist yet."""
    folder = folder or HERE / ".data" / scale
    if not (folder / "mentordesk.sqlite3").exists():
        subprocess.run(
            [PY, str(HERE / "make_dataset.py"), "--scale", scale, str(folder)], check=True
        )
    return folder


def main() -> int:
    """Run the chosen groups and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", choices=("small", "large"), default="large")
    parser.add_argument("--only", default="", help="comma-separated groups: " + ", ".join(GROUPS))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data", type=Path, help="an existing dataset folder to use")
    args = parser.parse_args()
    chosen = [g.strip() for g in args.only.split(",") if g.strip()] or list(GROUPS)
    unknown = set(chosen) - set(GROUPS)
    if unknown:
        parser.error(f"unknown groups: {', '.join(sorted(unknown))}")
    data = dataset(args.scale, args.data)
    with tempfile.TemporaryDirectory(prefix="mentordesk-run-") as scratch:
        bench = Bench(data, args.runs, Path(scratch))
        for name in chosen:
            GROUPS[name](bench)
    print(f"\ndataset {data}, medians of {args.runs} alternating runs\n")
    print(table(bench.rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
