"""Applying a file's event groups to the meetings, iTIP-style, and saying what each did.

Same UID: a SEQUENCE lower than the one held is stale and ignored; higher or equal updates.
A cancellation keeps the meeting with status cancelled; a cancelled occurrence becomes a
cancelled override (the occurrence stays visible as cancelled, unlike an EXDATE). Overrides
whose series is not here are kept as one-off meetings with a derived UID until it arrives.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from mentordesk.core.enums import MeetingStatus
from mentordesk.core.meeting_time import format_wall
from mentordesk.db import models as m
from mentordesk.services.interop.ics.importing_people import PeopleIndex
from mentordesk.services.interop.ics.importing_records import (
    NewMeeting,
    cancel_fields,
    changed_fields,
    insert_meeting,
    insert_meetings,
    link_attendees,
    meeting_fields,
    update_meeting,
)
from mentordesk.services.interop.ics.merge import EventGroup
from mentordesk.services.interop.ics.parse_events import IcsEvent
from mentordesk.services.interop.ics.parse_values import Anchor
from mentordesk.services.tombstones import delete_records

CANCELLED = MeetingStatus.CANCELLED.value


class IcsAction(StrEnum):
    """What importing one event does."""

    NEW = "new"
    UPDATED = "updated"
    CANCELLED = "cancelled"
    UNCHANGED = "unchanged"
    STALE = "stale"


@dataclass(frozen=True)
class IcsPreviewRow:
    """One event of the file: where it is, what it is, who comes, and what happens to it."""

    line: int
    title: str
    when: str
    who: str
    action: IcsAction


class GroupWriter:
    """Writes groups one after another, with the meetings the file names loaded up front."""

    def __init__(self, groups: list[EventGroup]) -> None:
        self.people = PeopleIndex()
        self.by_uid = _meetings_by_uid(_uids(groups))
        self.pending: list[NewMeeting] = []

    def apply(self, group: EventGroup) -> list[IcsPreviewRow]:
        """Apply one UID's components; one preview row per component."""
        master = self.by_uid.get(group.uid)
        if master is None and group.master is not None and not group.overrides:
            return [self._defer(group)]
        if master is not None and master.deleted_at is None and group.sequence < master.sequence:
            return [_row(e, IcsAction.STALE, []) for e in group.events()]
        rows = []
        if group.master is not None:
            master, row = self._write_master(group, master)
            rows.append(row)
        if master is not None and master.deleted_at is None and master.rrule:
            rows += self._write_overrides(group, master)
        else:
            rows += [self._write_orphan(group, e) for e in group.overrides]
        return rows

    def _defer(self, group: EventGroup) -> IcsPreviewRow:
        """A new meeting with no overrides: inserted with the others in bulk by `flush`."""
        people = self.people.of(group.master)
        fields = meeting_fields(group.master, people, sequence=group.sequence)
        self.pending.append(NewMeeting(group.uid, fields, people.contacts))
        cancelled = fields["status"] == CANCELLED
        return _row(group.master, IcsAction.CANCELLED if cancelled else IcsAction.NEW, people.names)

    def flush(self) -> None:
        """Insert the deferred new meetings and their contact links."""
        insert_meetings(self.pending)
        self.pending = []

    def _write_master(self, group: EventGroup, record: m.MeetingRecord | None):
        """Create, update or cancel the series or one-off itself."""
        event = group.master
        people = self.people.of(event)
        fields = meeting_fields(event, people, sequence=group.sequence)
        if record is not None and record.deleted_at is None and group.cancels_all:
            fields = cancel_fields(record, group.sequence)
            people = None
        record, action = self._upsert(record, fields, group.uid)
        if people is not None and link_attendees(record.id, people.contacts):
            action = _stronger(action, IcsAction.UPDATED)
        if record.rrule and not group.cancels_all:
            self._drop_overrides_not_in(group, record)
        return record, _row(event, action, people.names if people else [])

    def _write_overrides(self, group: EventGroup, series: m.MeetingRecord) -> list:
        """Each RECURRENCE-ID instance as a row of the series (found by its RECURRENCE-ID)."""
        existing = _overrides_of(series.id)
        rows = []
        for event in group.overrides:
            rid = _rid_text(event, series)
            people = self.people.of(event)
            fields = meeting_fields(event, people, sequence=event.sequence)
            fields.update(recurrence_of=series.id, recurrence_id=rid, rrule="", rdates=[])
            fields["exdates"] = []
            found = existing.get(rid) or self._live_orphan(group, event)
            record, action = self._upsert(found, fields, None)
            if link_attendees(record.id, people.contacts):
                action = _stronger(action, IcsAction.UPDATED)
            rows.append(_row(event, action, people.names))
        return rows

    def _write_orphan(self, group: EventGroup, event: IcsEvent) -> IcsPreviewRow:
        """An override whose series is not here: a one-off under a UID derived from both."""
        uid = _orphan_uid(group, event)
        people = self.people.of(event)
        fields = meeting_fields(event, people, sequence=event.sequence)
        fields.update(rrule="", rdates=[], exdates=[])
        record, action = self._upsert(_meetings_by_uid([uid]).get(uid), fields, uid)
        if link_attendees(record.id, people.contacts):
            action = _stronger(action, IcsAction.UPDATED)
        return _row(event, action, people.names)

    def _live_orphan(self, group: EventGroup, event: IcsEvent) -> m.MeetingRecord | None:
        """An override kept as a one-off before its series came, now to join the series."""
        found = _meetings_by_uid([_orphan_uid(group, event)]).get(_orphan_uid(group, event))
        return found if found is not None and found.deleted_at is None else None

    def _upsert(self, record, fields, uid) -> tuple[m.MeetingRecord, IcsAction]:
        """Insert or update a row; the action says whether anything changed and how."""
        if record is None:
            record = insert_meeting(fields, uid=uid)
            if uid is not None:
                self.by_uid[uid] = record
            return record, IcsAction.CANCELLED if fields["status"] == CANCELLED else IcsAction.NEW
        changed = changed_fields(record, fields)
        if not changed:
            return record, IcsAction.UNCHANGED
        was_cancelled = record.status == CANCELLED and record.deleted_at is None
        update_meeting(record, changed)
        cancelled = changed.get("status") == CANCELLED and not was_cancelled
        return record, IcsAction.CANCELLED if cancelled else IcsAction.UPDATED

    def _drop_overrides_not_in(self, group: EventGroup, series: m.MeetingRecord) -> None:
        """A whole series sent again replaces its overrides: those it no longer has go."""
        keep = {_rid_text(e, series) for e in group.overrides}
        gone = [r.id for rid, r in _overrides_of(series.id).items() if rid not in keep]
        delete_records(m.MeetingRecord, gone)


