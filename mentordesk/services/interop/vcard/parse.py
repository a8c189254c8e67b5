"""vCard 2.1, 3.0 and 4.0 text: content lines parsed into contact fields."""

from __future__ import annotations

from dataclasses import dataclass, field

from mentordesk.core.errors import UserError
from mentordesk.services.interop.vcard.content import (
    CardError,
    Item,
    VCardProblem,
    parse_property,
    quoted_printable_controls,
    split_escaped,
    unescape,
)
from mentordesk.services.interop.vcard.encoding import repair_charsets
from mentordesk.services.interop.vcard.lines import (
    control_names,
    has_vcard,
    physical_lines,
    strip_controls,
    unfold,
    unfold_lines,
)
from mentordesk.services.interop.vcard.properties import (
    HANDLERS,
    Draft,
    apple_label,
    unique,
)

__all__ = ["Item", "NotAVCardError", "VCardContact", "VCardParse", "VCardProblem", "parse_vcards"]
__all__ += ["has_vcard", "split_escaped", "unescape", "unfold"]

_NOT_A_VCARD = "holds no vCard (no BEGIN:VCARD line); export the contacts as a .vcf file first."


class NotAVCardError(UserError):
    """The text or file holds no vCard at all."""


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
    """The readable cards of a text, the problems of the others, and what was mended on the way."""

    cards: list[VCardContact]
    problems: list[VCardProblem]
    warnings: list[VCardProblem] = field(default_factory=list)


def parse_vcards(text: str) -> VCardParse:
    """Every card of a vCard text; unreadable cards skipped, bad fields dropped with a warning."""
    text = text.removeprefix("\ufeff")
    if not has_vcard(text):
        raise NotAVCardError(f"The text {_NOT_A_VCARD}")
    lines, warnings = repair_charsets(physical_lines(text))
    cards: list[VCardContact] = []
    problems: list[VCardProblem] = []
    for block in _card_blocks(unfold_lines(lines)):
        if isinstance(block, VCardProblem):
            problems.append(block)
            continue
        try:
            cards.append(_read_card(*block, warnings=warnings))
        except CardError as exc:
            problems.append(VCardProblem(exc.line, exc.message))
    return VCardParse(cards=cards, problems=_by_line(problems), warnings=_by_line(warnings))


def _by_line(problems: list[VCardProblem]) -> list[VCardProblem]:
    """The problems in line order."""
    return sorted(problems, key=lambda p: p.line)


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


def _read_card(
    start: int, lines: list[tuple[int, str]], *, warnings: list[VCardProblem]
) -> VCardContact:
    """Build one contact from its content lines; a bad line is dropped with a warning."""
    draft = Draft(line=start)
    for number, line in lines:
        try:
            _read_line(draft, number, line, warnings=warnings)
        except CardError as exc:
            warnings.append(VCardProblem(exc.line, f"{exc.message}; kept the rest of the card"))
    warnings.extend(VCardProblem(line, message) for line, message in draft.kept_with_warning)
    return _finish(draft)


def _read_line(draft: Draft, number: int, line: str, *, warnings: list[VCardProblem]) -> None:
    """Read one content line into the draft, removing control characters with a warning."""
    line, removed = strip_controls(line)
    prop = parse_property(number, line)
    if prop.first("ENCODING") == "QUOTED-PRINTABLE":
        removed = removed or control_names(quoted_printable_controls(prop.value))
    if removed:
        message = f"{prop.name} had control characters ({removed}); kept the text without them"
        warnings.append(VCardProblem(number, message))
    handler = HANDLERS.get(prop.name)
    if handler:
        handler(draft, prop)
    elif prop.name == "X-ABLABEL" and prop.group:
        draft.ab_labels[prop.group] = apple_label(unescape(prop.text()).strip())


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
