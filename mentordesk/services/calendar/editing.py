"""Plan and edit meetings: create, update, cancel, delete, and one occurrence of a series."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from zoneinfo import available_timezones

from mentordesk.core.enums import MeetingStatus, TimeKind
from mentordesk.core.errors import UserError, ValidationError
from mentordesk.core.meeting_time import (
    MeetingTime,
    as_datetime,
    expand,
    format_wall,
    parse_wall,
)
from mentordesk.core.recurrence import parse_rrule
from mentordesk.core.reminder_defaults import NO_REMINDER
from mentordesk.db import models as m
from mentordesk.db.database import db
from mentordesk.db.meeting_times import local_zone_name
from mentordesk.services.calendar.series_shift import shift_series
from mentordesk.services.tombstones import delete_records

SEEN_BY_ATTENDEES = ("when", "title", "location", "url", "rrule", "exdates", "status")


class MeetingNotFoundError(UserError):
    """The meeting is gone (deleted elsewhere)."""


@dataclass(frozen=True)
class MeetingDraft:
    """A meeting as the editor shows it; `exdates` are wall texts in the meeting's zone."""

    title: str
    when: MeetingTime
    rrule: str = ""
    exdates: tuple[str, ...] = ()
    contact_ids: tuple[int, ...] = ()
    location: str = ""
    url: str = ""
    agenda: str = ""
    notes: str = ""
    reminder_minutes: int | None = None
    mentorship_id: int | None = None
    status: str = MeetingStatus.PLANNED.value


@dataclass(frozen=True)
class ContactChoice:
    """A contact the editor can link: id, name and IANA zone ("" when unknown)."""

    id: int
    name: str
    zone: str


def my_zone() -> str:
    """This computer's IANA zone, or UTC when it has no IANA name."""
    name = local_zone_name()
    return name if name in available_timezones() else "UTC"


def list_contact_choices() -> list[ContactChoice]:
    """Every contact, by name, with their zone."""
    query = m.ContactRecord.select(
        m.ContactRecord.id, m.ContactRecord.name, m.ContactRecord.timezone
    )
    return [ContactChoice(i, n, z) for i, n, z in query.order_by(m.ContactRecord.name).tuples()]


def meeting_time(kind: str, start, end, zone: str = "") -> MeetingTime:
    """Times from editor fields, or a ValidationError naming the field at fault."""
    kind = TimeKind(kind)
    if kind is TimeKind.TIMED and zone not in available_timezones():
        raise ValidationError(f"unknown time zone {zone!r}", field="zone")
    if end <= start:
        raise ValidationError("a meeting must end after it starts", field="end")
    return MeetingTime(kind, start, end, zone if kind is TimeKind.TIMED else "")


def load_meeting(meeting_id: int) -> MeetingDraft:
    """One meeting as a draft for the editor."""
    record = get_meeting(meeting_id)
    people = m.MeetingAttendeeRecord.select(m.MeetingAttendeeRecord.contact).where(
        m.MeetingAttendeeRecord.meeting == meeting_id
    )
    return MeetingDraft(
        title=record.title,
        when=record.when,
        rrule=record.rrule,
        exdates=tuple(record.exdates or ()),
        contact_ids=tuple(sorted(c for (c,) in people.tuples())),
        location=record.location,
        url=record.url,
        agenda=record.agenda,
        notes=record.notes,
        reminder_minutes=record.reminder_minutes,
        mentorship_id=record.mentorship_id,
        status=record.status,
    )


def load_occurrence(series_id: int, recurrence_id: str) -> tuple[int | None, MeetingDraft]:
    """One occurrence of a series: (its override's id or None, the draft at its time)."""
    override = _override(series_id, recurrence_id)
    if override is not None:
        return override.id, load_meeting(override.id)
    series = load_meeting(series_id)
    when = _occurrence_time(series_id, recurrence_id)
    return None, replace(series, when=when, rrule="", exdates=())


def occurrence_of(meeting_id: int) -> tuple[int, str] | None:
    """(series id, RECURRENCE-ID) when the meeting stands for one occurrence of a series."""
    record = get_meeting(meeting_id)
    if record.recurrence_of_id is None or not record.recurrence_id:
        return None
    return record.recurrence_of_id, record.recurrence_id


