"""Local records as server resources and back: meetings and dated tasks as iCalendar, contacts as
vCards; each resource holds one UID. Private fields stay home unless the account opted in."""

from __future__ import annotations

import dataclasses
import functools
from collections import defaultdict
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from icalendar import Calendar

from mentordesk.core.enums import TaskStatus
from mentordesk.db import models as m
from mentordesk.services.interop.ics.event_people import contact_attendees, me
from mentordesk.services.interop.ics.events import EventPeople, meeting_events
from mentordesk.services.interop.ics.export import END_CALENDAR, serialise
from mentordesk.services.interop.ics.importing import apply_ics
from mentordesk.services.interop.ics.todos import PRODID, dated_tasks, task_to_vtodo
from mentordesk.services.interop.vcard.transfer import contact_card, import_vcards
from mentordesk.services.interop.vcard.write import serialise_vcards
from mentordesk.services.sync import meeting_status, tasks_in
from mentordesk.services.sync.accounts import CONTACT_NOTES
from mentordesk.services.tombstones import delete_records

MEETING, TASK, CONTACT = "meeting", "task", "contact"
CALENDAR_KINDS = (MEETING, TASK)
MODELS = {MEETING: m.MeetingRecord, TASK: m.TaskRecord, CONTACT: m.ContactRecord}
SUFFIX = {MEETING: ".ics", TASK: ".ics", CONTACT: ".vcf"}
CONTENT_TYPE = {MEETING: "text/calendar", TASK: "text/calendar", CONTACT: "text/vcard"}
FINISHED = (TaskStatus.DONE.value, TaskStatus.DROPPED.value)
HISTORY_DAYS = 90  # a finished task due longer ago than this is history: it stays home


@dataclass(frozen=True)
class LocalItem:
    """A record to sync: its kind, UID and its text as it would go to the server."""

    kind: str
    uid: str
    text: str


def local_items(
    kinds: tuple[str, ...],
    *,
    shared_private: tuple[str, ...],
    synced: Collection[tuple[str, str]] = (),
) -> Iterator[LocalItem]:
    """Every record of those kinds that travels, as resource text (`synced`: (kind, uid) keys
    already on the server, which keep travelling)."""
    if MEETING in kinds:
        yield from _meetings()
    if TASK in kinds:
        today = date.today()
        for task in dated_tasks():
            if (TASK, task.uid) in synced or task_travels(task, today):
                yield LocalItem(TASK, task.uid, task_text(task))
    if CONTACT in kinds:
        for contact in m.ContactRecord.select().order_by(m.ContactRecord.id):
            yield LocalItem(CONTACT, contact.uid, card_text(contact, shared_private))


def local_item(kind: str, uid: str, *, shared_private: tuple[str, ...]) -> LocalItem | None:
    """One live record as resource text, None when it is gone (or a task lost its date)."""
    record = MODELS[kind].get_or_none(MODELS[kind].uid == uid)
    if record is None:
        return None
    if kind == MEETING:
        overrides = list(m.MeetingRecord.select().where(m.MeetingRecord.recurrence_of == record.id))
        people = EventPeople(me(), contact_attendees([record.id, *(o.id for o in overrides)]))
        return LocalItem(MEETING, uid, meeting_text(record, overrides, people))
    if kind == TASK:
        return LocalItem(TASK, uid, task_text(record)) if record.due else None
    return LocalItem(CONTACT, uid, card_text(record, shared_private))


def task_travels(task: m.TaskRecord, today: date) -> bool:
    """A dated task goes to the server unless it is finished and was due over 90 days ago."""
    if task.due is None:
        return False
    return task.status not in FINISHED or task.due >= today - timedelta(days=HISTORY_DAYS)


def _meetings() -> Iterator[LocalItem]:
    """Each series or one-off with its overrides, as one calendar resource."""
    meeting = m.MeetingRecord
    rows = list(meeting.select().order_by(meeting.id))
    overrides: dict[int, list] = defaultdict(list)
    for row in rows:
        if row.recurrence_of_id:
            overrides[row.recurrence_of_id].append(row)
    people = EventPeople(me(), contact_attendees())
    for row in rows:
        if not row.recurrence_of_id:
            yield LocalItem(MEETING, row.uid, meeting_text(row, overrides[row.id], people))


