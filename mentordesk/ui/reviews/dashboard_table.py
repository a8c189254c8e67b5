"""The dashboard's numbers: one row per mentor."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mentordesk.core.goals import Pace
from mentordesk.core.relationships import ReplyStats, format_duration
from mentordesk.core.review_metrics_summary import MentorMetrics
from mentordesk.ui.format import fmt_minutes
from mentordesk.ui.labels import label
from mentordesk.ui.widgets.table_model import Column, RowTableModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def meetings_text(x: MentorMetrics) -> str:
    """'held of expected', or just held without a cadence."""
    if x.meetings.expected is None:
        return str(x.meetings.held)
    return _tr("{0} of {1}").format(x.meetings.held, x.meetings.expected)


def contact_text(x: MentorMetrics) -> str:
    """Days since the last contact, and the agreed cadence."""
    contact = x.last_contact
    days = _tr("never") if contact.days is None else _tr("{0} d ago").format(contact.days)
    return days if contact.agreed is None else _tr("{0} (every {1} d)").format(days, contact.agreed)


def reply_text(stats: ReplyStats) -> str:
    """The median reply time against the agreed one."""
    median = "—" if stats.median is None else format_duration(stats.median)
    if stats.agreed is None:
        return median
    return _tr("{0} (agreed {1})").format(median, format_duration(stats.agreed))


def tasks_text(x: MentorMetrics) -> str:
    """On time / late / overdue."""
    t = x.tasks
    return _tr("{0} / {1} / {2}").format(t.on_time, t.late, t.overdue)


def goals_text(x: MentorMetrics) -> str:
    """Each goal's pace."""
    return ", ".join(label(Pace, g.pace) for g in x.goals) or "—"


def metric_columns() -> list[Column]:
    """The dashboard table's columns; the less telling ones hide first when narrow."""
    return [
        Column(_tr("Mentor"), lambda x: x.name),
        Column(_tr("Meetings held"), meetings_text, lambda x: x.meetings.held, True),
        Column(_tr("Last contact"), contact_text, lambda x: x.last_contact.days or 0),
        Column(_tr("Tasks on time / late / overdue"), tasks_text, priority=1),
        Column(_tr("Goals"), goals_text, priority=1),
        Column(
            _tr("Time"), lambda x: fmt_minutes(x.minutes), lambda x: x.minutes, True, priority=2
        ),
        Column(_tr("Their replies"), lambda x: reply_text(x.replies.theirs), priority=3),
        Column(_tr("My replies"), lambda x: reply_text(x.replies.mine), priority=3),
    ]  # each mentor's headline is spelled out under the table


class MentorMetricsModel(RowTableModel):
    """Mentors' metrics as rows of MentorMetrics."""

    def __init__(self, parent=None) -> None:
        super().__init__(metric_columns(), parent)
