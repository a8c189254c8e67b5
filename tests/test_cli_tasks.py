"""`add-task` and the task data in `export-json`, run as a user would."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from tests.test_cli import run


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    """A workspace of its own, seeded through the CLI (add-task writes to it)."""
    folder = tmp_path_factory.mktemp("cli-tasks") / "workspace"
    assert run("seed-demo", data_dir=folder).returncode == 0
    return folder


def test_add_task_prints_what_it_understood(seeded):
    result = run("add-task", "Send the deck to Priya tomorrow !high #talk", data_dir=seeded)
    assert result.returncode == 0, result.stderr
    tomorrow = date.today() + timedelta(days=1)
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Added task ")
    assert "  title:    Send the deck to Priya" in lines
    assert f'  due:      {tomorrow:%a %d %b %Y} (from "tomorrow")' in lines
    assert "  priority: High" in lines
    assert "  goal:     Give my first conference talk (#talk)" in lines
    assert "  contact:  Priya Raman" in lines
    data = json.loads(run("export-json", "-", data_dir=seeded).stdout)
    task = next(t for t in data["tasks"] if t["title"] == "Send the deck to Priya")
    goal = next(g for g in data["goals"] if g["id"] == task["goal_id"])
    assert goal["title"] == "Give my first conference talk" and task["due"] == tomorrow.isoformat()


def test_add_task_without_a_title_is_one_line_on_stderr(seeded):
    result = run("add-task", "fri !high", data_dir=seeded)
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "mentordesk: error: the line has no title, only a date, priority or tag"
    )


def test_export_json_carries_goals_expectations_tasks_checklists_and_time(seeded):
    data = json.loads(run("export-json", "-", data_dir=seeded).stdout)
    replaced = [e for e in data["expectations"] if e["replaced_by_id"]]
    assert replaced and all(e["status"] == "replaced" for e in replaced)
    ids = {e["id"] for e in data["expectations"]}
    assert all(e["replaced_by_id"] in ids for e in replaced)
    assert any(t["checklist"] for t in data["tasks"])
    assert any(t["recurrence"] and t["series_uid"] for t in data["tasks"])
    assert any(t["goal_id"] for t in data["tasks"])
    entries = data["time_entries"]
    assert any(e["task_id"] for e in entries) and any(e["meeting_id"] for e in entries)
    assert all({"uid", "minutes", "started_at", "running"} <= set(e) for e in entries)
    assert all(g["uid"] and "target_date" in g for g in data["goals"])


def test_export_ics_tasks_writes_vtodos(seeded, tmp_path):
    from icalendar import Calendar

    target = tmp_path / "tasks.ics"
    result = run("export-ics", str(target), "--tasks", data_dir=seeded)
    assert result.returncode == 0, result.stderr
    todos = Calendar.from_ical(target.read_bytes()).walk("VTODO")
    data = json.loads(run("export-json", "-", data_dir=seeded).stdout)
    dated = {t["uid"] for t in data["tasks"] if t["due"]}
    assert {str(t["uid"]) for t in todos} == dated


def test_export_ics_without_tasks_writes_meetings_only(seeded, tmp_path):
    from icalendar import Calendar

    target = tmp_path / "x.ics"
    result = run("export-ics", str(target), data_dir=seeded)
    assert result.returncode == 0, result.stderr
    calendar = Calendar.from_ical(target.read_bytes())
    assert calendar.events and not calendar.todos
