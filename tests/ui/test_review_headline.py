"""The headline in the UI reads like the English one, plurals included."""

from __future__ import annotations

import pytest

from mentordesk.core.review_headline import english_headline
from mentordesk.ui.reviews.headline import WORDING, headline_text

PARTS = [
    [
        ("goal_behind", {"goal": "Portfolio", "weeks": 2}),
        ("last_contact", {"days": 23, "agreed": 14}),
    ],
    [("goal_ahead", {"goal": "Talk", "weeks": 1}), ("tasks_overdue", {"count": 1})],
    [("no_contact", {"agreed": 1}), ("meetings_below", {"held": 0, "expected": 1})],
    [
        ("their_replies_slow", {"hours": 60, "agreed": 48}),
        ("my_replies_slow", {"hours": 30, "agreed": 24}),
    ],
    [("no_agreement", {})],
    [("on_track", {})],
]


@pytest.mark.parametrize("parts", PARTS)
def test_the_ui_words_each_headline_as_the_report_does(qapp, parts):
    assert headline_text(parts) == english_headline(parts)


def test_the_example_from_the_issue(qapp):
    parts = PARTS[0]
    assert (
        headline_text(parts)
        == "2 weeks behind on “Portfolio”; last contact 23 days ago, agreed every 14"
    )


def test_every_code_is_worded():
    assert {code for parts in PARTS for code, _ in parts} == set(WORDING)
