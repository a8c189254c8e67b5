"""The guided review's first page: a mentorship's plan against what got done, as rich text."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from mentordesk.core.goals import Pace
from mentordesk.services.reviews.guided import ReviewFacts, TaskFact
from mentordesk.ui.format import fmt_date, fmt_minutes, fmt_percent


def _tr(text: str) -> str:
    """Translate a phrase of the facts page."""
    return QCoreApplication.translate("", text)


def outcome_label(outcome: str) -> str:
    """How a task turned out, for people."""
    return {
        "on_time": _tr("done on time"),
        "late": _tr("done late"),
        "overdue": _tr("overdue"),
        "open": _tr("open, not yet due"),
        "dropped": _tr("dropped"),
    }.get(outcome, _tr("open"))


def status_label(status: str) -> str:
    """Where an expectation stands, for people."""
    return {
        "proposed": _tr("proposed"),
        "agreed": _tr("agreed"),
        "met": _tr("met"),
        "missed": _tr("missed"),
        "replaced": _tr("replaced"),
    }.get(status, status)


def facts_html(facts: ReviewFacts) -> str:
    """Meetings, tasks, time, goals and expectations of the period."""
    parts = [
        _tr("<h3>{0}: {1} – {2}</h3>").format(
            escape(facts.contact_name), fmt_date(facts.period_start), fmt_date(facts.period_end)
        ),
        _meetings(facts),
        _tasks(facts),
        _tr("<p><b>Time invested:</b> {0}</p>").format(fmt_minutes(facts.minutes) or "0 min"),
        _goals(facts),
        _expectations(facts),
    ]
    return "".join(parts)


def _meetings(facts: ReviewFacts) -> str:
    """Meetings held against planned, and what the agreed cadence asks for."""
    text = _tr("<p><b>Meetings:</b> {0} held of {1} planned, {2} cancelled").format(
        facts.meetings_held, facts.meetings_planned, facts.meetings_cancelled
    )
    if facts.meetings_expected:
        text += _tr("; the agreed cadence asks for {0}").format(facts.meetings_expected)
    return text + "</p>"


def _tasks(facts: ReviewFacts) -> str:
    """Tasks due in the period and how each turned out."""
    tally = facts.task_tally
    head = _tr("<p><b>Tasks due in the period:</b> {0} of {1} done, {2} late</p>").format(
        tally.done, tally.planned, tally.late
    )
    due = [t for t in facts.tasks if t.outcome]
    return head + _items(f"{_task_line(t)}" for t in due)


def _task_line(task: TaskFact) -> str:
    """A task with its due date and outcome."""
    return _tr("{0} (due {1}): {2}").format(
        escape(task.title), fmt_date(task.due), outcome_label(task.outcome)
    )


def _pace(pace: str) -> str:
    """A goal's pace inside a sentence ("behind"; German keeps its capitals)."""
    words = {
        Pace.AHEAD: _tr("ahead"),
        Pace.ON_TRACK: _tr("on track"),
        Pace.BEHIND: _tr("behind"),
        Pace.NO_PLAN: _tr("no plan"),
    }
    return words.get(Pace(pace), str(pace))


def _goals(facts: ReviewFacts) -> str:
    """Each goal's progress and pace."""
    lines = [
        _tr("{0}: {1}, {2}, target {3}").format(
            escape(g.title),
            fmt_percent(g.progress),
            _pace(g.pace),
            fmt_date(g.target_date) or _tr("none"),
        )
        for g in facts.goals
    ]
    return _tr("<p><b>Goals:</b></p>") + (_items(lines) if lines else _tr("<p>None.</p>"))


def _expectations(facts: ReviewFacts) -> str:
    """Expectations met, missed and open, each with its state."""
    tally = facts.expectation_tally
    head = _tr("<p><b>Expectations:</b> {0} met, {1} missed, {2} open</p>").format(
        tally.met, tally.missed, tally.open
    )
    lines = [f"{escape(e.text)}: {status_label(e.status)}" for e in facts.expectations]
    return head + _items(lines)


def _items(lines) -> str:
    """Lines as a bulleted list ('' when there are none)."""
    lines = list(lines)
    return "<ul>" + "".join(f"<li>{line}</li>" for line in lines) + "</ul>" if lines else ""
