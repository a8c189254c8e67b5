"""The contact detail pane: profile, agreement against reality, timeline, meetings, tasks, goals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QTextDocument, QTextOption
from PySide6.QtWidgets import QTextBrowser

from mentordesk.core.enums import (
    Channel,
    Direction,
    InteractionKind,
    MentorshipDirection,
    MetChannel,
    Stage,
)
from mentordesk.core.goals import Pace
from mentordesk.core.relationships import ReplyStats, format_duration
from mentordesk.ui.format import fmt_date, fmt_datetime, fmt_percent, fmt_time, when_text
from mentordesk.ui.labels import label
from mentordesk.ui.widgets.long_text import TextViewerDialog, excerpt, is_long

PHOTO_URL = "mentordesk-photo://contact"
SHOW_ALL = "mentordesk-show-all"  # a link to the whole of a long text: show-all:notes
SYNC_CONFLICT = "mentordesk-sync-conflict"  # the link to settle what a sync could not merge
FIELD_CHARS = 1000  # a one-line field longer than this is cut ("…"); the editor has it all
WEB_SCHEMES = ("http://", "https://")
TIMELINE_ITEMS = 100  # newest interactions on the page; a long history would take long to lay out


def _weekday(index: int) -> str:
    """A weekday's short name in the user's language (0 is Monday)."""
    return QLocale().dayName(index + 1, QLocale.FormatType.ShortFormat)


def _tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """Translate a detail pane string (with ``n``, its plural form)."""
    return QCoreApplication.translate("", text, disambiguation, n)


class ContactDetailPane(QTextBrowser):
    """A read-only, selectable, scalable page about one contact; long texts are cut short."""

    sync_conflict_requested = Signal()
    """The user asked to look at the sync conflict of the contact shown."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName(_tr("Contact details"))
        self.setOpenLinks(False)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.detail = None
        self.viewer: TextViewerDialog | None = None
        self.anchorClicked.connect(self.open_link)
        self.show_nothing()

    def show_nothing(self) -> None:
        """Guide the user when no contact is selected."""
        self.detail = None
        self._shown: RenderedDetail | None = None
        hint = _tr("Select a contact to see how the relationship is going.")
        self.setHtml(f"<p>{escape(hint)}</p>")

    def show_detail(self, detail, now: datetime, *, needs_look: bool = False) -> None:
        """Render a ContactDetail, with its photo, and a link to settle a sync conflict."""
        self.show_rendered(render_detail(detail, now, needs_look=needs_look))

    def changeEvent(self, event: QEvent) -> None:
        """Write the page again when the theme changes: its links take the palette's colour."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._shown is not None:
            self.setHtml(self._shown.html)

    def show_rendered(self, rendered: RenderedDetail) -> None:
        """Show a page rendered in the job; the same page again (a reload) is left as it is."""
        self.detail = rendered.detail
        if rendered == self._shown:
            return
        self._shown = rendered
        if not rendered.photo.isNull():
            side = self.fontMetrics().height() * 6
            scaled = rendered.photo.scaled(
                side,
                side,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            self.document().addResource(
                QTextDocument.ResourceType.ImageResource, QUrl(PHOTO_URL), scaled
            )
        self.setHtml(rendered.html)

    def open_link(self, url: QUrl) -> None:
        """Show the whole of a cut text, or open a web link in the browser."""
        if url.scheme() == SYNC_CONFLICT:
            self.sync_conflict_requested.emit()
        elif url.scheme() == SHOW_ALL and self.detail is not None:
            title, text = full_text(self.detail, url.path())
            self.show_full_text(title, text)
        elif url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)

    def show_full_text(self, title: str, text: str) -> None:
        """Open the plain viewer on a whole text (window-modal, not blocking)."""
        self.viewer = TextViewerDialog(title=title, text=text, parent=self)
        self.viewer.open()


def needs_look_html(*, deleted_there: bool = False) -> str:
    """The line above a contact a sync marked, with the link that opens the conflict."""
    if deleted_there:
        text = escape(
            _tr("⚠ This contact was deleted on the server; it is kept here for your history.")
        )
        link = escape(_tr("Keep it or delete it here too…"))
    else:
        text = escape(_tr("⚠ This contact changed here and on the server since the last sync."))
        link = escape(_tr("Look at both versions…"))
    return f'<p><b>{text}</b> <a href="{SYNC_CONFLICT}:look">{link}</a></p>'


@dataclass(frozen=True, eq=False)
class RenderedDetail:
    """A contact's page as HTML, with its decoded photo (null when none), made in a job."""

    detail: Any
    html: str
    photo: QImage

    def __eq__(self, other: object) -> bool:
        """The same page: same HTML and same photo bytes."""
        if not isinstance(other, RenderedDetail):
            return NotImplemented
        return self.html == other.html and self.detail.photo == other.detail.photo

    __hash__ = None  # type: ignore[assignment]


