"""Find a time: free slots inside the mentors' windows, with my time and theirs."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
)

from mentordesk.core.availability import Slot
from mentordesk.services.calendar.find_time import PersonWindows
from mentordesk.ui.format import fmt_time, fmt_wall
from mentordesk.ui.widgets.form_fields import named
from mentordesk.ui.widgets.table_model import Column, RowTableModel


class FindTimeDialog(QDialog):
    """Pick one of the proposed slots; Enter or a double-click takes it."""

    def __init__(
        self, *, slots: list[Slot], people: list[PersonWindows], my_zone: str, parent=None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Find a time"))
        self.setAccessibleName(self.windowTitle())
        self.model = RowTableModel(self._columns(people, my_zone), self)
        self.model.set_rows(slots)
        self.table = named(QTableView(self), self.tr("Free times"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.accept)
        if slots:
            self.table.selectRow(0)
        caption = QLabel(self._caption(slots, people), self)
        caption.setWordWrap(True)
        caption.setBuddy(self.table)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.use = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.use.setText(self.tr("Use this time"))
        self.use.setEnabled(bool(slots))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * (40 + 32 * len(people)), 420)

    def _columns(self, people: list[PersonWindows], my_zone: str) -> list[Column]:
        """My time first, then each person's in their zone."""
        columns = [Column(self.tr("You\n{0}").format(my_zone), lambda s: _span(s, my_zone))]
        for person in people:
            zone = person.zone or my_zone
            columns.append(Column(f"{person.name}\n{zone}", lambda s, zone=zone: _span(s, zone)))
        return columns

    def _caption(self, slots: list[Slot], people: list[PersonWindows]) -> str:
        """What the list is, or why it is empty."""
        if not slots:
            return self.tr(
                "No free time in the next two weeks fits everyone's availability. "
                "Try fewer people or a shorter meeting."
            )
        without = [p.name for p in people if not p.windows]
        text = self.tr("&Free times inside everyone's availability, clear of your meetings:")
        if without:
            text += " " + self.tr("({0} agreed no availability: any time counts.)").format(
                ", ".join(without)
            )
        return text

    def chosen(self) -> Slot | None:
        """The selected slot."""
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None


def _span(slot: Slot, zone: str) -> str:
    """A slot on one zone's clock."""
    tz = ZoneInfo(zone)
    start: datetime = slot.start.astimezone(tz)
    day = QLocale().dayName(start.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{day} {fmt_wall(start)}–{fmt_time(slot.end.astimezone(tz))}"
