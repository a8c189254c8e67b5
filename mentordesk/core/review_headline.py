"""A mentor's headline in plain English (the report's default; the UI words it with tr)."""

from __future__ import annotations

from collections.abc import Iterable

from mentordesk.core.review_metrics_summary import HeadlinePart


def plural(count: int, one: str, many: str) -> str:
    """``count`` with the singular or plural noun: "1 week", "3 weeks"."""
    return f"{count} {one if count == 1 else many}"


def english_part(code: str, values: dict) -> str:
    """One headline part in English."""
    v = values
    if code == "goal_behind":
        return f"{plural(v['weeks'], 'week', 'weeks')} behind on “{v['goal']}”"
    if code == "goal_ahead":
        return f"{plural(v['weeks'], 'week', 'weeks')} ahead on “{v['goal']}”"
    if code == "last_contact":
        return f"last contact {plural(v['days'], 'day', 'days')} ago, agreed every {v['agreed']}"
    if code == "no_contact":
        return f"no contact yet, agreed every {plural(v['agreed'], 'day', 'days')}"
    if code == "meetings_below":
        return f"{v['held']} of {plural(v['expected'], 'meeting', 'meetings')} held"
    if code == "tasks_overdue":
        return f"{plural(v['count'], 'task', 'tasks')} overdue"
    if code == "their_replies_slow":
        return f"their replies take {v['hours']} h, agreed {v['agreed']} h"
    if code == "my_replies_slow":
        return f"my replies take {v['hours']} h, agreed {v['agreed']} h"
    if code == "no_agreement":
        return "no agreement yet"
    if code == "on_track":
        return "on track"
    raise ValueError(f"unknown headline code {code!r}")


def english_headline(parts: Iterable[HeadlinePart]) -> str:
    """The parts joined into one sentence: "2 weeks behind on “Portfolio”; …"."""
    text = "; ".join(english_part(code, values) for code, values in parts)
    return text[:1].upper() + text[1:]
