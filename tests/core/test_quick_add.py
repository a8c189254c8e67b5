"""The quick-add parser against a table of phrases (today is Thursday 26 November 2026)."""

from datetime import date

import pytest

from mentordesk.core.enums import Priority
from mentordesk.core.quick_add import parse_quick_add

TODAY = date(2026, 11, 26)
CONTACTS = [
    (1, "Priya Raman"),
    (2, "Marcus Okafor"),
    (3, "Jordan Lee"),
    (4, "Sam Whitfield"),
    (5, "Sam Lee"),
]
GOALS = [
    (1, "Lead a cross-team project"),
    (2, "Give my first conference talk"),
    (3, "Understand product discovery"),
    (4, "Validate a side-project idea"),
]
N, H, U, L = Priority.NORMAL, Priority.HIGH, Priority.URGENT, Priority.LOW
D = date

# phrase -> (title, due, priority, goal id, contact id)
TABLE = [
    (
        "Send the deck to Priya fri !high #talk",
        ("Send the deck to Priya", D(2026, 11, 27), H, 2, 1),
    ),
    ("Call Marcus tomorrow", ("Call Marcus", D(2026, 11, 27), N, None, 2)),
    (
        "Call Marcus tomorrow about the CFP",
        ("Call Marcus about the CFP", D(2026, 11, 27), N, None, 2),
    ),
    ("Book the venue in 2 weeks", ("Book the venue", D(2026, 12, 10), N, None, None)),
    ("Rehearse the talk 3 Dec #talk", ("Rehearse the talk", D(2026, 12, 3), N, 2, None)),
    ("Rehearse the talk dec 3", ("Rehearse the talk", D(2026, 12, 3), N, None, None)),
    ("Rehearse the talk 3rd December", ("Rehearse the talk", D(2026, 12, 3), N, None, None)),
    ("Review slides today", ("Review slides", D(2026, 11, 26), N, None, None)),
    ("Review slides tmrw", ("Review slides", D(2026, 11, 27), N, None, None)),
    ("Plan sprint next monday", ("Plan sprint", D(2026, 11, 30), N, None, None)),
    ("Plan sprint next week", ("Plan sprint", D(2026, 12, 3), N, None, None)),
    ("Plan sprint in 3 days", ("Plan sprint", D(2026, 11, 29), N, None, None)),
    ("Plan sprint in a month", ("Plan sprint", D(2026, 12, 26), N, None, None)),
    ("Plan sprint in two weeks", ("Plan sprint", D(2026, 12, 10), N, None, None)),
    ("Send the CV to Jordan by fri", ("Send the CV to Jordan", D(2026, 11, 27), N, None, 3)),
    ("Send the CV on weds", ("Send the CV", D(2026, 12, 2), N, None, None)),
    (
        "Send the CV thurs",
        ("Send the CV", D(2026, 12, 3), N, None, None),
    ),  # today is Thursday: next one
    ("File the report 2027-01-15", ("File the report", D(2027, 1, 15), N, None, None)),
    (
        "File the report 1 jan",
        ("File the report", D(2027, 1, 1), N, None, None),
    ),  # past in this year: next
    ("Renew membership sept 5", ("Renew membership", D(2027, 9, 5), N, None, None)),
    ("Renew membership 5 March 2027", ("Renew membership", D(2027, 3, 5), N, None, None)),
    ("Submit the CFP FRI !URGENT", ("Submit the CFP", D(2026, 11, 27), U, None, None)),
    ("Submit the CFP !!", ("Submit the CFP", None, U, None, None)),
    ("Submit the CFP !", ("Submit the CFP", None, H, None, None)),
    ("Tidy notes !low", ("Tidy notes", None, L, None, None)),
    ("Tidy notes !someday", ("Tidy notes !someday", None, N, None, None)),
    (
        "Ask if Marcus may review the abstract",
        ("Ask if Marcus may review the abstract", None, N, None, 2),
    ),
    ("Send 3 slides to Jordan", ("Send 3 slides to Jordan", None, N, None, 3)),
    ("Write the monthly update", ("Write the monthly update", None, N, None, None)),
    ("Email priya the notes", ("Email priya the notes", None, N, None, 1)),
    ("Text Sam about interviews", ("Text Sam about interviews", None, N, None, None)),  # two Sams
    ("Text Sam Lee about the run", ("Text Sam Lee about the run", None, N, None, 5)),
    ("Map dependencies #cross", ("Map dependencies", None, N, 1, None)),
    ("Read chapter two #discovery", ("Read chapter two", None, N, 3, None)),
    ("Interview a customer #side-project", ("Interview a customer", None, N, 4, None)),
    ("Interview a customer #conf", ("Interview a customer", None, N, 2, None)),  # start of a word
    ("Buy a notebook #errands", ("Buy a notebook", None, N, None, None)),
    ("   Spaces   everywhere   ", ("Spaces everywhere", None, N, None, None)),
]


@pytest.mark.parametrize(("phrase", "expected"), TABLE, ids=[p for p, _ in TABLE])
def test_phrase(phrase, expected):
    got = parse_quick_add(phrase, today=TODAY, contacts=CONTACTS, goals=GOALS)
    assert (got.title, got.due, got.priority, got.goal_id, got.contact_id) == expected


def test_the_table_has_at_least_thirty_phrases():
    assert len(TABLE) >= 30


def test_what_was_understood_is_reported():
    got = parse_quick_add(
        "Send the deck to Priya fri !high #talk", today=TODAY, contacts=CONTACTS, goals=GOALS
    )
    assert got.date_text == "fri" and got.tag == "talk"
    assert got.goal == "Give my first conference talk" and got.contact == "Priya Raman"


def test_an_unknown_tag_is_kept_as_a_tag():
    got = parse_quick_add("Buy a notebook #errands", today=TODAY, goals=GOALS)
    assert got.tag == "errands" and got.goal_id is None
