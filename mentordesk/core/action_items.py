"""Action items in meeting notes: '- [ ] send the deck', 'TODO: …', 'Action: …', 'AI: …'."""

from __future__ import annotations

import re

_ITEM = re.compile(
    r"""^\s*(?:
        [-*+]?\s*\[\s\]\s*            # an open checkbox: "- [ ] x", "[ ] x"
      | (?:[-*+]\s*)?(?:TODO|ACTION(?:\s+ITEM)?|AI)\s*[:\-]\s*   # "TODO: x", "- Action: x"
    )(?P<text>\S.*?)\s*$""",
    re.IGNORECASE | re.VERBOSE,
)


def parse_action_items(notes: str) -> list[str]:
    """The action items of some notes, in order, each once; ticked boxes are left out."""
    found: list[str] = []
    for line in notes.splitlines():
        match = _ITEM.match(line)
        if match and match["text"] not in found:
            found.append(match["text"])
    return found
