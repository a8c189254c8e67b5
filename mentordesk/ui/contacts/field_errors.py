"""Inline errors in a tabbed form: the message under its field, on its tab, with focus on it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QTabWidget,
    QWidget,
)

from mentordesk.core.errors import ValidationError
from mentordesk.ui.errors import error_text
from mentordesk.ui.theme import scheme_colour


class InlineError(QWidget):
    """A warning icon and a message, shown under the field it is about."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        icon = QLabel(self)
        size = self.fontMetrics().height()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setAccessibleName(name)
        _tint(self.text, self.palette())
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(icon)
        row.addWidget(self.text, 1)

    def changeEvent(self, event: QEvent) -> None:
        """Re-tint when the palette changes (the system switched between light and dark)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            _tint(self.text, self.palette())


@dataclass
class _Field:
    """Where a field lives: its form row and the widget that takes focus."""

    form: QFormLayout
    widget: QWidget
    error: InlineError


class FieldErrors:
    """The fields of a tabbed form by name, each with a hidden error row under it."""

    def __init__(self, tabs: QTabWidget) -> None:
        self.tabs = tabs
        self._fields: dict[str, _Field] = {}
        self.shown = ""

    def add_row(self, form: QFormLayout, text: str, widget: QWidget, *, key: str = "") -> None:
        """Add a labelled row; with a key, also its (hidden) error row."""
        form.addRow(text, widget)
        if key:
            self.add_error_row(form, widget, key=key)

    def add_error_row(self, form: QFormLayout, widget: QWidget, *, key: str) -> None:
        """Add the hidden error row of `key` below the rows added so far."""
        name = widget.accessibleName()
        text = QCoreApplication.translate("FieldErrors", "Problem with: {0}").format(name)
        error = InlineError(text, form.parentWidget())
        form.addRow("", error)
        form.setRowVisible(error, False)
        self._fields[key] = _Field(form, widget, error)

    def show(self, problem: ValidationError) -> None:
        """Show the message under its field, switch to its tab and focus the field."""
        self.clear()
        field = self._fields.get(problem.field) or self._fields["name"]
        self.shown = problem.field if problem.field in self._fields else "name"
        message = error_text(problem)
        field.error.text.setText(message)
        field.form.setRowVisible(field.error, True)
        field.widget.setAccessibleDescription(message)
        self._reveal(field)

    def _reveal(self, field: _Field) -> None:
        """Switch to the field's tab, scroll its message into view and focus the field."""
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if page.isAncestorOf(field.widget):
                self.tabs.setCurrentIndex(index)
                field.form.activate()
                if isinstance(page, QScrollArea):
                    page.ensureWidgetVisible(field.error)
        field.widget.setFocus()

    def clear(self) -> None:
        """Hide every error."""
        for field in self._fields.values():
            field.form.setRowVisible(field.error, False)
            field.widget.setAccessibleDescription("")
        self.shown = ""

    def message(self, key: str) -> str:
        """The message shown under a field ('' when none)."""
        field = self._fields[key]
        return field.error.text.text() if self.shown == key else ""


def _tint(label: QLabel, around: QPalette) -> None:
    """Error text in a red that reads on the surrounding light or dark palette."""
    palette = label.palette()
    colour = scheme_colour("error_text", around)
    if palette.color(QPalette.ColorRole.WindowText) != colour:
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        label.setPalette(palette)
