"""The meeting editor's time fields: kind, date and times, zone, repeat, skipped dates."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import available_timezones

from PySide6.QtCore import QDate, QStringListModel, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QTimeEdit,
    QWidget,
)

from mentordesk.core.enums import TimeKind
from mentordesk.core.errors import ValidationError
from mentordesk.core.meeting_time import MeetingTime, parse_wall
from mentordesk.core.recurrence import (
    RecurrencePreset,
    month_ordinal,
    parse_rrule,
    preset_of,
    preset_rule,
)
from mentordesk.services.calendar.editing import meeting_time
from mentordesk.ui.format import fmt_date, fmt_wall
from mentordesk.ui.widgets.form_fields import named

ZONES = sorted(available_timezones())


def buddy(text: str, widget: QWidget, parent: QWidget) -> QLabel:
    """A label whose Alt letter moves to `widget`."""
    caption = QLabel(text, parent)
    caption.setBuddy(widget)
    return caption


class MeetingTimeFields(QWidget):
    """Kind, date, from/to (or until), zone, repeat rule and skipped dates of one meeting."""

    changed = Signal()
    """A field that decides when the meeting happens was edited."""

    def __init__(
        self,
        *,
        when: MeetingTime,
        rule: str,
        exdates: tuple[str, ...],
        my_zone: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.my_zone = my_zone
        self._build_ui()
        self._lay_out()
        self.set_time(when)
        self.set_skipped(exdates)
        self.set_rule(rule)
        self._connect()
        self._show_kind()

    def _build_ui(self) -> None:
        """The fields."""
        self.kind = named(QComboBox(self), self.tr("Kind of time"))
        for kind, text in (
            (TimeKind.TIMED, self.tr("At a time in a time zone")),
            (TimeKind.ALL_DAY, self.tr("All day")),
            (TimeKind.FLOATING, self.tr("Floating (same clock time anywhere)")),
        ):
            self.kind.addItem(text, kind.value)
        self.day = _date_edit(self.tr("Date"), self)
        self.start = _time_edit(self.tr("Starts at"), self)
        self.end = _time_edit(self.tr("Ends at"), self)
        self.until = _date_edit(self.tr("Last day"), self)
        self.zone = named(QComboBox(self), self.tr("Time zone"))
        self.zone.setEditable(True)
        self.zone.addItems(ZONES)
        self.zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.zone.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.repeat = named(QComboBox(self), self.tr("Repeat"))
        self.rule = named(QLineEdit(self), self.tr("Repeat rule (RRULE)"))
        self.rule.setPlaceholderText("FREQ=WEEKLY;BYDAY=MO,TH;COUNT=10")
        self.exdates = QStringListModel(self)
        self._walls: list[str] = []
        self.skipped = named(QListView(self), self.tr("Skipped dates"))
        self.skipped.setModel(self.exdates)
        self.skipped.setMaximumHeight(self.fontMetrics().lineSpacing() * 3 + 8)
        self.restore = named(QPushButton(self.tr("&Bring back"), self), self.tr("Bring back"))
        self.restore.setToolTip(self.tr("Bring the selected skipped date back"))

    def _lay_out(self) -> None:
        """One form: a row for the day and times, then zone, repeat and skipped dates."""
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        times = QHBoxLayout()
        self.from_label = buddy(self.tr("Fro&m"), self.start, self)
        self.to_label = buddy(self.tr("T&o"), self.end, self)
        self.until_label = buddy(self.tr("&Until"), self.until, self)
        for widget in (
            self.day,
            self.from_label,
            self.start,
            self.to_label,
            self.end,
            self.until_label,
            self.until,
        ):
            times.addWidget(widget)
        times.addStretch(1)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(buddy(self.tr("&Date"), self.day, self), times)
        form.addRow(self.tr("Time &zone"), self.zone)
        repeat = QHBoxLayout()
        repeat.addWidget(self.repeat)
        self.rule_label = buddy(self.tr("Ru&le"), self.rule, self)
        repeat.addWidget(self.rule_label)
        repeat.addWidget(self.rule, 1)
        self.repeat_label = buddy(self.tr("&Repeat"), self.repeat, self)
        form.addRow(self.repeat_label, repeat)
        skipped = QHBoxLayout()
        skipped.addWidget(self.skipped, 1)
        skipped.addWidget(self.restore, 0, Qt.AlignmentFlag.AlignTop)
        self.skipped_label = buddy(self.tr("Skipp&ed"), self.skipped, self)
        form.addRow(self.skipped_label, skipped)
        self.form = form

    def _connect(self) -> None:
        """Edits re-describe the repeat presets and announce a change of time."""
        self.kind.currentIndexChanged.connect(self._show_kind)
        self.day.dateChanged.connect(self._fill_presets)
        self.repeat.currentIndexChanged.connect(self._show_rule)
        self.restore.clicked.connect(self._restore_selected)
        for signal in (
            self.kind.currentIndexChanged,
            self.day.dateChanged,
            self.start.timeChanged,
            self.end.timeChanged,
            self.until.dateChanged,
            self.zone.currentTextChanged,
            self.repeat.currentIndexChanged,
            self.rule.textChanged,
        ):
            signal.connect(self.changed)

    def set_time(self, when: MeetingTime) -> None:
        """Show a meeting's times."""
        self.kind.setCurrentIndex(self.kind.findData(when.kind.value))
        self.day.setDate(QDate(when.start.year, when.start.month, when.start.day))
        if when.kind is TimeKind.ALL_DAY:
            last = when.end - timedelta(days=1)
            self.until.setDate(QDate(last.year, last.month, last.day))
        else:
            self.start.setTime(QTime(when.start.hour, when.start.minute))
            self.end.setTime(QTime(when.end.hour, when.end.minute))
        self.zone.setCurrentText(when.zone or self.zone.currentText() or self.my_zone)

    def set_rule(self, rule: str) -> None:
        """Show a repeat rule: as its preset, or as custom text."""
        self._fill_presets()
        preset = self._preset(rule)
        self.repeat.setCurrentIndex(self.repeat.findData(preset.value))
        self.rule.setText(rule if preset is RecurrencePreset.CUSTOM else "")
        self._show_rule()

    def _preset(self, rule: str) -> RecurrencePreset:
        """The preset that writes exactly this rule (COUNT and UNTIL included), else CUSTOM."""
        day = self.day.date().toPython()
        try:
            preset = preset_of(rule, day)
            if preset in (RecurrencePreset.NONE, RecurrencePreset.CUSTOM):
                return preset
            same = parse_rrule(preset_rule(preset, day)) == parse_rrule(rule)
        except ValueError:
            return RecurrencePreset.CUSTOM
        return preset if same else RecurrencePreset.CUSTOM

    def time(self) -> MeetingTime:
        """The meeting's times, or a ValidationError naming the field."""
        kind = TimeKind(self.kind.currentData())
        day = self.day.date().toPython()
        if kind is TimeKind.ALL_DAY:
            return meeting_time(kind, day, self.until.date().toPython() + timedelta(days=1))
        start = datetime.combine(day, self.start.time().toPython())
        end = datetime.combine(day, self.end.time().toPython())
        if end <= start:
            end += timedelta(days=1)  # ends after midnight
        return meeting_time(kind, start, end, self.zone.currentText().strip())

    def rule_text(self) -> str:
        """The repeat rule as RRULE text ("" when it does not repeat)."""
        preset = RecurrencePreset(self.repeat.currentData())
        if preset is RecurrencePreset.CUSTOM:
            if not self.rule.text().strip():
                raise ValidationError(
                    self.tr("Write the repeat rule, or pick a preset"), field="rrule"
                )
            return self.rule.text().strip()
        return preset_rule(preset, self.day.date().toPython())

    def skipped_dates(self) -> tuple[str, ...]:
        """The skipped dates still listed, as wall text."""
        return tuple(self._walls)

    def set_skipped(self, walls: tuple[str, ...]) -> None:
        """List skipped dates (wall text), as the user's locale writes them."""
        self._walls = sorted(walls)
        self.exdates.setStringList([skipped_text(w) for w in self._walls])

    def set_slot(self, start: datetime, end: datetime) -> None:
        """Take a proposed slot (aware instants): a timed meeting in the chosen zone, or mine."""
        if TimeKind(self.kind.currentData()) is not TimeKind.TIMED:
            self.kind.setCurrentIndex(self.kind.findData(TimeKind.TIMED.value))
            self.zone.setCurrentText(self.my_zone)
        zone = self.zone.currentText() if self.zone.currentText() in ZONES else self.my_zone
        self.set_time(MeetingTime.from_instants(start, end, zone))

    def _show_kind(self) -> None:
        """Times and zone for timed meetings; a last day for all-day ones."""
        kind = TimeKind(self.kind.currentData())
        all_day = kind is TimeKind.ALL_DAY
        for widget in (self.start, self.end, self.from_label, self.to_label):
            widget.setVisible(not all_day)
        self.until.setVisible(all_day)
        self.until_label.setVisible(all_day)
        self.form.setRowVisible(self.zone, kind is TimeKind.TIMED)
        if all_day and self.until.date() < self.day.date():
            self.until.setDate(self.day.date())

    def _fill_presets(self) -> None:
        """The repeat presets, worded for the chosen day ("Monthly on the 2nd Thursday")."""
        current = self.repeat.currentData() or RecurrencePreset.NONE.value
        day = self.day.date().toPython()
        self.repeat.blockSignals(True)
        self.repeat.clear()
        for preset in RecurrencePreset:
            self.repeat.addItem(self._preset_text(preset, day), preset.value)
        self.repeat.setCurrentIndex(self.repeat.findData(current))
        self.repeat.blockSignals(False)

    def _preset_text(self, preset: RecurrencePreset, day: date) -> str:
        """How a preset reads for a series starting on `day`."""
        weekday = self.locale().dayName(day.isoweekday())
        nth = {
            1: self.tr("first"),
            2: self.tr("second"),
            3: self.tr("third"),
            4: self.tr("fourth"),
            -1: self.tr("last"),
        }[month_ordinal(day)]
        return {
            RecurrencePreset.NONE: self.tr("Does not repeat"),
            RecurrencePreset.WEEKLY: self.tr("Weekly on {0}").format(weekday),
            RecurrencePreset.EVERY_TWO_WEEKS: self.tr("Every two weeks on {0}").format(weekday),
            RecurrencePreset.MONTHLY_BY_WEEKDAY: self.tr("Monthly on the {0} {1}").format(
                nth, weekday
            ),
            RecurrencePreset.CUSTOM: self.tr("Custom rule…"),
        }[preset]

    def _show_rule(self) -> None:
        """The rule text for a custom rule; skipped dates only for a series."""
        preset = RecurrencePreset(self.repeat.currentData() or RecurrencePreset.NONE.value)
        self.rule.setVisible(preset is RecurrencePreset.CUSTOM)
        self.rule_label.setVisible(preset is RecurrencePreset.CUSTOM)
        repeats = preset is not RecurrencePreset.NONE
        self.form.setRowVisible(self.skipped_label, repeats and bool(self._walls))

    def _restore_selected(self) -> None:
        """Take the selected skipped date off the list (it comes back when saved)."""
        index = self.skipped.currentIndex()
        if index.isValid():
            del self._walls[index.row()]
            self.exdates.removeRow(index.row())
            self._show_rule()
            self.changed.emit()


def skipped_text(wall: str) -> str:
    """A skipped date as the list shows it."""
    value = parse_wall(wall)
    return fmt_wall(value) if isinstance(value, datetime) else fmt_date(value)


def _date_edit(name: str, parent: QWidget) -> QDateEdit:
    """A named date field with a calendar popup."""
    edit = named(QDateEdit(parent), name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("ddd yyyy-MM-dd")
    return edit


def _time_edit(name: str, parent: QWidget) -> QTimeEdit:
    """A named time field stepping by minutes."""
    edit = named(QTimeEdit(parent), name)
    edit.setDisplayFormat("HH:mm")
    return edit
