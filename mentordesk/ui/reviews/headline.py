"""A mentor's headline worded for the user: translated, with plural forms."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication

from mentordesk.core.review_metrics_summary import HeadlinePart


def _tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """Translate a phrase; with ``n``, its plural form (untranslated English made plural here)."""
    translated = QCoreApplication.translate("", text, disambiguation, n)
    if n >= 0 and translated == text.replace("%n", str(n)):  # no translation loaded
        translated = translated.replace("(s)", "" if n == 1 else "s")
    return translated


def _goal_behind(v: dict) -> str:
    return _tr("%n week(s) behind on “{0}”", "", v["weeks"]).format(v["goal"])


def _goal_ahead(v: dict) -> str:
    return _tr("%n week(s) ahead on “{0}”", "", v["weeks"]).format(v["goal"])


def _last_contact(v: dict) -> str:
    return _tr("last contact %n day(s) ago, agreed every {0}", "", v["days"]).format(v["agreed"])


def _no_contact(v: dict) -> str:
    return _tr("no contact yet, agreed every %n day(s)", "", v["agreed"])


def _meetings_below(v: dict) -> str:
    return _tr("{0} of %n meeting(s) held", "", v["expected"]).format(v["held"])


def _tasks_overdue(v: dict) -> str:
    return _tr("%n task(s) overdue", "", v["count"])


def _their_replies(v: dict) -> str:
    return _tr("their replies take {0} h, agreed {1} h").format(v["hours"], v["agreed"])


def _my_replies(v: dict) -> str:
    return _tr("my replies take {0} h, agreed {1} h").format(v["hours"], v["agreed"])


WORDING: dict[str, Callable[[dict], str]] = {
    "goal_behind": _goal_behind,
    "goal_ahead": _goal_ahead,
    "last_contact": _last_contact,
    "no_contact": _no_contact,
    "meetings_below": _meetings_below,
    "tasks_overdue": _tasks_overdue,
    "their_replies_slow": _their_replies,
    "my_replies_slow": _my_replies,
    "no_agreement": lambda v: _tr("no agreement yet"),
    "on_track": lambda v: _tr("on track"),
}


def headline_text(parts: Iterable[HeadlinePart]) -> str:
    """The headline as one sentence: "2 weeks behind on “Portfolio”; last contact …"."""
    text = _tr("; ").join(WORDING[code](values) for code, values in parts)
    return text[:1].upper() + text[1:]
