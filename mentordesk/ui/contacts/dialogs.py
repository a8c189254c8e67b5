"""The contact editor: profile, where you met, the relationship and the agreement."""

from __future__ import annotations

import re
from datetime import date
from zoneinfo import available_timezones

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mentordesk.core.enums import MentorshipDirection, MetChannel, Stage
from mentordesk.services.contacts.editing import ContactForm
from mentordesk.ui.contacts.channel_list import ChannelList
from mentordesk.ui.labels import label

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WINDOW_LINE = re.compile(r"^\s*(\w{3})\w*\s+(\d{1,2}:\d{2})\s*[-–]\s*(\d{1,2}:\d{2})\s*$")


def parse_availability(text: str) -> list[dict]:
    """Lines like 'Mon 09:00-17:00' as availability windows; ValueError names a bad line."""
    windows = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        match = WINDOW_LINE.match(line)
        if not match or match.group(1).lower() not in WEEKDAYS:
            raise ValueError(f"Availability line {number} should look like 'Mon 09:00-17:00'.")
        day, start, end = match.groups()
        windows.append(
            {"weekday": WEEKDAYS.index(day.lower()), "start": start.zfill(5), "end": end.zfill(5)}
        )
    return windows


def format_availability(windows: list[dict]) -> str:
    """Availability windows as editable lines."""
    return "\n".join(
        f"{WEEKDAYS[w['weekday']].capitalize()} {w['start']}-{w['end']}" for w in windows
    )


def _lines(text: str) -> list[str]:
    """Non-empty stripped lines."""
    return [line.strip() for line in text.splitlines() if line.strip()]


class ContactDialog(QDialog):
    """Add or edit a contact; `form()` returns what was entered."""

    def __init__(self, form: ContactForm | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit contact") if form else self.tr("Add a mentor"))
        self.resize(560, 520)
        self._build_ui()
        self._fill(form or ContactForm(name=""))

    def _build_ui(self) -> None:
        """Four tabs, an error line and OK/Cancel."""
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Contact sections"))
        self.tabs.addTab(self._profile_tab(), self.tr("&Profile"))
        self.tabs.addTab(self._met_tab(), self.tr("&Where we met"))
        self.tabs.addTab(self._agreement_tab(), self.tr("A&greement"))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem with the entered values"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._update_ok)

    def _profile_tab(self) -> QWidget:
        """Name, work, contact details, zone, birthday, tags and notes."""
        page, form = _form_page()
        self.name = _line(self.tr("Name"))
        self.organisation = _line(self.tr("Organisation"))
        self.role = _line(self.tr("Role"))
        self.emails = _text(self.tr("Email addresses, one per line"), lines=2)
        self.phones = _text(self.tr("Phone numbers, one per line"), lines=2)
        self.links = _text(self.tr("Links, one per line"), lines=2)
        self.timezone = _zone_combo(self.tr("Time zone"))
        self.birthday = _line(self.tr("Birthday"), placeholder="1985-04-12 or --04-12")
        self.tags = _line(self.tr("Tags, separated by commas"))
        self.notes = _text(self.tr("Notes"), lines=3)
        self.direction = _enum_combo(self.tr("Relationship"), MentorshipDirection)
        self.stage = _enum_combo(self.tr("Stage"), Stage)
        for text, widget in [
            (self.tr("&Name:"), self.name),
            (self.tr("&Organisation:"), self.organisation),
            (self.tr("&Role:"), self.role),
            (self.tr("&Relationship:"), self.direction),
            (self.tr("&Stage:"), self.stage),
            (self.tr("&Email:"), self.emails),
            (self.tr("P&hone:"), self.phones),
            (self.tr("&Links:"), self.links),
            (self.tr("&Time zone:"), self.timezone),
            (self.tr("&Birthday:"), self.birthday),
            (self.tr("T&ags:"), self.tags),
            (self.tr("N&otes:"), self.notes),
        ]:
            form.addRow(text, widget)
        return page

    def _met_tab(self) -> QWidget:
        """Where and when you met."""
        page, form = _form_page()
        self.met_channel = _enum_combo(
            self.tr("Where you met"), MetChannel, allow_empty=self.tr("Not recorded")
        )
        self.met_detail = _line(
            self.tr("Details of where you met"), placeholder=self.tr("Which event, group or site")
        )
        self.met_on_known = QCheckBox(self.tr("I remember the &date"), page)
        self.met_on_known.setAccessibleName(self.tr("I remember the date we met"))
        self.met_on = QDateEdit(page)
        self.met_on.setCalendarPopup(True)
        self.met_on.setAccessibleName(self.tr("Date we met"))
        self.met_on_known.toggled.connect(self.met_on.setEnabled)
        form.addRow(self.tr("&Where:"), self.met_channel)
        form.addRow(self.tr("&Details:"), self.met_detail)
        form.addRow(self.met_on_known)
        form.addRow(self.tr("&On:"), self.met_on)
        return page

    def _agreement_tab(self) -> QWidget:
        """Channels, availability, reply times and cadence."""
        page, form = _form_page()
        self.channels = ChannelList(page)
        self.availability = _text(self.tr("Availability windows in their time zone"), lines=3)
        self.availability.setPlaceholderText("Mon 09:00-17:00\nThu 16:00-19:00")
        self.their_reply = _spin(self.tr("They reply within (hours)"), 24 * 30, self.tr(" hours"))
        self.my_reply = _spin(self.tr("I reply within (hours)"), 24 * 30, self.tr(" hours"))
        self.cadence = _spin(self.tr("Talk at least every (days)"), 365, self.tr(" days"))
        form.addRow(self.tr("&Channels:"), self.channels)
        form.addRow(self.tr("&Available:"), self.availability)
        form.addRow(self.tr("They re&ply within:"), self.their_reply)
        form.addRow(self.tr("I repl&y within:"), self.my_reply)
        form.addRow(self.tr("Talk e&very:"), self.cadence)
        return page

    def _fill(self, form: ContactForm) -> None:
        """Show a form's values in the widgets."""
        self.name.setText(form.name)
        self.organisation.setText(form.organisation)
        self.role.setText(form.role)
        self.emails.setPlainText("\n".join(form.emails))
        self.phones.setPlainText("\n".join(form.phones))
        self.links.setPlainText("\n".join(form.links))
        self.timezone.setCurrentText(form.timezone)
        self.birthday.setText(form.birthday)
        self.tags.setText(", ".join(form.tags))
        self.notes.setPlainText(form.notes)
        _select(self.direction, form.direction)
        _select(self.stage, form.stage)
        _select(self.met_channel, form.met_channel)
        self.met_detail.setText(form.met_detail)
        self.met_on_known.setChecked(form.met_on is not None)
        self.met_on.setEnabled(form.met_on is not None)
        self.met_on.setDate(_qdate(form.met_on or date.today()))
        self.channels.set_channels(form.channels)
        self.availability.setPlainText(format_availability(form.availability))
        self.their_reply.setValue(form.their_reply_hours or 0)
        self.my_reply.setValue(form.my_reply_hours or 0)
        self.cadence.setValue(form.meeting_cadence_days or 0)
        self._update_ok()

    def form(self) -> ContactForm:
        """The entered values; ValueError with a clear message if a value cannot be read."""
        met = self.met_on.date()
        return ContactForm(
            name=self.name.text().strip(),
            organisation=self.organisation.text().strip(),
            role=self.role.text().strip(),
            emails=_lines(self.emails.toPlainText()),
            phones=_lines(self.phones.toPlainText()),
            links=_lines(self.links.toPlainText()),
            timezone=self.timezone.currentText().strip(),
            tags=[t.strip() for t in self.tags.text().split(",") if t.strip()],
            notes=self.notes.toPlainText().strip(),
            birthday=self.birthday.text().strip(),
            met_channel=self.met_channel.currentData() or "",
            met_detail=self.met_detail.text().strip(),
            met_on=date(met.year(), met.month(), met.day())
            if self.met_on_known.isChecked()
            else None,
            direction=self.direction.currentData(),
            stage=self.stage.currentData(),
            channels=self.channels.channels(),
            availability=parse_availability(self.availability.toPlainText()),
            their_reply_hours=self.their_reply.value() or None,
            my_reply_hours=self.my_reply.value() or None,
            meeting_cadence_days=self.cadence.value() or None,
        )

    def accept(self) -> None:
        """Close only when the values can be read and the zone is a real one."""
        try:
            form = self.form()
            if form.timezone and form.timezone not in available_timezones():
                raise ValueError(
                    self.tr("'{0}' is not a time zone; pick one from the list.").format(
                        form.timezone
                    )
                )
        except ValueError as error:
            self.error.setText(str(error))
            return
        super().accept()

    def _update_ok(self) -> None:
        """OK is available only once there is a name."""
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name.text().strip()))


