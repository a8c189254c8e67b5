"""How one occurrence is drawn and described: mentor colour, held mark, cancelled struck out."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen

from mentordesk.core.enums import MeetingStatus, TimeKind
from mentordesk.services.calendar.occurrences import OccurrenceRow
from mentordesk.ui.calendar.placing import local_span
from mentordesk.ui.format import fmt_date, fmt_time, when_text
from mentordesk.ui.labels import label
from mentordesk.ui.theme import mentor_colours

HELD_MARK = "✓ "


def _tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """Translate a grid text."""
    return QCoreApplication.translate("", text, disambiguation, n)


def mentor_of(row: OccurrenceRow) -> int | None:
    """The contact a meeting is coloured by: its first linked contact."""
    return row.attendee_ids[0] if row.attendee_ids else None


def start_text(row: OccurrenceRow) -> str:
    """The local start time ("17:30"), or nothing for an all-day occurrence."""
    if row.time.kind is TimeKind.ALL_DAY:
        return ""
    return fmt_time(local_span(row)[0])


def chip_text(row: OccurrenceRow, *, with_time: bool = True) -> str:
    """The short text on a chip: held mark, start time and title."""
    mark = HELD_MARK if row.status == MeetingStatus.HELD.value else ""
    time = start_text(row) if with_time else ""
    return f"{mark}{time} {row.title}".strip() if time else f"{mark}{row.title}"


def paint_chip(
    painter: QPainter,
    rect: QRectF,
    row: OccurrenceRow,
    text: str,
    *,
    palette: QPalette,
    focused: bool = False,
    wrap: bool = False,
) -> None:
    """A rounded block in the mentor's colour with its text; cancelled ones struck out.

    Leaves the painter's pen, brush, font and opacity changed (cheaper than save/restore
    for hundreds of chips); callers set their own before drawing anything else.
    """
    fill, ink = mentor_colours(mentor_of(row), palette)
    cancelled = row.status == MeetingStatus.CANCELLED.value
    painter.setOpacity(0.6 if cancelled else 1.0)
    painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2) if focused else ink)
    painter.setBrush(fill)
    painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
    font = painter.font()
    if font.strikeOut() != cancelled:
        font.setStrikeOut(cancelled)
        painter.setFont(font)
    painter.setPen(ink)
    inner = rect.adjusted(4, 1, -3, -1)
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
    if wrap:  # only whole lines: the ones that do not fit are left out
        line = painter.fontMetrics().height()
        inner.setHeight(max(1, int(inner.height() // line)) * line)
        painter.setClipRect(inner)
        painter.drawText(inner, int(flags | Qt.TextFlag.TextWordWrap), text)
        painter.setClipping(False)
    else:
        elided = painter.fontMetrics().elidedText(
            text, Qt.TextElideMode.ElideRight, int(inner.width())
        )
        painter.drawText(inner, int(flags | Qt.AlignmentFlag.AlignVCenter), elided)
    painter.setOpacity(1.0)


def describe_row(row: OccurrenceRow) -> str:
    """One occurrence for a screen reader: when, what, with whom, and its status."""
    parts = [when_text(row), row.title]
    if row.attendees:
        parts.append(_tr("with {0}").format(row.attendees))
    parts.append(label(MeetingStatus, row.status))
    if getattr(row, "moved", False):  # OccurrenceRow.moved comes with the cal-core branch
        parts.append(_tr("moved"))
    return ", ".join(parts)


def describe_day(day: date, rows: list[OccurrenceRow], today: date) -> str:
    """A day for a screen reader: its date, 'today', and how many meetings."""
    text = fmt_date(day)
    if day == today:
        text = _tr("{0}, today").format(text)
    if not rows:
        return _tr("{0}: no meetings").format(text)
    return _tr("{0}: %n meeting(s)", "", len(rows)).format(text)
