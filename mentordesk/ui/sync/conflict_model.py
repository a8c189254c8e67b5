"""The clashing fields of one record as a table: a tick to take the server's, here, there."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from mentordesk.ui.sync.conflict_words import field_label, values_text

TAKE, FIELD, HERE, THERE = range(4)


class ConflictFieldsModel(QAbstractTableModel):
    """One row per clashing field; column 0 is ticked to use the server's value."""

    FieldRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.fields: list = []
        self.ticked: list[bool] = []

    def set_fields(self, fields) -> None:
        """Show these fields, none ticked."""
        self.beginResetModel()
        self.fields = list(fields)
        self.ticked = [False] * len(self.fields)
        self.endResetModel()

    def ticked_keys(self) -> list[str]:
        """The keys of the fields ticked to use the server's value."""
        return [f.key for f, on in zip(self.fields, self.ticked, strict=True) if on]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.fields)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Use the server's"),
            self.tr("Field"),
            self.tr("Here"),
            self.tr("On the server"),
        )[section]

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == TAKE:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        field = self.fields[index.row()]
        if role == self.FieldRole:
            return field
        if index.column() == TAKE and role == Qt.ItemDataRole.CheckStateRole:
            on = self.ticked[index.row()]
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(field, index.column())
        if role == Qt.ItemDataRole.AccessibleTextRole and index.column() == TAKE:
            return self.tr("Use the server's %1").replace("%1", field_label(field))
        return None

    def _text(self, field, column: int) -> str | None:
        """A cell's words."""
        if column == FIELD:
            return field_label(field)
        if column == HERE:
            return values_text(field, field.here)
        if column == THERE:
            return values_text(field, field.there)
        return None

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != TAKE:
            return False
        if role != Qt.ItemDataRole.CheckStateRole:
            return False
        self.ticked[index.row()] = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [role])
        return True
