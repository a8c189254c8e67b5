"""Merging duplicates: pick the other contact (likely ones first), then see the result first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from mentordesk.core.enums import MetChannel, Stage
from mentordesk.services.contacts.duplicates import SAME_EMAIL, MergeCandidate
from mentordesk.services.contacts.merge_preview import FieldOutcome, MergePreview
from mentordesk.ui.labels import label
from mentordesk.ui.widgets.table_model import Column, RowTableModel

SWAP = 2  # the preview dialog's result when the user wants to keep the other contact


def _tr(text: str) -> str:
    """Translate a merge dialog phrase."""
    return QCoreApplication.translate("", text)


FIELD_LABELS = {
    "name": _tr("Name"),
    "organisation": _tr("Organisation"),
    "role": _tr("Role"),
    "timezone": _tr("Time zone"),
    "photo": _tr("Photo"),
    "photo_url": _tr("Photo link"),
    "birthday": _tr("Birthday"),
    "met_channel": _tr("Where we met"),
    "met_detail": _tr("Where we met (detail)"),
    "met_on": _tr("Met on"),
    "emails": _tr("Emails"),
    "phones": _tr("Phones"),
    "links": _tr("Links"),
    "tags": _tr("Tags"),
    "notes": _tr("Notes"),
}


class MergePickerDialog(QDialog):
    """Choose which contact is a duplicate of the selected one; strangers are never preset."""

    def __init__(self, keep_name: str, candidates: list[MergeCandidate], parent=None) -> None:
        super().__init__(parent)
        self.candidates = candidates
        self.setWindowTitle(self.tr("Merge duplicate"))
        self.setAccessibleName(self.tr("Merge duplicate"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Which contact is the same person as {0}? "
                "You see the result before anything changes."
            ).format(keep_name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Contacts to merge"))
        for candidate in candidates:
            self.list.addItem(self._item(candidate))
        layout.addWidget(self.list)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.next = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.next.setText(self.tr("&Preview merge…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.list.currentRowChanged.connect(lambda row: self.next.setEnabled(row >= 0))
        self.list.itemActivated.connect(lambda item: self.accept())
        self._preselect()
        self.resize(460, 360)

    def _item(self, candidate: MergeCandidate) -> QListWidgetItem:
        """One line: the name, the organisation, and why it may be the same person."""
        text = candidate.name
        if candidate.organisation:
            text += f" ({candidate.organisation})"
        if candidate.likely:
            why = (
                self.tr("same email") if candidate.reason == SAME_EMAIL else self.tr("similar name")
            )
            text += " — " + self.tr("likely duplicate: {0}").format(why)
        item = QListWidgetItem(text)
        if candidate.likely:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        return item

    def _preselect(self) -> None:
        """Select the first likely duplicate; with none, select nothing (no stranger default)."""
        likely = [i for i, c in enumerate(self.candidates) if c.likely]
        self.list.setCurrentRow(likely[0] if likely else -1)
        self.next.setEnabled(bool(likely))
        self.list.setFocus()

    def chosen(self) -> MergeCandidate | None:
        """The contact picked, if any."""
        row = self.list.currentRow()
        return self.candidates[row] if row >= 0 else None


class MergePreviewDialog(QDialog):
    """The merged contact as it will be: every field before and after, conflicts marked."""

    def __init__(self, preview: MergePreview, parent=None) -> None:
        super().__init__(parent)
        self.preview = preview
        title = self.tr("Merge {0} into {1}?").format(preview.other_name, preview.kept_name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        for text in self._summary_lines():
            line = QLabel(text)
            line.setWordWrap(True)
            line.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(line)
        self.table = self._field_table()
        layout.addWidget(self.table, 1)
        layout.addWidget(self._buttons())
        self.resize(820, 480)

    def _summary_lines(self) -> list[str]:
        """Stage, history and what moves, in words."""
        p = self.preview
        kept_stage, other_stage = (label_of_stage(s) for s in p.stage_before)
        lines = [
            self.tr(
                "Stage: {0} (was {1} and {2}); both stage histories are kept ({3} steps)."
            ).format(label_of_stage(p.stage_after), kept_stage, other_stage, p.stage_steps),
            self.tr("Moving over: {0} logged contacts, {1} tasks, {2} meeting invitations.").format(
                p.moved["interactions"], p.moved["tasks"], p.moved["meetings"]
            ),
        ]
        if p.conflicts():
            lines.append(
                self.tr(
                    "{0} fields differ; the values of {1} are kept where marked. "
                    "Use “Keep {2} instead” to keep the other's."
                ).format(len(p.conflicts()), p.kept_name, p.other_name)
            )
        lines.append(self.tr("You can undo the merge with Ctrl+Z."))
        return lines

    def _field_table(self) -> QTableView:
        """Field, kept value, other value, result; a conflict row in bold."""
        p = self.preview
        model = RowTableModel(
            [
                Column(self.tr("Field"), lambda f: FIELD_LABELS.get(f.field, f.field)),
                Column(p.kept_name, lambda f: _shown(f.field, f.kept), tooltip=lambda f: f.kept),
                Column(p.other_name, lambda f: _shown(f.field, f.other), tooltip=lambda f: f.other),
                Column(self.tr("After the merge"), _result_text, tooltip=lambda f: f.result),
            ],
            self,
        )
        model.emphasis = lambda f: f.conflict
        model.set_rows(list(p.fields))
        table = QTableView(self)
        table.setModel(model)
        table.setAccessibleName(self.tr("Fields after the merge"))
        table.setTabKeyNavigation(False)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        table.resizeColumnsToContents()
        for column in range(model.columnCount()):
            table.setColumnWidth(column, min(table.columnWidth(column), 240))
        return table

    def _buttons(self) -> QDialogButtonBox:
        """Merge (default), Keep the other instead, Cancel."""
        box = QDialogButtonBox(self)
        merge = box.addButton(self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        swap = QPushButton(self.tr("&Keep {0} instead").format(self.preview.other_name), self)
        box.addButton(swap, QDialogButtonBox.ButtonRole.ActionRole)
        box.addButton(QDialogButtonBox.StandardButton.Cancel)
        merge.setDefault(True)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        swap.clicked.connect(lambda: self.done(SWAP))
        self.merge_button, self.swap_button = merge, swap
        return box


def _result_text(outcome: FieldOutcome) -> str:
    """The value after the merge, marked when the other contact's value is dropped."""
    result = _shown(outcome.field, outcome.result)
    if outcome.conflict:
        return _tr("{0}   (not kept: {1})").format(result, _shown(outcome.field, outcome.other))
    return result


def _shown(field: str, value: str) -> str:
    """A value on one line, as people read it (labels for stored codes)."""
    if field == "met_channel" and value:
        return label(MetChannel, value)
    return " ⏎ ".join(line.strip() for line in value.splitlines() if line.strip())


def label_of_stage(stage: str) -> str:
    """A stage as people read it."""
    return label(Stage, stage) if stage else _tr("none")
