"""Files given on the command line or handed over by a second launch: route each to its flow."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox

VCARD_SUFFIXES = (".vcf", ".vcard")
CALENDAR_SUFFIXES = (".ics",)


def open_files(window, paths: list[Path]) -> None:
    """Raise the window, then start each file's import once the event loop is free."""
    window.showNormal() if window.isMinimized() else window.show()
    window.raise_()
    window.activateWindow()
    for path in paths:
        QTimer.singleShot(0, window, lambda p=Path(path): open_file(window, p))


def open_file(window, path: Path) -> None:
    """A vCard goes to the contacts import preview; a calendar file is explained."""
    suffix = path.suffix.lower()
    if suffix in VCARD_SUFFIXES:
        window.show_view("contacts")
        window.views["contacts"].vcard.import_path(path)
    elif suffix in CALENDAR_SUFFIXES:
        QMessageBox.information(
            window,
            QCoreApplication.translate("MainWindow", "Calendar import"),
            QCoreApplication.translate(
                "MainWindow",
                "Importing calendar files is coming in a later version; "
                "nothing was imported from {0}.",
            ).format(path.name),
        )
