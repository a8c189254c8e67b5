"""A friendly empty state: what this place is for and the first step to take."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    """A centred heading, a sentence of guidance and one or more first-step buttons."""

    def __init__(
        self,
        *,
        heading: str,
        text: str,
        actions: Sequence[tuple[str, Callable[[], None]]] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.buttons: list[QPushButton] = []
        self._build_ui(heading, text, actions)

    def _build_ui(self, heading: str, text: str, actions) -> None:
        """Lay out heading, guidance and buttons in the middle."""
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.heading = _centred_label(heading, scale=1.5, bold=True)
        self.text = _centred_label(text)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        column = QVBoxLayout()  # one under another: fits a narrow window whatever the language
        for label, callback in actions:
            button = QPushButton(label, self)
            button.setAccessibleName(label.replace("&", ""))
            button.clicked.connect(callback)
            column.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
            self.buttons.append(button)
        layout.addLayout(column)
        layout.addStretch(2)


def _centred_label(text: str, *, scale: float = 1.0, bold: bool = False) -> QLabel:
    """A wrapped, centred label whose font scales with the system font."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setAccessibleName(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    label.setFont(font)
    return label