def render_detail(
    detail, now: datetime, *, needs_look: bool = False, deleted_there: bool = False
) -> RenderedDetail:
    """Decode the photo and build the page (QImage and the text are safe off the GUI thread)."""
    photo = QImage.fromData(detail.photo) if detail.photo else QImage()
    banner = needs_look_html(deleted_there=deleted_there) if needs_look else ""
    page = banner + detail_html(detail, now, with_photo=not photo.isNull())
    return RenderedDetail(detail, page, photo)


def full_text(detail, key: str) -> tuple[str, str]:
    """The title and whole text behind a show-all link ("notes", "interaction/12")."""
    if key.startswith("interaction/"):
        wanted = int(key.partition("/")[2])
        row = next((i for i in detail.interactions if i.id == wanted), None)
        return _tr("Interaction with {0}").format(detail.name), row.summary if row else ""
    return _tr("Notes on {0}").format(detail.name), detail.notes


def detail_html(detail, now: datetime, *, with_photo: bool = False) -> str:
    """The whole page as simple HTML (headings, paragraphs, lists)."""
    photo = (
        f'<img src="{PHOTO_URL}" alt="{_short(_tr("Photo of {0}").format(detail.name))}">'
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
            [f"{when_text(m)} · {_short(m.title)}" for m in detail.upcoming_meetings],
        ),
        _list(_tr("Open tasks"), [f"{_short(t.title)} {_due(t)}" for t in detail.open_tasks]),
        _list(
            _tr("Goals"),
            [
                f"{_short(g.title)} — {fmt_percent(g.progress)}, {escape(label(Pace, g.pace))}"
                for g in detail.goals
            ],
        ),
    ]
    return "".join(parts)


def _profile(detail) -> str:
    """Name, role, where met, stage, contact details, time zone, tags and notes."""
    role = ", ".join(x for x in (detail.role, detail.organisation) if x)
    met = label(MetChannel, detail.met_channel) if detail.met_channel else _tr("Not recorded")
    met_line = " · ".join(x for x in (met, detail.met_detail, fmt_date(detail.met_on)) if x)
    lines = [
        f"<h2>{_short(detail.name)}</h2>",
        f"<p>{_short(role)}</p>" if role else "",
        _field(
            _tr("Relationship"),
            f"{label(MentorshipDirection, detail.direction)} · {label(Stage, detail.stage)}",
        ),
        _field(_tr("Stage history"), _stage_history(detail)),
        _field(_tr("Gave back"), _gave_back(detail)),
        _field(_tr("Where we met"), met_line),
        _field(_tr("Email"), ", ".join(e["value"] for e in detail.emails)),
        _field(_tr("Phone"), ", ".join(p["value"] for p in detail.phones)),
        _links(detail.links),
        _field(_tr("Birthday"), _birthday_text(detail.birthday)),
        _field(_tr("Their local time"), _local_time_text(detail)),
        _field(_tr("Tags"), ", ".join(detail.tags)),
        _field(_tr("Photo"), detail.photo_url),
        _long_field(_tr("Notes"), detail.notes, "notes"),
    ]
    return "".join(lines)


def _links(links: list[dict[str, str]]) -> str:
    """Web links as clickable anchors (other values as text)."""
    items = []
    for link in links:
        value = link["value"]
        text = _short(value)
        safe = value.startswith(WEB_SCHEMES) and len(value) <= FIELD_CHARS
        items.append(f'<a href="{escape(value)}">{text}</a>' if safe else text)
    heading = escape(_tr("Links"))
    return f"<p><b>{heading}:</b> {', '.join(items)}</p>" if items else ""


def _birthday_text(birthday: str) -> str:
    """'1990-04-12', or '04-12 (year unknown)' for a '--MM-DD' birthday."""
    if birthday.startswith("--"):
        return _tr("{0} (year unknown)").format(birthday[2:])
    return birthday


def _stage_history(detail) -> str:
    """Each stage reached, with its date, oldest first."""
    steps = [
        f"{label(Stage, stage)} ({fmt_date(when.astimezone().date())})"
        for stage, when in detail.stage_history
    ]
    return " → ".join(steps)


def _gave_back(detail) -> str:
    """How often the mentee gave something back, and when last."""
    given = detail.gave_back  # counted over the whole history, not only the rows listed
    if not given.count:
        return ""
    last = fmt_date(given.last.astimezone().date())
    if given.count == 1:
        return _tr("once, on {0}").format(last)
    return _tr("{0} times, last on {1}").format(given.count, last)


