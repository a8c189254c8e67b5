"""The quick 'add a mentor' dialog."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
)

from mentordesk.core.enums import MentorshipDirection, MetChannel, Stage
from mentordesk.ui.labels import label


class ContactDialog(QDialog):
    """Name, organisation, where you met, and which way the mentoring goes."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a mentor"))
        self._build_ui()

    def _build_ui(self) -> None:
        """The form and its OK/Cancel buttons."""
        form = QFormLayout(self)
        self.name = _line_edit(self.tr("Name"))
        self.organisation = _line_edit(self.tr("Organisation"))
        self.met_channel = _combo(self.tr("Where you met"), MetChannel)
        self.direction = _combo(self.tr("Relationship"), MentorshipDirection)
        self.stage = _combo(self.tr("Stage"), Stage)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.tr("&Where you met:"), self.met_channel)
        form.addRow(self.tr("&Relationship:"), self.direction)
        form.addRow(self.tr("&Stage:"), self.stage)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._update_ok)
        form.addRow(self.buttons)
        self._update_ok()

    def _update_ok(self) -> None:
        """OK is available only once there is a name."""
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name.text().strip()))

    def values(self) -> dict:
        """The entered values as keyword arguments for `add_contact`."""
        return {
            "name": self.name.text().strip(),
            "organisation": self.organisation.text().strip(),
            "met_channel": MetChannel(self.met_channel.currentData()),
            "direction": MentorshipDirection(self.direction.currentData()),
            "stage": Stage(self.stage.currentData()),
        }


def _line_edit(name: str) -> QLineEdit:
    """A named line edit."""
    edit = QLineEdit()
    edit.setAccessibleName(name)
    return edit


def _combo(name: str, enum_type) -> QComboBox:
    """A named combo box listing an enum's labels with their values as data."""
    combo = QComboBox()
    combo.setAccessibleName(name)
    for member in enum_type:
        combo.addItem(label(enum_type, member.value), member.value)
    return combo
