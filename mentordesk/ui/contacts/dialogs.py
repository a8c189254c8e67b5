"""The contact editor: profile, where you met, the relationship and the agreement."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mentordesk.core.enums import MentorshipDirection, MetChannel, Stage
from mentordesk.core.errors import ValidationError
from mentordesk.services.contacts.editing import ContactForm
from mentordesk.services.contacts.form import validate_contact_form
from mentordesk.ui.contacts.channel_list import ChannelList
from mentordesk.ui.contacts.field_errors import FieldErrors
from mentordesk.ui.contacts.form_widgets import (
    enum_combo,
    form_page,
    format_availability,
    line_edit,
    lines,
    parse_availability,
    pydate,
    qdate,
    readable_dates,
    select_data,
    spin_box,
    text_box,
    zone_combo,
)

__all__ = ["ContactDialog", "format_availability", "parse_availability"]


class ContactDialog(QDialog):
    """Add or edit a contact; `form()` returns what was entered.

    OK checks every value first and, on a problem, shows it under its field and stays
    open; Cancel or Escape on a changed form asks before throwing the changes away.
    """

    def __init__(
        self, form: ContactForm | None = None, parent=None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.today = today or date.today()
        self.subject = form.name if form else ""
        self.setWindowTitle(self.tr("Edit contact") if form else self.tr("Add a mentor"))
        self.resize(600, 560)
        self._build_ui()
        self._fill(form or ContactForm(name=""))
        self._unchanged = self._state()

    def _build_ui(self) -> None:
        """Three tabs and OK/Cancel."""
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Contact sections"))
        self.errors = FieldErrors(self.tabs)
        self.tabs.addTab(self._profile_tab(), self.tr("&Profile"))
        self.tabs.addTab(self._met_tab(), self.tr("&Where we met"))
        self.tabs.addTab(self._agreement_tab(), self.tr("&Agreement"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._update_ok)

    def _profile_tab(self) -> QWidget:
        """Name, work, relationship, contact details, zone, birthday, tags and notes."""
        page, form = form_page()
        self.name = line_edit(self.tr("Name"))
        self.organisation = line_edit(self.tr("Organisation"))
        self.role = line_edit(self.tr("Role"))
        self.direction = enum_combo(self.tr("Relationship"), MentorshipDirection)
        self.stage = enum_combo(self.tr("Stage"), Stage)
        self.emails = text_box(self.tr("Email addresses, one per line"), rows=2)
        self.phones = text_box(self.tr("Phone numbers, one per line"), rows=2)
        self.links = text_box(self.tr("Links, one per line"), rows=2)
        self.timezone = zone_combo(self.tr("Time zone"))
        self.birthday = line_edit(self.tr("Birthday"), placeholder="1985-04-12 or --04-12")
        self.tags = line_edit(self.tr("Tags, separated by commas"))
        self.notes = text_box(self.tr("Notes"), rows=3)
        for text, widget, key in [
            (self.tr("&Name:"), self.name, "name"),
            (self.tr("&Organisation:"), self.organisation, ""),
            (self.tr("&Role:"), self.role, ""),
            (self.tr("Relat&ionship:"), self.direction, "direction"),
            (self.tr("&Stage:"), self.stage, "stage"),
            (self.tr("E&mail:"), self.emails, ""),
            (self.tr("P&hone:"), self.phones, ""),
            (self.tr("&Links:"), self.links, ""),
            (self.tr("&Time zone:"), self.timezone, "timezone"),
            (self.tr("&Birthday:"), self.birthday, "birthday"),
            (self.tr("Ta&gs:"), self.tags, ""),
            (self.tr("Not&es:"), self.notes, ""),
        ]:
            self.errors.add_row(form, text, widget, key=key)
        return page

    def _met_tab(self) -> QWidget:
        """Where and when you met."""
        page, form = form_page()
        self.met_channel = enum_combo(
            self.tr("Where you met"), MetChannel, allow_empty=self.tr("Not recorded")
        )
        self.met_detail = line_edit(
            self.tr("Details of where you met"), placeholder=self.tr("Which event, group or site")
        )
        self.met_on_known = QCheckBox(self.tr("I re&member the date"))
        self.met_on_known.setAccessibleName(self.tr("I remember the date we met"))
        self.met_on = QDateEdit()
        self.met_on.setCalendarPopup(True)
        self.met_on.setAccessibleName(self.tr("Date we met"))
        self.met_on.setMaximumDate(qdate(self.today))
        readable_dates(self.met_on, "yyyy-MM-dd")
        self.met_on_known.toggled.connect(self.met_on.setEnabled)
        self.errors.add_row(form, self.tr("Wh&ere:"), self.met_channel, key="met_channel")
        self.errors.add_row(form, self.tr("&Details:"), self.met_detail)
        form.addRow(self.met_on_known)
        self.errors.add_row(form, self.tr("&On:"), self.met_on, key="met_on")
        return page

    def _agreement_tab(self) -> QWidget:
        """Channels, availability, reply times and cadence."""
        page, form = form_page()
        self.channels = ChannelList()
        self.availability = text_box(self.tr("Availability windows in their time zone"), rows=3)
        self.availability.setPlaceholderText("Mon 09:00-17:00\nThu 16:00-19:00")
        hours, days = self.tr(" hours"), self.tr(" days")
        self.their_reply = spin_box(self.tr("They reply within (hours)"), 24 * 30, hours)
        self.my_reply = spin_box(self.tr("I reply within (hours)"), 24 * 30, hours)
        self.cadence = spin_box(self.tr("Talk at least every (days)"), 365, days)
        for text, widget, key in [
            (self.tr("&Channels:"), self.channels, "channels"),
            (self.tr("Availa&ble:"), self.availability, "availability"),
            (self.tr("&They reply within:"), self.their_reply, "their_reply_hours"),
            (self.tr("&I reply within:"), self.my_reply, "my_reply_hours"),
            (self.tr("Talk e&very:"), self.cadence, "meeting_cadence_days"),
        ]:
            self.errors.add_row(form, text, widget, key=key)
        return page

    def _fill(self, form: ContactForm) -> None:
        """Show a form's values in the widgets."""
        for edit, value in [
            (self.name, form.name),
            (self.organisation, form.organisation),
            (self.role, form.role),
            (self.birthday, form.birthday),
            (self.tags, ", ".join(form.tags)),
            (self.met_detail, form.met_detail),
        ]:
            edit.setText(value)
        for box, value in [
            (self.emails, "\n".join(form.emails)),
            (self.phones, "\n".join(form.phones)),
            (self.links, "\n".join(form.links)),
            (self.notes, form.notes),
            (self.availability, format_availability(form.availability)),
        ]:
            box.setPlainText(value)
        self.timezone.setCurrentText(form.timezone)
        for combo, value in [
            (self.direction, form.direction),
            (self.stage, form.stage),
            (self.met_channel, form.met_channel),
        ]:
            select_data(combo, value)
        self._fill_met_on(form.met_on)
        self.channels.set_channels(form.channels)
        self.their_reply.setValue(form.their_reply_hours or 0)
        self.my_reply.setValue(form.my_reply_hours or 0)
        self.cadence.setValue(form.meeting_cadence_days or 0)
        self._update_ok()

    def _fill_met_on(self, met_on: date | None) -> None:
        """Tick and set the date you met, or leave it off at today."""
        self.met_on_known.setChecked(met_on is not None)
        self.met_on.setEnabled(met_on is not None)
        self.met_on.setDate(qdate(met_on or self.today))

    def form(self) -> ContactForm:
        """The entered values; ValidationError naming the field if a value cannot be read."""
        return ContactForm(
            name=self.name.text().strip(),
            organisation=self.organisation.text().strip(),
            role=self.role.text().strip(),
            emails=lines(self.emails.toPlainText()),
            phones=lines(self.phones.toPlainText()),
            links=lines(self.links.toPlainText()),
            timezone=self.timezone.currentText().strip(),
            tags=[t.strip() for t in self.tags.text().split(",") if t.strip()],
            notes=self.notes.toPlainText().strip(),
            birthday=self.birthday.text().strip(),
            met_channel=self.met_channel.currentData() or "",
            met_detail=self.met_detail.text().strip(),
            met_on=pydate(self.met_on.date()) if self.met_on_known.isChecked() else None,
            direction=self.direction.currentData(),
            stage=self.stage.currentData(),
            channels=self.channels.channels(),
            availability=parse_availability(self.availability.toPlainText()),
            their_reply_hours=self.their_reply.value() or None,
            my_reply_hours=self.my_reply.value() or None,
            meeting_cadence_days=self.cadence.value() or None,
        )

    def accept(self) -> None:
        """Close only when every value is acceptable; else show the problem at its field."""
        try:
            validate_contact_form(self.form(), today=self.today)
        except ValidationError as problem:
            self.errors.show(problem)
            return
        self.errors.clear()
        super().accept()

    def reject(self) -> None:
        """Close at once when nothing changed; otherwise only if the user agrees to discard."""
        if self.is_changed() and not self.confirm_discard():
            return
        super().reject()

    def is_changed(self) -> bool:
        """True when any value differs from what the dialog opened with."""
        return self._state() != self._unchanged

    def confirm_discard(self) -> bool:
        """Ask whether to throw away the changes; No is the default."""
        who = self.subject or self.tr("this new contact")
        answer = QMessageBox.question(
            self,
            self.tr("Discard changes"),
            self.tr("Discard your changes to {0}?").format(who),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _state(self) -> tuple:
        """Every widget's raw value, to tell whether anything was changed."""
        edits = (self.name, self.organisation, self.role, self.birthday, self.tags)
        boxes = (self.emails, self.phones, self.links, self.notes, self.availability)
        combos = (self.timezone, self.direction, self.stage, self.met_channel)
        spins = (self.their_reply, self.my_reply, self.cadence)
        return (
            *(w.text() for w in (*edits, self.met_detail)),
            *(w.toPlainText() for w in boxes),
            *(w.currentText() for w in combos),
            *(w.value() for w in spins),
            self.met_on_known.isChecked(),
            self.met_on.date(),
            self.channels.state(),
        )

    def _update_ok(self) -> None:
        """OK is available only once there is a name."""
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name.text().strip()))
