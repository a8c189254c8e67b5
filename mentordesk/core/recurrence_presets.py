"""Repeat presets of the meeting editor: weekly, fortnightly, monthly by weekday, or custom."""

from __future__ import annotations

from datetime import date

from mentordesk.core.enums import TextEnum
from mentordesk.core.recurrence import WEEKDAY_CODES


class RecurrencePreset(TextEnum):
    """How a meeting repeats, as the editor offers it."""

    NONE = "none"
    WEEKLY = "weekly"
    EVERY_TWO_WEEKS = "every_two_weeks"
    MONTHLY_BY_WEEKDAY = "monthly_by_weekday"
    CUSTOM = "custom"


def weekday_ordinal(start: date) -> int:
    """Which weekday of its month a date is: 1 to 4, or -1 for the last one (a 5th)."""
    ordinal = (start.day - 1) // 7 + 1
    return -1 if ordinal == 5 else ordinal


def preset_rule(preset: RecurrencePreset, start: date) -> str:
    """The RRULE text of a preset for a series starting on `start` ("" for none or custom)."""
    code = WEEKDAY_CODES[start.weekday()]
    return {
        RecurrencePreset.WEEKLY: f"FREQ=WEEKLY;BYDAY={code}",
        RecurrencePreset.EVERY_TWO_WEEKS: f"FREQ=WEEKLY;INTERVAL=2;BYDAY={code}",
        RecurrencePreset.MONTHLY_BY_WEEKDAY: f"FREQ=MONTHLY;BYDAY={weekday_ordinal(start)}{code}",
    }.get(RecurrencePreset(preset), "")


def preset_of(rule: str, start: date) -> RecurrencePreset:
    """The preset a rule is for a series starting on `start`; CUSTOM when it is none of them."""
    text = _normal(rule)
    if not text:
        return RecurrencePreset.NONE
    for preset in (
        RecurrencePreset.WEEKLY,
        RecurrencePreset.EVERY_TWO_WEEKS,
        RecurrencePreset.MONTHLY_BY_WEEKDAY,
    ):
        if _normal(preset_rule(preset, start)) == text:
            return preset
    return RecurrencePreset.CUSTOM


def _normal(rule: str) -> frozenset[str]:
    """A rule's parts as a set, upper-cased, without an RRULE: prefix or INTERVAL=1."""
    body = rule.strip().upper().removeprefix("RRULE:")
    return frozenset(p for p in body.split(";") if p and p != "INTERVAL=1")
