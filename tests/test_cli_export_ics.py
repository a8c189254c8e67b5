"""`export-ics` run as a user would: the calendar, a contact or range, invitations, errors."""

from __future__ import annotations

import pytest
from icalendar import Calendar

from tests.test_cli import run


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    """A workspace of its own, seeded through the CLI."""
    folder = tmp_path_factory.mktemp("cli-ics") / "workspace"
    assert run("seed-demo", data_dir=folder).returncode == 0
    return folder


def test_export_writes_the_calendar_and_says_so(seeded, tmp_path):
    target = tmp_path / "calendar.ics"
    result = run("export-ics", str(target), data_dir=seeded)
    assert result.returncode == 0, result.stderr
    # the demo: 10 meetings, the weekly check-in with two changed occurrences of its own
    assert result.stdout == f"Exported 10 meetings (12 events) to {target}.\n"
    calendar = Calendar.from_ical(target.read_bytes())
    assert str(calendar["method"]) == "PUBLISH" and len(calendar.events) == 12
    assert b"\r\n" in target.read_bytes()


def test_stdout_gets_only_the_calendar(seeded):
    result = run("export-ics", "-", "--contact", "jordan", data_dir=seeded)
    assert result.returncode == 0, result.stderr
    calendar = Calendar.from_ical(result.stdout)
    assert {str(e["summary"]) for e in calendar.events} == {
        "Portfolio review with Jordan",
        "First session with Jordan",
    }


def test_a_range_limits_the_meetings(seeded, tmp_path):
    everything = Calendar.from_ical(run("export-ics", "-", data_dir=seeded).stdout)
    one_offs = [e for e in everything.events if "RRULE" not in e and "RECURRENCE-ID" not in e]
    late = sorted(e.decoded("dtstart") for e in one_offs)[-1].date()
    result = run("export-ics", "-", "--from", late.isoformat(), data_dir=seeded)
    titles = {str(e["summary"]) for e in Calendar.from_ical(result.stdout).events}
    assert "Weekly check-in with Priya" in titles  # a series with an occurrence that late
    assert 1 < len(titles) < 10


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("--contact", "Nobody Here"), "no contact is named 'Nobody Here'"),
        (("--from", "2026-02-30"), "cannot read --from '2026-02-30'; write it as YYYY-MM-DD"),
        (("--from", "2026-05-02", "--to", "2026-05-01"), "the range ends (2026-05-01) before"),
        (("--method", "cancel"), "--method and --occurrence go with --meeting"),
        (("--meeting", "no-such-uid"), "no meeting has the id or UID 'no-such-uid'"),
        (("--meeting", "1", "--tasks"), "--meeting writes one meeting"),
    ],
)
def test_bad_input_is_one_line_and_writes_nothing(seeded, tmp_path, args, says):
    target = tmp_path / "never.ics"
    result = run("export-ics", str(target), *args, data_dir=seeded)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and says in result.stderr, result.stderr
    assert not target.exists() and result.stdout == ""


def test_an_unwritable_path_is_one_line(seeded, tmp_path):
    not_a_folder = tmp_path / "plain-file"
    not_a_folder.write_text("x")  # the tests may run as root, so a mode would not stop it
    target = not_a_folder / "x.ics"
    result = run("export-ics", str(target), data_dir=seeded)
    assert result.returncode == 1
    assert result.stderr.startswith(f"mentordesk: error: cannot write {target}: ")
    assert result.stderr.count("\n") == 1 and not_a_folder.read_text() == "x"


def test_an_invitation_needs_my_address(seeded):
    result = run("export-ics", "-", "--meeting", "1", data_dir=seeded)
    assert result.returncode == 1
    assert "needs your email address" in result.stderr and result.stderr.count("\n") == 1