def get_meeting(meeting_id: int) -> m.MeetingRecord:
    """One live meeting, or MeetingNotFoundError."""
    record = m.MeetingRecord.get_or_none(m.MeetingRecord.id == meeting_id)
    if record is None:
        raise MeetingNotFoundError(f"meeting {meeting_id} no longer exists")
    return record


def create_meeting(draft: MeetingDraft) -> int:
    """Store a new meeting with its attendees; returns its id."""
    values = _clean(draft)
    with db.atomic():
        record = m.MeetingRecord(**values)
        record.when = draft.when
        record.save(force_insert=True)
        _set_attendees(record.id, draft.contact_ids)
        return record.id


def update_meeting(meeting_id: int, draft: MeetingDraft) -> None:
    """Store an edited meeting; SEQUENCE goes up when something an attendee sees changed."""
    values = _clean(draft)
    with db.atomic():
        record = get_meeting(meeting_id)
        before = _seen(load_meeting(meeting_id))
        if record.rrule and draft.when.start != record.when.start:
            _shift_exceptions(record, draft, values)
        if record.rrule and not values["rrule"]:
            _drop_overrides(record.id)
        for name, value in values.items():
            setattr(record, name, value)
        record.when = draft.when
        if _seen(draft) != before:
            record.sequence += 1
        record.save()
        _set_attendees(meeting_id, draft.contact_ids)


def cancel_meeting(meeting_id: int) -> None:
    """Mark a meeting (a whole series) cancelled; it stays in history."""
    set_status(meeting_id, MeetingStatus.CANCELLED.value)


def set_status(meeting_id: int, status: str) -> None:
    """Give a meeting a status (planned, held, cancelled), bumping SEQUENCE when it changes."""
    _check_status(status)
    with db.atomic():
        record = get_meeting(meeting_id)
        if record.status != status:
            record.status, record.sequence = status, record.sequence + 1
            record.save()


def delete_meeting(meeting_id: int) -> None:
    """Delete a meeting, its moved occurrences and attendee links (tombstones)."""
    with db.atomic():
        get_meeting(meeting_id)
        delete_records(m.MeetingRecord, [meeting_id])


def skip_occurrence(series_id: int, recurrence_id: str) -> None:
    """Skip one occurrence of a series (an EXDATE); a moved copy of it goes too."""
    with db.atomic():
        series = _series(series_id)
        _occurrence_time(series_id, recurrence_id)
        override = _override(series_id, recurrence_id)
        if override is not None:
            delete_records(m.MeetingRecord, [override.id])
        if recurrence_id not in series.exdates:
            series.exdates = sorted([*series.exdates, recurrence_id])
            series.sequence += 1
            series.save()


def restore_occurrence(series_id: int, recurrence_id: str) -> None:
    """Bring a skipped occurrence back."""
    with db.atomic():
        series = _series(series_id)
        if recurrence_id not in (series.exdates or []):
            raise ValidationError("that occurrence is not skipped", field="recurrence_id")
        series.exdates = [x for x in series.exdates if x != recurrence_id]
        series.sequence += 1
        series.save()


def set_occurrence_status(series_id: int, recurrence_id: str, status: str) -> int:
    """Mark one occurrence held, cancelled or planned (an override at the same time); its id."""
    _check_status(status)
    with db.atomic():
        override = _override(series_id, recurrence_id)
        if override is None:
            _, draft = load_occurrence(series_id, recurrence_id)
            return save_occurrence(series_id, recurrence_id, replace(draft, status=status))
        if override.status != status:
            override.status, override.sequence = status, override.sequence + 1
            override.save()
        return override.id


