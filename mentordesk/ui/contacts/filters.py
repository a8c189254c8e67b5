"""Filtering the contact list by stage, where you met, tag and 'needs attention'."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QWidget

from mentordesk.core.enums import MetChannel, Stage
from mentordesk.ui.labels import label
from mentordesk.ui.widgets.fast_proxy import FastRowProxy

COMBO_CHARS = 10


@dataclass(frozen=True)
class ContactFilter:
    """What the list is narrowed to; empty values mean 'any'."""

    stage: str = ""
    met_channel: str = ""
    tag: str = ""
    needs_attention: bool = False

    def accepts(self, row) -> bool:
        """True when a contact row passes every chosen filter."""
        return (
            (not self.stage or row.stage == self.stage)
            and (not self.met_channel or row.met_channel == self.met_channel)
            and (not self.tag or self.tag in row.tags)
            and (not self.needs_attention or row.needs_attention)
        )


@dataclass(frozen=True)
class ContactChoices:
    """What the filter bar offers for a list of contacts, with its counts."""

    total: int = 0
    stages: dict[str, int] = field(default_factory=dict)
    met_channels: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    needing_attention: int = 0


def contact_choices(rows) -> ContactChoices:
    """Count stages and collect where-met channels and tags (cheap enough for a job)."""
    met = {r.met_channel for r in rows if r.met_channel}
    return ContactChoices(
        total=len(rows),
        stages=dict(Counter(r.stage for r in rows)),
        met_channels=sorted(met, key=MetChannel.values().index),
        tags=sorted({t for r in rows for t in r.tags}, key=str.casefold),
        needing_attention=sum(1 for r in rows if r.needs_attention),
    )


class ContactFilterProxy(FastRowProxy):
    """The search text plus a ContactFilter, kept in bulk (no Python call per row and key)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.contact_filter = ContactFilter()
        self.keep = self.contact_filter.accepts

    def set_contact_filter(self, contact_filter: ContactFilter) -> None:
        """Apply new filter choices."""
        self.contact_filter = contact_filter
        self.set_keep(contact_filter.accepts)

    def is_narrowed(self) -> bool:
        """True when a stage, where met, tag or 'needs attention' is chosen."""
        return self.contact_filter != ContactFilter()


class ContactFilterBar(QWidget):
    """Stage (with counts), where met, tag and a 'needs attention' switch."""

    changed = Signal(object)
    """The user changed a filter: the new ContactFilter."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.stage = _combo(self.tr("Filter by stage"))
        self.met = _combo(self.tr("Filter by where you met"))
        self.tag = _combo(self.tr("Filter by tag"))
        self.attention = QCheckBox(self.tr("Needs &attention"), self)
        self.attention.setAccessibleName(self.tr("Only contacts that need attention"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.stage, self.met, self.tag, self.attention):
            row.addWidget(widget)
        row.addStretch(1)
        for combo in (self.stage, self.met, self.tag):
            combo.currentIndexChanged.connect(self._emit)
        self.attention.toggled.connect(self._emit)
        self.set_rows([])

    def set_rows(self, rows) -> None:
        """Refill the choices from the listed contacts, keeping the current selection."""
        self.set_choices(contact_choices(rows))

    def set_choices(self, choices: ContactChoices) -> None:
        """Refill the choices (counted in the job), keeping the current selection."""
        _refill(
            self.stage,
            self.tr("All stages ({0})").format(choices.total),
            [(s, f"{label(Stage, s)} ({choices.stages.get(s, 0)})") for s in Stage.values()],
        )
        _refill(
            self.met,
            self.tr("Met anywhere"),
            [(m, label(MetChannel, m)) for m in choices.met_channels],
        )
        _refill(self.tag, self.tr("Any tag"), [(t, t) for t in choices.tags])
        self.attention.setText(self.tr("Needs &attention ({0})").format(choices.needing_attention))

    def reset(self) -> None:
        """Back to 'any' everywhere, announced once."""
        widgets = (self.stage, self.met, self.tag, self.attention)
        for widget in widgets:
            widget.blockSignals(True)
        for combo in (self.stage, self.met, self.tag):
            combo.setCurrentIndex(0)
        self.attention.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self._emit()

    def current(self) -> ContactFilter:
        """The filter as chosen now."""
        return ContactFilter(
            stage=self.stage.currentData() or "",
            met_channel=self.met.currentData() or "",
            tag=self.tag.currentData() or "",
            needs_attention=self.attention.isChecked(),
        )

    def _emit(self) -> None:
        """Announce the current filter."""
        self.changed.emit(self.current())


def _combo(name: str) -> QComboBox:
    """A named combo box."""
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(COMBO_CHARS)  # narrow windows: the popup still shows it all
    combo.setAccessibleName(name)
    combo.setToolTip(name)
    return combo


def _refill(combo: QComboBox, any_text: str, items: list[tuple[str, str]]) -> None:
    """Replace a combo's items (first one means 'any') and keep the chosen value if still there."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(any_text, "")
    for value, text in items:
        combo.addItem(text, value)
    index = combo.findData(chosen) if chosen else 0
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)
