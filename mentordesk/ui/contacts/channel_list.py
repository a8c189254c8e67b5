"""An ordered, checkable list of communication channels: tick the ones you use, move to rank."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mentordesk.core.enums import Channel
from mentordesk.ui.labels import label


class ChannelList(QWidget):
    """Channels in preference order; the ticked ones are the agreed channels."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Preferred channels, most preferred first"))
        self.list.setSpacing(1)
        self.setFocusProxy(self.list)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.up = QPushButton(self.tr("Move &up"), self)
        self.down = QPushButton(self.tr("Move &down"), self)
        self.up.setAccessibleName(self.tr("Move channel up"))
        self.down.setAccessibleName(self.tr("Move channel down"))
        buttons = QVBoxLayout()
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        self.up.clicked.connect(lambda: self.move(-1))
        self.down.clicked.connect(lambda: self.move(1))
        self.set_channels([])

    def set_channels(self, chosen: list[str]) -> None:
        """Show the chosen channels first (ticked), then the rest (unticked)."""
        self.list.clear()
        order = chosen + [c for c in Channel.values() if c not in chosen]
        for value in order:
            item = QListWidgetItem(label(Channel, value))
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if value in chosen else Qt.CheckState.Unchecked
            )
            self.list.addItem(item)
        self._fit_height()

    def _fit_height(self) -> None:
        """Tall enough to show every channel without scrolling, and no taller."""
        row = self.list.sizeHintForRow(0) + 2 * self.list.spacing()
        self.list.setFixedHeight(row * self.list.count() + 2 * self.list.frameWidth() + 2)

    def channels(self) -> list[str]:
        """The ticked channels, most preferred first."""
        items = (self.list.item(i) for i in range(self.list.count()))
        return [
            i.data(Qt.ItemDataRole.UserRole)
            for i in items
            if i.checkState() == Qt.CheckState.Checked
        ]

    def state(self) -> list[tuple[str, bool]]:
        """Every channel in its order with its tick, to tell whether anything changed."""
        items = (self.list.item(i) for i in range(self.list.count()))
        return [
            (i.data(Qt.ItemDataRole.UserRole), i.checkState() == Qt.CheckState.Checked)
            for i in items
        ]

    def move(self, step: int) -> None:
        """Move the selected channel up (-1) or down (+1)."""
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
