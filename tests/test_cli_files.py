"""`mentordesk FILE…` with no command: files are picked out, checked, and refused in one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from mentordesk import cli
from mentordesk.cli_files import split_files
from mentordesk.display import NoDisplayError

DATA = Path(__file__).resolve().parent / "data" / "vcards"
COMMANDS = set(cli.COMMANDS)


@pytest.mark.parametrize(
    "argv",
    [
        ["export-json", "out.json"],
        ["--data-dir", "some.dir", "import-vcf", "a.vcf"],
        ["--data-dir=w", "add-task", "Send the deck fri"],
        ["restore", "backup.mdbackup"],
        ["typo"],
        [],
    ],
)
def test_commands_keep_their_arguments(argv):
    assert split_files(argv, COMMANDS) == (argv, [])


def test_files_with_no_command_are_picked_out():
    argv = ["--data-dir", "my.workspace", "a.vcf", "--quit-after-show", "dir/b.vcard"]
    assert split_files(argv, COMMANDS) == (
        ["--data-dir", "my.workspace", "--quit-after-show"],
        ["a.vcf", "dir/b.vcard"],
    )


def _one_error_line(capsys) -> str:
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("mentordesk: error: ")
    return err[0]


def test_a_missing_file_is_one_line(tmp_path, capsys):
    code = cli.main(["--data-dir", str(tmp_path / "w"), str(tmp_path / "gone.vcf")])
    assert code != 0
    assert "gone.vcf: no such file" in _one_error_line(capsys)


def test_another_extension_is_one_line(tmp_path, capsys):
    other = tmp_path / "notes.txt"
    other.write_text("hello", encoding="utf-8")
    assert cli.main(["--data-dir", str(tmp_path / "w"), str(other)]) != 0
    line = _one_error_line(capsys)
    assert "cannot open notes.txt" in line and ".vcf" in line


def test_a_calendar_file_with_no_window_is_one_line(tmp_path, capsys, monkeypatch):
    def no_display(**kwargs):
        raise NoDisplayError("no display")

    monkeypatch.setattr("mentordesk.display.check_display", no_display)
    invite = tmp_path / "invite.ics"
    invite.write_text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", encoding="utf-8")
    assert cli.main(["--data-dir", str(tmp_path / "w"), str(invite)]) != 0
    line = _one_error_line(capsys)
    assert "no display to preview invite.ics" in line and "import-ics" in line


def test_a_vcard_with_no_window_says_what_is_missing(tmp_path, capsys, monkeypatch):
    def no_display(**kwargs):
        raise NoDisplayError("no display")

    monkeypatch.setattr("mentordesk.display.check_display", no_display)
    assert cli.main(["--data-dir", str(tmp_path / "w"), str(DATA / "iphone.vcf")]) == 19
    assert "no display" in _one_error_line(capsys)


def test_help_names_the_files(capsys):
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    out = capsys.readouterr().out
    assert "[FILE ...]" in out and "FILE.vcf" in out
