"""Open the meeting editor: load in the background, check, prepare, find a time, save undoably."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from mentordesk.core.changes import ChangeKind
from mentordesk.core.meeting_time import MeetingTime
from mentordesk.services.calendar.action_items import create_tasks_from_notes
from mentordesk.services.calendar.editing import (
    ContactChoice,
    MeetingDraft,
    create_meeting,
    list_contact_choices,
    load_meeting,
    load_occurrence,
    my_zone,
    occurrence_of,
    save_occurrence,
    update_meeting,
    update_series_from_occurrence,
)
from mentordesk.services.calendar.find_time import check_meeting, people_windows, propose_slots
from mentordesk.services.calendar.occurrences import OccurrenceRow
from mentordesk.services.calendar.prepare import draft_agenda_for
from mentordesk.ui.calendar.editor import SERIES, MeetingEditorDialog
from mentordesk.ui.calendar.find_time_dialog import FindTimeDialog
from mentordesk.ui.context import UiContext

DEFAULT_LENGTH = timedelta(hours=1)
SEARCH_DAYS = timedelta(days=14)
_OPEN: set[MeetingEditorFlow] = set()  # flows whose editor is open, kept alive until it closes


@dataclass(frozen=True)
class EditorData:
    """What the editor opens with."""

    draft: MeetingDraft
    contacts: list[ContactChoice]
    my_zone: str
    meeting_id: int | None  # the record edited; None for a new meeting or an untouched occurrence
    series: tuple[int, str] | None = None  # (series id, RECURRENCE-ID) when editing an occurrence


def open_meeting_editor(
    context: UiContext,
    parent: QWidget | None,
    *,
    meeting_id: int | None = None,
    start: datetime | date | None = None,
    occurrence: OccurrenceRow | None = None,
) -> MeetingEditorFlow:
    """Open the editor on a meeting, one occurrence of a series, or a new meeting at `start`.

    `start` may be an aware instant, a naive wall time (my zone) or a date (all day).
    """
    flow = MeetingEditorFlow(context, parent)
    flow.load(meeting_id=meeting_id, start=start, occurrence=occurrence)
    return flow


class MeetingEditorFlow(QObject):
    """Runs one editor: its loading, checks, Prepare, Find a time and saving, as jobs."""

    def __init__(self, context: UiContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.context, self.parent_widget = context, parent
        self.dialog: MeetingEditorDialog | None = None
        self.data: EditorData | None = None
        self.needs_look: tuple[str, int] | None = None  # ("meeting", id) a sync marked

    def load(self, *, meeting_id, start, occurrence) -> None:
        """Read the meeting (or make a new draft) in the background, then open the editor."""
        now = self.context.now()
        if occurrence is not None and occurrence.needs_look:
            self.needs_look = ("meeting", occurrence.series_id or occurrence.meeting_id)
        self.context.jobs.start(
            title=self.tr("Open meeting"),
            work=lambda progress: _editor_data(meeting_id, start, occurrence, now),
            then=self._open,
            show_progress=False,
        )

    def _open(self, data: EditorData) -> None:
        """Show the editor, wired to this flow."""
        self.data = data
        dialog = MeetingEditorDialog(
            draft=data.draft,
            contacts=data.contacts,
            my_zone=data.my_zone,
            new=data.meeting_id is None and data.series is None,
            occurrence=data.series is not None,
            parent=self.parent_widget,
        )
        dialog.check_requested.connect(self.check)
        dialog.prepare_requested.connect(self.prepare)
        dialog.action_items_requested.connect(self.make_tasks)
        dialog.find_time_requested.connect(self.find_time)
        dialog.accepted.connect(self.save)
        self._offer_sync_conflict(dialog)
        self.dialog = dialog
        _OPEN.add(self)
        dialog.finished.connect(lambda _: _OPEN.discard(self))
        dialog.open()
        self.check()

    def _offer_sync_conflict(self, dialog: MeetingEditorDialog) -> None:
        """A meeting a sync marked: the editor offers its conflict; the parent view opens it."""
        requested = getattr(self.parent_widget, "sync_conflict_requested", None)
        if self.needs_look is None or requested is None:
            return
        dialog.show_needs_look()
        dialog.sync_conflict_requested.connect(lambda: requested.emit(*self.needs_look))

    def _own_id(self) -> int | None:
        """The meeting (or series) whose overlaps with itself are no warning."""
        data = self.data
        if data.series is not None:
            return data.series[0]
        return data.meeting_id

    def check(self) -> None:
        """Check the time being edited for warnings, in the background."""
        when, ids, own = self.dialog.current_time(), self.dialog.contact_ids(), self._own_id()
        if when is None:
            self.dialog.show_warnings([])
            return
        self.context.jobs.start(
            title=self.tr("Check the meeting time"),
            work=lambda progress: check_meeting(when, ids, ignore_meeting_id=own),
            on_result=self.dialog.show_warnings,
            key="calendar/editor-check",
            show_progress=False,
        )

    def prepare(self) -> None:
        """Draft the agenda from what is open with the linked people."""
        when, ids, now = self.dialog.current_time(), self.dialog.contact_ids(), self.context.now()
        start = when.start_utc() if when is not None else now
        self.context.jobs.start(
            title=self.tr("Prepare the agenda"),
            work=lambda progress: draft_agenda_for(ids, start, now=now),
            then=self.dialog.fill_agenda,
            show_progress=False,
        )

    def make_tasks(self, items: list[str]) -> None:
        """Make tasks of action items, linked to the meeting, as one undoable step."""
        meeting_id = self.data.meeting_id or self._own_id()
        if meeting_id is None:
            return
        self.context.undo.run(
            label=self.tr("Make tasks from action items"),
            work=lambda progress: create_tasks_from_notes(meeting_id, items),
            changes=ChangeKind.TASKS,
            on_result=lambda ids: self.dialog.tasks_made(len(ids)),
        )

    def find_time(self) -> None:
        """Propose free slots for the linked people, then let the user pick one."""
        dialog, zone, own = self.dialog, self.data.my_zone, self._own_id()
        ids = dialog.contact_ids()
        when = dialog.current_time()
        length = when.duration if when is not None and when.duration.days == 0 else DEFAULT_LENGTH
        begin = max(self.context.now(), _day_start(dialog.times.day.date().toPython(), zone))
        self.context.jobs.start(
            title=self.tr("Find a time"),
            work=lambda progress: (
                propose_slots(
                    ids,
                    length,
                    search_from=begin,
                    search_to=begin + SEARCH_DAYS,
                    my_zone=zone,
                    ignore_meeting_id=own,
                ),
                people_windows(ids),
            ),
            then=self._pick_slot,
            show_progress=False,
        )

    def _pick_slot(self, found) -> None:
        """Show the proposals; the one picked fills the editor."""
        slots, people = found
        picker = FindTimeDialog(
            slots=slots, people=people, my_zone=self.data.my_zone, parent=self.dialog
        )
        self.picker = picker
        picker.accepted.connect(lambda: self._take(picker.chosen()))
        picker.open()

    def _take(self, slot) -> None:
        """Fill the editor with a picked slot."""
        if slot is not None:
            self.dialog.set_slot(slot.start, slot.end)

    def save(self) -> None:
        """Store the edited meeting as one undoable step."""
        dialog, data = self.dialog, self.data
        draft, scope = dialog.saved, dialog.scope
        if draft is None:
            return  # closed as accepted without going through accept(): nothing to save
        label = self.tr("Save meeting “{0}”").format(draft.title)
        self.context.undo.run(
            label=label,
            work=lambda progress: _save(data, draft, scope),
            changes=ChangeKind.MEETINGS,
            done_message=self.tr("Saved “{0}”.").format(draft.title),
        )


def _save(data: EditorData, draft: MeetingDraft, scope: str) -> int:
    """Create, update, or save one occurrence (or its whole series); returns the record id."""
    if data.series is not None:
        series_id, recurrence_id = data.series
        if scope == SERIES:
            update_series_from_occurrence(series_id, recurrence_id, draft)
            return series_id
        return save_occurrence(series_id, recurrence_id, draft)
    if data.meeting_id is None:
        return create_meeting(draft)
    update_meeting(data.meeting_id, draft)
    return data.meeting_id


def _editor_data(meeting_id, start, occurrence: OccurrenceRow | None, now: datetime) -> EditorData:
    """Read what the editor needs (runs in a job)."""
    zone, contacts = my_zone(), list_contact_choices()
    if occurrence is not None:
        meeting_id = occurrence.meeting_id
        series = (occurrence.series_id, occurrence.recurrence_id) if occurrence.series_id else None
    else:
        series = occurrence_of(meeting_id) if meeting_id is not None else None
    if series is not None:
        own_id, draft = load_occurrence(*series)
        return EditorData(draft, contacts, zone, own_id, series)
    if meeting_id is not None:
        return EditorData(load_meeting(meeting_id), contacts, zone, meeting_id)
    return EditorData(_new_draft(start, now, zone), contacts, zone, None)


def _new_draft(start, now: datetime, zone: str) -> MeetingDraft:
    """An empty meeting at `start` (default: the next full hour), an hour long, in my zone."""
    if isinstance(start, date) and not isinstance(start, datetime):
        return MeetingDraft(title="", when=MeetingTime.all_day(start))
    if start is None:
        start = (now + timedelta(hours=1)).astimezone(ZoneInfo(zone)).replace(minute=0, second=0)
    if start.tzinfo is not None:
        start = start.astimezone(ZoneInfo(zone)).replace(tzinfo=None)
    return MeetingDraft(title="", when=MeetingTime.timed(start, start + DEFAULT_LENGTH, zone))


def _day_start(day: date, zone: str) -> datetime:
    """Midnight of a day in a zone, as an aware instant."""
    return datetime.combine(day, datetime.min.time(), ZoneInfo(zone))
