"""How long before a meeting its reminder fires when the meeting does not say."""

from __future__ import annotations

DEFAULT_REMINDER_MINUTES = 15


def reminder_minutes(stored: int | None) -> int:
    """The minutes before the start a reminder fires: the stored value, else the default."""
    return DEFAULT_REMINDER_MINUTES if stored is None else stored
