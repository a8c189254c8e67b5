"""vCard 2.1, 3.0 and 4.0 text: content lines parsed into contact fields."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mentordesk.core.errors import UserError
from mentordesk.services.interop.vcard.content import (
    CardError,
    Item,
    parse_property,
    split_escaped,
    unescape,
)
from mentordesk.services.interop.vcard.properties import (
    HANDLERS,
    Draft,
    apple_label,
    unique,
)

__all__ = ["Item", "NotAVCardError", "VCardContact", "VCardParse", "VCardProblem", "parse_vcards"]
__all__ += ["has_vcard", "split_escaped", "unescape", "unfold"]

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_NOT_A_VCARD = "holds no vCard (no BEGIN:VCARD line); export the contacts as a .vcf file first."


class NotAVCardError(UserError):
    """The text or file holds no vCard at all."""


@dataclass(frozen=True)
class VCardProblem:
    """A card that was skipped: the 1-based line where it (or its bad line) is, and why."""

    line: int
    message: str


@dataclass
class VCardContact:
    """The contact fields one card carries; an empty value means the card says nothing."""

    line: int
    name: str
    uid: str = ""
    organisation: str = ""
    role: str = ""
    emails: list[Item] = field(default_factory=list)
    phones: list[Item] = field(default_factory=list)
    links: list[Item] = field(default_factory=list)
    timezone: str = ""
    photo: bytes | None = None
    photo_url: str = ""
    birthday: str = ""
    tags: list[str] = field(default_factory=list)
    notes: str = ""
    met_channel: str = ""
    met_detail: str = ""


@dataclass(frozen=True)
class VCardParse:
    """The readable cards of a text and the problems of the others."""

    cards: list[VCardContact]
    problems: list[VCardProblem]


# ---- reading ------------------------------------------------------------------------------


def has_vcard(text: str) -> bool:
    """True if the text has at least one BEGIN:VCARD line."""
    return re.search(r"^[ \t]*BEGIN:VCARD[ \t\r]*$", text, re.IGNORECASE | re.MULTILINE) is not None


def parse_vcards(text: str) -> VCardParse:
    """Every card of a vCard text; malformed cards become problems and are skipped."""
    text = text.removeprefix("\ufeff")
    if not has_vcard(text):
        raise NotAVCardError(f"The text {_NOT_A_VCARD}")
    cards: list[VCardContact] = []
    problems: list[VCardProblem] = []
    for block in _card_blocks(unfold(text)):
        if isinstance(block, VCardProblem):
            problems.append(block)
            continue
        try:
            cards.append(_read_card(*block))
        except CardError as exc:
            problems.append(VCardProblem(exc.line, exc.message))
    return VCardParse(cards=cards, problems=sorted(problems, key=lambda p: p.line))


def unfold(text: str) -> list[tuple[int, str]]:
    """Logical lines with the number of their first physical line, folds and soft breaks joined."""
    logical: list[tuple[int, list[str]]] = []
    soft_break = False
    for number, raw in enumerate(_LINE_BREAK.split(text), start=1):
        if soft_break and raw.strip().upper() != "END:VCARD":
            logical[-1][1].append(raw)
        elif logical and raw[:1] in (" ", "\t"):
            logical[-1][1].append(raw[1:])
        elif raw.strip():
            logical.append((number, [raw]))
        else:
            continue
        soft_break = _ends_with_soft_break(logical[-1][1])
        if soft_break:
            logical[-1][1][-1] = logical[-1][1][-1][:-1]
    return [(number, "".join(parts)) for number, parts in logical]


def _ends_with_soft_break(parts: list[str]) -> bool:
    """True if a quoted-printable line ends in '=' and so continues on the next line."""
    return parts[-1].endswith("=") and "QUOTED-PRINTABLE" in parts[0].split(":", 1)[0].upper()


def _card_blocks(lines: list[tuple[int, str]]) -> list[tuple[int, list] | VCardProblem]:
    """The lines of each BEGIN:VCARD ... END:VCARD block, or the problem with its pairing."""
    blocks: list[tuple[int, list] | VCardProblem] = []
    current: tuple[int, list] | None = None
    for number, line in lines:
        marker = line.strip().upper() if len(line) < 24 else ""
        if marker == "BEGIN:VCARD":
            if current:
                blocks.append(VCardProblem(current[0], "card has no END:VCARD line"))
            current = (number, [])
        elif marker == "END:VCARD":
            blocks.append(current or VCardProblem(number, "END:VCARD without BEGIN:VCARD"))
            current = None
        elif current:
            current[1].append((number, line))
    if current:
        blocks.append(VCardProblem(current[0], "card has no END:VCARD line"))
    return blocks


def _read_card(start: int, lines: list[tuple[int, str]]) -> VCardContact:
    """Build one contact from the content lines of its card."""
    draft = Draft(line=start)
    for number, line in lines:
        prop = parse_property(number, line)
        handler = HANDLERS.get(prop.name)
        if handler:
            handler(draft, prop)
        elif prop.name == "X-ABLABEL" and prop.group:
            draft.ab_labels[prop.group] = apple_label(unescape(prop.text()).strip())
    return _finish(draft)


def _finish(draft: Draft) -> VCardContact:
    """The contact a completed draft describes; a card without any name is an error."""
    name = draft.fn or draft.n_name
    if not name:
        raise CardError(draft.line, "card has no name (neither FN nor N)")
    contact = VCardContact(line=draft.line, name=name, role=draft.title or draft.role)
    for key, value in draft.scalars.items():
        setattr(contact, key, value)
    contact.photo = draft.photo
    contact.tags = unique(draft.tags, key=str.casefold)
    contact.notes = "\n".join(draft.notes)
    for kind in ("emails", "phones", "links"):
        setattr(contact, kind, _items_of(draft, kind))
    return contact


def _items_of(draft: Draft, kind: str) -> list[Item]:
    """The card's items of one kind, preferred first, labelled, without repeats."""
    items = sorted((i for i in draft.items if i.kind == kind), key=lambda i: i.pref)
    labelled = [
        {"value": i.value, "label": draft.ab_labels.get(i.group) or ",".join(i.types)}
        for i in items
    ]
    return unique(labelled, key=lambda item: item["value"].casefold())
