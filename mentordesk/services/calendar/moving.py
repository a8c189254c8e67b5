"""Move a meeting, one occurrence of a series, or a whole series to another start."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from enum import Enum
from zoneinfo import ZoneInfo

from mentordesk.core.enums import TimeKind
from mentordesk.core.meeting_time import MeetingTime, Wall, as_datetime, parse_wall
from mentordesk.db import models as m
from mentordesk.db.database import db
from mentordesk.services.calendar.editing import load_occurrence, save_occurrence
from mentordesk.services.calendar.series_shift import (
    MeetingMoveError,
    shift_rule_days,
    shift_series,
)

__all__ = ["MeetingMoveError", "MoveScope", "move_occurrence", "shift_rule_days", "wall_for"]


class MoveScope(Enum):
    """Which occurrences a move of one occurrence applies to."""

    THIS = "this"
    """Only this occurrence (it becomes, or stays, a moved instance)."""
    ALL = "all"
    """The whole series, shifted by the same wall-time difference."""


def move_occurrence(
    series_id_or_meeting_id: int,
    recurrence_id: str | None,
    new_start: datetime | date,
    *,
    scope: MoveScope,
) -> None:
    """Move a meeting or one occurrence so it starts at `new_start`, keeping its length.

    An aware `new_start` is an instant: a timed meeting takes its wall time in the meeting's
    zone, a floating or all-day one in the computer's zone. A naive one (or a date) is a wall
    value in the meeting's own terms. Every moved record's SEQUENCE goes up by one.
    """
    with db.atomic():
        meeting = _get(series_id_or_meeting_id)
        if meeting.recurrence_of_id is not None:
            recurrence_id = recurrence_id or meeting.recurrence_id
            meeting = _get(meeting.recurrence_of_id)
        if not meeting.rrule:
            _move_record(meeting, new_start)
        elif recurrence_id is None:
            raise MeetingMoveError(f"say which occurrence of “{meeting.title}” to move")
        elif scope is MoveScope.THIS:
            _move_one(meeting, recurrence_id, new_start)
        else:
            _move_series(meeting, recurrence_id, new_start)


def _get(meeting_id: int) -> m.MeetingRecord:
    """A live meeting by id, or a one-line error."""
    meeting = m.MeetingRecord.get_or_none(m.MeetingRecord.id == meeting_id)
    if meeting is None or meeting.deleted_at is not None:
        raise MeetingMoveError("this meeting no longer exists (deleted elsewhere?)")
    return meeting


def wall_for(time: MeetingTime, new_start: datetime | date) -> Wall:
    """`new_start` as a wall value of the meeting's kind (see move_occurrence)."""
    if isinstance(new_start, datetime) and new_start.tzinfo is not None:
        zone = ZoneInfo(time.zone) if time.kind is TimeKind.TIMED else None
        new_start = new_start.astimezone(zone).replace(tzinfo=None)
    if time.kind is TimeKind.ALL_DAY:
        return new_start.date() if isinstance(new_start, datetime) else new_start
    if not isinstance(new_start, datetime):
        raise MeetingMoveError("a timed meeting needs a start time, not only a day")
    return new_start


def _move_record(meeting: m.MeetingRecord, new_start: datetime | date) -> None:
    """Move a one-off meeting or a moved instance, as long as before."""
    when = meeting.when
    meeting.when = when.moved_to(wall_for(when, new_start))
    meeting.sequence += 1
    meeting.save()


def _move_one(series: m.MeetingRecord, recurrence_id: str, new_start: datetime | date) -> None:
    """Move one occurrence of a series: update its override, or create one as the editor does."""
    override_id, draft = load_occurrence(series.id, recurrence_id)
    if override_id is not None:
        _move_record(m.MeetingRecord.get_by_id(override_id), new_start)
        return
    when = draft.when.moved_to(wall_for(draft.when, new_start))
    save_occurrence(series.id, recurrence_id, replace(draft, when=when))


def _move_series(series: m.MeetingRecord, recurrence_id: str, new_start: datetime | date) -> None:
    """Shift a whole series by the wall difference the moved occurrence makes."""
    instance = m.MeetingRecord.get_or_none(
        (m.MeetingRecord.recurrence_of == series.id)
        & (m.MeetingRecord.recurrence_id == recurrence_id)
    )
    current = instance.when if instance else series.when.moved_to(parse_wall(recurrence_id))
    delta = as_datetime(wall_for(current, new_start)) - as_datetime(current.start)
    if not delta:
        return
    shift_series(series, delta)
    series.sequence += 1
    series.save()
