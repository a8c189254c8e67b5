"""The review report, Qt-free: its chart data, its Markdown, and the HTML the PDF is made from."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape
from pathlib import Path

from mentordesk.core.errors import UserError
from mentordesk.core.goals import Pace
from mentordesk.core.relationships import ReplyStats, format_duration
from mentordesk.core.review_headline import english_headline, plural
from mentordesk.core.review_metrics import GoalStanding, TaskOutcomes, WeekValue
from mentordesk.core.review_metrics_summary import HeadlinePart, MentorMetrics
from mentordesk.services.reviews.dashboard import Dashboard

REPORT_FORMATS = {".pdf": "pdf", ".html": "html", ".htm": "html", ".md": "md"}
Words = Callable[[list[HeadlinePart]], str]


@dataclass(frozen=True)
class ChartSeries:
    """One series of a chart: its name, one value per category, bars or a line, its colour."""

    name: str
    values: tuple[float, ...]
    kind: str  # "bar" or "line"
    colour: str  # a name in ui/theme.py COLOURS


@dataclass(frozen=True)
class ChartData:
    """A chart as plain values, drawn by the UI and the report, described for screen readers."""

    key: str
    title: str
    categories: tuple[str, ...]
    series: tuple[ChartSeries, ...]

    def description(self) -> str:
        """The chart's numbers as text: "Title. 2026-11-02: held 2, agreed 1.5; …"."""
        points = [
            f"{label}: " + ", ".join(f"{s.name} {_number(s.values[i])}" for s in self.series)
            for i, label in enumerate(self.categories)
        ]
        return f"{self.title}. " + ("; ".join(points) if points else "No data") + "."


@dataclass(frozen=True)
class ChartWords:
    """The titles and series names of the charts (English by default; the UI translates)."""

    time_title: str = "Time invested per week (hours)"
    time_series: str = "hours"
    meetings_title: str = "Meetings held per week against the agreed cadence"
    meetings_held: str = "held"
    meetings_agreed: str = "agreed"
    changes_title: str = "Changes made in each review cycle"
    changes_series: str = "changes"


def _number(value: float) -> str:
    """A figure with at most one decimal, without a trailing ".0"."""
    return f"{value:.1f}".removesuffix(".0")


def _weeks(weeks: list[WeekValue], label: Callable[[date], str]) -> tuple[str, ...]:
    """The week labels of a weekly series."""
    return tuple(label(week.week) for week in weeks)


def dashboard_charts(
    dash: Dashboard, words: ChartWords | None = None, label: Callable[[date], str] = date.isoformat
) -> list[ChartData]:
    """The dashboard's three trend charts for the mentors shown."""
    words, overall = words or ChartWords(), dash.overall
    weeks = overall.minutes_by_week
    hours = tuple(round(w.value / 60, 1) for w in weeks)
    held = tuple(w.value for w in overall.meetings_by_week)
    agreed = tuple(round(overall.cadence_per_week, 2) for _ in held)
    reviews = overall.reviews
    return [
        ChartData(
            "time",
            words.time_title,
            _weeks(weeks, label),
            (ChartSeries(words.time_series, hours, "bar", "chart_time"),),
        ),
        ChartData(
            "meetings",
            words.meetings_title,
            _weeks(overall.meetings_by_week, label),
            (
                ChartSeries(words.meetings_held, held, "bar", "chart_meetings"),
                ChartSeries(words.meetings_agreed, agreed, "line", "chart_cadence"),
            ),
        ),
        ChartData(
            "changes",
            words.changes_title,
            tuple(label(r.period_end) for r in reviews),
            (
                ChartSeries(
                    words.changes_series,
                    tuple(float(r.changes) for r in reviews),
                    "bar",
                    "chart_changes",
                ),
            ),
        ),
    ]


def report_format(path: Path) -> str:
    """ "pdf", "html" or "md" from the file's extension; anything else is one clear line."""
    kind = REPORT_FORMATS.get(path.suffix.lower())
    if kind is None:
        raise UserError(
            f"cannot tell the report format from {path.name!r}: end the name in .pdf, .html or .md"
        )
    return kind


def report_title(dash: Dashboard) -> str:
    """The report's title: the period it covers."""
    period = dash.period
    return f"Mentoring review, {period.start.isoformat()} to {period.end.isoformat()}"


def _minutes(minutes: int) -> str:
    """Minutes as "7 h 30 min" (or "none")."""
    return format_duration(timedelta(minutes=minutes)) if minutes else "none"


def _replies(stats: ReplyStats) -> str:
    """A reply-time line: median, count, and the agreement."""
    if stats.median is None:
        measured = "no replies measured"
    else:
        count = plural(stats.count, "reply", "replies")
        measured = f"median {format_duration(stats.median)} over {count}"
    if stats.agreed is None:
        return f"{measured} (nothing agreed)"
    keep = {True: "within", False: "slower than", None: "agreed"}[stats.within_agreement]
    return f"{measured} ({keep} {format_duration(stats.agreed)})"


def _goal(goal: GoalStanding) -> str:
    """A goal's standing: pace, weeks off plan, planned against actual."""
    line = f"{goal.title}: {goal.pace.label.lower()}"
    if goal.pace in (Pace.AHEAD, Pace.BEHIND):
        line += f" by {plural(abs(goal.weeks) or 1, 'week', 'weeks')}"
    if goal.planned is not None:
        line += f" ({round(goal.actual * 100)}% done, {round(goal.planned * 100)}% planned)"
    return line