def save_occurrence(series_id: int, recurrence_id: str, draft: MeetingDraft) -> int:
    """Store one occurrence of a series as edited (moved, retitled, its own agenda); its id.

    A new override copies the series' organizer, guests and answers. Its SEQUENCE is the
    series' plus one when it differs from the occurrence in something an attendee sees (what
    they last saw is the series at that SEQUENCE), else the series' own.
    """
    if draft.rrule:
        raise ValidationError("one occurrence cannot repeat on its own", field="rrule")
    with db.atomic():
        series = _series(series_id)
        _occurrence_time(series_id, recurrence_id)
        override = _override(series_id, recurrence_id)
        if override is not None:
            update_meeting(override.id, replace(draft, exdates=()))
            return override.id
        as_seen = _seen(load_occurrence(series_id, recurrence_id)[1])
        meeting_id = create_meeting(replace(draft, exdates=()))
        m.MeetingRecord.update(
            recurrence_of=series_id,
            recurrence_id=recurrence_id,
            sequence=series.sequence + (_seen(draft) != as_seen),
            organizer=series.organizer,
            guests=series.guests,
        ).where(m.MeetingRecord.id == meeting_id).execute()
        _copy_responses(series_id, meeting_id)
        return meeting_id


def _copy_responses(series_id: int, override_id: int) -> None:
    """An override's attendees keep the answers they gave the series."""
    attendee = m.MeetingAttendeeRecord
    for contact_id, response in (
        attendee.select(attendee.contact, attendee.response)
        .where(attendee.meeting == series_id)
        .tuples()
    ):
        attendee.update(response=response).where(
            (attendee.meeting == override_id) & (attendee.contact == contact_id)
        ).execute()


def update_series_from_occurrence(series_id: int, recurrence_id: str, draft: MeetingDraft) -> None:
    """Apply an occurrence's edit to its whole series, moving the series as the occurrence moved."""
    with db.atomic():
        series = load_meeting(series_id)
        original = _occurrence_time(series_id, recurrence_id)
        shift = as_datetime(draft.when.start) - as_datetime(original.start)
        start = as_datetime(series.when.start) + shift
        when = _retimed(draft.when, start)
        update_meeting(
            series_id, replace(draft, when=when, rrule=series.rrule, exdates=series.exdates)
        )


def _retimed(when: MeetingTime, start: datetime) -> MeetingTime:
    """`when` (its kind, zone and length) starting at `start`."""
    begin = start.date() if when.kind is TimeKind.ALL_DAY else start
    return when.moved_to(begin)


def _series(series_id: int) -> m.MeetingRecord:
    """A live recurring meeting, or an error."""
    series = get_meeting(series_id)
    if not series.rrule:
        raise ValidationError("this meeting does not repeat", field="series_id")
    return series


def _override(series_id: int, recurrence_id: str) -> m.MeetingRecord | None:
    """The live record replacing one occurrence of a series, if any."""
    record = m.MeetingRecord
    return record.get_or_none(
        (record.recurrence_of == series_id) & (record.recurrence_id == recurrence_id)
    )


def _occurrence_time(series_id: int, recurrence_id: str) -> MeetingTime:
    """The time of a series' occurrence named by its RECURRENCE-ID, or a ValidationError."""
    series = _series(series_id)
    try:
        when = series.when.moved_to(parse_wall(recurrence_id))
    except (TypeError, ValueError):
        raise ValidationError(f"no occurrence at {recurrence_id}", field="recurrence_id") from None
    instant = when.start_utc()
    found = expand(
        series.when,
        parse_rrule(series.rrule),
        window_start=instant,
        window_end=instant + timedelta(seconds=1),
    )
    if not found or format_wall(found[0].start) != recurrence_id:
        raise ValidationError(
            f"the series has no occurrence at {recurrence_id}", field="recurrence_id"
        )
    return when


def _shift_exceptions(record: m.MeetingRecord, draft: MeetingDraft, values: dict) -> None:
    """A series moved in time: its rule days, EXDATEs, RDATEs and overrides follow by as much.

    The rule follows only when the draft kept it; skipped dates the draft added stay as given.
    """
    old = record.when
    if old.kind != draft.when.kind:
        return
    kept_rule, kept_exdates = record.rrule, list(record.exdates or ())
    shift_series(record, as_datetime(draft.when.start) - as_datetime(old.start))
    if values["rrule"] == kept_rule:
        values["rrule"] = record.rrule
    moved = dict(zip(kept_exdates, record.exdates, strict=True))
    values["exdates"] = sorted(moved.get(x, x) for x in values["exdates"])


def _drop_overrides(series_id: int) -> None:
    """A series that stops repeating loses its moved and re-statused occurrences."""
    record = m.MeetingRecord
    ids = [i for (i,) in record.select(record.id).where(record.recurrence_of == series_id).tuples()]
    delete_records(record, ids)


