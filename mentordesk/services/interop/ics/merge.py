"""The events of a file grouped per UID, as iTIP applies them (a series with its overrides)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from mentordesk.core.enums import MeetingStatus
from mentordesk.services.interop.ics.merge_ranges import split_ranges
from mentordesk.services.interop.ics.parse_events import IcsEvent


@dataclass
class EventGroup:
    """One UID's components from a file: the series or one-off (if sent) and its overrides."""

    uid: str
    master: IcsEvent | None
    overrides: list[IcsEvent] = field(default_factory=list)

    @property
    def sequence(self) -> int:
        """The highest SEQUENCE among the group's components."""
        return max(e.sequence for e in self.events())

    @property
    def line(self) -> int:
        """Where the group starts in the file."""
        return min(e.line for e in self.events())

    def events(self) -> list[IcsEvent]:
        """The master (if any) then the overrides."""
        return ([self.master] if self.master else []) + self.overrides

    @property
    def cancels_all(self) -> bool:
        """True when the whole meeting is cancelled (its master carries the cancel)."""
        return self.master is not None and self.master.status == MeetingStatus.CANCELLED.value


def group_events(events: Iterable[IcsEvent]) -> list[EventGroup]:
    """Groups by UID in file order; THISANDFUTURE overrides split their series in two."""
    by_uid: dict[str, list[IcsEvent]] = {}
    for event in events:
        by_uid.setdefault(event.uid, []).append(event)
    groups = []
    for uid, found in by_uid.items():
        for piece_uid, piece in split_ranges(uid, found):
            groups.append(_group(piece_uid, piece))
    return groups


def _group(uid: str, events: list[IcsEvent]) -> EventGroup:
    """A group from one UID's events: the last master sent wins, overrides by RECURRENCE-ID."""
    masters = [e for e in events if not e.is_override]
    overrides: dict[object, IcsEvent] = {}
    for event in events:
        if event.is_override:
            overrides[event.recurrence_value] = event
    master = None
    for candidate in masters:  # a later copy with an equal SEQUENCE replaces an earlier one
        if master is None or candidate.sequence >= master.sequence:
            master = candidate
    return EventGroup(uid=uid, master=master, overrides=list(overrides.values()))
