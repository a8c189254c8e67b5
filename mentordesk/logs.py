"""Logging to the workspace log file; tracebacks go there, never to the user's terminal."""

from __future__ import annotations

import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES = 1_000_000  # the log rolls over at about 1 MB, keeping three old files
BACKUPS = 3


class PrivateLogHandler(RotatingFileHandler):
    """A rolling log whose files are the user's only, and that never dumps its own errors."""

    def __init__(self, log_file: Path) -> None:
        super().__init__(
            log_file, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )
        self.broken = False

    def _open(self):
        """Open the log file (new ones, after a roll-over too) readable by the user only."""
        fd = os.open(self.baseFilename, os.O_CREAT | os.O_WRONLY | os.O_APPEND, 0o600)
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)

    def emit(self, record: logging.LogRecord) -> None:
        """Write the record; once the log cannot be written, fall back to standard error."""
        if self.broken:
            return
        super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:
        """Say once, in one line, that the log cannot be written; then stop trying."""
        if self.broken:
            return
        self.broken = True
        error = sys.exc_info()[1]
        print(
            f"mentordesk: warning: cannot write the log {self.baseFilename} ({error}); "
            "carrying on without it",
            file=sys.stderr,
        )


def configure_logging(log_file: Path, *, level: int = logging.INFO) -> None:
    """Send log records to the workspace log file (user-only permissions)."""
    handler = PrivateLogHandler(log_file)
    handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, logging.FileHandler)]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    root.setLevel(level)
