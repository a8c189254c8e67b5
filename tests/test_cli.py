"""The command-line contract, run as a user would: a separate process per command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mentordesk import __version__

VCARDS = Path(__file__).resolve().parent / "data" / "vcards"


def run(*args: str, data_dir=None, env_extra=None) -> subprocess.CompletedProcess:
    """Run `python -m mentordesk` with arguments; never raises on failure."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env_extra or {}))
    prefix = ["--data-dir", str(data_dir)] if data_dir else []
    return subprocess.run(
        [sys.executable, "-m", "mentordesk", *prefix, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    """A workspace seeded once through the CLI."""
    folder = tmp_path_factory.mktemp("cli") / "workspace"
    result = run("seed-demo", data_dir=folder)
    assert result.returncode == 0, result.stderr
    assert "6 contacts" in result.stdout
    return folder


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"mentordesk {__version__}"


def test_export_json_has_the_promised_records_and_is_deterministic(seeded, tmp_path):
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert run("export-json", str(first), data_dir=seeded).returncode == 0
    assert run("export-json", str(second), data_dir=seeded).returncode == 0
    assert first.read_bytes() == second.read_bytes()
    data = json.loads(first.read_text(encoding="utf-8"))
    assert data["schema_version"] >= 1
    assert len(data["contacts"]) >= 3 and len(data["meetings"]) >= 5 and len(data["tasks"]) >= 5


def test_export_json_to_stdout(seeded):
    result = run("export-json", "-", data_dir=seeded)
    assert result.returncode == 0
    assert json.loads(result.stdout)["contacts"][0]["name"]


def test_env_variable_chooses_the_workspace(seeded):
    result = run("export-json", "-", env_extra={"MENTORDESK_DATA_DIR": str(seeded)})
    assert result.returncode == 0 and len(json.loads(result.stdout)["contacts"]) == 6


def test_seeding_twice_is_refused_with_one_line(seeded):
    result = run("seed-demo", data_dir=seeded)
    assert result.returncode == 4
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "already has data" in result.stderr


def test_a_failure_is_one_line_and_the_traceback_goes_to_the_log(seeded, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    result = run("export-json", str(blocker / "out.json"), data_dir=seeded)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("mentordesk: error:")
    assert "Traceback" not in result.stderr
    assert "Traceback" in (seeded / "logs" / "mentordesk.log").read_text(encoding="utf-8")


def test_a_damaged_database_is_reported_and_left_alone(tmp_path):
    folder = tmp_path / "damaged"
    folder.mkdir()
    database = folder / "mentordesk.sqlite3"
    database.write_bytes(b"garbage" * 1000)
    result = run("export-json", "-", data_dir=folder)
    assert result.returncode == 6
    assert "damaged or is not a MentorDesk database" in result.stderr
    assert database.read_bytes() == b"garbage" * 1000


def test_quit_after_show_exits_cleanly(seeded):
    result = run("--quit-after-show", data_dir=seeded)
    assert result.returncode == 0, result.stderr


def test_a_second_window_on_the_same_workspace_is_refused(seeded, qapp):
    from PySide6.QtCore import QLockFile

    lock = QLockFile(str(seeded / "mentordesk.lock"))
    assert lock.tryLock(0)
    try:
        result = run("--quit-after-show", data_dir=seeded)
    finally:
        lock.unlock()
    assert result.returncode == 3
    assert "already has" in result.stderr and "open" in result.stderr


def test_seed_demo_force_is_refused_while_a_window_is_open(tmp_path, qapp):
    from PySide6.QtCore import QLockFile

    folder = tmp_path / "w"
    assert run("seed-demo", data_dir=folder).returncode == 0
    before = run("export-json", "-", data_dir=folder).stdout
    lock = QLockFile(str(folder / "mentordesk.lock"))
    assert lock.tryLock(0)
    try:
        result = run("seed-demo", "--force", data_dir=folder)
    finally:
        lock.unlock()
    assert result.returncode == 3 and result.stderr.count("\n") == 1
    assert "cannot replace everything with sample data" in result.stderr
    assert run("export-json", "-", data_dir=folder).stdout == before


def test_seed_demo_force_keeps_a_safety_copy_first(tmp_path):
    import sqlite3

    folder = tmp_path / "w"
    assert run("seed-demo", data_dir=folder).returncode == 0
    assert run("seed-demo", "--force", data_dir=folder).returncode == 0
    copies = list((folder / "safety").glob("before-seed-demo-*.sqlite3"))
    assert len(copies) == 1
    with sqlite3.connect(copies[0]) as old:
        assert old.execute("SELECT count(*) FROM contact_record").fetchone() == (6,)


def test_screenshots_writes_one_png_per_view(seeded, tmp_path):
    out = tmp_path / "shots"
    result = run("screenshots", str(out), data_dir=seeded)
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in out.glob("*.png"))
    assert {"contacts.png", "calendar.png", "tasks.png", "reviews.png", "backups.png"} <= set(names)
    sync = {"sync-accounts", "sync-needs-look", "sync-conflict"}
    assert {f"{n}{dark}.png" for n in sync for dark in ("", "-dark")} <= set(names)
    for path in out.glob("*.png"):
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and path.stat().st_size > 10_000
    accounts = run("sync-account", "list", data_dir=seeded)
    assert accounts.returncode == 0 and "example" not in accounts.stdout  # shot on a copy


def test_demo_opens_a_throwaway_workspace(tmp_path):
    result = run("--demo", "--quit-after-show", env_extra={"TMPDIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert list(tmp_path.glob("mentordesk-demo-*")) == []


def test_vcard_import_twice_then_export(tmp_path):
    from pathlib import Path

    folder = tmp_path / "vcf"
    sample = Path(__file__).parent / "data" / "vcards" / "google_contacts.vcf"
    first = run("import-vcf", str(sample), data_dir=folder)
    assert first.returncode == 0, first.stderr
    assert "created" in first.stdout and " 0 created" not in first.stdout
    before = run("export-json", "-", data_dir=folder).stdout
    second = run("import-vcf", str(sample), data_dir=folder)
    assert " 0 created, 0 updated" in second.stdout
    assert run("export-json", "-", data_dir=folder).stdout == before
    out = tmp_path / "out.vcf"
    assert run("export-vcf", str(out), data_dir=folder).returncode == 0
    assert out.read_bytes().startswith(b"BEGIN:VCARD\r\nVERSION:4.0\r\n")


def test_vcard_import_reports_bad_cards_by_line(tmp_path):
    from pathlib import Path

    sample = Path(__file__).parent / "data" / "vcards" / "malformed_middle.vcf"
    result = run("import-vcf", str(sample), data_dir=tmp_path / "bad")
    assert result.returncode == 0
    assert "malformed_middle.vcf:" in result.stderr and "skipped" in result.stderr
    assert "1 skipped" in result.stdout


def test_importing_a_file_that_is_not_a_vcard_changes_nothing(seeded, tmp_path):
    other = tmp_path / "notes.vcf"
    other.write_text("just some notes\n", encoding="utf-8")
    before = run("export-json", "-", data_dir=seeded).stdout
    result = run("import-vcf", str(other), data_dir=seeded)
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert run("export-json", "-", data_dir=seeded).stdout == before


def test_agenda_lists_meetings_tasks_and_follow_ups(seeded):
    result = run("agenda", "--days", "14", data_dir=seeded)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Weekly check-in with Priya" in out and "Europe/Berlin" in out
    assert "OVERDUE" in out
    assert "Marcus Okafor: No reply yet: follow up" in out


def test_agenda_refuses_a_bad_day_count(seeded):
    result = run("agenda", "--days", "0", data_dir=seeded)
    assert result.returncode == 2 and "1 to 366" in result.stderr


def test_workspace_files_are_private(seeded):
    import stat

    for path in (
        seeded,
        seeded / "mentordesk.sqlite3",
        seeded / "logs",
        seeded / "logs" / "mentordesk.log",
    ):
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path


def test_two_imports_at_once_both_succeed(tmp_path):
    folder = tmp_path / "workspace"
    assert run("export-json", "-", data_dir=folder).returncode == 0
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    files = ["google_contacts.vcf", "nextcloud_4_0.vcf", "iphone.vcf", "outlook_2_1.vcf"]
    commands = [
        [
            sys.executable,
            "-m",
            "mentordesk",
            "--data-dir",
            str(folder),
            "import-vcf",
            str(VCARDS / f),
        ]
        for f in files
    ]
    processes = [
        subprocess.Popen(c, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for c in commands
    ]
    outcomes = [(p.wait(timeout=120), p.stderr.read()) for p in processes]
    for process in processes:
        process.stdout.close()
        process.stderr.close()
    assert [code for code, _ in outcomes] == [0, 0, 0, 0], outcomes
    exported = json.loads(run("export-json", "-", data_dir=folder).stdout)
    assert len(exported["contacts"]) >= len(files)


def test_export_to_dev_stdout_writes_through_the_pipe(seeded):
    result = run("export-json", "/dev/stdout", data_dir=seeded)
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["contacts"]) == 6


def test_another_programs_database_is_one_line_and_untouched(tmp_path):
    import sqlite3

    folder = tmp_path / "theirs"
    folder.mkdir()
    database = folder / "mentordesk.sqlite3"
    with sqlite3.connect(database) as raw:
        raw.execute("CREATE TABLE notes (body TEXT)")
        raw.execute("INSERT INTO notes VALUES ('mine')")
    before = database.read_bytes()
    result = run("export-json", "-", data_dir=folder)
    assert result.returncode == 7
    assert result.stderr.count("\n") == 1 and "another program" in result.stderr
    assert database.read_bytes() == before
    assert not list(folder.glob("safety/*"))
