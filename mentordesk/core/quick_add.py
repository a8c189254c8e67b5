"""Quick add: one line such as "Send the deck to Priya fri !high #talk" read as a task.

Date phrases are found by a small pattern of date words, then read by `dateparser`, imported
on first use: measured here, about 60 ms to import (150 ms from a cold disk cache), 110 ms
for the first line (it loads its English data), then about 1 ms a line. In the window the
reading runs as a background job. Letting `dateparser` search the whole line would take a
bare "3" or the verb "may" for a date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from mentordesk.core.enums import Priority

WEEKDAY = (
    r"mon(?:day)?|tue(?:s|sday)?|wed(?:s|nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?"
)
MONTH = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
COUNT = r"\d+|an?|one|two|three|four|five|six"
DAY = r"\d{1,2}(?:st|nd|rd|th)?"
DATE_PATTERN = re.compile(
    r"(?:\b(?:by|on|due|until)\s+)?\b(?:"
    r"today|tonight|tomorrow|tmrw|tmr"
    rf"|(?:next|this)\s+(?:week|month|{WEEKDAY})"
    rf"|in\s+(?:{COUNT})\s+(?:days?|weeks?|months?)"
    rf"|{DAY}\s+(?:of\s+)?(?:{MONTH})(?:\s+\d{{4}})?"
    rf"|(?:{MONTH})\s+{DAY}(?:,?\s+\d{{4}})?"
    r"|\d{4}-\d{2}-\d{2}"
    rf"|{WEEKDAY}"
    r")\b",
    re.IGNORECASE,
)
ALIASES = {
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "weds": "wednesday",
    "wed": "wednesday",
    "thur": "thursday",
    "thurs": "thursday",
    "thu": "thursday",
    "tue": "tuesday",
    "tues": "tuesday",
    "sat": "saturday",
    "sun": "sunday",
    "mon": "monday",
    "fri": "friday",
}
PRIORITY_PATTERN = re.compile(r"(?<!\S)!(low|normal|high|urgent|!{0,2})(?!\S)", re.IGNORECASE)
PRIORITIES = {
    "low": Priority.LOW,
    "normal": Priority.NORMAL,
    "high": Priority.HIGH,
    "urgent": Priority.URGENT,
    "": Priority.HIGH,
    "!": Priority.URGENT,
}
TAG_PATTERN = re.compile(r"(?<!\S)#([\w-]+)")


@dataclass(frozen=True)
class QuickAdd:
    """What one quick-add line was understood to mean."""

    title: str
    due: date | None = None
    priority: Priority = Priority.NORMAL
    tag: str = ""
    goal_id: int | None = None
    goal: str = ""
    contact_id: int | None = None
    contact: str = ""
    date_text: str = ""


def parse_quick_add(
    text: str,
    *,
    today: date,
    contacts: Sequence[tuple[int, str]] = (),
    goals: Sequence[tuple[int, str]] = (),
) -> QuickAdd:
    """Read a line: a date phrase, `!priority`, `#goal` tag, and a contact named in it."""
    rest, priority = _take_priority(text)
    rest, tag = _take_tag(rest)
    rest, date_text, due = _take_date(rest, today)
    goal_id, goal = match_goal(tag, goals) if tag else (None, "")
    contact_id, contact = match_contact(rest, contacts)
    return QuickAdd(
        title=_tidy(rest),
        due=due,
        priority=priority,
        tag=tag,
        goal_id=goal_id,
        goal=goal,
        contact_id=contact_id,
        contact=contact,
        date_text=date_text,
    )


def _take_priority(text: str) -> tuple[str, Priority]:
    """Remove the last `!priority` word; normal priority when there is none."""
    found = list(PRIORITY_PATTERN.finditer(text))
    if not found:
        return text, Priority.NORMAL
    last = found[-1]
    return _cut(text, last), PRIORITIES[last.group(1).lower()]


def _take_tag(text: str) -> tuple[str, str]:
    """Remove the first `#tag` word; its text without the hash."""
    found = TAG_PATTERN.search(text)
    return (_cut(text, found), found.group(1)) if found else (text, "")


def _take_date(text: str, today: date) -> tuple[str, str, date | None]:
    """Remove the last date phrase that reads as a date; (rest, phrase, date)."""
    for found in reversed(list(DATE_PATTERN.finditer(text))):
        due = read_date(found.group(0), today)
        if due is not None:
            return _cut(text, found), found.group(0).strip(), due
    return text, "", None


def read_date(phrase: str, today: date) -> date | None:
    """A date phrase read by dateparser relative to `today`, preferring the future."""
    import dateparser  # heavy: imported when quick add is first used

    words = re.sub(r"^(by|on|due|until)\s+", "", phrase.strip(), flags=re.IGNORECASE).split()
    normal = " ".join(ALIASES.get(w.lower(), w) for w in words)
    settings = {
        "RELATIVE_BASE": datetime.combine(today, time(12)),
        "PREFER_DATES_FROM": "future",
        "DATE_ORDER": "DMY",
    }
    found = dateparser.parse(normal, languages=["en"], settings=settings)
    return found.date() if found else None


def match_goal(tag: str, goals: Sequence[tuple[int, str]]) -> tuple[int | None, str]:
    """The goal a tag names: its words in the title first, then the start of a title word."""
    key = " ".join(_words(tag))
    for goal_id, title in goals:
        if f" {key} " in f" {' '.join(_words(title))} ":
            return goal_id, title
    for goal_id, title in goals:
        if any(word.startswith(key) for word in _words(title)):
            return goal_id, title
    return None, ""


def match_contact(text: str, contacts: Sequence[tuple[int, str]]) -> tuple[int | None, str]:
    """The contact named in the text: a full name first, then a first name only one has."""
    words = f" {' '.join(_words(text))} "
    for contact_id, name in contacts:
        if f" {' '.join(_words(name))} " in words:
            return contact_id, name
    firsts = [(cid, name) for cid, name in contacts if _words(name)]
    hits = [(cid, name) for cid, name in firsts if f" {_words(name)[0]} " in words]
    return hits[0] if len(hits) == 1 else (None, "")


def _words(text: str) -> list[str]:
    """Lower-case words of a text, punctuation dropped."""
    return re.findall(r"[\w']+", text.casefold())


def _cut(text: str, found: re.Match) -> str:
    """The text with a match removed."""
    return text[: found.start()] + " " + text[found.end() :]


def _tidy(text: str) -> str:
    """Collapse spaces and trailing punctuation left where words were removed."""
    return re.sub(r"\s+", " ", text).strip(" ,;-")
