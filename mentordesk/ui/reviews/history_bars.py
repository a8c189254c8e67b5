"""A small bar per review cycle: how many changes it made, so a shrinking trend shows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from mentordesk.core.review_cycle import CycleSize


def _tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """Translate a phrase of the trend."""
    return QCoreApplication.translate("", text, disambiguation, n)


def trend_text(sizes: list[CycleSize], shrinking: bool) -> str:
    """The trend in words, for screen readers and the tooltip."""
    if not sizes:
        return _tr("No reviews yet.")
    parts = [_tr("{0} (%n day(s) moved)", "", s.days_moved).format(s.adaptations) for s in sizes]
    verdict = _tr("shrinking") if shrinking else _tr("not shrinking yet")
    return _tr("Changes per review, oldest first: {0}; {1}.").format(", ".join(parts), verdict)


class CycleBars(QWidget):
    """One bar per cycle, oldest on the left, its height the number of adaptations."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.sizes: list[CycleSize] = []
        self.labels: list[str] = []
        self.setAccessibleName(_tr("Changes per review"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_cycles(self, sizes: list[CycleSize], labels: list[str], *, shrinking: bool) -> None:
        """Show some cycles' sizes, each under a short label (its period's end)."""
        self.sizes, self.labels = sizes, labels
        text = trend_text(sizes, shrinking)
        self.setAccessibleDescription(text)
        self.setToolTip(text)
        self.update()

    def sizeHint(self) -> QSize:
        """Five lines of text high."""
        return QSize(200, self.fontMetrics().height() * 5)

    def paintEvent(self, event) -> None:
        """Bars in the palette's highlight colour, counts above, labels below."""
        if not self.sizes:
            return
        painter = QPainter(self)
        line = self.fontMetrics().height()
        slot = min(self.width() / len(self.sizes), line * 8)
        tallest = max(1, max(s.adaptations for s in self.sizes))
        room = self.height() - 2 * line - 4
        for position, (size, label) in enumerate(zip(self.sizes, self.labels, strict=True)):
            height = room * size.adaptations / tallest
            left = position * slot + slot * 0.2
            bar = QRectF(left, line + room - height, slot * 0.6, height)
            painter.fillRect(bar, self.palette().color(QPalette.ColorRole.Highlight))
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            count = QRectF(position * slot, bar.top() - line, slot, line)
            figures = _tr("{0} · {1} d").format(size.adaptations, size.days_moved)
            painter.drawText(count, Qt.AlignmentFlag.AlignCenter, figures)
            below = QRectF(position * slot, self.height() - line, slot, line)
            painter.drawText(below, Qt.AlignmentFlag.AlignCenter, label)
        painter.end()
