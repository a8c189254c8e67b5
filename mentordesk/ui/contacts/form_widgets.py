"""Building blocks of the contact editor: named inputs and availability as editable lines."""

from __future__ import annotations

import re
from datetime import date
from zoneinfo import available_timezones

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentordesk.core.errors import ValidationError
from mentordesk.ui.labels import label

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WINDOW_LINE = re.compile(r"^\s*(\w{3})\w*\s+(\d{1,2}:\d{2})\s*[-–]\s*(\d{1,2}:\d{2})\s*$")


def parse_availability(text: str) -> list[dict]:
    """Lines like 'Mon 09:00-17:00' as availability windows; ValidationError names a bad line."""
    windows = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        match = WINDOW_LINE.match(line)
        if not match or match.group(1).lower() not in WEEKDAYS:
            raise ValidationError(
                f"Availability line {number} should look like 'Mon 09:00-17:00'.",
                field="availability",
            )
        day, start, end = match.groups()
        windows.append(
            {"weekday": WEEKDAYS.index(day.lower()), "start": start.zfill(5), "end": end.zfill(5)}
        )
    return windows


def format_availability(windows: list[dict]) -> str:
    """Availability windows as editable lines."""
    return "\n".join(
        f"{WEEKDAYS[w['weekday']].capitalize()} {w['start']}-{w['end']}" for w in windows
    )


def lines(text: str) -> list[str]:
    """Non-empty stripped lines."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def form_page() -> tuple[QScrollArea, QFormLayout]:
    """A scrolling tab page with a form whose fields grow and never wrap under their labels."""
    page = QWidget()
    column = QVBoxLayout(page)
    form = QFormLayout()
    column.addLayout(form)
    column.addStretch(1)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(page)
    return scroll, form


def line_edit(name: str, *, placeholder: str = "") -> QLineEdit:
    """A named line edit."""
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    return edit


def text_box(name: str, *, rows: int) -> QPlainTextEdit:
    """A named plain-text box about `rows` lines tall, where Tab moves focus on."""
    edit = QPlainTextEdit()
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * (rows + 1) + 8)
    return edit


def spin_box(name: str, maximum: int, suffix: str) -> QSpinBox:
    """A named spin box with a unit, where 0 means 'not agreed'."""
    spin = QSpinBox()
    spin.setAccessibleName(name)
    spin.setSuffix(suffix)
    spin.setRange(0, maximum)
    spin.setSpecialValueText(QCoreApplication.translate("ContactDialog", "not agreed"))
    return spin


def enum_combo(name: str, enum_type, *, allow_empty: str = "") -> QComboBox:
    """A named combo of an enum's labels, optionally with an empty first choice."""
    combo = QComboBox()
    combo.setAccessibleName(name)
    if allow_empty:
        combo.addItem(allow_empty, "")
    for member in enum_type:
        combo.addItem(label(enum_type, member.value), member.value)
    return combo


def zone_combo(name: str) -> QComboBox:
    """An editable combo of IANA zones with completion as you type."""
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.setEditable(True)
    combo.addItem("")
    combo.addItems(sorted(available_timezones()))
    combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
    combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return combo


def readable_dates(edit: QDateTimeEdit, iso_format: str) -> None:
    """Show ISO dates when no language is set (LANG=C writes an ambiguous '9 07 2026')."""
    if QLocale().language() == QLocale.Language.C:
        edit.setDisplayFormat(iso_format)


def select_data(combo: QComboBox, value: str) -> None:
    """Select the item whose data is `value` (the first item if none)."""
    combo.setCurrentIndex(max(combo.findData(value), 0))


def qdate(value: date) -> QDate:
    """A Python date as a QDate."""
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    """A QDate as a Python date."""
    return date(value.year(), value.month(), value.day())
