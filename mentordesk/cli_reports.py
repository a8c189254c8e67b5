"""`mentordesk report FILE [--contact NAME] [--from DATE] [--to DATE]`: the review report."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

from mentordesk.core.errors import UserError
from mentordesk.core.review_periods import PeriodChoice, preset_period
from mentordesk.paths import Workspace


def add_report_command(commands) -> None:
    """Declare the report command on the subcommand parser."""
    report = commands.add_parser(
        "report", help="write the review report for a period (.pdf, .html or .md)"
    )
    report.add_argument("file", metavar="FILE", help="output file: .pdf, .html or .md")
    report.add_argument("--contact", metavar="NAME", help="only this mentor (default: all)")
    report.add_argument(
        "--from", dest="start", metavar="DATE", type=_iso_date, help="first day, YYYY-MM-DD"
    )
    report.add_argument("--to", dest="end", metavar="DATE", type=_iso_date, help="last day")


def _iso_date(text: str) -> date:
    """A YYYY-MM-DD date for --from and --to."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date: write YYYY-MM-DD") from None


def report_period(start: date | None, end: date | None, today: date) -> tuple[date, date]:
    """The period asked for; by default the last three months up to today."""
    default_start, default_end = preset_period(PeriodChoice.LAST_3_MONTHS, today)
    end = end or (default_end if start is None or start <= today else start)
    start = start or min(default_start, end)
    if end < start:
        raise UserError(f"--to {end} is before --from {start}: give the earlier day first")
    return start, end


def cmd_report(args: argparse.Namespace, workspace: Workspace) -> int:
    """Write the review report; PDF and HTML draw their charts with Qt, offscreen."""
    from mentordesk.cli import _open
    from mentordesk.services.reviews.dashboard import dashboard, mentorships_named
    from mentordesk.services.reviews.report import report_format

    path = Path(args.file)
    kind = report_format(path)
    start, end = report_period(args.start, args.end, date.today())
    _open(workspace)
    ships = None if args.contact is None else mentorships_named(args.contact)
    dash = dashboard(start, end, mentorship_ids=ships, now=datetime.now(UTC))
    if not dash.mentors:
        raise UserError("no mentors to report on: add a mentorship past the prospect stage first")
    _write(kind)(path, dash)
    print(path)
    return 0


def _write(kind: str) -> Callable:
    """The writer for a format: Markdown without Qt, HTML and PDF with an offscreen Qt."""
    if kind == "md":
        from mentordesk.services.files import write_text_atomic
        from mentordesk.services.reviews.report import report_markdown

        return lambda path, dash: write_text_atomic(path, report_markdown(dash))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from mentordesk.app import application
    from mentordesk.ui.reviews.report_render import chart_images, write_report

    application()
    return lambda path, dash: write_report(path, dash, images=chart_images(dash))


REPORT_COMMANDS = {"report": cmd_report}
