"""Goal progress and whether it is ahead of, on, or behind a straight-line plan."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from mentordesk.core.enums import TaskStatus, TextEnum

ON_TRACK_MARGIN = 0.10


class Pace(TextEnum):
    """How actual progress compares with the planned progress to date."""

    AHEAD = "ahead"
    ON_TRACK = "on_track"
    BEHIND = "behind"
    NO_PLAN = "no_plan"

    @property
    def label(self) -> str:
        """A human label for the pace."""
        return {"ahead": "Ahead", "on_track": "On track", "behind": "Behind", "no_plan": "No plan"}[
            self.value
        ]


def progress_from_tasks(statuses: Iterable[str]) -> float:
    """The share of a goal's live tasks that are done (dropped tasks do not count)."""
    live = [s for s in statuses if s != TaskStatus.DROPPED.value]
    if not live:
        return 0.0
    return sum(s == TaskStatus.DONE.value for s in live) / len(live)


def planned_progress(*, start: date | None, target: date | None, today: date) -> float | None:
    """The share of the way from start to target date that today is, clamped to 0..1."""
    if start is None or target is None or target <= start:
        return None
    return min(1.0, max(0.0, (today - start).days / (target - start).days))


def pace(*, actual: float, planned: float | None, margin: float = ON_TRACK_MARGIN) -> Pace:
    """Ahead, on track or behind: actual within `margin` of planned counts as on track."""
    if planned is None:
        return Pace.NO_PLAN
    if actual >= planned + margin:
        return Pace.AHEAD
    if actual <= planned - margin:
        return Pace.BEHIND
    return Pace.ON_TRACK


def goal_progress(*, manual: bool, manual_percent: int, statuses: Iterable[str]) -> float:
    """A goal's progress 0..1: set by hand (a percent, clamped) or from its tasks."""
    if manual:
        return min(100, max(0, manual_percent)) / 100
    return progress_from_tasks(statuses)


def goal_pace(
    *, actual: float, start: date | None, target: date | None, today: date, finished: bool = False
) -> Pace:
    """The pace of a goal today: a finished goal is never behind; no plan without both dates."""
    if finished:
        return Pace.ON_TRACK if target is not None and start is not None else Pace.NO_PLAN
    return pace(actual=actual, planned=planned_progress(start=start, target=target, today=today))
