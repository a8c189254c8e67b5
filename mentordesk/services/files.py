"""Safe file writing: a regular file is either fully written or left as it was."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from mentordesk.core.errors import UserError


class OutputTargetError(UserError):
    """The place to write to cannot take a file (a folder, say)."""


def write_text_atomic(path: Path, text: str | Callable[[TextIO], None]) -> None:
    """Write text to `path`: regular files all or nothing, special files (a pipe) directly.

    `text` may be a function that writes the text to the open file bit by bit (streaming).

    A symlink is written through to its target; a FIFO, a device or /dev/stdout is written
    in place; a regular file gets a temporary sibling, flushed to disk, then swapped in.
    """
    path = Path(path)
    kind = _existing_kind(path)
    if kind is not None and stat.S_ISDIR(kind):
        raise OutputTargetError(f"{path} is a folder; give the name of a file to write")
    if kind is not None and not stat.S_ISREG(kind):
        _write_in_place(path, text)
        return
    _replace_atomically(Path(os.path.realpath(path)), text)


def _existing_kind(path: Path) -> int | None:
    """The file type bits of what `path` names (links followed), or None if nothing."""
    try:
        return os.stat(path).st_mode
    except FileNotFoundError:
        return None


def _write_in_place(path: Path, text: str | Callable[[TextIO], None]) -> None:
    """Write to a pipe, a device or a terminal as it is."""
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        _emit(handle, text)


def _emit(handle: TextIO, text: str | Callable[[TextIO], None]) -> None:
    """Write the text, or let the writer function write it."""
    if callable(text):
        text(handle)
    else:
        handle.write(text)


def _replace_atomically(path: Path, text: str | Callable[[TextIO], None]) -> None:
    """Write beside `path`, flush to disk, keep the old file's permissions, then swap in."""
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = stat.S_IMODE(os.stat(path).st_mode) if path.exists() else None
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            _emit(handle, text)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(temp, mode)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