def _agreement(detail, now: datetime) -> str:
    """How you agreed to work together, and how that is going."""
    agreement = detail.agreement
    heading = escape(_tr("Agreement"))
    if agreement is None:
        hint = _tr("No agreement yet: edit the contact to record how you will work together.")
        return f"<h3>{heading}</h3><p>{escape(hint)}</p>"
    channels = ", ".join(label(Channel, c) for c in agreement.channels)
    windows = ", ".join(
        f"{_weekday(w.weekday)} {w.start:%H:%M}–{w.end:%H:%M}" for w in agreement.availability
    )
    cadence = format_duration(agreement.cadence) if agreement.cadence else ""
    return "".join(
        [
            f"<h3>{heading}</h3>",
            _field(_tr("Channels, preferred first"), channels),
            _field(_tr("Available (their time)"), windows),
            _field(_tr("They reply"), _reply_text(detail.their_reply_stats)),
            _field(_tr("I reply"), _reply_text(detail.my_reply_stats)),
            _field(_tr("Meet or talk every"), cadence),
            _field(_tr("Stay in touch by"), _due_text(detail.stay_in_touch_due, now)),
        ]
    )


def _local_time_text(detail) -> str:
    """'14:05 (Thu), Europe/Berlin — inside their window', or when the next window opens."""
    if detail.local_time is None:
        return detail.timezone
    clock = f"{fmt_time(detail.local_time)} ({_weekday(detail.local_time.weekday())})"
    text = f"{clock}, {detail.timezone}"
    if detail.inside_window:
        return text + " — " + _tr("inside their window now")
    if detail.next_window is not None:
        opens = f"{_weekday(detail.next_window.weekday())} {fmt_time(detail.next_window)}"
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
    """'1 reply' or 'N replies' (a plural the translation chooses)."""
    return _tr("%n reply(s)", "", count)


def _due_text(due: datetime | None, now: datetime) -> str:
    """A stay-in-touch date, marked when it has passed."""
    if due is None:
        return ""
    text = fmt_datetime(due)
    return text + " — " + _tr("overdue") if due <= now else text


def _timeline(detail) -> str:
    """The newest interactions (the log has them all); overdue follow-ups and give-backs marked."""
    items = []
    rows = detail.interactions[:TIMELINE_ITEMS]  # the service reads the newest page only
    for row in rows:
        arrow = "→" if row.direction == Direction.OUT.value else "←"
        kind = label(InteractionKind, row.kind)
        overdue = escape(_tr("no reply yet, follow up"))
        flag = f" <b>{overdue}</b>" if row.overdue else ""
        channel = label(Channel, row.channel)
        when = fmt_datetime(row.occurred_at)
        summary = _long_text(row.summary, f"interaction/{row.id}")
        items.append(f"{when} {arrow} {channel} · {kind}: {summary}{flag}")
    shown = _list(_tr("Interactions"), items, empty=_tr("No interactions logged yet."))
    total = detail.interaction_count
    if total <= len(rows):
        return shown
    more = _tr(
        "The newest {0} of %n interaction(s); Interactions… (Ctrl+Shift+L) lists them all.",
        "",
        total,
    ).format(len(rows))
    return f"{shown}<p>{escape(more)}</p>"


def _due(task) -> str:
    """A task's due date in brackets, if it has one."""
    return f"({fmt_date(task.due)})" if task.due else ""


def _field(name: str, value: str) -> str:
    """One 'Name: value' paragraph (a long value cut short), or nothing for an empty value."""
    return f"<p><b>{escape(name)}:</b> {_short(value)}</p>" if value else ""


def _long_field(name: str, value: str, key: str) -> str:
    """A paragraph for a text that may be long: 'Show all' first when cut, then its start."""
    if not value:
        return ""
    if not is_long(value):
        return f"<p><b>{escape(name)}:</b> {_lines(value)}</p>"
    return f"<p><b>{escape(name)}:</b> {_show_all(value, key)}<br>{_lines(excerpt(value))}</p>"


def _long_text(value: str, key: str) -> str:
    """HTML of a text's start, line breaks kept, followed by 'Show all' when it was cut."""
    if not is_long(value):
        return _lines(value)
    return f"{_lines(excerpt(value))} {_show_all(value, key)}"


def _lines(value: str) -> str:
    """Escaped HTML of a text, its line breaks kept."""
    return escape(value).replace("\n", "<br>")


def _show_all(value: str, key: str) -> str:
    """A link that opens the whole text in the plain viewer."""
    more = _tr("Show all ({0} characters)").format(QLocale().toString(len(value)))
    return f'<a href="{SHOW_ALL}:{key}">{escape(more)}</a>'


def _short(value: str) -> str:
    """Escaped HTML of a one-line value, cut at FIELD_CHARS."""
    return escape(excerpt(value, limit=FIELD_CHARS, lines=5))


def _list(title: str, items: list[str], *, empty: str = "") -> str:
    """A heading with a bullet list (items are already escaped HTML)."""
    if not items and not empty:
        return ""
    body = "".join(f"<li>{i}</li>" for i in items) if items else f"<p>{escape(empty)}</p>"
    return f"<h3>{escape(title)}</h3>" + (f"<ul>{body}</ul>" if items else body)
