"""The base of each main view: a heading, a body, and reloading when its records change."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from mentordesk.ui.context import UiContext


class FeatureView(QWidget):
    """A main view that loads its data in the background and reloads on relevant changes."""

    kinds: frozenset[str] = frozenset()

    sample_data_requested = Signal()
    """The user asked to fill the empty workspace with sample data."""

    def __init__(self, context: UiContext, *, title: str, subtitle: str, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        self.heading = _heading(title)
        self.subtitle = QLabel(subtitle)
        self.subtitle.setWordWrap(True)
        self.subtitle.setAccessibleName(subtitle)
        layout.addWidget(self.heading)
        layout.addWidget(self.subtitle)
        self.body = layout
        context.jobs.changed.connect(self.on_records_changed)

    def reload(self) -> None:
        """Load this view's data in the background; subclasses say what and how to show it."""

    def load_in_background(self, load: Callable[[], Any], show: Callable[[Any], None]) -> None:
        """Run `load` as a read job and hand its result to `show` on the GUI thread."""
        self.context.jobs.start(
            title=self.tr("Loading {0}").format(self.accessibleName()),
            work=lambda progress: load(),
            on_result=show,
            show_progress=False,
        )

    def on_records_changed(self, kinds: frozenset[str]) -> None:
        """Reload when a finished job changed records this view shows."""
        if kinds & self.kinds:
            self.reload()


def _heading(text: str) -> QLabel:
    """A view title in a larger, bold version of the system font."""
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    return label
