"""Which meetings a calendar export holds: all, one contact's, or those in a date range."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from mentordesk.core.errors import UserError
from mentordesk.core.meeting_time import local_instant
from mentordesk.db import models as m
from mentordesk.services.calendar.occurrences import list_occurrences

OPEN_RANGE_YEARS = 10  # how far an open-ended range looks, past or future


class UnknownContactError(UserError):
    """No contact, or more than one, answers to the name given."""


class BadRangeError(UserError):
    """The date range asked for ends before it starts."""


@dataclass(frozen=True)
class ExportScope:
    """What to export: every meeting, or those of one contact, in an inclusive range of days."""

    contact_id: int | None = None
    first_day: date | None = None
    last_day: date | None = None

    def __post_init__(self) -> None:
        """Refuse a range that ends before it starts."""
        if self.first_day and self.last_day and self.last_day < self.first_day:
            raise BadRangeError(
                f"the range ends ({self.last_day}) before it starts ({self.first_day})"
            )


@dataclass(frozen=True)
class SelectedMeetings:
    """Series and one-off meetings in id order, and the overridden occurrences of each."""

    meetings: list[m.MeetingRecord]
    overrides: dict[int, list[m.MeetingRecord]]


def select_meetings(scope: ExportScope) -> SelectedMeetings:
    """The meetings in scope with their overrides (a series comes whole, never cut)."""
    wanted = _wanted_ids(scope)
    meeting = m.MeetingRecord
    rows = list(meeting.select().order_by(meeting.id))
    overrides: dict[int, list[m.MeetingRecord]] = defaultdict(list)
    masters = []
    for row in rows:
        if row.recurrence_of_id is not None:
            overrides[row.recurrence_of_id].append(row)
        elif wanted is None or row.id in wanted:
            masters.append(row)
    kept = {x.id for x in masters}
    return SelectedMeetings(masters, {k: v for k, v in overrides.items() if k in kept})


def _wanted_ids(scope: ExportScope) -> set[int] | None:
    """Ids of the series and one-offs the scope asks for; None means every one."""
    wanted = None
    if scope.contact_id is not None:
        wanted = _ids_with_contact(scope.contact_id)
    if scope.first_day or scope.last_day:
        in_range = _ids_in_range(scope.first_day, scope.last_day)
        wanted = in_range if wanted is None else wanted & in_range
    return wanted


def _ids_with_contact(contact_id: int) -> set[int]:
    """Series and one-offs the contact attends or whose mentorship is theirs."""
    attendee, meeting = m.MeetingAttendeeRecord, m.MeetingRecord
    attending = attendee.select(attendee.meeting).where(attendee.contact == contact_id)
    shared = meeting.select(meeting.id).join(m.MentorshipRecord)
    shared = shared.where(m.MentorshipRecord.contact == contact_id)
    ids = {x for (x,) in attending.tuples()} | {x for (x,) in shared.tuples()}
    series = meeting.select(meeting.recurrence_of).where(
        meeting.id.in_(list(ids)) & meeting.recurrence_of.is_null(False)
    )
    return ids | {s for (s,) in series.tuples()}


def _ids_in_range(first_day: date | None, last_day: date | None) -> set[int]:
    """Series and one-offs with an occurrence on one of the days (in this computer's zone)."""
    first_day = first_day or (last_day or date.today()) - timedelta(days=365 * OPEN_RANGE_YEARS)
    last_day = last_day or first_day + timedelta(days=365 * OPEN_RANGE_YEARS)
    rows = list_occurrences(
        window_start=local_instant(first_day),
        window_end=local_instant(last_day + timedelta(days=1)),
    )
    return {row.series_id or row.meeting_id for row in rows}


def find_contact_id(name: str) -> int:
    """The contact a name means: exactly (any case), else the one whose name contains it."""
    wanted = name.strip().casefold()
    query = m.ContactRecord.select(m.ContactRecord.id, m.ContactRecord.name)
    contacts = list(query.tuples())
    exact = [cid for cid, cname in contacts if cname.casefold() == wanted]
    partial = [(cid, cname) for cid, cname in contacts if wanted and wanted in cname.casefold()]
    if len(exact) == 1 or (not exact and len(partial) == 1):
        return exact[0] if exact else partial[0][0]
    if len(exact) > 1 or len(partial) > 1:
        names = ", ".join(sorted(cname for _, cname in partial))
        raise UnknownContactError(f"{name!r} names several contacts ({names}); give the full name")
    raise UnknownContactError(f"no contact is named {name!r}; check the spelling in Contacts")


def contact_choices() -> list[tuple[int, str]]:
    """(id, name) of every contact, in name order, for a "meetings with" choice."""
    query = m.ContactRecord.select(m.ContactRecord.id, m.ContactRecord.name)
    return sorted(query.tuples(), key=lambda row: (row[1].casefold(), row[0]))