def _seen(draft: MeetingDraft) -> tuple:
    """The fields of a draft an attendee sees, for spotting a change worth a new SEQUENCE."""
    return tuple(
        tuple(sorted(getattr(draft, n))) if n == "exdates" else getattr(draft, n)
        for n in SEEN_BY_ATTENDEES
    )


def check_draft(draft: MeetingDraft) -> None:
    """Refuse a draft with a bad field (ValidationError naming it); reads no database."""
    if not draft.title.strip():
        raise ValidationError("a meeting needs a title", field="title")
    _check_rule(draft)
    _check_status(draft.status)
    if draft.reminder_minutes is not None and draft.reminder_minutes < NO_REMINDER:
        raise ValidationError("a reminder cannot come after the start", field="reminder_minutes")
    _exdates(draft)


def _clean(draft: MeetingDraft) -> dict:
    """Validated record values of a draft (times are set through `when`)."""
    check_draft(draft)
    _check_contacts(draft.contact_ids)
    return {
        "title": draft.title.strip(),
        "rrule": draft.rrule.strip().removeprefix("RRULE:"),
        "exdates": sorted(_exdates(draft)),
        "location": draft.location.strip(),
        "url": draft.url.strip(),
        "agenda": draft.agenda,
        "notes": draft.notes,
        "reminder_minutes": draft.reminder_minutes,
        "mentorship": _mentorship(draft),
        "status": draft.status,
    }


def _check_rule(draft: MeetingDraft) -> None:
    """A repeat rule the expander understands, or a ValidationError on `rrule`."""
    if not draft.rrule.strip():
        return
    try:
        parse_rrule(draft.rrule)
    except ValueError as error:
        raise ValidationError(f"repeat rule: {error}", field="rrule") from None


def _exdates(draft: MeetingDraft) -> set[str]:
    """Skipped dates as stored wall text, each a valid value of the meeting's kind."""
    kind = draft.when.kind
    clean = set()
    for text in draft.exdates:
        try:
            value = parse_wall(text)
        except ValueError:
            raise ValidationError(f"not a date: {text!r}", field="exdates") from None
        if (kind is TimeKind.ALL_DAY) == isinstance(value, datetime):
            raise ValidationError(f"{text!r} does not fit a {kind.label} meeting", field="exdates")
        clean.add(format_wall(value))
    return clean if draft.rrule.strip() else set()


def _check_status(status: str) -> None:
    """A known meeting status, or a ValidationError on `status`."""
    if status not in MeetingStatus.values():
        raise ValidationError(f"unknown meeting status {status!r}", field="status")


def _check_contacts(contact_ids) -> None:
    """Every linked contact exists."""
    ids = set(contact_ids)
    found = {
        c
        for (c,) in m.ContactRecord.select(m.ContactRecord.id)
        .where(m.ContactRecord.id.in_(ids))
        .tuples()
    }
    if ids - found:
        raise ValidationError("a linked contact no longer exists", field="contacts")


def _mentorship(draft: MeetingDraft) -> int | None:
    """The draft's mentorship, or the one mentorship of its single contact."""
    if draft.mentorship_id is not None or len(draft.contact_ids) != 1:
        return draft.mentorship_id
    ships = m.MentorshipRecord.select(m.MentorshipRecord.id).where(
        m.MentorshipRecord.contact == draft.contact_ids[0]
    )
    ids = [s for (s,) in ships.tuples()]
    return ids[0] if len(ids) == 1 else None


def _set_attendees(meeting_id: int, contact_ids) -> None:
    """Make the meeting's attendees exactly these contacts (answers of those kept stay)."""
    attendee = m.MeetingAttendeeRecord
    wanted = set(contact_ids)
    current = {
        c
        for (c,) in attendee.select(attendee.contact).where(attendee.meeting == meeting_id).tuples()
    }
    if current - wanted:
        attendee.delete().where(
            (attendee.meeting == meeting_id) & attendee.contact.in_(current - wanted)
        ).execute()
    for contact_id in sorted(wanted - current):
        attendee.create(meeting=meeting_id, contact=contact_id)