def _calendar() -> Calendar:
    """An empty VCALENDAR for one stored resource (no METHOD: RFC 4791 forbids it there)."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    return calendar


def meeting_text(series: m.MeetingRecord, overrides: list, people: EventPeople) -> str:
    """A meeting (and its overridden occurrences) as one iCalendar resource."""
    events = meeting_events(series, overrides, people)
    meeting_status.mark_statuses(events, series, overrides)
    records = [series, *overrides]
    head = _head(frozenset((x.time_kind, x.timezone, x.start_wall[:4]) for x in records))
    return b"".join([head, *(e.to_ical() for e in events), END_CALENDAR]).decode("utf-8")


class _Times:
    """Just what `serialise` reads of a meeting to pick the VTIMEZONEs (zone and years)."""

    def __init__(self, time_kind: str, timezone: str, year: str) -> None:
        self.time_kind, self.timezone, self.start_wall = time_kind, timezone, year


@functools.lru_cache(maxsize=1024)
def _head(times: frozenset[tuple[str, str, str]]) -> bytes:
    """The VCALENDAR lines and VTIMEZONEs before the events (the same few zones recur)."""
    meetings = [_Times(*x) for x in times]
    return serialise(_calendar(), meetings, []).encode("utf-8").removesuffix(END_CALENDAR)


def task_text(task: m.TaskRecord) -> str:
    """A dated task as one iCalendar resource holding its VTODO."""
    calendar = _calendar()
    calendar.add_component(task_to_vtodo(task))
    return calendar.to_ical().decode("utf-8")


def card_text(contact: m.ContactRecord, shared_private: tuple[str, ...]) -> str:
    """A contact as one vCard; its notes only when the account may carry them."""
    card = contact_card(contact)
    if CONTACT_NOTES not in shared_private:
        card = dataclasses.replace(card, notes="")
    return serialise_vcards([card])


def kind_of(text: str) -> str | None:
    """Which kind of record a server resource holds, None when we do not keep such things."""
    if "BEGIN:VCARD" in text:
        return CONTACT
    if "BEGIN:VEVENT" in text:
        return MEETING
    return TASK if "BEGIN:VTODO" in text else None


def uid_of(text: str) -> str:
    """The UID a resource holds (the first one)."""
    for line in text.replace("\r\n", "\n").split("\n"):
        if line.upper().startswith("UID:") or line.upper().startswith("UID;"):
            return line.split(":", 1)[1].strip()
    return ""


def apply_remote(kind: str, text: str, *, shared_private: tuple[str, ...]) -> None:
    """Write a server resource into the workspace (the caller holds the transaction)."""
    if kind == MEETING:
        plain, statuses = meeting_status.take_statuses(text)
        apply_ics(plain.encode("utf-8"), source="the server")
        meeting_status.apply_statuses(uid_of(text), statuses)
    elif kind == TASK:
        tasks_in.apply_vtodo(text)
    else:
        import_vcards(text if CONTACT_NOTES in shared_private else _without_notes(text))


def _without_notes(text: str) -> str:
    """A card without NOTE lines: notes that stay local are not overwritten from the server."""
    return "\r\n".join(x for x in text.replace("\r\n", "\n").split("\n") if not _is_note(x))


def _is_note(line: str) -> bool:
    """True for a NOTE property line (grouped or not)."""
    name = line.split(":", 1)[0].split(";", 1)[0].upper()
    return name == "NOTE" or name.endswith(".NOTE")


def delete_local(kind: str, uid: str) -> bool:
    """Tombstone the record a deleted resource stood for; True when there was one."""
    model = MODELS[kind]
    record = model.get_or_none(model.uid == uid)
    if record is None:
        return False
    delete_records(model, [record.id])
    return True


def is_tombstoned(kind: str, uid: str) -> bool:
    """True when the record was deleted here (or, for a task, lost its date)."""
    model = MODELS[kind]
    record = model.select_with_tombstones().where(model.uid == uid).first()
    if record is None:
        return True
    return record.deleted_at is not None or (kind == TASK and record.due is None)
