"""Long texts: a bounded excerpt for rich-text panes, and a plain viewer for the whole text."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

EXCERPT_CHARS = 2000  # what a pane shows of a long text before "Show all"
EXCERPT_LINES = 40


def excerpt(text: str, *, limit: int = EXCERPT_CHARS, lines: int = EXCERPT_LINES) -> str:
    """The start of `text`, at most `limit` characters and `lines` lines; "…" when cut."""
    head = text[: limit + 1]
    kept = head.split("\n", lines)[:lines]
    short = "\n".join(kept)[:limit]
    return short if short == text else short.rstrip() + "…"


def is_long(text: str, *, limit: int = EXCERPT_CHARS, lines: int = EXCERPT_LINES) -> bool:
    """True when `excerpt` would cut the text."""
    return excerpt(text, limit=limit, lines=lines) != text


class TextViewerDialog(QDialog):
    """The whole of a long text, read-only and unwrapped, so any size stays quick to show."""

    def __init__(self, *, title: str, text: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        count = QLocale().toString(len(text))
        self.summary = QLabel(self.tr("{0} characters").format(count), self)
        self.summary.setAccessibleName(self.summary.text())
        self.editor = _plain_viewer(text, title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().height() * 30)


def _plain_viewer(text: str, name: str) -> QPlainTextEdit:
    """A read-only plain text view without word wrap (layout stays linear in the length)."""
    editor = QPlainTextEdit()
    editor.setAccessibleName(name)
    editor.setReadOnly(True)
    editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    editor.setPlainText(text)
    return editor
