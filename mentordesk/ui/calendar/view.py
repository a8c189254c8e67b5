"""The calendar view: a month grid, a week grid with hours, and the agenda list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QTabWidget,
    QToolButton,
)

from mentordesk.core.changes import ChangeKind
from mentordesk.services.calendar.moving import MoveScope, move_occurrence
from mentordesk.services.calendar.occurrences import (
    OccurrenceRow,
    list_occurrences,
    mark_needs_look,
)
from mentordesk.ui.actions import create_calendar_actions
from mentordesk.ui.calendar.editor_flow import open_meeting_editor
from mentordesk.ui.calendar.export_jobs import export_calendar_to_file, export_invitation
from mentordesk.ui.calendar.grid_base import CalendarGrid
from mentordesk.ui.calendar.ics_import_jobs import install_ics_drop, start_ics_import
from mentordesk.ui.calendar.month_grid import MonthGrid
from mentordesk.ui.calendar.move_dialog import ask_move_scope
from mentordesk.ui.calendar.placing import load_window
from mentordesk.ui.calendar.table_model import MeetingTableModel, meeting_search_texts
from mentordesk.ui.calendar.week_grid import WeekGrid
from mentordesk.ui.context import UiContext
from mentordesk.ui.format import fmt_date
from mentordesk.ui.widgets.empty_state import EmptyState
from mentordesk.ui.widgets.fast_proxy import FastRowProxy
from mentordesk.ui.widgets.feature_view import FeatureView
from mentordesk.ui.widgets.record_table import RecordTable

PAST = timedelta(days=30)
AHEAD = timedelta(days=90)
MODES = ("month", "week", "agenda")


class CalendarView(FeatureView):
    """Meetings by month, by week or as a list, in your time zone; drag to move in the week."""

    kinds = ChangeKind.MEETINGS | ChangeKind.CONTACTS

    create_requested = Signal(object)
    """The user asked for a new meeting: an aware start datetime, or a date for a whole day."""

    edit_requested = Signal(object)
    """The user asked to edit an occurrence: its OccurrenceRow."""

    sync_conflict_requested = Signal(str, int)
    """The user asked to settle a meeting's sync conflict: "meeting" and its (series) id."""

    def __init__(self, context: UiContext, parent=None) -> None:
        super().__init__(
            context,
            title=self.tr("Calendar"),
            subtitle=self.tr(
                "Your meetings in your time zone, coloured by mentor. Double-click or Ctrl+N "
                "plans one; drag one in the week to move it."
            ),
            parent=parent,
        )
        self.ask_scope = ask_move_scope  # replaceable (tests answer without a dialog)
        self._build_ui()
        self._connect()

    def _build_ui(self) -> None:
        """The navigation row above the three views in tabs."""
        self.actions = create_calendar_actions(self)
        today = self.context.today()
        self.month = MonthGrid(today, self)
        self.week = WeekGrid(today, self)
        self.model = MeetingTableModel(self)
        self.table = RecordTable(
            model=self.model,
            name=self.tr("Meetings"),
            empty=self._empty_state(),
            proxy=FastRowProxy(self),
            parent=self,
        )
        self.model.emphasis = self._is_today
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Month, week or agenda"))
        for page, action in zip(self.pages(), self._mode_actions(), strict=True):
            self.tabs.addTab(page, action.text().replace("&", ""))
        self.body.addLayout(self._navigation())
        self.body.addWidget(self.tabs, 1)

    def _empty_state(self) -> EmptyState:
        """What the agenda shows with no meetings at all."""
        return EmptyState(
            heading=self.tr("No meetings yet"),
            text=self.tr("Meetings and recurring check-ins with your mentors will appear here."),
            actions=[(self.tr("Load sample data"), self.sample_data_requested.emit)],
        )

    def _navigation(self) -> QHBoxLayout:
        """Previous, today and next, then the shown month or week."""
        row = QHBoxLayout()
        self.previous_button = self._tool_button("◀", self.tr("Previous month or week (PgUp)"))
        self.today_button = self._tool_button(self.tr("Today"), self.tr("Go to today (Ctrl+T)"))
        self.next_button = self._tool_button("▶", self.tr("Next month or week (PgDown)"))
        self.range_label = QLabel(self)
        font = self.range_label.font()
        font.setBold(True)
        self.range_label.setFont(font)
        for widget in (self.previous_button, self.today_button, self.next_button):
            row.addWidget(widget)
        row.addWidget(self.range_label, 1)
        self.new_button = self._tool_button(self.tr("New meeting"), self.tr("New meeting (Ctrl+N)"))
        self.invite_button = self._tool_button(
            self.tr("Invitation…"),
            self.tr("Save the focused meeting as an invitation to send (.ics)"),
        )
        self.import_button = self._tool_button(
            self.tr("Import…"), self.tr("Import a calendar file (.ics); you can also drop one here")
        )
        self.export_button = self._tool_button(
            self.tr("Export…"), self.tr("Export meetings to a calendar file (.ics)")
        )
        for widget in (self.new_button, self.invite_button, self.import_button, self.export_button):
            row.addWidget(widget)
        return row

    def _tool_button(self, text: str, tip: str) -> QToolButton:
        """A navigation button that Tab reaches, named for screen readers."""
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip.split(" (")[0])
        return button

    def _connect(self) -> None:
        """Grids, actions, navigation and the agenda; requests go to the editor."""
        for grid in self.grids():
            grid.create_requested.connect(self.create_requested)
            grid.edit_requested.connect(self.edit_requested)
            grid.range_changed.connect(self._range_changed)
        self.week.canvas.move_requested.connect(self.move_occurrence)
        self.table.activated_row.connect(self.edit_requested)
        self.model.modelReset.connect(self.scroll_to_now)
        self.tabs.currentChanged.connect(self._mode_changed)
        for index, action in enumerate(self._mode_actions()):
            action.triggered.connect(lambda _=False, i=index: self.show_mode(MODES[i]))
        self.actions.today.triggered.connect(self.go_to_today)
        self.actions.new_meeting.triggered.connect(self.request_create)
        self.today_button.clicked.connect(self.go_to_today)
        self.previous_button.clicked.connect(lambda: self._step(-1))
        self.next_button.clicked.connect(lambda: self._step(1))
        self.create_requested.connect(self.open_new_meeting)
        self.edit_requested.connect(self.open_occurrence)
        self.new_button.clicked.connect(self.request_create)
        self.invite_button.clicked.connect(self.save_invitation)
        self.import_button.clicked.connect(lambda: start_ics_import(self.context, self))
        self.export_button.clicked.connect(lambda: export_calendar_to_file(self.context, self))
        self.ics_drop = install_ics_drop(self, self.context)

    def open_new_meeting(self, start: datetime | date) -> None:
        """Open the meeting editor on a new meeting starting at `start` (a date: all day)."""
        open_meeting_editor(self.context, self, start=start)

    def focused_occurrence(self) -> OccurrenceRow | None:
        """The occurrence with the focus in the grid on show, or selected in the agenda."""
        grid = self.current_grid()
        return self.table.selected_row() if grid is None else grid.focused_row

    def save_invitation(self) -> None:
        """Save the focused meeting as an invitation (its series for a recurring one)."""
        row = self.focused_occurrence()
        if row is None:
            QMessageBox.information(
                self,
                self.tr("Invitation"),
                self.tr("Pick a meeting first (click it or move to it), then save its invitation."),
            )
            return
        export_invitation(self.context, self, row.series_id or row.meeting_id, "request")

    def open_occurrence(self, row: OccurrenceRow) -> None:
        """Open the meeting editor on a meeting, or on one occurrence of a series."""
        open_meeting_editor(self.context, self, occurrence=row)

    def pages(self) -> list:
        """The tab pages in MODES order."""
        return [self.month, self.week, self.table]

    def grids(self) -> list[CalendarGrid]:
        """The painted grids (the month, and the week's canvas)."""
        return [self.month, self.week.canvas]

    def _mode_actions(self) -> list:
        """The actions switching to each mode, in MODES order."""
        return [self.actions.month, self.actions.week, self.actions.agenda]

    def shortcut_actions(self) -> list:
        """The view's actions and the grids' keys (for the F1 list)."""
        return self.actions.all() + self.actions.grid_keys

    def screenshot_states(self) -> dict[str, Callable[[], None]]:
        """Extra states `mentordesk screenshots` renders (light and dark): month, week, agenda."""
        return {f"calendar-{mode}": lambda m=mode: self.show_mode(m) for mode in MODES}

    def mode(self) -> str:
        """'month', 'week' or 'agenda'."""
        return MODES[self.tabs.currentIndex()]

    def show_mode(self, mode: str) -> None:
        """Switch to a mode and give it the keyboard focus."""
        self.tabs.setCurrentIndex(MODES.index(mode))
        page = self.pages()[MODES.index(mode)]
        (page.table if page is self.table else page).setFocus()

    def current_grid(self) -> CalendarGrid | None:
        """The grid on show, None for the agenda."""
        return {"month": self.month, "week": self.week.canvas}.get(self.mode())

    def go_to_today(self) -> None:
        """Show and focus today (the agenda scrolls to the next meeting)."""
        grid = self.current_grid()
        if grid is None:
            self.scroll_to_now()
            return
        grid.go_to(self.context.today())
        grid.setFocus()

    def request_create(self) -> None:
        """A new meeting at the focused slot or day; in the agenda, at the next full hour."""
        grid = self.current_grid()
        if grid is not None:
            grid.request_create()
            return
        now = self.context.now().astimezone()
        self.create_requested.emit(
            now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
        )

    def _step(self, pages: int) -> None:
        """The previous or next month or week."""
        grid = self.current_grid()
        if grid is not None:
            grid.step(pages)

    def _mode_changed(self, _index: int) -> None:
        """Load what the newly shown mode needs."""
        self._show_range()
        for button in (self.previous_button, self.next_button):
            button.setEnabled(self.current_grid() is not None)
        self.reload()

    def _range_changed(self) -> None:
        """Other days are shown: load them."""
        self._show_range()
        self.reload()

    def _show_range(self) -> None:
        """Name the shown month or week above the grid."""
        grid = self.current_grid()
        if grid is None:
            text = self.tr("The last month and the next three")
        elif grid is self.month:
            day = grid.focused_day
            text = f"{QLocale().standaloneMonthName(day.month)} {day.year}"
        else:
            days = grid.days()
            text = f"{fmt_date(days[0])} – {fmt_date(days[-1])}"
        self.range_label.setText(text)
        self.range_label.setAccessibleName(text)

    def scroll_to_now(self) -> None:
        """Bring the first meeting that has not ended yet to the top of the list."""
        now, proxy = self.context.now(), self.table.proxy
        for row in range(proxy.rowCount()):
            index = proxy.index(row, 0)
            if index.data(MeetingTableModel.RowRole).end > now:
                self.table.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
                self.table.table.selectRow(row)
                return

    def _is_today(self, row: OccurrenceRow) -> bool:
        """True for meetings happening today (shown in bold)."""
        return row.start.astimezone().date() == self.context.today()

    def reload(self) -> None:
        """Load the occurrences the shown mode needs, in the background."""
        now = self.context.now()
        self._show_range()
        grid = self.current_grid()
        if grid is None:
            self.load_in_background(
                "calendar/agenda",
                lambda: _agenda_rows(now),
                self.model.show_prepared,
            )
            return
        for each in self.grids():
            each.set_today(self.context.today())
        self.week.canvas.now_local = now.astimezone().replace(tzinfo=None)
        start, end = load_window(grid.days())
        self.load_in_background(
            f"calendar/{self.mode()}",
            lambda: mark_needs_look(list_occurrences(window_start=start, window_end=end, now=now)),
            lambda rows: self._show_rows(grid, grid.days()[0], rows),
        )

    def _show_rows(self, grid: CalendarGrid, first: date, rows: list[OccurrenceRow]) -> None:
        """Show loaded rows, unless the grid moved on to other days meanwhile."""
        if grid.days()[0] != first:
            return
        grid.set_rows(rows)
        self.week.refresh()

    def move_occurrence(self, row: OccurrenceRow, start: datetime) -> None:
        """Move a dragged occurrence; for a series, ask whether this one or all of them."""
        scope: MoveScope | None = MoveScope.THIS
        if row.series_id is not None:
            scope = self.ask_scope(row.title, self)
        if scope is None:
            return
        target = row.series_id if row.series_id is not None else row.meeting_id
        self.context.undo.run(
            label=self.tr("Move {0}").format(row.title),
            work=lambda progress: move_occurrence(target, row.recurrence_id, start, scope=scope),
            changes=ChangeKind.MEETINGS,
        )


def _agenda_rows(now: datetime) -> tuple[list[OccurrenceRow], list[str]]:
    """The agenda's occurrences and their search texts (read and prepared in a job)."""
    rows = mark_needs_look(
        list_occurrences(window_start=now - PAST, window_end=now + AHEAD, now=now)
    )
    return rows, meeting_search_texts(rows)


if __name__ == "__main__":
    from mentordesk.ui.preview import preview_view

    preview_view(CalendarView)
