"""The meeting editor: when (for me and each person in their zone), who, where, agenda, notes."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mentordesk.core.action_items import parse_action_items
from mentordesk.core.enums import MeetingStatus
from mentordesk.core.errors import ValidationError
from mentordesk.core.meeting_time import MeetingTime
from mentordesk.core.reminder_defaults import DEFAULT_REMINDER_MINUTES, NO_REMINDER
from mentordesk.services.calendar.editing import ContactChoice, MeetingDraft, check_draft
from mentordesk.services.calendar.find_time import MeetingWarning
from mentordesk.ui.calendar.contact_picker import ContactPicker
from mentordesk.ui.calendar.editor_text import warning_text, zones_text
from mentordesk.ui.calendar.editor_time import MeetingTimeFields, buddy
from mentordesk.ui.labels import label
from mentordesk.ui.theme import scheme_colour
from mentordesk.ui.widgets.form_fields import named, save_cancel

OCCURRENCE, SERIES = "occurrence", "series"
PER_OCCURRENCE = ("agenda", "notes", "status")  # what an occurrence changes without asking
CHECK_DELAY_MS = 250
REMINDER_CHOICES = (5, 10, 15, 30, 60, 120, 24 * 60)  # minutes before, offered by name


class MeetingEditorDialog(QDialog):
    """One form for a new meeting, a meeting, or one occurrence of a series."""

    check_requested = Signal()
    """The time or the people changed: warnings should be checked again."""
    prepare_requested = Signal()
    """Prepare was clicked: the flow drafts an agenda and calls fill_agenda."""
    action_items_requested = Signal(list)
    """Make tasks was clicked, with the action items found in the notes."""
    find_time_requested = Signal()
    """Find a time was clicked."""
    sync_conflict_requested = Signal()
    """The user asked to look at this meeting's sync conflict (the editor has closed)."""

    def __init__(
        self,
        *,
        draft: MeetingDraft,
        contacts: list[ContactChoice],
        my_zone: str,
        new: bool = True,
        occurrence: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.original, self.my_zone = draft, my_zone
        self.new, self.occurrence = new, occurrence
        self.scope, self.saved = "", None
        self._prepared = ""
        title = self.tr("New meeting") if new else self.tr("Edit meeting")
        if occurrence:
            title = self.tr("Edit one occurrence")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._build_ui(draft, contacts)
        self._connect()
        self._shown = self._snapshot()
        self._update_zones()

    def _build_ui(self, draft: MeetingDraft, contacts: list[ContactChoice]) -> None:
        """Title on top, four tabs, the error line and the buttons."""
        self.title = named(QLineEdit(draft.title, self), self.tr("Title"))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._when_tab(draft), self.tr("&When"))
        self.tabs.addTab(self._people_tab(draft, contacts), self.tr("&People and place"))
        self.agenda = self._text_tab(draft.agenda, self.tr("Agenda"), self.tr("P&repare"))
        self.prepare = self.agenda.button
        self.prepare.setToolTip(self.tr("Draft the agenda from what is open with these people"))
        self.tabs.addTab(self.agenda, self.tr("&Agenda"))
        self.notes = self._text_tab(
            draft.notes, self.tr("Notes"), self.tr("Make &tasks from action items")
        )
        self.make_tasks = self.notes.button
        self.make_tasks.setEnabled(not self.new)
        if self.new:
            self.make_tasks.setToolTip(self.tr("Save the meeting first"))
        self.tabs.addTab(self.notes, self.tr("&Notes"))
        self.error = named(QLabel(self), self.tr("Problem"))
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = save_cancel(self)
        self.needs_look = self._needs_look_row()
        top = QFormLayout()
        top.addRow(self.tr("T&itle"), self.title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.needs_look)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._tint_error()
        self.resize(
            self.fontMetrics().averageCharWidth() * 110, self.fontMetrics().lineSpacing() * 34
        )

    def _needs_look_row(self) -> QWidget:
        """A line saying a sync could not merge this meeting, with a button to look (hidden)."""
        row = QWidget(self)
        text = QLabel(
            self.tr("⚠ This meeting changed here and on the server since the last sync."), row
        )
        text.setWordWrap(True)
        self.look_button = named(
            QPushButton(self.tr("Look at both &versions…"), row),
            self.tr("Look at both versions of this meeting"),
        )
        self.look_button.setAutoDefault(False)
        self.look_button.clicked.connect(self._request_sync_conflict)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(text, 1)
        line.addWidget(self.look_button)
        row.hide()
        return row

    def show_needs_look(self) -> None:
        """Show that a sync marked this meeting, and the button to settle it."""
        self.needs_look.show()

    def _request_sync_conflict(self) -> None:
        """Close (asking first about changes), then ask to look at the conflict."""
        self.reject()
        if not self.isVisible():
            self.sync_conflict_requested.emit()

    def _when_tab(self, draft: MeetingDraft) -> QWidget:
        """The time fields, Find a time, the time for each person, and the warnings."""
        page = QWidget(self)
        self.times = MeetingTimeFields(
            when=draft.when,
            rule=draft.rrule,
            exdates=draft.exdates,
            my_zone=self.my_zone,
            parent=page,
        )
        if self.occurrence:
            self.times.form.setRowVisible(self.times.repeat_label, False)
        self.find_time = named(QPushButton(self.tr("Find a &time…"), page), self.tr("Find a time"))
        self.zones = _info_label(self.tr("Times for each person"), page)
        self.warnings = _info_label(self.tr("Warnings"), page)
        self.warnings.hide()
        row = QHBoxLayout()
        row.addWidget(self.zones, 1)
        row.addWidget(self.find_time, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(page)
        if self.occurrence:
            layout.addWidget(
                _info_label(self.tr("One occurrence of a repeating meeting."), page, text=True)
            )
        layout.addWidget(self.times)
        layout.addLayout(row)
        layout.addWidget(self.warnings)
        layout.addStretch(1)
        return page

    def _people_tab(self, draft: MeetingDraft, contacts: list[ContactChoice]) -> QWidget:
        """Who (a searchable list), where, the reminder and the status."""
        page = QWidget(self)
        self.people = ContactPicker(contacts, draft.contact_ids, page)
        self.location = named(QLineEdit(draft.location, page), self.tr("Location"))
        self.url = named(QLineEdit(draft.url, page), self.tr("Link"))
        self.url.setPlaceholderText("https://")
        self.reminder = named(QComboBox(page), self.tr("Reminder"))
        self._fill_reminders(draft.reminder_minutes)
        self.status = named(QComboBox(page), self.tr("Status"))
        for value in MeetingStatus.values():
            self.status.addItem(label(MeetingStatus, value), value)
        self.status.setCurrentIndex(self.status.findData(draft.status))
        form = QFormLayout(page)
        form.addRow(buddy(self.tr("Searc&h"), self.people.search, page), self.people.search)
        form.addRow(buddy(self.tr("C&ontacts"), self.people.list, page), self.people.list)
        form.addRow(self.tr("&Location"), self.location)
        form.addRow(self.tr("Lin&k"), self.url)
        form.addRow(self.tr("Re&minder"), self.reminder)
        form.addRow(self.tr("Stat&us"), self.status)
        return page

    def _fill_reminders(self, current: int | None) -> None:
        """The reminder choices (default, none, at the start, minutes before); `current` chosen."""
        self.reminder.addItem(self.tr("Default ({0} min)").format(DEFAULT_REMINDER_MINUTES), None)
        self.reminder.addItem(self.tr("No reminder"), NO_REMINDER)
        self.reminder.addItem(self.tr("At the start"), 0)
        minutes = set(REMINDER_CHOICES)
        if current is not None and current > 0:
            minutes.add(current)
        for value in sorted(minutes):
            self.reminder.addItem(self.tr("%n minute(s) before", "", value), value)
        wanted = NO_REMINDER if current is not None and current < 0 else current
        self.reminder.setCurrentIndex(max(0, self.reminder.findData(wanted)))

    def _text_tab(self, text: str, name: str, button: str) -> QWidget:
        """A page with a text box, a button and a line saying what the button did."""
        page = QWidget(self)
        page.text = named(QPlainTextEdit(text, page), name)
        page.text.setTabChangesFocus(True)
        page.button = named(QPushButton(button, page), button.replace("&", ""))
        page.outcome = _info_label(self.tr("Result"), page)
        row = QHBoxLayout()
        row.addWidget(page.button)
        row.addWidget(page.outcome, 1)
        layout = QVBoxLayout(page)
        layout.addWidget(page.text, 1)
        layout.addLayout(row)
        return page

    def _connect(self) -> None:
        """Buttons, live updates and the keyboard."""
        self._check_timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.check_requested)
        self.times.changed.connect(self._time_or_people_changed)
        self.people.changed.connect(self._time_or_people_changed)
        self.prepare.clicked.connect(self.prepare_requested)
        self.make_tasks.clicked.connect(self._make_tasks)
        self.find_time.clicked.connect(self.find_time_requested)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)

    def _time_or_people_changed(self) -> None:
        """Show the times again at once; check for warnings once the typing pauses."""
        self._update_zones()
        self._check_timer.start()

    def contact_ids(self) -> tuple[int, ...]:
        """The linked contacts."""
        return self.people.picked()

    def current_time(self) -> MeetingTime | None:
        """The times as entered, or None while they are not valid."""
        try:
            return self.times.time()
        except ValidationError:
            return None

    def draft(self) -> MeetingDraft:
        """The meeting as entered; a ValidationError names the field at fault."""
        people = tuple(sorted(self.people.picked()))
        same_people = set(people) == set(self.original.contact_ids)
        return replace(
            self.original,
            title=self.title.text().strip(),
            when=self.times.time(),
            rrule="" if self.occurrence else self.times.rule_text(),
            exdates=self.times.skipped_dates(),
            contact_ids=people,
            mentorship_id=self.original.mentorship_id if same_people else None,
            location=self.location.text().strip(),
            url=self.url.text().strip(),
            agenda=self.agenda.text.toPlainText(),
            notes=self.notes.text.toPlainText(),
            reminder_minutes=self.reminder.currentData(),
            status=self.status.currentData(),
        )

    def accept(self) -> None:
        """Save: refuse an invalid field in place; for an occurrence, ask where changes go."""
        try:
            draft = self.draft()
            check_draft(draft)
        except ValidationError as error:
            self.show_error(error)
            return
        self.scope = OCCURRENCE if self.occurrence else ""
        if self.occurrence and _differs(draft, self.original, ignoring=PER_OCCURRENCE):
            self.scope = self.ask_scope()
            if not self.scope:
                return
        self.saved = draft
        super().accept()

    def reject(self) -> None:
        """Cancel (Esc): ask first when something was changed."""
        if self.is_changed() and not self.confirm_discard():
            return
        super().reject()

    def is_changed(self) -> bool:
        """True when a field differs from what was shown."""
        return self._snapshot() != self._shown

    def _snapshot(self) -> tuple:
        """The fields as text, to tell whether anything changed."""
        times = self.times
        return (
            self.title.text(),
            times.kind.currentIndex(),
            times.day.date(),
            times.start.time(),
            times.end.time(),
            times.until.date(),
            times.zone.currentText(),
            times.repeat.currentIndex(),
            times.rule.text(),
            times.skipped_dates(),
            self.people.picked(),
            self.location.text(),
            self.url.text(),
            self.reminder.currentIndex(),
            self.status.currentIndex(),
            self.agenda.text.toPlainText(),
            self.notes.text.toPlainText(),
        )

    def ask_scope(self) -> str:
        """Ask whether an occurrence's changes go to it alone or to the whole series."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Change a repeating meeting"),
            self.tr("Change only this occurrence, or the whole series?"),
            parent=self,
        )
        one = box.addButton(self.tr("This occurrence"), QMessageBox.ButtonRole.AcceptRole)
        every = box.addButton(self.tr("Whole series"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(one)
        box.exec()
        return {one: OCCURRENCE, every: SERIES}.get(box.clickedButton(), "")

    def confirm_discard(self) -> bool:
        """Ask before dropping the changes."""
        answer = QMessageBox.question(
            self,
            self.tr("Discard changes"),
            self.tr("Close the meeting without saving your changes?"),
        )
        return answer == QMessageBox.StandardButton.Yes

    def confirm_replace_agenda(self) -> bool:
        """Ask before Prepare replaces an agenda the user wrote."""
        answer = QMessageBox.question(
            self,
            self.tr("Replace the agenda"),
            self.tr("Replace the agenda you wrote with a new draft?"),
        )
        return answer == QMessageBox.StandardButton.Yes

    def fill_agenda(self, text: str) -> None:
        """Put a drafted agenda in the box (asking before replacing text the user typed)."""
        if not text:
            self.agenda.outcome.setText(self.tr("Nothing is open with these people."))
            return
        box = self.agenda.text
        typed = box.toPlainText().strip()
        if typed and typed != self._prepared.strip() and not self.confirm_replace_agenda():
            return
        self._prepared = text
        box.setPlainText(text)
        self.agenda.outcome.setText(self.tr("Drafted from what is open; edit it as you like."))

    def _make_tasks(self) -> None:
        """Ask the flow to make tasks of the action items in the notes, if there are any."""
        items = parse_action_items(self.notes.text.toPlainText())
        if not items:
            self.notes.outcome.setText(
                self.tr("No action items: start a line with “- [ ]”, “TODO:” or “Action:”.")
            )
            return
        self.action_items_requested.emit(items)

    def tasks_made(self, count: int) -> None:
        """Say how many tasks were made."""
        if count:
            self.notes.outcome.setText(self.tr("Made %n task(s).", "", count))
        else:
            self.notes.outcome.setText(self.tr("Those action items are tasks already."))

    def set_slot(self, start: datetime, end: datetime) -> None:
        """Take a time picked in Find a time."""
        self.times.set_slot(start, end)

    def show_error(self, error: ValidationError) -> None:
        """Show a problem in one line and put the cursor in the field at fault."""
        self.error.setText(str(error))
        self.error.show()
        widget = self._field_widget(error.field)
        page = widget.parentWidget()
        while page is not None and self.tabs.indexOf(page) < 0:
            page = page.parentWidget()
        if page is not None:
            self.tabs.setCurrentWidget(page)
        widget.setFocus()

    def _field_widget(self, field: str) -> QWidget:
        """The widget for a service field name."""
        times = self.times
        return {
            "end": times.end,
            "zone": times.zone,
            "rrule": times.rule,
            "exdates": times.skipped,
            "contacts": self.people.list,
            "reminder_minutes": self.reminder,
            "status": self.status,
        }.get(field, self.title)

    def show_warnings(self, warnings: list[MeetingWarning]) -> None:
        """Word the warnings for the current time (none hides the line)."""
        lines = [warning_text(w, self.my_zone) for w in warnings]
        self.warnings.setText("\n".join(f"⚠ {line}" for line in lines))
        self.warnings.setVisible(bool(lines))

    def _update_zones(self) -> None:
        """The meeting's time for me and for each linked person, in their own zone."""
        self.zones.setText(zones_text(self.current_time(), self.my_zone, self.people))

    def _tint_error(self) -> None:
        """The error line in the theme's error colour."""
        palette = self.error.palette()
        palette.setColor(QPalette.ColorRole.WindowText, scheme_colour("error_text", palette))
        self.error.setPalette(palette)


def _info_label(name: str, parent: QWidget, *, text: bool = False) -> QLabel:
    """A wrapped label the keyboard can reach and a screen reader names (`text`: showing it)."""
    text = named(QLabel(name if text else "", parent), name)
    text.setWordWrap(True)
    text.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return text


def _differs(draft: MeetingDraft, original: MeetingDraft, *, ignoring: tuple[str, ...]) -> bool:
    """True when the drafts differ in a field other than those ignored."""
    blank = dict.fromkeys(ignoring, "")
    return replace(draft, **blank) != replace(original, **blank)