def _form_page() -> tuple[QWidget, QFormLayout]:
    """A tab page with a form layout."""
    page = QWidget()
    return page, QFormLayout(page)


def _line(name: str, *, placeholder: str = "") -> QLineEdit:
    """A named line edit."""
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    return edit


def _text(name: str, *, lines: int) -> QPlainTextEdit:
    """A named plain-text box about `lines` lines tall, where Tab moves focus on."""
    edit = QPlainTextEdit()
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * (lines + 1) + 8)
    return edit


def _spin(name: str, maximum: int, suffix: str) -> QSpinBox:
    """A named spin box with a unit, where 0 means 'not agreed'."""
    spin = QSpinBox()
    spin.setAccessibleName(name)
    spin.setSuffix(suffix)
    spin.setRange(0, maximum)
    spin.setSpecialValueText(QCoreApplication.translate("ContactDialog", "not agreed"))
    return spin


def _enum_combo(name: str, enum_type, *, allow_empty: str = "") -> QComboBox:
    """A named combo of an enum's labels, optionally with an empty first choice."""
    combo = QComboBox()
    combo.setAccessibleName(name)
    if allow_empty:
        combo.addItem(allow_empty, "")
    for member in enum_type:
        combo.addItem(label(enum_type, member.value), member.value)
    return combo


def _zone_combo(name: str) -> QComboBox:
    """An editable combo of IANA zones with completion as you type."""
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.setEditable(True)
    combo.addItem("")
    combo.addItems(sorted(available_timezones()))
    combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
    combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return combo


def _select(combo: QComboBox, value: str) -> None:
    """Select the item whose data is `value` (the first item if none)."""
    combo.setCurrentIndex(max(combo.findData(value), 0))


def _qdate(value: date) -> QDate:
    """A Python date as a QDate."""
    return QDate(value.year, value.month, value.day)
