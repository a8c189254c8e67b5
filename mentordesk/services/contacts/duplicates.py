"""Who is likely the same person: same email, or a name that differs only in form."""

from __future__ import annotations

import difflib
import unicodedata
from dataclasses import dataclass

from mentordesk.db import models as m
from mentordesk.services.contacts.records import get_contact

SAME_EMAIL = "same email"
SIMILAR_NAME = "similar name"
NAME_RATIO = 0.8  # difflib ratio above which two names read as one


@dataclass(frozen=True)
class MergeCandidate:
    """Another contact the selected one might be a duplicate of, and why (empty: no sign)."""

    contact_id: int
    name: str
    organisation: str
    reason: str

    @property
    def likely(self) -> bool:
        """True when something suggests the two are one person."""
        return bool(self.reason)


def merge_candidates(contact_id: int) -> list[MergeCandidate]:
    """Every other contact: likely duplicates first (same email, then similar name), by name."""
    me = get_contact(contact_id)
    mine = _emails(me)
    others = m.ContactRecord.select().where(m.ContactRecord.id != contact_id)
    found = [
        MergeCandidate(o.id, o.name, o.organisation, _reason(me.name, mine, o)) for o in others
    ]
    order = {SAME_EMAIL: 0, SIMILAR_NAME: 1, "": 2}
    return sorted(found, key=lambda c: (order[c.reason], c.name.casefold(), c.contact_id))


def _reason(name: str, emails: set[str], other: m.ContactRecord) -> str:
    """Why `other` may be the same person, or ""."""
    if emails & _emails(other):
        return SAME_EMAIL
    if similar_names(name, other.name):
        return SIMILAR_NAME
    return ""


def _emails(contact: m.ContactRecord) -> set[str]:
    """A contact's email addresses, compared without case."""
    return {str(e.get("value", "")).strip().casefold() for e in contact.emails or []} - {""}


def similar_names(first: str, second: str) -> bool:
    """True for "Priya Raman" and "P. Raman", "Priya R.", "Raman, Priya" or "Priya Ramann"."""
    a, b = _tokens(first), _tokens(second)
    if not a or not b:
        return False
    if sorted(a) == sorted(b):
        return True
    if a[-1] == b[-1] and a[0][0] == b[0][0]:
        return True  # same family name, same first initial: "P. Raman"
    if a[0] == b[0] and a[-1][0] == b[-1][0] and min(len(a[-1]), len(b[-1])) == 1:
        return True  # same given name, family name as an initial: "Priya R."
    return difflib.SequenceMatcher(None, " ".join(a), " ".join(b)).ratio() >= NAME_RATIO


def _tokens(name: str) -> list[str]:
    """A name as lower-case words without accents or punctuation, family name last."""
    if "," in name:
        family, _, given = name.partition(",")
        name = f"{given} {family}"
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    words = "".join(ch if ch.isalnum() else " " for ch in plain.casefold()).split()
    return words
