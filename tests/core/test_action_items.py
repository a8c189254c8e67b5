"""Action items are picked out of meeting notes."""

from __future__ import annotations

from mentordesk.core.action_items import parse_action_items

NOTES = """Talked about the migration.
- [ ] send the deck to Priya
- [x] book the room
* [ ]   draft the RFC
TODO: ask Marcus about the CFP
todo - review the budget
Action: share the recording
- AI: update the roadmap
Aid: not an item
The AI: is hype (not an item)
- [ ] send the deck to Priya
"""


def test_open_items_in_order_each_once():
    assert parse_action_items(NOTES) == [
        "send the deck to Priya",
        "draft the RFC",
        "ask Marcus about the CFP",
        "review the budget",
        "share the recording",
        "update the roadmap",
    ]


def test_no_items_in_plain_notes():
    assert parse_action_items("We talked.\n- a bullet\n[x] done") == []
