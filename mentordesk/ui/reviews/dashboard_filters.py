"""The dashboard's period chooser (ready-made or from/to) and mentor filter."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QGridLayout, QLabel, QWidget

from mentordesk.core.review_periods import PeriodChoice, preset_period

DEFAULT_CHOICE = PeriodChoice.LAST_3_MONTHS


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class DashboardFilters(QWidget):
    """Period (this month, last month, last 3 months, custom from/to) and mentor pickers."""

    changed = Signal()
    """The user picked another period or mentor."""

    def __init__(self, today: date, parent=None) -> None:
        super().__init__(parent)
        self.today = today
        self._quiet = False
        self._build_ui()
        self._connect()
        self.choose(DEFAULT_CHOICE)

    def _build_ui(self) -> None:
        """Two rows: period, from and to; then the mentor."""
        self.period_box = QComboBox(self)
        for choice, text in self._choice_texts():
            self.period_box.addItem(text, choice.value)
        self.from_edit, self.to_edit = self._date_edit(), self._date_edit()
        self.mentor_box = QComboBox(self)
        self.mentor_box.addItem(self.tr("All mentors"), None)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, (label, field, name) in enumerate(
            [
                (self.tr("&Period:"), self.period_box, self.tr("Period")),
                (self.tr("Fr&om:"), self.from_edit, self.tr("From")),
                (self.tr("&To:"), self.to_edit, self.tr("To")),
            ]
        ):
            self._add(grid, 0, column, label, field, name)
        self._add(grid, 1, 0, self.tr("&Mentor:"), self.mentor_box, self.tr("Mentor"))
        grid.setColumnStretch(6, 1)

    def _choice_texts(self) -> list[tuple[PeriodChoice, str]]:
        return [
            (PeriodChoice.THIS_MONTH, self.tr("This month")),
            (PeriodChoice.LAST_MONTH, self.tr("Last month")),
            (PeriodChoice.LAST_3_MONTHS, self.tr("Last 3 months")),
            (PeriodChoice.CUSTOM, self.tr("Custom")),
        ]

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _add(self, grid: QGridLayout, row: int, column: int, text: str, field, name: str) -> None:
        """A label and its field, the label naming the field for keyboard and screen reader."""
        label = QLabel(text, self)
        label.setBuddy(field)
        field.setAccessibleName(name)
        grid.addWidget(label, row, column * 2)
        grid.addWidget(field, row, column * 2 + 1)

    def _connect(self) -> None:
        self.period_box.currentIndexChanged.connect(
            lambda _: self.choose(PeriodChoice(self.period_box.currentData()))
        )
        self.from_edit.dateChanged.connect(self._dates_edited)
        self.to_edit.dateChanged.connect(self._dates_edited)
        self.mentor_box.currentIndexChanged.connect(lambda _: self._announce())

    def choose(self, choice: PeriodChoice) -> None:
        """Pick a period: a ready-made one fills in (and locks) the dates; custom unlocks them."""
        self._quiet = True
        self.period_box.setCurrentIndex(self.period_box.findData(choice.value))
        custom = choice is PeriodChoice.CUSTOM
        if not custom:
            start, end = preset_period(choice, self.today)
            self.from_edit.setDate(_qdate(start))
            self.to_edit.setDate(_qdate(end))
        self.from_edit.setEnabled(custom)
        self.to_edit.setEnabled(custom)
        self._quiet = False
        self._announce()

    def set_custom(self, start: date, end: date) -> None:
        """Choose a custom period from ``start`` to ``end``."""
        self.choose(PeriodChoice.CUSTOM)
        self._quiet = True
        self.from_edit.setDate(_qdate(start))
        self.to_edit.setDate(_qdate(end))
        self._quiet = False
        self._announce()

    def _dates_edited(self) -> None:
        """Keep from no later than to, then announce."""
        if self._quiet:
            return
        if self.to_edit.date() < self.from_edit.date():
            self._quiet = True
            self.to_edit.setDate(self.from_edit.date())
            self._quiet = False
        self._announce()

    def _announce(self) -> None:
        if not self._quiet:
            self.changed.emit()

    def period(self) -> tuple[date, date]:
        """The first and last day chosen."""
        return _pydate(self.from_edit.date()), _pydate(self.to_edit.date())

    def mentorship_ids(self) -> list[int] | None:
        """The mentorship picked, or None for all."""
        chosen = self.mentor_box.currentData()
        return None if chosen is None else [chosen]

    def set_mentors(self, choices: list[tuple[int, str]]) -> None:
        """Offer these mentorships, keeping the one picked if it is still there."""
        picked = self.mentor_box.currentData()
        self._quiet = True
        while self.mentor_box.count() > 1:
            self.mentor_box.removeItem(1)
        for mentorship_id, name in choices:
            self.mentor_box.addItem(name, mentorship_id)
        self.mentor_box.setCurrentIndex(max(0, self.mentor_box.findData(picked)))
        self._quiet = False
