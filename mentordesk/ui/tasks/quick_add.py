"""Quick add from anywhere: one line, what it is understood to mean shown as you type."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout

from mentordesk.core.changes import ChangeKind
from mentordesk.core.quick_add import QuickAdd
from mentordesk.services.tasks.quick_add import (
    describe_quick_add,
    quick_add_task,
    understand_quick_add,
)
from mentordesk.ui.context import UiContext

PREVIEW_KEY = "tasks/quick-add-preview"


class QuickAddDialog(QDialog):
    """A line edit and a live reading of it; Enter adds the task as one undoable step."""

    def __init__(self, context: UiContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Quick add task"))
        self.setAccessibleName(self.tr("Quick add task"))
        self._build_ui()
        self._connect()

    def _build_ui(self) -> None:
        """The line, the reading and the buttons."""
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(self.tr("Send the deck to Priya fri !high #talk"))
        self.line.setAccessibleName(self.tr("Task in one line"))
        self.line.setMinimumWidth(self.line.fontMetrics().averageCharWidth() * 60)
        hint = QLabel(self.tr("A date (fri, tomorrow, in 2 weeks, 3 Dec), !high, #goal, a name."))
        hint.setWordWrap(True)
        hint.setBuddy(self.line)
        self.preview = QLabel(self)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setAccessibleName(self.tr("Understood as"))
        self.preview.setMinimumHeight(self.preview.fontMetrics().lineSpacing() * 5 + 4)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add task"))
        layout = QVBoxLayout(self)
        for widget in (self.line, hint, self.preview, self.buttons):
            layout.addWidget(widget)

    def _connect(self) -> None:
        """Read the line as it changes; add on OK."""
        self.line.textChanged.connect(self.update_preview)
        self.buttons.accepted.connect(self.add)
        self.buttons.rejected.connect(self.reject)

    def update_preview(self, text: str) -> None:
        """Read the line in the background; only the newest reading is shown."""
        if not text.strip():
            self.context.jobs.drop_pending(PREVIEW_KEY)
            self.preview.clear()
            return
        today = self.context.today()
        self.context.jobs.start(
            title=self.tr("Reading the line"),
            work=lambda progress: understand_quick_add(text, today=today),
            on_result=self.show_understood,
            key=PREVIEW_KEY,
            show_progress=False,
        )

    def show_understood(self, understood: QuickAdd) -> None:
        """Show what the line means, one fact a line."""
        names = {
            "title": self.tr("Title"),
            "due": self.tr("Due"),
            "priority": self.tr("Priority"),
            "goal": self.tr("Goal"),
            "contact": self.tr("Contact"),
        }
        lines = [f"{names[what]}: {value}" for what, value in describe_quick_add(understood)]
        self.preview.setText("\n".join(lines))

    def done(self, result: int) -> None:
        """Closing drops a reading still on its way (it would find the dialog gone)."""
        self.context.jobs.drop_pending(PREVIEW_KEY)
        super().done(result)

    def add(self) -> None:
        """Add the task as an undoable step and close."""
        text = self.line.text().strip()
        if not text:
            return
        today = self.context.today()
        self.context.undo.run(
            label=self.tr("Add task"),
            work=lambda progress: quick_add_task(text, today=today),
            changes=ChangeKind.TASKS,
            done_message=lambda result: self.tr("Added “{0}”.").format(result[0].title),
        )
        self.accept()
