"""Bad places and faults give one clear line, change nothing, and leave private files."""

from __future__ import annotations

import os
import resource
import signal
import sqlite3
import stat
import subprocess
import sys

import pytest

from tests.test_cli import run

POSIX = os.name == "posix"


def _one_line(result: subprocess.CompletedProcess, *words: str) -> None:
    """The command failed with one line on stderr containing every word, and no traceback."""
    assert result.returncode != 0
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("mentordesk: error: ")
    for word in words:
        assert word in result.stderr, result.stderr


def test_data_dir_that_is_a_file(tmp_path):
    blocker = tmp_path / "notes.txt"
    blocker.write_text("mine")
    _one_line(run("export-json", "-", data_dir=blocker), "a file (not a folder) is in the way")
    _one_line(run("export-json", "-", data_dir=blocker / "sub"), "a file")
    assert blocker.read_text() == "mine"


def test_data_dir_whose_name_is_too_long(tmp_path):
    _one_line(run("export-json", "-", data_dir=tmp_path / ("x" * 300)), "too long")


def test_database_path_longer_than_sqlite_allows_leaves_no_file(tmp_path):
    deep = tmp_path.joinpath(*(["d" * 60] * 9))
    _one_line(run("export-json", "-", data_dir=deep), "too long")
    assert not (deep / "mentordesk.sqlite3").exists()


def test_unwritable_log_falls_back_to_one_warning(tmp_path):
    folder = tmp_path / "workspace"
    (folder / "logs" / "mentordesk.log").mkdir(parents=True)  # a folder where the log goes
    result = run("agenda", data_dir=folder)
    assert result.returncode == 0
    assert "Logging error" not in result.stderr and "Traceback" not in result.stderr
    broken = run("export-json", str(tmp_path), data_dir=folder)
    assert "Traceback" not in broken.stderr and "Logging error" not in broken.stderr
    assert broken.stderr.count("warning: cannot write the log") <= 1


@pytest.mark.skipif(not POSIX, reason="modes and users are POSIX")
def test_unwritable_workspace_is_one_line(tmp_path):
    folder = tmp_path / "readonly"
    folder.mkdir()
    folder.chmod(0o555)
    tmp_path.chmod(0o755)
    if os.geteuid() == 0:  # root writes anywhere: drop to nobody for the child, as a user is
        result = _run_as_nobody(folder)
    else:
        result = run("export-json", "-", data_dir=folder)
    _one_line(result, "not allowed to write")


def _run_as_nobody(folder) -> subprocess.CompletedProcess:
    """Run the CLI in a child that has given up root (its imports are loaded before)."""
    code = (
        "import os, sys, mentordesk.cli as c, mentordesk.db.database, mentordesk.db.models\n"
        "import mentordesk.services.interop.export_json, platformdirs, logging.handlers\n"
        "import playhouse.migrations, encodings.idna\n"
        "os.setgid(65534); os.setuid(65534)\n"
        f"sys.exit(c.main(['--data-dir', {str(folder)!r}, 'export-json', '-']))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )


@pytest.mark.skipif(not POSIX, reason="file-size limits are POSIX")
def test_a_full_disk_is_one_line_and_changes_nothing(tmp_path):
    folder = tmp_path / "workspace"
    assert run("seed-demo", data_dir=folder).returncode == 0
    before = run("export-json", "-", data_dir=folder).stdout
    cards = tmp_path / "many.vcf"
    note = "n" * 2000
    cards.write_text(
        "".join(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i}\r\nNOTE:{note}\r\nEND:VCARD\r\n"
            for i in range(3000)
        )
    )
    limit = sum(p.stat().st_size for p in folder.glob("mentordesk.sqlite3*")) + 200_000

    def small_disk() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    result = subprocess.run(
        [sys.executable, "-m", "mentordesk", "--data-dir", str(folder), "import-vcf", str(cards)],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        preexec_fn=small_disk,
        timeout=120,
    )
    _one_line(result, "disk is full")
    assert "cannot rollback" not in result.stderr and "damaged" not in result.stderr
    assert run("export-json", "-", data_dir=folder).stdout == before
    with sqlite3.connect(folder / "mentordesk.sqlite3") as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)


@pytest.mark.skipif(not POSIX, reason="modes are POSIX")
def test_files_the_app_makes_are_private(tmp_path):
    folder = tmp_path / "workspace"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    assert run("seed-demo", data_dir=folder).returncode == 0
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700  # tightened
    shots = tmp_path / "shots"
    assert run("screenshots", str(shots), data_dir=folder).returncode == 0
    assert run("--quit-after-show", data_dir=folder).returncode == 0
    made = [p for p in [*folder.rglob("*"), *shots.glob("*.png")] if p.is_file()]
    assert any(p.name == "window-state.ini" for p in made)
    loose = {str(p): oct(stat.S_IMODE(p.stat().st_mode)) for p in made if p.stat().st_mode & 0o077}
    assert loose == {}


def test_rolled_over_logs_stay_private(tmp_path):
    import logging

    from mentordesk.logs import MAX_BYTES, configure_logging

    log_file = tmp_path / "logs" / "mentordesk.log"
    log_file.parent.mkdir()
    configure_logging(log_file)
    logger = logging.getLogger("test.rollover")
    for _ in range(3):
        logger.warning("x" * (MAX_BYTES // 2))
    rolled = sorted(log_file.parent.iterdir())
    assert len(rolled) >= 2
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in rolled) or not POSIX
    for handler in logging.getLogger().handlers[:]:
        if isinstance(handler, logging.FileHandler):
            logging.getLogger().removeHandler(handler)
            handler.close()
