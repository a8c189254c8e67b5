"""Files given on the command line or handed over by a second launch: route each to its flow."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer

VCARD_SUFFIXES = (".vcf", ".vcard")


def open_files(window, paths: list[Path]) -> None:
    """Raise the window, then start each file's import once the event loop is free."""
    window.showNormal() if window.isMinimized() else window.show()
    window.raise_()
    window.activateWindow()
    for path in paths:
        QTimer.singleShot(0, window, lambda p=Path(path): open_file(window, p))


def open_file(window, path: Path) -> None:
    """A vCard goes to the contacts import preview, a calendar file to the calendar's."""
    from mentordesk.ui.calendar.ics_import_jobs import CALENDAR_SUFFIXES, import_ics_path

    suffix = path.suffix.lower()
    if suffix in VCARD_SUFFIXES:
        window.show_view("contacts")
        window.views["contacts"].vcard.import_path(path)
    elif suffix in CALENDAR_SUFFIXES:
        window.show_view("calendar")
        import_ics_path(window.context, window, path)
