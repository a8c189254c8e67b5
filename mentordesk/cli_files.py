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
