"""Expectations both ways, with their renegotiation history, beside the tasks."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from mentordesk.core.enums import ExpectationStatus
from mentordesk.services.tasks.goals import ExpectationRow
from mentordesk.ui.format import fmt_date
from mentordesk.ui.labels import label
from mentordesk.ui.widgets.empty_state import EmptyState
from mentordesk.ui.widgets.fast_proxy import FastRowProxy
from mentordesk.ui.widgets.record_table import RecordTable
from mentordesk.ui.widgets.table_model import Column, RowTableModel


def _tr(text: str) -> str:
    """Translate a column title or cell text."""
    return QCoreApplication.translate("", text)


def _who(row: ExpectationRow) -> str:
    """Which way the expectation goes, in words."""
    if row.expected_by == "me":
        return _tr("I expect of {0}").format(row.mentor)
    return _tr("{0} expects of me").format(row.mentor)


class ExpectationTableModel(RowTableModel):
    """Expectations as rows; replaced versions stay, in plain type, beside their successors."""

    def __init__(self, parent=None) -> None:
        columns = [
            Column(_tr("Expectation"), lambda r: r.text, tooltip=lambda r: r.text),
            Column(_tr("Who"), _who),
            Column(_tr("Agreed"), lambda r: fmt_date(r.agreed_on), lambda r: str(r.agreed_on)),
            Column(_tr("Due"), lambda r: fmt_date(r.due), lambda r: str(r.due or "9999")),
            Column(_tr("Status"), lambda r: label(ExpectationStatus, r.status)),
            Column(_tr("Replaces"), lambda r: r.replaces, priority=1),
        ]
        super().__init__(columns, parent)
        self.emphasis = lambda row: row.status == ExpectationStatus.AGREED.value


class ExpectationsPanel(QWidget):
    """The table and what can be done to the selected expectation."""

    add_requested = Signal()
    """The user asked to agree a new expectation."""
    renegotiate_requested = Signal(object)
    """The user asked to renegotiate the selected expectation: its row."""
    status_requested = Signal(object, str)
    """The user marked the selected expectation met or missed: (row, status)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Expectations"))
        self.model = ExpectationTableModel(self)
        self.table = RecordTable(
            model=self.model,
            name=self.tr("Expectations"),
            proxy=FastRowProxy(self),
            empty=EmptyState(
                heading=self.tr("No expectations yet"),
                text=self.tr("Write down what you and your mentor expect of each other."),
                actions=[(self.tr("Add expectation"), self.add_requested.emit)],
            ),
        )
        buttons = QHBoxLayout()
        for text, slot in [
            (self.tr("Add expectation…"), self.add_requested.emit),
            (self.tr("Renegotiate…"), lambda: self._with_selected(self.renegotiate_requested.emit)),
            (self.tr("Mark met"), lambda: self._with_selected(self._status("met"))),
            (self.tr("Mark missed"), lambda: self._with_selected(self._status("missed"))),
        ]:
            button = QPushButton(text, self)
            button.setAccessibleName(text.rstrip("…"))
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

    def _status(self, status: str) -> Callable[[Any], None]:
        """A handler asking for a status on a row."""
        return lambda row: self.status_requested.emit(row, status)

    def _with_selected(self, act: Callable[[Any], None]) -> None:
        """Act on the selected expectation, if any."""
        row = self.table.selected_row()
        if row is not None:
            act(row)

    def set_keep(self, keep: Callable[[ExpectationRow], bool]) -> None:
        """Show the expectations of the selected list's mentor."""
        self.table.proxy.set_keep(keep)
