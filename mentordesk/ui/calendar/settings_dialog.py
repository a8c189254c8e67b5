"""Calendar settings: my name and address as organizer, and where calendar.ics is kept current."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from mentordesk.services.interop.ics.publish import CalendarSettings


class CalendarSettingsDialog(QDialog):
    """Edit my name, my email address and the publish folder."""

    def __init__(self, settings: CalendarSettings, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Calendar settings"))
        self.setAccessibleName(self.windowTitle())
        self._build_ui(settings)

    def _build_ui(self, settings: CalendarSettings) -> None:
        """Three fields, a note on what the folder does, and OK/Cancel."""
        self.name = self._line(settings.name, self.tr("My name"))
        self.email = self._line(settings.email, self.tr("My email address"))
        self.email.setPlaceholderText(self.tr("you@example.org"))
        self.folder = self._line(settings.folder, self.tr("Publish folder"))
        self.folder.setPlaceholderText(self.tr("Not published"))
        self.browse = QPushButton(self.tr("&Browse…"), self)
        self.browse.setAccessibleName(self.tr("Choose the publish folder"))
        self.browse.clicked.connect(self.choose_folder)
        note = QLabel(
            self.tr(
                "Invitations you export name you as organizer. When a folder is set, "
                "MentorDesk keeps calendar.ics there up to date after every change, for "
                "Thunderbird, GNOME Calendar or Outlook to subscribe to."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("My &name"), self.name)
        form.addRow(self.tr("My &email"), self.email)
        form.addRow(self.tr("Publish &folder"), self._folder_row())
        form.addRow(note)
        form.addRow(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 60)

    def _line(self, text: str, name: str) -> QLineEdit:
        """A line edit with its accessible name."""
        line = QLineEdit(text, self)
        line.setAccessibleName(name)
        return line

    def _folder_row(self) -> QWidget:
        """The folder field with its Browse button beside it."""
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.folder, 1)
        layout.addWidget(self.browse)
        row.setFocusProxy(self.folder)
        return row

    def choose_folder(self) -> None:
        """Pick the publish folder with the system's folder dialog."""
        start = self.folder.text().strip() or str(Path.home())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Publish folder"), start)
        if chosen:
            self.folder.setText(chosen)

    def settings(self) -> CalendarSettings:
        """The settings as entered."""
        return CalendarSettings(
            name=self.name.text().strip(),
            email=self.email.text().strip(),
            folder=self.folder.text().strip(),
        )
