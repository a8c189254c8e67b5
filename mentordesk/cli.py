"""The command-line contract (see shared/design/cli.md): GUI by default, jobs by command."""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from mentordesk import __version__
from mentordesk.cli_backups import BACKUP_COMMANDS, add_backup_commands
from mentordesk.cli_files import (
    FILES_HELP,
    add_export_ics_arguments,
    add_import_ics_command,
    calendar_files,
    calendar_not_built,
    check_files,
    run_import_ics,
    split_files,
)
from mentordesk.cli_reports import REPORT_COMMANDS, add_report_command
from mentordesk.cli_sync import SYNC_COMMANDS, add_sync_commands
from mentordesk.core.errors import UserError
from mentordesk.paths import Workspace, resolve_data_dir

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for global options and commands."""
    parser = argparse.ArgumentParser(
        prog="mentordesk",
        description="Run your mentoring relationships well, offline.",
        usage="%(prog)s [options] [FILE ...]\n       %(prog)s [options] COMMAND ...",
        epilog=FILES_HELP,
    )
    parser.add_argument("--version", action="version", version=f"mentordesk {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="the workspace folder")
    parser.add_argument("--demo", action="store_true", help="open a throwaway sample workspace")
    parser.add_argument(
        "--quit-after-show", action="store_true", help="quit once the window has painted"
    )
    parser.add_argument(
        "--lang", metavar="CODE", help="the GUI's language, e.g. de (default: the system's)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    seed = commands.add_parser("seed-demo", help="fill the workspace with sample data")
    seed.add_argument("--force", action="store_true", help="replace existing data")
    export = commands.add_parser("export-json", help="write every record as JSON")
    export.add_argument("file", metavar="FILE", help="output file, or - for standard output")
    shots = commands.add_parser("screenshots", help="render every view to DIR/<view>.png")
    shots.add_argument("dir", metavar="DIR", help="output folder")
    import_vcf = commands.add_parser("import-vcf", help="import contacts from a vCard file")
    import_vcf.add_argument("file", metavar="FILE", help="a .vcf file (vCard 2.1, 3.0 or 4.0)")
    export_vcf = commands.add_parser("export-vcf", help="export every contact as vCard 4.0")
    export_vcf.add_argument("file", metavar="FILE", help="output file, or - for standard output")
    agenda = commands.add_parser(
        "agenda", help="upcoming meetings, due tasks, people to reach out to"
    )
    agenda.add_argument("--days", type=_positive_days, default=7, help="how far ahead (default 7)")
    export_ics = commands.add_parser(
        "export-ics", help="write meetings as iCalendar, or one meeting as an invitation"
    )
    add_export_ics_arguments(export_ics)
    add_import_ics_command(commands)
    add_task = commands.add_parser("add-task", help="quick capture of a task from one line")
    add_task.add_argument("text", metavar="TEXT", help='a line: "Send the deck to Priya fri !high"')
    add_report_command(commands)
    add_backup_commands(commands)
    add_sync_commands(commands)
    return parser


def _positive_days(text: str) -> int:
    """A day count between 1 and 366 for --days."""
    if not text.isdigit() or not 1 <= int(text) <= 366:
        raise argparse.ArgumentTypeError("give a whole number of days from 1 to 366")
    return int(text)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    parser = build_parser()
    argv, files = split_files(sys.argv[1:] if argv is None else argv, set(COMMANDS))
    args = parser.parse_args(argv)
    args.files = files
    os.umask(0o077)  # every file the app creates (logs, settings, lock, exports) is private
    demo_root = Path(tempfile.mkdtemp(prefix="mentordesk-demo-")) if args.demo else None
    try:
        try:
            workspace = Workspace(demo_root or resolve_data_dir(args.data_dir)).ensure()
        except UserError as error:
            _say_error(str(error))
            return error.exit_code
        return _run_reporting_errors(args, workspace)
    finally:
        if demo_root:
            shutil.rmtree(demo_root, ignore_errors=True)


def _run_reporting_errors(args: argparse.Namespace, workspace: Workspace) -> int:
    """Run the chosen command; failures become one line on stderr and a logged traceback."""
    from mentordesk.logs import configure_logging

    configure_logging(workspace.log_file)
    try:
        return COMMANDS.get(args.command, run_gui)(args, workspace)
    except UserError as error:
        log.warning("%s", error)
        _say_error(str(error))
        return error.exit_code
    except KeyboardInterrupt:
        _say_error("interrupted; nothing was changed by the unfinished step.")
        return 130
    except OSError as error:
        log.exception("file system error")
        _say_error(f"{error.strerror or error} ({error.filename or workspace.root}).")
        return 1
    except Exception:
        log.exception("unexpected error in %s", args.command or "gui")
        _say_error(f"unexpected error; the details are in {workspace.log_file}")
        return 1


def _say_error(message: str) -> None:
    """Print one error line for the user."""
    print(f"mentordesk: error: {message}", file=sys.stderr)


def _open(workspace: Workspace) -> None:
    """Finish an interrupted restore (unless a window owns the workspace), open, migrate."""
    from mentordesk.db.database import open_database
    from mentordesk.services.backup.markers import restore_pending

    if restore_pending(workspace):
        from mentordesk.services.backup.restore import finish_restore

        with contextlib.suppress(UserError):
            lock = _hold_lock_for(workspace, "finish a restore")
            finish_restore(workspace)
            lock.unlock()
    open_database(workspace.database, safety_dir=workspace.safety_dir)


def _hold_lock_for(workspace: Workspace, doing: str):
    """Hold the workspace's window lock while a command replaces everything in it."""
    from mentordesk.workspace_lock import acquire_lock

    return acquire_lock(workspace, doing=doing)


