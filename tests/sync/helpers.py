"""Running the command line in this process (so the in-memory keyring serves it)."""

from __future__ import annotations

import io
import json
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from pathlib import Path

from mentordesk.cli import main
from mentordesk.db.database import close_database, open_database
from mentordesk.paths import Workspace
from tests.sync.conftest import PASSWORD, USERNAME

SYNCED = {
    "contacts": ("name", "organisation", "role", "emails", "phones", "birthday"),
    "meetings": (
        "title",
        "start",
        "end",
        "timezone",
        "rrule",
        "exdates",
        "rdates",
        "location",
        "agenda",
        "status",
        "time_kind",
        "guests",
        "organizer",
        "url",
        "reminder_minutes",
    ),
    "tasks": ("title", "status", "due", "priority"),
}


def run(workspace: Path, *args: str, stdin: str = "") -> tuple[int, str, str]:
    """Run one command on a workspace: exit code, stdout, stderr."""
    import sys

    out, err = io.StringIO(), io.StringIO()
    old_stdin = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        with redirect_stdout(out), redirect_stderr(err):
            code = main(["--data-dir", str(workspace), *args])
    finally:
        sys.stdin = old_stdin
        close_database()
    return code, out.getvalue(), err.getvalue()


def add_account(workspace: Path, url: str) -> None:
    """Add the test server's account to a workspace."""
    code, _, err = run(
        workspace,
        "sync-account",
        "add",
        url,
        "--username",
        USERNAME,
        "--password-stdin",
        stdin=PASSWORD + "\n",
    )
    assert code == 0, err


def sync(workspace: Path) -> str:
    """Sync and return what it printed."""
    code, out, err = run(workspace, "sync")
    assert code == 0, err
    return out


def exported(workspace: Path) -> dict:
    """The workspace's export-json."""
    target = workspace / "export.json"
    code, _, err = run(workspace, "export-json", str(target))
    assert code == 0, err
    return json.loads(target.read_text())


def synced_view(data: dict) -> dict:
    """The synced records by uid, with the synced fields only (local ids left out)."""
    view = {}
    for entity, fields in SYNCED.items():
        rows = data[entity]
        if entity == "tasks":
            rows = [r for r in rows if r.get("due")]
        view[entity] = {_key(r, rows): {f: r.get(f) for f in fields} for r in rows}
    return view


def _key(row: dict, rows: list[dict]) -> str:
    """A record's uid; an overridden occurrence's is its series' uid and its RECURRENCE-ID."""
    if not row.get("recurrence_of_id"):
        return row["uid"]
    series = next(r for r in rows if r["id"] == row["recurrence_of_id"])
    return f"{series['uid']}#{row['recurrence_id']}"


@contextmanager
def opened(workspace: Path):
    """The workspace's database, open for a few direct reads or writes."""
    open_database(Workspace(workspace).database)
    try:
        yield
    finally:
        close_database()
