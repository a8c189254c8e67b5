"""Log one contact made: when, how, which way, what about, and what it answered."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
)

from mentordesk.core.enums import Channel, Direction, InteractionKind
from mentordesk.ui.format import fmt_datetime
from mentordesk.ui.labels import label


class InteractionDialog(QDialog):
    """A small form for one interaction with a contact."""

    def __init__(
        self, *, name: str, now: datetime, channels: list[str], earlier=(), parent=None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log contact with {0}").format(name))
        form = QFormLayout(self)
        self.when = QDateTimeEdit(QDateTime.fromSecsSinceEpoch(int(now.timestamp())), self)
        self.when.setCalendarPopup(True)
        self.when.setAccessibleName(self.tr("When"))
        self.direction = _combo(
            self.tr("Direction"), [(d.value, label(Direction, d.value)) for d in Direction]
        )
        self.direction.setCurrentIndex(1)  # outgoing: the common case when logging
        ordered = channels + [c for c in Channel.values() if c not in channels]
        self.channel = _combo(self.tr("Channel"), [(c, label(Channel, c)) for c in ordered])
        self.kind = _combo(
            self.tr("Kind"), [(k.value, label(InteractionKind, k.value)) for k in InteractionKind]
        )
        self.summary = QLineEdit(self)
        self.summary.setAccessibleName(self.tr("Summary"))
        self.summary.setPlaceholderText(self.tr("What it was about"))
        self.reply_to = _combo(self.tr("In reply to"), [("", self.tr("Nothing in particular"))])
        for row in earlier:
            self.reply_to.addItem(f"{fmt_datetime(row.occurred_at)} · {row.summary}", row.id)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for text, widget in [
            (self.tr("&When:"), self.when),
            (self.tr("&Direction:"), self.direction),
            (self.tr("&Channel:"), self.channel),
            (self.tr("&Kind:"), self.kind),
            (self.tr("&Summary:"), self.summary),
            (self.tr("In &reply to:"), self.reply_to),
        ]:
            form.addRow(text, widget)
        form.addRow(buttons)

    def values(self) -> dict:
        """Keyword arguments for `add_interaction` (without the contact id)."""
        return {
            "occurred_at": datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch(), UTC),
            "channel": self.channel.currentData(),
            "direction": self.direction.currentData(),
            "kind": self.kind.currentData(),
            "summary": self.summary.text().strip(),
            "reply_to_id": self.reply_to.currentData() or None,
        }


def _combo(name: str, items: list[tuple[str, str]]) -> QComboBox:
    """A named combo of (value, text) items."""
    combo = QComboBox()
    combo.setAccessibleName(name)
    for value, text in items:
        combo.addItem(text, value)
    return combo
