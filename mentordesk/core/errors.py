"""Errors the user can act on: each carries one clear line and an exit code."""

from __future__ import annotations

from typing import Any, TypeVar


class UserError(Exception):
    """A failure to report as one line that says what went wrong and what to do."""

    exit_code = 1
    code = ""  # set by coded(): the UI words the error in the user's language (ui/errors.py)
    values: dict[str, Any] = {}  # replaced per error by coded(), never mutated


Error = TypeVar("Error", bound=UserError)


def coded(error: Error, code: str, **values: Any) -> Error:
    """Tag an error (its English message is for the CLI and the log) with a code and values."""
    error.code, error.values = code, values
    return error


class WorkspaceBusyError(UserError):
    """Another MentorDesk window already has this workspace open."""

    exit_code = 3


class WorkspaceNotEmptyError(UserError):
    """Seeding would mix sample data into a workspace that already has data."""

    exit_code = 4


class SchemaTooNewError(UserError):
    """The database was written by a newer MentorDesk."""

    exit_code = 5


class DatabaseUnreadableError(UserError):
    """The workspace database is damaged or is not a MentorDesk database."""

    exit_code = 6


class ForeignDatabaseError(UserError):
    """The file is another program's SQLite database: it is left untouched."""

    exit_code = 7


class DiskFullError(UserError):
    """The disk (or the file-size limit) is full: the write was rolled back whole."""

    exit_code = 9


class ValidationError(UserError, ValueError):
    """A value the user typed is not acceptable; `field` names the form field at fault."""

    def __init__(self, message: str, *, field: str = "") -> None:
        super().__init__(message)
        self.field = field


class CalendarFileError(UserError):
    """An iCalendar file is damaged: nothing of it was imported; the message names the line."""

    exit_code = 20
