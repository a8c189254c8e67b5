"""`import-ics FILE`: one summary line; importing again changes nothing; a damaged file, one line."""

from __future__ import annotations

from pathlib import Path

from mentordesk import cli

DATA = Path(__file__).resolve().parent / "data" / "ics"


def _export_json(data_dir: Path, capsys) -> str:
    assert cli.main(["--data-dir", str(data_dir), "export-json", "-"]) == 0
    return capsys.readouterr().out


def test_importing_the_same_file_twice_changes_nothing(tmp_path, capsys):
    data_dir = tmp_path / "w"
    invite = str(DATA / "outlook-windows-zone.ics")
    assert cli.main(["--data-dir", str(data_dir), "import-ics", invite]) == 0
    first = capsys.readouterr()
    assert first.err == ""
    assert first.out == f"Imported {invite}: 1 new, 0 updated, 0 cancelled, 0 unchanged, 0 stale.\n"
    before = _export_json(data_dir, capsys)
    assert cli.main(["--data-dir", str(data_dir), "import-ics", invite]) == 0
    assert "0 new, 0 updated, 0 cancelled, 1 unchanged" in capsys.readouterr().out
    assert _export_json(data_dir, capsys) == before
    assert '"title": "Portfolio review"' in before


def test_a_damaged_file_exits_non_zero_with_one_line_and_imports_nothing(tmp_path, capsys):
    data_dir = tmp_path / "w"
    assert cli.main(["--data-dir", str(data_dir), "import-ics", str(DATA / "no-uid.ics")]) == 0
    capsys.readouterr()
    before = _export_json(data_dir, capsys)
    broken = str(DATA / "broken-late-twice-dtstart.ics")
    assert cli.main(["--data-dir", str(data_dir), "import-ics", broken]) == 20
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines() == [
        "mentordesk: error: broken-late-twice-dtstart.ics: line 21: DTSTART is given twice in one "
        "VEVENT; nothing was imported"
    ]
    assert _export_json(data_dir, capsys) == before


def test_a_missing_file_is_one_line(tmp_path, capsys):
    missing = str(tmp_path / "gone.ics")
    assert cli.main(["--data-dir", str(tmp_path / "w"), "import-ics", missing]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and "cannot read" in err[0] and "gone.ics" in err[0]
