"""Asks whether moving one occurrence of a series moves only it or the whole series."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout

from mentordesk.services.calendar.moving import MoveScope


class MoveScopeDialog(QDialog):
    """'Move only this occurrence, or all of the series?' with a button for each."""

    def __init__(self, title: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move a repeating meeting"))
        self.scope: MoveScope | None = None
        question = self.tr("Move only this occurrence of “{0}”, or all of the series?").format(
            title
        )
        self.question = QLabel(question, self)
        self.question.setWordWrap(True)
        self.question.setAccessibleName(question)
        buttons = QDialogButtonBox(self)
        self.this_button = self._button(buttons, self.tr("Only &this one"), MoveScope.THIS)
        self.all_button = self._button(buttons, self.tr("&All of the series"), MoveScope.ALL)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.rejected.connect(self.reject)
        self.this_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(buttons)

    def _button(self, buttons: QDialogButtonBox, text: str, scope: MoveScope) -> QPushButton:
        """A button that closes the dialog choosing `scope`."""
        button = buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(lambda: self._choose(scope))
        return button

    def _choose(self, scope: MoveScope) -> None:
        """Close, remembering the choice."""
        self.scope = scope
        self.accept()


def ask_move_scope(title: str, parent=None) -> MoveScope | None:
    """Ask this-or-all for a series occurrence; None when the user cancels."""
    dialog = MoveScopeDialog(title, parent)
    dialog.exec()
    return dialog.scope
