"""Log one contact made, or correct a logged one: when, how, which way, what, what it answered."""

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
from mentordesk.services.contacts.interactions import LoggedInteraction
from mentordesk.ui.contacts.form_widgets import readable_dates
from mentordesk.ui.format import fmt_datetime
from mentordesk.ui.labels import label

REPLY_TEXT_CHARS = 60  # the "In reply to" choices show this much of a summary uncut


class InteractionDialog(QDialog):
    """A small form for one interaction with a contact; the time cannot be after `now`."""

    def __init__(
        self,
        *,
        name: str,
        now: datetime,
        channels: list[str],
        earlier=(),
        current: LoggedInteraction | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        title = (
            self.tr("Edit logged contact with {0}") if current else self.tr("Log contact with {0}")
        )
        self.setWindowTitle(title.format(name))
        self._build_ui(now, channels, earlier)
        if current is not None:
            self._fill(current)
        width = self.fontMetrics().averageCharWidth() * (REPLY_TEXT_CHARS + 30)
        self.resize(min(max(width, self.sizeHint().width()), 760), self.sizeHint().height())

    def _build_ui(self, now: datetime, channels: list[str], earlier) -> None:
        """The fields and OK/Cancel."""
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.when = QDateTimeEdit(_qdatetime(now), self)
        self.when.setCalendarPopup(True)
        self.when.setMaximumDateTime(_qdatetime(now))
        readable_dates(self.when, "yyyy-MM-dd HH:mm")
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
        self.reply_to = self._reply_combo(earlier)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for text, widget in [
            (self.tr("&When:"), self.when),
            (self.tr("&Direction:"), self.direction),
            (self.tr("&Channel:"), self.channel),
            (self.tr("&Kind:"), self.kind),
            (self.tr("&Summary:"), self.summary),
            (self.tr("In &reply to:"), self.reply_to),
        ]:
            form.addRow(text, widget)
        form.addRow(self.buttons)

    def _reply_combo(self, earlier) -> QComboBox:
        """The earlier interactions this one may answer, wide enough to read them."""
        combo = _combo(self.tr("In reply to"), [("", self.tr("Nothing in particular"))])
        for row in earlier:
            combo.addItem(f"{fmt_datetime(row.occurred_at)} · {row.summary}", row.id)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(REPLY_TEXT_CHARS)
        return combo

    def _fill(self, current: LoggedInteraction) -> None:
        """Show a logged interaction's values."""
        self.when.setDateTime(_qdatetime(current.occurred_at))
        for combo, value in [
            (self.direction, current.direction),
            (self.channel, current.channel),
            (self.kind, current.kind),
            (self.reply_to, current.reply_to_id),
        ]:
            combo.setCurrentIndex(max(combo.findData(value), 0))
        self.summary.setText(current.summary)

    def values(self) -> dict:
        """Keyword arguments for `add_interaction` or `update_interaction` (without the id)."""
        return {
            "occurred_at": datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch(), UTC),
            "channel": self.channel.currentData(),
            "direction": self.direction.currentData(),
            "kind": self.kind.currentData(),
            "summary": self.summary.text().strip(),
            "reply_to_id": self.reply_to.currentData() or None,
        }


def _qdatetime(value: datetime) -> QDateTime:
    """An instant as a local QDateTime (to the second)."""
    return QDateTime.fromSecsSinceEpoch(int(value.timestamp()))


def _combo(name: str, items: list[tuple[str, str]]) -> QComboBox:
    """A named combo of (value, text) items."""
    combo = QComboBox()
    combo.setAccessibleName(name)
    for value, text in items:
        combo.addItem(text, value)
    return combo
