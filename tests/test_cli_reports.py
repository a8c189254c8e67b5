"""`mentordesk report`: PDF that pdftoppm renders, HTML naming each mentor, Markdown, errors."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from datetime import date

import pytest

from mentordesk.cli_reports import report_period
from mentordesk.core.errors import UserError
from tests.test_cli import run

MENTORS = ["Elena Petrova", "Jordan Lee", "Marcus Okafor", "Priya Raman", "Sam Whitfield"]


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    """A workspace seeded once through the CLI."""
    folder = tmp_path_factory.mktemp("cli-report") / "workspace"
    assert run("seed-demo", data_dir=folder).returncode == 0
    return folder


def test_the_pdf_report_renders_page_by_page(seeded, tmp_path):
    pdf = tmp_path / "review.pdf"
    result = run("report", str(pdf), data_dir=seeded)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(pdf)
    assert shutil.which("pdftoppm"), "install poppler-utils (the CI script does)"
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) >= 2 and all(p.stat().st_size > 5_000 for p in pages)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    text = unicodedata.normalize("NFKC", text)  # the PDF sets "fi" as a ligature
    assert all(name in text for name in MENTORS)


def test_the_html_report_names_each_mentor_and_carries_its_charts(seeded, tmp_path):
    html = tmp_path / "review.html"
    assert run("report", str(html), "--from", "2026-01-01", data_dir=seeded).returncode == 0
    text = html.read_text(encoding="utf-8")
    assert all(f"<h2>{name}</h2>" in text for name in MENTORS)
    assert text.count("<img src='data:image/png;base64,") == 3


def test_one_mentor_in_markdown_for_a_chosen_period(seeded, tmp_path):
    md = tmp_path / "priya.md"
    args = ["report", str(md), "--contact", "priya", "--from", "2026-01-01", "--to", "2026-12-31"]
    assert run(*args, data_dir=seeded).returncode == 0
    text = md.read_text(encoding="utf-8")
    assert text.startswith("# Mentoring review, 2026-01-01 to 2026-12-31")
    assert "## Priya Raman" in text and "Sam Whitfield" not in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["out.txt"], "end the name in .pdf, .html or .md"),
        (["out.md", "--contact", "Nobody"], "no mentor named 'Nobody'"),
        (["out.md", "--from", "2026-05-02", "--to", "2026-05-01"], "is before --from"),
        (["out.md", "--from", "May 1"], "is not a date"),
    ],
)
def test_bad_input_is_one_line_and_writes_nothing(seeded, tmp_path, args, message):
    result = run("report", *[str(tmp_path / a) if a.startswith("out") else a for a in args],
                 data_dir=seeded)  # fmt: skip
    assert result.returncode != 0
    assert message in result.stderr and "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_the_default_period_is_the_last_three_months():
    today = date(2026, 11, 26)
    assert report_period(None, None, today) == (date(2026, 9, 1), today)
    assert report_period(date(2026, 1, 1), None, today) == (date(2026, 1, 1), today)
    assert report_period(None, date(2026, 3, 31), today) == (date(2026, 3, 31), date(2026, 3, 31))
    with pytest.raises(UserError):
        report_period(date(2026, 5, 2), date(2026, 5, 1), today)
