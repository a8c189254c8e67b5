"""Where occurrences go on the grids: visible days, local spans, side-by-side columns (no Qt)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from mentordesk.core.enums import TimeKind
from mentordesk.core.meeting_time import local_instant
from mentordesk.services.calendar.occurrences import OccurrenceRow

MONTH_CELLS = 42  # six weeks: every month fits, and the grid never changes height
MARGIN = timedelta(days=7)  # loaded beyond the visible range, so a step rarely waits
SNAP_MINUTES = 15


def week_start(day: date) -> date:
    """The Monday on or before a day."""
    return day - timedelta(days=day.weekday())


def month_days(day: date) -> list[date]:
    """The 42 days of the month grid showing `day`'s month, from the Monday before the 1st."""
    first = week_start(day.replace(day=1))
    return [first + timedelta(days=n) for n in range(MONTH_CELLS)]


def week_days(day: date) -> list[date]:
    """The seven days, Monday to Sunday, of the week holding `day`."""
    first = week_start(day)
    return [first + timedelta(days=n) for n in range(7)]


def add_months(day: date, months: int) -> date:
    """The same day of another month, or that month's last day when it is shorter."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    for last in (31, 30, 29, 28):
        try:
            return date(year, month + 1, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable: every month has 28 days")


def load_window(days: Sequence[date]) -> tuple[datetime, datetime]:
    """The UTC-aware window to load for some visible days, with a margin on both sides."""
    return local_instant(days[0] - MARGIN), local_instant(days[-1] + timedelta(days=1) + MARGIN)


def is_all_day(row: OccurrenceRow) -> bool:
    """True for all-day occurrences (they go in the all-day strip of the week)."""
    return row.time.kind is TimeKind.ALL_DAY


def local_span(row: OccurrenceRow) -> tuple[datetime, datetime]:
    """Start and end as naive wall times on this computer (dates at midnight for all-day)."""
    if row.time.kind is TimeKind.TIMED:
        return _naive_local(row.start), _naive_local(row.end)
    start, end = row.time.start, row.time.end
    if row.time.kind is TimeKind.ALL_DAY:
        return datetime.combine(start, time()), datetime.combine(end, time())
    return start, end


def _naive_local(moment: datetime) -> datetime:
    """An aware instant as the naive wall time of this computer."""
    return moment.astimezone().replace(tzinfo=None)


def days_covered(row: OccurrenceRow) -> list[date]:
    """Every local day an occurrence touches (its start day at least)."""
    return _covered(*local_span(row))


def _covered(start: datetime, end: datetime) -> list[date]:
    """The days from a local start up to (not including) a local end, the start's at least."""
    last = (end - timedelta(microseconds=1)).date() if end > start else start.date()
    return [start.date() + timedelta(days=n) for n in range((last - start.date()).days + 1)]


def by_day(rows: Sequence[OccurrenceRow], days: Sequence[date]) -> dict[date, list[OccurrenceRow]]:
    """The occurrences touching each of some days, all-day ones first, then by start."""
    found: dict[date, list[tuple[tuple, OccurrenceRow]]] = {day: [] for day in days}
    first, last = days[0], days[-1]
    for row in rows:
        start, end = local_span(row)
        if end.date() < first or start.date() > last:
            continue
        order = (not is_all_day(row), start, row.title)
        for day in _covered(start, end):
            if day in found:
                found[day].append((order, row))
    return {day: [row for _, row in sorted(pairs, key=_first)] for day, pairs in found.items()}


def _first(pair: tuple) -> tuple:
    """The sort key of an (order, row) pair."""
    return pair[0]


def minutes_in_day(row: OccurrenceRow, day: date) -> tuple[int, int]:
    """The part of a timed occurrence inside one local day, in minutes from midnight."""
    start, end = local_span(row)
    midnight = datetime.combine(day, time())
    first = max(0, int((start - midnight).total_seconds() // 60))
    last = min(24 * 60, int((end - midnight).total_seconds() // 60))
    return first, max(last, first)


def side_by_side(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """(column, columns) for each span so overlapping ones sit side by side, in input order.

    Spans that overlap, directly or through others, form a group sharing one column count;
    each span takes the leftmost column free at its start.
    """
    order = sorted(range(len(spans)), key=lambda i: (spans[i][0], -spans[i][1]))
    placed: dict[int, tuple[int, int]] = {}
    group: list[int] = []
    ends: list[int] = []  # end of the last span in each column of the current group
    for index in order:
        start, end = spans[index]
        if group and start >= max(ends):
            _close_group(group, placed, len(ends))
            group, ends = [], []
        column = next((c for c, last in enumerate(ends) if last <= start), len(ends))
        if column == len(ends):
            ends.append(0)
        ends[column] = max(end, start + 1)
        placed[index] = (column, 0)
        group.append(index)
    _close_group(group, placed, len(ends))
    return [placed[i] for i in range(len(spans))]


def _close_group(group: list[int], placed: dict[int, tuple[int, int]], columns: int) -> None:
    """Give every span of a finished group the group's column count."""
    for index in group:
        placed[index] = (placed[index][0], columns)


def snap(minutes: float, step: int = SNAP_MINUTES) -> int:
    """Minutes rounded to the nearest step."""
    return int(round(minutes / step)) * step
