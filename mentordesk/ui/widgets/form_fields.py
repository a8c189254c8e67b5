"""Small pieces every form dialog uses: named fields, date fields, Save and Cancel."""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QWidget

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str) -> W:
    """The widget, with its accessible name set (for screen readers)."""
    widget.setAccessibleName(name)
    return widget


def date_field(value: date | None, name: str, parent: QWidget) -> QDateEdit:
    """A named date field with a calendar popup, written as ISO dates; today when empty."""
    edit = named(QDateEdit(QDate(value) if value else QDate.currentDate(), parent), name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def save_cancel(dialog: QDialog) -> QDialogButtonBox:
    """Save and Cancel buttons wired to the dialog's accept and reject."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
