"""Properties an import kept verbatim (`ical_extra`), written back into the exported event."""

from __future__ import annotations

import logging

from icalendar import Event

log = logging.getLogger(__name__)


def add_extra_lines(event: Event, extra: str) -> None:
    """Add the kept properties (and sub-components) the event does not already carry."""
    if not extra.strip():
        return
    kept = parse_extra(extra)
    if kept is None:
        return
    present = set(event)
    for name, value in kept.property_items(recursive=False, sorted=False):
        if name not in ("BEGIN", "END") and name not in present:
            event.add(name, value, encode=False)
    for component in kept.subcomponents:
        event.add_component(component)


def parse_extra(extra: str) -> Event | None:
    """The kept lines as an event, or None when they do not parse (logged, left out)."""
    body = extra.replace("\r\n", "\n").strip("\n").replace("\n", "\r\n")
    try:
        return Event.from_ical(f"BEGIN:VEVENT\r\n{body}\r\nEND:VEVENT\r\n")
    except ValueError:
        log.warning("kept iCalendar lines do not parse; left out of the export")
        return None
