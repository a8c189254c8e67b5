"""Recurrence rules (RFC 5545 RRULE): the value, expansion with dateutil, and words for people."""

from mentordesk.core.recurrence.expansion import (
    DEFAULT_LIMIT,
    dateutil_rule,
    occurrences,
    wall_occurrences,
    widened,
)
from mentordesk.core.recurrence.presets import (
    RecurrencePreset,
    describe_rule,
    month_ordinal,
    preset_of,
    preset_rule,
)
from mentordesk.core.recurrence.rule import (
    FREQS,
    WEEKDAY_CODES,
    RecurrenceLimitError,
    RecurrenceRule,
    format_rrule,
    parse_rrule,
)

__all__ = [
    "DEFAULT_LIMIT",
    "FREQS",
    "WEEKDAY_CODES",
    "RecurrenceLimitError",
    "RecurrencePreset",
    "RecurrenceRule",
    "dateutil_rule",
    "describe_rule",
    "format_rrule",
    "month_ordinal",
    "occurrences",
    "parse_rrule",
    "preset_of",
    "preset_rule",
    "wall_occurrences",
    "widened",
]