def _write_output(target: str, text) -> None:
    """Write text (or a writer function's text) to stdout ('-') or, all or nothing, a file."""
    from mentordesk.services.files import write_text_atomic

    if target == "-":
        text(sys.stdout) if callable(text) else sys.stdout.write(text)
    else:
        write_text_atomic(Path(target), text)


def run_gui(args: argparse.Namespace, workspace: Workspace) -> int:
    """Open the main window on the workspace (after checking, before Qt loads, for a display)."""
    from mentordesk.display import check_display

    files = check_files(args.files)
    try:
        check_display()
    except UserError:
        if calendar_files(files):  # the window would have said this; say it here instead
            raise calendar_not_built(calendar_files(files)) from None
        raise
    _load_before_qt()
    from mentordesk.app import run_app

    return run_app(
        workspace=workspace,
        demo=args.demo,
        quit_after_show=args.quit_after_show,
        files=files,
        language=args.lang,
    )


def _load_before_qt() -> None:
    """Import the Qt-free layers the first view reads with before PySide6 loads.

    PySide6 hooks every later import and reads that module's source (its __feature__ check);
    the database and Today's services do not need it, and load about 10 ms faster before.
    """
    import mentordesk.db.database  # noqa: F401
    import mentordesk.services.summaries.today  # noqa: F401


def cmd_seed_demo(args: argparse.Namespace, workspace: Workspace) -> int:
    """Fill the workspace with the sample data."""
    from mentordesk.services.demo import seed_demo

    lock = _hold_lock_for(workspace, "replace everything with sample data") if args.force else None
    _open(workspace)
    counts = seed_demo(force=args.force, safety_dir=workspace.safety_dir)
    if lock is not None:
        lock.unlock()
    print(
        f"Sample data added to {workspace.root}: {counts['contact_record']} contacts, "
        f"{counts['meeting_record']} meetings, {counts['task_record']} tasks, "
        f"{counts['goal_record']} goals, {counts['review_record']} reviews."
    )
    return 0


def cmd_export_json(args: argparse.Namespace, workspace: Workspace) -> int:
    """Write every record as deterministic JSON."""
    from mentordesk.services.interop.export_json import write_export_json

    _open(workspace)
    _write_output(args.file, write_export_json)
    return 0


def cmd_screenshots(args: argparse.Namespace, workspace: Workspace) -> int:
    """Render every main view offscreen to PNG files."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from mentordesk.app import render_screenshots

    for path in render_screenshots(workspace=workspace, out_dir=Path(args.dir), language=args.lang):
        print(path)
    return 0


def cmd_import_vcf(args: argparse.Namespace, workspace: Workspace) -> int:
    """Import contacts from a vCard file; bad cards are reported by line and skipped."""
    from mentordesk.services.interop.vcard.transfer import import_vcards, read_vcard_file

    text = read_vcard_file(Path(args.file))
    _open(workspace)
    result = import_vcards(text)
    for problem in result.problems:
        print(f"{args.file}:{problem.line}: skipped: {problem.message}", file=sys.stderr)
    for warning in result.warnings:
        print(f"{args.file}:{warning.line}: warning: {warning.message}", file=sys.stderr)
    print(
        f"Imported {args.file}: {result.created} created, {result.updated} updated, "
        f"{result.unchanged} unchanged, {len(result.problems)} skipped."
    )
    return 0


def cmd_export_vcf(args: argparse.Namespace, workspace: Workspace) -> int:
    """Write every contact as vCard 4.0."""
    from mentordesk.services.interop.vcard.transfer import export_vcards

    _open(workspace)
    _write_output(args.file, export_vcards())
    return 0


def cmd_agenda(args: argparse.Namespace, workspace: Workspace) -> int:
    """Print the agenda for the next days."""
    from datetime import UTC, datetime

    from mentordesk.services.summaries.agenda import agenda_text

    _open(workspace)
    sys.stdout.write(agenda_text(now=datetime.now(UTC), days=args.days))
    return 0


def cmd_export_ics(args: argparse.Namespace, workspace: Workspace) -> int:
    """Write the calendar (or one invitation) as iCalendar; a summary line unless to stdout."""
    from mentordesk.cli_files import export_ics_text

    _open(workspace)
    text, summary = export_ics_text(args)
    try:
        _write_output(args.file, text)
    except OSError as error:
        raise UserError(f"cannot write {args.file}: {error.strerror or error}") from None
    if args.file != "-":
        print(summary)
    return 0


def cmd_import_ics(args: argparse.Namespace, workspace: Workspace) -> int:
    """Import meetings from an iCalendar file (invitations, updates, cancellations)."""
    _open(workspace)
    return run_import_ics(args.file)


def cmd_add_task(args: argparse.Namespace, workspace: Workspace) -> int:
    """Create a task from one line and print what was understood."""
    from datetime import date

    from mentordesk.services.tasks.quick_add import describe_quick_add, quick_add_task

    _open(workspace)
    understood, task_id = quick_add_task(args.text, today=date.today())
    print(f"Added task {task_id}:")
    for what, value in describe_quick_add(understood):
        print(f"  {what + ':':<10}{value}")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace, Workspace], int]] = {
    "seed-demo": cmd_seed_demo,
    "export-json": cmd_export_json,
    "screenshots": cmd_screenshots,
    "import-vcf": cmd_import_vcf,
    "export-vcf": cmd_export_vcf,
    "agenda": cmd_agenda,
    "export-ics": cmd_export_ics,
    "import-ics": cmd_import_ics,
    "add-task": cmd_add_task,
    **REPORT_COMMANDS,
    **BACKUP_COMMANDS,
    **SYNC_COMMANDS,
}
