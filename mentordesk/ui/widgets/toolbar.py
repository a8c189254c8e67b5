"""A toolbar whose buttons take keyboard focus, so Tab reaches every action on it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QToolBar


class ActionToolBar(QToolBar):
    """A named toolbar; each button it makes for an action is reachable by Tab."""

    def __init__(self, name: str, parent=None) -> None:
        super().__init__(name, parent)
        self.setAccessibleName(name)

    def actionEvent(self, event) -> None:
        """Let the button made for a newly added action take focus by Tab (a click leaves it)."""
        super().actionEvent(event)
        action = event.action()
        button = self.widgetForAction(action)
        if button is not None and event.type() in _ADDED_OR_CHANGED:
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setAccessibleName(action.text().replace("&", "").rstrip("…"))


_ADDED_OR_CHANGED = (QEvent.Type.ActionAdded, QEvent.Type.ActionChanged)
