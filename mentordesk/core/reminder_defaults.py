"""How long before a meeting its reminder fires: the meeting's own minutes, the default, or off."""

from __future__ import annotations

DEFAULT_REMINDER_MINUTES = 15
NO_REMINDER = -1  # stored as reminder_minutes: the meeting asks for no reminder at all


def reminder_minutes(stored: int | None) -> int | None:
    """Minutes before the start a reminder fires: stored, the default for None, None when off."""
    if stored is None:
        return DEFAULT_REMINDER_MINUTES
    return None if stored < 0 else stored
