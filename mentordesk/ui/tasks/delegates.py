"""Inline editors for the task list: status and priority pick from a list, due from a calendar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QSpinBox, QStyledItemDelegate

from mentordesk.core.enums import Priority, TaskStatus
from mentordesk.ui.labels import label
from mentordesk.ui.tasks.table_model import DUE, ESTIMATE, PRIORITY, STATUS


class TaskItemDelegate(QStyledItemDelegate):
    """Combo boxes, a date editor and a minutes box for the editable task columns."""

    def createEditor(self, parent, option, index):
        """An editor suited to the column."""
        column = index.column()
        if column in (STATUS, PRIORITY):
            return _choices(parent, column)
        if column == DUE:
            editor = QDateEdit(parent)
            editor.setCalendarPopup(True)
            editor.setDisplayFormat("yyyy-MM-dd")
            editor.setAccessibleName(self.tr("Due date"))
            return editor
        if column == ESTIMATE:
            editor = QSpinBox(parent)
            editor.setRange(0, 100_000)
            editor.setSuffix(self.tr(" min"))
            editor.setAccessibleName(self.tr("Estimate in minutes"))
            return editor
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor, index) -> None:
        """Start the editor from the stored value."""
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QDateEdit):
            editor.setDate(value if value.isValid() else QDate.currentDate())
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value or 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index) -> None:
        """Hand the edited value to the model."""
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QDateEdit):
            model.setData(index, editor.date(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QSpinBox):
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


def _choices(parent, column: int) -> QComboBox:
    """A combo box of statuses or priorities, each carrying its stored value."""
    combo = QComboBox(parent)
    if column == STATUS:
        combo.setAccessibleName(QCoreApplication.translate("TaskItemDelegate", "Status"))
        for value in TaskStatus.values():
            combo.addItem(label(TaskStatus, value), value)
    else:
        combo.setAccessibleName(QCoreApplication.translate("TaskItemDelegate", "Priority"))
        for priority in Priority:
            combo.addItem(label(Priority, priority), priority.value)
    return combo
