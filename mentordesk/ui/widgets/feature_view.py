"""The base of each main view: a heading, a body, and reloading when its records change."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from mentordesk.core.changes import ChangeKind
from mentordesk.ui.context import UiContext


class FeatureView(QWidget):
    """A main view that loads in the background; reloads on changes at once, or once shown."""

    kinds: ChangeKind = ChangeKind.NONE
    """The kinds of records this view shows."""

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
        self._stale = False
        context.jobs.changed.connect(self.on_records_changed)

    def reload(self) -> None:
        """Load this view's data in the background; subclasses say what and how to show it."""

    def shortcut_actions(self) -> list[QAction]:
        """This view's own actions (for the F1 list); none by default."""
        return []

    def load_in_background(
        self,
        key: str,
        load: Callable[[], Any],
        show: Callable[[Any], None] | None = None,
        *,
        then: Callable[[Any], None] | None = None,
    ) -> None:
        """Read in the background under `key`; `show` the newest result, `then` follow up."""
        self.context.jobs.start(
            title=self.tr("Loading {0}").format(self.accessibleName()),
            work=lambda progress: load(),
            on_result=show,
            then=then,
            key=key,
            show_progress=False,
        )

    def on_records_changed(self, kinds: ChangeKind) -> None:
        """Reload now if shown and `kinds` touch this view; if hidden, reload when next shown."""
        if not kinds & self.kinds:
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def is_stale(self) -> bool:
        """True when records changed while the view was hidden."""
        return self._stale

    def showEvent(self, event) -> None:
        """Catch up on changes missed while hidden."""
        super().showEvent(event)
        if self._stale:
            self._stale = False
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
