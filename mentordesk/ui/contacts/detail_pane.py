"""The contact detail pane: profile, agreement against reality, timeline, meetings, tasks, goals."""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser

from mentordesk.core.enums import (
    Channel,
    Direction,
    InteractionKind,
    MentorshipDirection,
    MetChannel,
    Stage,
)
from mentordesk.core.relationships import ReplyStats, format_duration
from mentordesk.ui.format import fmt_date, fmt_datetime, fmt_percent, fmt_time, when_text
from mentordesk.ui.labels import label

PHOTO_URL = "mentordesk-photo://contact"
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _tr(text: str) -> str:
    """Translate a detail pane string."""
    return QCoreApplication.translate("ContactDetailPane", text)


class ContactDetailPane(QTextBrowser):
    """A read-only, selectable, scalable page about one contact."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName(_tr("Contact details"))
        self.setOpenLinks(False)
        self.show_nothing()

    def show_nothing(self) -> None:
        """Guide the user when no contact is selected."""
        self.setHtml(
            f"<p>{escape(_tr('Select a contact to see how the relationship is going.'))}</p>"
        )

    def show_detail(self, detail, now: datetime) -> None:
        """Render a ContactDetail, with its photo when it has an embedded one."""
        image = QImage.fromData(detail.photo) if detail.photo else QImage()
        if not image.isNull():
            side = self.fontMetrics().height() * 6
            scaled = image.scaled(
                side,
                side,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            self.document().addResource(
                QTextDocument.ResourceType.ImageResource, QUrl(PHOTO_URL), scaled
            )
        self.setHtml(detail_html(detail, now, with_photo=not image.isNull()))


def detail_html(detail, now: datetime, *, with_photo: bool = False) -> str:
    """The whole page as simple HTML (headings, paragraphs, lists)."""
    photo = (
        f'<img src="{PHOTO_URL}" alt="{escape(_tr("Photo of {0}").format(detail.name))}">'
        if with_photo
        else ""
    )
    parts = [
        photo,
        _profile(detail),
        _agreement(detail, now),
        _timeline(detail),
        _list(
            _tr("Upcoming meetings"),
            [f"{when_text(m)} · {escape(m.title)}" for m in detail.upcoming_meetings],
        ),
        _list(_tr("Open tasks"), [f"{escape(t.title)} {_due(t)}" for t in detail.open_tasks]),
        _list(
            _tr("Goals"),
            [
                f"{escape(g.title)} — {fmt_percent(g.progress)}, {escape(_tr(g.pace.label))}"
                for g in detail.goals
            ],
        ),
    ]
    return "".join(parts)


def _profile(detail) -> str:
    """Name, role, where met, stage, contact details, tags and notes."""
    role = ", ".join(x for x in (detail.role, detail.organisation) if x)
    met = label(MetChannel, detail.met_channel) if detail.met_channel else _tr("Not recorded")
    met_line = " · ".join(x for x in (met, detail.met_detail, fmt_date(detail.met_on)) if x)
    lines = [
        f"<h2>{escape(detail.name)}</h2>",
        f"<p>{escape(role)}</p>" if role else "",
        _field(
            _tr("Relationship"),
            f"{label(MentorshipDirection, detail.direction)} · {label(Stage, detail.stage)}",
        ),
        _field(_tr("Stage history"), _stage_history(detail)),
        _field(_tr("Gave back"), _gave_back(detail)),
        _field(_tr("Where we met"), met_line),
        _field(_tr("Email"), ", ".join(e["value"] for e in detail.emails)),
        _field(_tr("Phone"), ", ".join(p["value"] for p in detail.phones)),
        _field(_tr("Tags"), ", ".join(detail.tags)),
        _field(_tr("Photo"), detail.photo_url),
        _field(_tr("Notes"), detail.notes),
    ]
    return "".join(lines)


def _stage_history(detail) -> str:
    """Each stage reached, with its date, oldest first."""
    steps = [
        f"{label(Stage, stage)} ({fmt_date(when.astimezone().date())})"
        for stage, when in detail.stage_history
    ]
    return " → ".join(steps)


def _gave_back(detail) -> str:
    """How often the mentee gave something back, and when last."""
    given = [i for i in detail.interactions if i.kind == InteractionKind.GAVE_BACK.value]
    if not given:
        return ""
    last = fmt_date(given[0].occurred_at.astimezone().date())
    if len(given) == 1:
        return _tr("once, on {0}").format(last)
    return _tr("{0} times, last on {1}").format(len(given), last)


def _agreement(detail, now: datetime) -> str:
    """How you agreed to work together, and how that is going."""
    agreement = detail.agreement
    if agreement is None:
        hint = _tr("No agreement yet: edit the contact to record how you will work together.")
        return f"<h3>{escape(_tr('Agreement'))}</h3><p>{escape(hint)}</p>"
    channels = ", ".join(label(Channel, c) for c in agreement.channels)
    windows = ", ".join(
        f"{WEEKDAYS[w.weekday]} {w.start:%H:%M}–{w.end:%H:%M}" for w in agreement.availability
    )
    cadence = format_duration(agreement.cadence) if agreement.cadence else ""
    return "".join(
        [
            f"<h3>{_tr('Agreement')}</h3>",
            _field(_tr("Channels, preferred first"), channels),
            _field(_tr("Available (their time)"), windows),
            _field(_tr("Their local time"), _local_time_text(detail)),
            _field(_tr("They reply"), _reply_text(detail.their_reply_stats)),
            _field(_tr("I reply"), _reply_text(detail.my_reply_stats)),
            _field(_tr("Meet or talk every"), cadence),
            _field(_tr("Stay in touch by"), _due_text(detail.stay_in_touch_due, now)),
        ]
    )


def _local_time_text(detail) -> str:
    """'14:05 (Thu) — inside their window' or when the next window opens."""
    if detail.local_time is None:
        return ""
    text = f"{fmt_time(detail.local_time)} ({WEEKDAYS[detail.local_time.weekday()]})"
    if detail.inside_window:
        return text + " — " + _tr("inside their window now")
    if detail.next_window is not None:
        opens = f"{WEEKDAYS[detail.next_window.weekday()]} {fmt_time(detail.next_window)}"
        return text + " — " + _tr("outside their window; next opens {0} their time").format(opens)
    return text


def _reply_text(stats: ReplyStats) -> str:
    """Measured median against the agreed reply time."""
    agreed = format_duration(stats.agreed) if stats.agreed else _tr("not agreed")
    if not stats.count:
        return _tr("no replies measured yet (agreed: {0})").format(agreed)
    verdict = (
        ""
        if stats.within_agreement is None
        else (" ✓" if stats.within_agreement else " ✗ " + _tr("slower than agreed"))
    )
    return (
        _tr("median {0} over {1} (agreed: {2})").format(
            format_duration(stats.median), _replies(stats.count), agreed
        )
        + verdict
    )


def _replies(count: int) -> str:
    """'1 reply' or 'N replies'."""
    return _tr("1 reply") if count == 1 else _tr("{0} replies").format(count)


def _due_text(due: datetime | None, now: datetime) -> str:
    """A stay-in-touch date, marked when it has passed."""
    if due is None:
        return ""
    text = fmt_datetime(due)
    return text + " — " + _tr("overdue") if due <= now else text


def _timeline(detail) -> str:
    """Every interaction, newest first; overdue follow-ups and give-backs marked."""
    items = []
    for row in detail.interactions:
        arrow = "→" if row.direction == Direction.OUT.value else "←"
        kind = label(InteractionKind, row.kind)
        flag = f" <b>{escape(_tr('no reply yet, follow up'))}</b>" if row.overdue else ""
        channel = label(Channel, row.channel)
        when = fmt_datetime(row.occurred_at)
        items.append(f"{when} {arrow} {channel} · {kind}: {escape(row.summary)}{flag}")
    return _list(_tr("Interactions"), items, empty=_tr("No interactions logged yet."))


def _due(task) -> str:
    """A task's due date in brackets, if it has one."""
    return f"({fmt_date(task.due)})" if task.due else ""


def _field(name: str, value: str) -> str:
    """One 'Name: value' paragraph, or nothing for an empty value."""
    return f"<p><b>{escape(name)}:</b> {escape(value)}</p>" if value else ""


def _list(title: str, items: list[str], *, empty: str = "") -> str:
    """A heading with a bullet list (items are already escaped HTML)."""
    if not items and not empty:
        return ""
    body = "".join(f"<li>{i}</li>" for i in items) if items else f"<p>{escape(empty)}</p>"
    return f"<h3>{escape(title)}</h3>" + (f"<ul>{body}</ul>" if items else body)
