"""The contacts list model."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mentordesk.core.enums import MentorshipDirection, MetChannel, Stage
from mentordesk.services.contacts.attention import AttentionReason
from mentordesk.ui.format import fmt_date, fmt_datetime
from mentordesk.ui.labels import label
from mentordesk.ui.widgets.table_model import Column, RowTableModel


def _tr(text: str) -> str:
    """Translate a column title."""
    return QCoreApplication.translate("", text)


def _name_text(row) -> str:
    """The name, marked when a sync conflict waits to be looked at."""
    if not row.needs_look:
        return row.name
    return row.name + " ⚠ " + _tr("needs a look")


def contact_columns() -> list[Column]:
    """The columns of the contacts list."""
    stage_order = {value: i for i, value in enumerate(Stage.values())}
    return [
        Column(_tr("Name"), _name_text),
        Column(
            _tr("Attention"),
            lambda r: label(AttentionReason, r.attention_reason) if r.needs_attention else "",
            lambda r: f"{0 if r.needs_attention else 1}{r.name.casefold()}",
            priority=1,
        ),
        Column(_tr("Organisation"), lambda r: r.organisation, priority=3),
        Column(_tr("Role"), lambda r: r.role, priority=5),
        Column(
            _tr("Stage"),
            lambda r: label(Stage, r.stage),
            lambda r: stage_order.get(r.stage, 99),
            priority=2,
        ),
        Column(_tr("Relationship"), lambda r: label(MentorshipDirection, r.direction), priority=7),
        Column(
            _tr("Where we met"),
            lambda r: label(MetChannel, r.met_channel) if r.met_channel else "",
            priority=6,
        ),
        Column(_tr("Met on"), lambda r: fmt_date(r.met_on), lambda r: r.met_on, priority=9),
        Column(_tr("Time zone"), lambda r: r.timezone, priority=10),
        Column(_tr("Tags"), lambda r: ", ".join(r.tags), priority=8),
        Column(
            _tr("Last contact"),
            lambda r: fmt_datetime(r.last_contact),
            lambda r: r.last_contact.isoformat() if r.last_contact else "",
            priority=4,
        ),
    ]


class ContactTableModel(RowTableModel):
    """Contacts as rows of ContactRow."""

    def __init__(self, parent=None) -> None:
        super().__init__(contact_columns(), parent)
        self.search_extra = contact_search_extra


def contact_search_extra(row) -> str:
    """Beyond the columns, a contact is found by where-met detail, notes and email."""
    return " ".join((row.met_detail, row.notes, *row.emails))