def _tasks(tasks: TaskOutcomes) -> str:
    """Task outcomes in words."""
    return (
        f"{tasks.on_time} on time, {tasks.late} late, {tasks.overdue} overdue, "
        f"{tasks.open} not due yet"
    )


def mentor_lines(metrics: MentorMetrics) -> list[tuple[str, str]]:
    """(what, figure) lines of one mentor's section."""
    meet, contact, tasks = metrics.meetings, metrics.last_contact, metrics.tasks
    expected = "no cadence agreed" if meet.expected is None else f"of {meet.expected} expected"
    days = (
        "no contact yet" if contact.days is None else f"{plural(contact.days, 'day', 'days')} ago"
    )
    agreed = (
        "" if contact.agreed is None else f" (agreed every {plural(contact.agreed, 'day', 'days')})"
    )
    changes = ", ".join(f"{r.period_end.isoformat()}: {r.changes}" for r in metrics.reviews)
    return [
        ("Meetings held", f"{meet.held} {expected}; {meet.cancelled} cancelled, "
                          f"{meet.planned} planned"),
        ("Last contact", days + agreed),
        ("Their replies", _replies(metrics.replies.theirs)),
        ("My replies", _replies(metrics.replies.mine)),
        ("Tasks due", _tasks(tasks)),
        ("Goals", "; ".join(_goal(g) for g in metrics.goals) or "none"),
        ("Time invested", _minutes(metrics.minutes)),
        ("Changes per review", changes or "no reviews yet"),
    ]  # fmt: skip


def overview_lines(dash: Dashboard) -> list[tuple[str, str]]:
    """(what, figure) lines of the overview."""
    overall = dash.overall
    tasks, paces = overall.tasks, overall.goals_by_pace
    return [
        ("Mentors", ", ".join(x.name for x in dash.mentors) or "none"),
        ("Meetings held", f"{overall.meetings_held} of {overall.meetings_expected} expected"),
        ("Tasks due", _tasks(tasks)),
        ("Goals", f"{paces[Pace.AHEAD]} ahead, {paces[Pace.ON_TRACK]} on track, "
                  f"{paces[Pace.BEHIND]} behind"),
        ("Time invested", _minutes(overall.minutes)),
    ]  # fmt: skip


def report_markdown(dash: Dashboard, *, words: Words = english_headline) -> str:
    """The report as Markdown: overview, the charts' numbers, then a section per mentor."""
    out = [f"# {report_title(dash)}", "", "## Overview", ""]
    out += _md_table(overview_lines(dash))
    for chart in dashboard_charts(dash):
        out += ["", f"### {chart.title}", "", *_md_chart(chart)]
    for mentor in dash.mentors:
        out += ["", f"## {mentor.name}", "", f"*{words(mentor.headline)}*", ""]
        out += _md_table(mentor_lines(mentor))
    return "\n".join(out) + "\n"


def _md_chart(chart: ChartData) -> list[str]:
    """A chart's numbers as a Markdown table: one row per category."""
    if not chart.categories:
        return ["No data."]
    head = "| | " + " | ".join(s.name for s in chart.series) + " |"
    rule = "|---|" + "---:|" * len(chart.series)
    rows = [
        f"| {label} | " + " | ".join(_number(s.values[i]) for s in chart.series) + " |"
        for i, label in enumerate(chart.categories)
    ]
    return [head, rule, *rows]


def _md_table(lines: list[tuple[str, str]]) -> list[str]:
    """Two-column Markdown table rows."""
    cells = [(what, value.replace("|", "\\|")) for what, value in lines]
    return ["| | |", "|---|---|", *[f"| {what} | {value} |" for what, value in cells]]


def short_day(day: date) -> str:
    """A day as "28 Sep", short enough for a chart's axis."""
    return f"{day.day} {day:%b}"


def report_html(
    dash: Dashboard,
    *,
    images: dict[str, str],
    words: Words = english_headline,
    image_width: int = 640,
) -> str:
    """The report as HTML; ``images`` maps each chart key to its image source."""
    parts = [f"<h1>{escape(report_title(dash))}</h1>", "<h2>Overview</h2>"]
    parts.append(_html_table(overview_lines(dash)))
    for chart in dashboard_charts(dash, label=short_day):
        if chart.key in images:
            parts.append(_html_chart(chart, images[chart.key], image_width))
    for mentor in dash.mentors:
        parts.append(f"<h2>{escape(mentor.name)}</h2>")
        parts.append(f"<p><i>{escape(words(mentor.headline))}</i></p>")
        parts.append(_html_table(mentor_lines(mentor)))
    body = "\n".join(parts)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(report_title(dash))}</title></head>\n<body>\n{body}\n</body></html>\n"
    )


def _html_table(lines: list[tuple[str, str]]) -> str:
    """A two-column table: what, figure."""
    rows = "".join(
        f"<tr><th align='left' valign='top'>{escape(what)}</th><td>{escape(value)}</td></tr>"
        for what, value in lines
    )
    return f"<table border='1' cellspacing='0' cellpadding='4' width='100%'>{rows}</table>"


def _html_chart(chart: ChartData, source: str, width: int) -> str:
    """A chart image (titled inside) with its numbers as the text alternative."""
    alt = escape(chart.description(), quote=True)
    return f"<p><img src='{escape(source, quote=True)}' alt='{alt}' width='{width}'></p>"
