"""`mentordesk FILE…`: files named with no command, picked out of the arguments and checked.

Also the file commands' own parts: `import-ics FILE` (the calendar import).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mentordesk.core.errors import UserError

OPENABLE_SUFFIXES = (".vcf", ".vcard", ".ics")
OPTIONS_WITH_VALUE = ("--data-dir",)
FILES_HELP = (
    "mentordesk FILE.vcf (or .vcard, .ics) with no command opens the window on that file's "
    "import preview; a window already open on the workspace takes the file instead."
)


def split_files(argv: list[str], commands: set[str]) -> tuple[list[str], list[str]]:
    """The arguments without the files, and the files (none when a command is given)."""
    rest, files, skip = [], [], False
    for token in argv:
        if skip or token.startswith("-"):
            skip = token in OPTIONS_WITH_VALUE
            rest.append(token)
        elif token in commands or not (files or _looks_like_path(token)):
            return argv, []  # a command (or a typo argparse will name) owns the rest
        else:
            files.append(token)
    return rest, files


def _looks_like_path(token: str) -> bool:
    return "." in token or "/" in token or "\\" in token


def check_files(files: list[str]) -> list[Path]:
    """The files as absolute paths, or one line about the first that cannot be opened."""
    paths = [Path(f).expanduser().absolute() for f in files]
    for path in paths:
        if path.suffix.lower() not in OPENABLE_SUFFIXES:
            raise UserError(
                f"cannot open {path.name}: MentorDesk opens .vcf and .vcard contacts "
                "and .ics calendars"
            )
        if not path.is_file():
            raise UserError(f"cannot open {path}: no such file")
    return paths


def calendar_files(paths: list[Path]) -> list[Path]:
    """The .ics files among the paths."""
    return [p for p in paths if p.suffix.lower() == ".ics"]


def calendar_not_built(paths: list[Path]) -> UserError:
    """The one line for .ics files when no window can show their preview."""
    names = ", ".join(p.name for p in paths)
    return UserError(
        f"no display to preview {names}; nothing was imported "
        "(use `mentordesk import-ics FILE` to import without a window)"
    )


# ---- import-ics ----------------------------------------------------------------------------


def add_import_ics_command(commands: argparse._SubParsersAction) -> None:
    """The `import-ics FILE` command."""
    parser = commands.add_parser("import-ics", help="import meetings from an iCalendar file")
    parser.add_argument("file", metavar="FILE", help="an .ics file (invitation or calendar)")


def run_import_ics(file: str) -> int:
    """Import the file's meetings in one transaction and print one summary line."""
    from mentordesk.services.interop.ics.importing import apply_ics, read_ics_file

    data = read_ics_file(file)
    result = apply_ics(data, source=Path(file).name)
    for warning in result.warnings:
        print(f"{file}: warning: {warning}", file=sys.stderr)
    print(f"Imported {file}: {result.summary()}.")
    return 0


# export-ics: the calendar as iCalendar, or one meeting as an invitation or a cancellation


class ExportArgumentError(UserError):
    """The export-ics options do not fit together or cannot be read."""


def add_export_ics_arguments(parser) -> None:
    """The options of `export-ics` (see design/cli.md)."""
    parser.add_argument("file", metavar="FILE", help="output file, or - for standard output")
    parser.add_argument("--contact", metavar="NAME", help="only meetings with this contact")
    parser.add_argument("--from", dest="first_day", metavar="DATE", help="first day, YYYY-MM-DD")
    parser.add_argument("--to", dest="last_day", metavar="DATE", help="last day, YYYY-MM-DD")
    parser.add_argument("--tasks", action="store_true", help="add dated tasks as VTODOs")
    parser.add_argument(
        "--meeting", metavar="UID-or-id", help="one meeting as an invitation (see --method)"
    )
    parser.add_argument(
        "--method", choices=("request", "cancel"), help="with --meeting: request or cancel"
    )
    parser.add_argument(
        "--occurrence",
        metavar="WALL",
        help="with --method cancel: one occurrence of a series, YYYY-MM-DDTHH:MM:SS",
    )


def export_ics_text(args) -> tuple[str, str]:
    """The iCalendar text export-ics writes and its one-line summary (FILE named in it)."""
    if args.meeting:
        return _invitation_text(args)
    if args.method or args.occurrence:
        raise ExportArgumentError("--method and --occurrence go with --meeting UID-or-id")
    from mentordesk.services.interop.ics.export import export_calendar
    from mentordesk.services.interop.ics.export_selection import ExportScope, find_contact_id

    scope = ExportScope(
        contact_id=find_contact_id(args.contact) if args.contact else None,
        first_day=_day(args.first_day, "--from"),
        last_day=_day(args.last_day, "--to"),
    )
    result = export_calendar(scope, tasks=args.tasks)
    return result.text, result.summary(args.file)


def _invitation_text(args) -> tuple[str, str]:
    """One meeting as a REQUEST or CANCEL message."""
    from mentordesk.services.interop.ics.invitations import invitation_ics

    if args.contact or args.first_day or args.last_day or args.tasks:
        raise ExportArgumentError(
            "--meeting writes one meeting; leave out --contact, --from, --to and --tasks"
        )
    method = args.method or "request"
    text = invitation_ics(args.meeting, method=method, occurrence=args.occurrence or "")
    what = "cancellation" if method == "cancel" else "invitation"
    return text, f"Exported the {what} for meeting {args.meeting} to {args.file}."


def _day(text: str | None, option: str):
    """A YYYY-MM-DD date given to an option, or None."""
    from datetime import date

    if not text:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        message = f"cannot read {option} {text!r}; write it as YYYY-MM-DD"
        raise ExportArgumentError(message) from None