def _rid_text(event: IcsEvent, series: m.MeetingRecord) -> str:
    """The RECURRENCE-ID as wall text in the series' own zone and kind."""
    when = series.when
    return format_wall(Anchor(when.kind, when.zone).wall(event.recurrence_value))


def _orphan_uid(group: EventGroup, event: IcsEvent) -> str:
    """The UID an override is kept under while its series is not here."""
    return f"{group.uid}#{format_wall(event.anchor.wall(event.recurrence_value))}"


def _overrides_of(series_id: int) -> dict[str, m.MeetingRecord]:
    """A series' live overrides by RECURRENCE-ID wall text."""
    query = m.MeetingRecord.select().where(m.MeetingRecord.recurrence_of == series_id)
    return {r.recurrence_id: r for r in query}


def _uids(groups: list[EventGroup]) -> list[str]:
    """The UIDs a file names."""
    return [g.uid for g in groups]


def _meetings_by_uid(uids: list[str]) -> dict[str, m.MeetingRecord]:
    """Meetings (tombstones too) with these UIDs, in chunks of 500."""
    found = {}
    for first in range(0, len(uids), 500):
        chunk = uids[first : first + 500]
        query = m.MeetingRecord.select_with_tombstones().where(m.MeetingRecord.uid.in_(chunk))
        found.update({r.uid: r for r in query})
    return found


def _stronger(action: IcsAction, other: IcsAction) -> IcsAction:
    """UNCHANGED gives way to another action; any other action stays."""
    return other if action is IcsAction.UNCHANGED else action


def _row(event: IcsEvent, action: IcsAction, names: list[str]) -> IcsPreviewRow:
    """The preview row of an event."""
    return IcsPreviewRow(
        line=event.line,
        title=event.title,
        when=describe_when(event),
        who=", ".join(names),
        action=action,
    )


def describe_when(event: IcsEvent) -> str:
    """The event's start as written, with its zone, and "(repeats)" for a series."""
    start, _ = event.when.to_storage()
    text = start.replace("T", " ")[:16]
    if event.when.zone:
        text += f" ({event.when.zone})"
    if event.is_override:
        return text + " (one occurrence)"
    return text + (" (repeats)" if event.rrule else "")
