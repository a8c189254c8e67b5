"""vCard 2.1, 3.0 and 4.0 text: content lines parsed into contact fields."""

from __future__ import annotations

import base64
import binascii
import quopri
import re
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from mentordesk.core.enums import MetChannel
from mentordesk.core.errors import UserError

Item = dict[str, str]  # {"value": ..., "label": ...}, as ContactRecord stores them

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_ESCAPE = re.compile(r"\\([\\;,:nN])")
_ENCODINGS = {"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"}
_VALUE_KINDS = {"INLINE", "URL", "URI", "CONTENT-ID", "CID"}
_KNOWN_TYPES = {
    *("home", "work", "cell", "mobile", "iphone", "main", "voice", "fax", "pager", "text"),
    *("video", "textphone", "msg", "other", "homepage", "blog", "profile", "internet"),
    *("pref", "x400", "car", "isdn", "pcs", "bbs", "modem", "personal", "school"),
}
_DROPPED_TYPES = {"pref", "internet", "x400"}
_ZONE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_+\-]*(/[A-Za-z0-9_+\-]+)*")
_FULL_DATE = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})")
_NO_YEAR_DATE = re.compile(r"--(\d{2})-?(\d{2})")
_NOT_A_VCARD = "holds no vCard (no BEGIN:VCARD line); export the contacts as a .vcf file first."


class NotAVCardError(UserError):
    """The text or file holds no vCard at all."""


class CardError(Exception):
    """A problem that makes one card unreadable, with the line it is on."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


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


@dataclass(frozen=True)
class Property:
    """One unfolded content line: group, name, parameters and raw value."""

    line: int
    group: str
    name: str
    params: dict[str, list[str]]
    value: str

    def first(self, key: str) -> str:
        """The first value of a parameter, upper-cased, or ''."""
        values = self.params.get(key)
        return values[0].upper() if values else ""

    def text(self) -> str:
        """The value decoded from quoted-printable when it says so, still escaped."""
        if self.first("ENCODING") != "QUOTED-PRINTABLE":
            return self.value
        return decode_quoted_printable(self.value, charset=self.first("CHARSET") or "UTF-8")


@dataclass
class _LabelledItem:
    """An email, phone or link waiting for its group's X-ABLabel."""

    kind: str
    value: str
    types: list[str]
    group: str
    pref: int


@dataclass
class _Draft:
    """What has been read of one card so far."""

    line: int
    fn: str = ""
    n_name: str = ""
    title: str = ""
    role: str = ""
    scalars: dict[str, str] = field(default_factory=dict)
    photo: bytes | None = None
    items: list[_LabelledItem] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    ab_labels: dict[str, str] = field(default_factory=dict)


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


def parse_property(number: int, line: str) -> Property:
    """Split a content line into group, name, parameters and value."""
    head, value = _split_value(number, line)
    parts = _split_outside_quotes(head, ";")
    group, _, name = parts[0].strip().rpartition(".")
    params: dict[str, list[str]] = {}
    for raw in parts[1:]:
        key, values = _parse_param(raw)
        params.setdefault(key, []).extend(values)
    return Property(number, group.lower(), name.upper(), params, value)


def _split_value(number: int, line: str) -> tuple[str, str]:
    """The part before the first colon outside quotes, and the value after it."""
    colon = line.find(":")
    if colon > 0 and '"' not in line[:colon]:
        return line[:colon], line[colon + 1 :]
    in_quotes = False
    for index, char in enumerate(line):
        if char == '"':
            in_quotes = not in_quotes
        elif char == ":" and not in_quotes and index > 0:
            return line[:index], line[index + 1 :]
    raise CardError(number, f"line has no 'NAME:value' form: {line[:40]!r}")


def _split_outside_quotes(text: str, separator: str) -> list[str]:
    """Split on a separator that is not inside double quotes."""
    return re.findall(rf'(?:[^{separator}"]|"[^"]*")+', text) or [""]


def _parse_param(raw: str) -> tuple[str, list[str]]:
    """One parameter as (KEY, values); 2.1 bare values get their implied key."""
    key, equals, value = raw.partition("=")
    if not equals:
        bare = key.strip().upper()
        key = "ENCODING" if bare in _ENCODINGS else "VALUE" if bare in _VALUE_KINDS else "TYPE"
        value = raw.strip()
    key = key.strip().upper()
    values = [v.strip().strip('"') for v in _split_outside_quotes(value, ",")]
    if key == "TYPE":
        values = [t for v in values for t in v.split(",")]
    return key, [v for v in values if v]


def decode_quoted_printable(raw: str, *, charset: str) -> str:
    """Decode a quoted-printable value in its charset (UTF-8 default, latin-1 fallback)."""
    data = quopri.decodestring(raw.encode("utf-8"))
    for name in (charset, "UTF-8", "latin-1"):
        try:
            return data.decode(name).replace("\r\n", "\n").replace("\r", "\n")
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("latin-1")


def unescape(value: str) -> str:
    """Undo vCard text escaping: \\n, \\, \\; \\: and \\\\."""
    return _ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def split_escaped(value: str, separator: str) -> list[str]:
    """Split on separators that are not escaped, then unescape each part."""
    parts, current, escaped = [], [], False
    for char in value:
        if escaped:
            current.append("\\" + char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current) + ("\\" if escaped else ""))
    return [unescape(part) for part in parts]


def _read_card(start: int, lines: list[tuple[int, str]]) -> VCardContact:
    """Build one contact from the content lines of its card."""
    draft = _Draft(line=start)
    for number, line in lines:
        prop = parse_property(number, line)
        handler = _HANDLERS.get(prop.name)
        if handler:
            handler(draft, prop)
        elif prop.name == "X-ABLABEL" and prop.group:
            draft.ab_labels[prop.group] = _apple_label(unescape(prop.text()).strip())
    return _finish(draft)


def _finish(draft: _Draft) -> VCardContact:
    """The contact a completed draft describes; a card without any name is an error."""
    name = draft.fn or draft.n_name
    if not name:
        raise CardError(draft.line, "card has no name (neither FN nor N)")
    contact = VCardContact(line=draft.line, name=name, role=draft.title or draft.role)
    for key, value in draft.scalars.items():
        setattr(contact, key, value)
    contact.photo = draft.photo
    contact.tags = _unique(draft.tags, key=str.casefold)
    contact.notes = "\n".join(draft.notes)
    for kind in ("emails", "phones", "links"):
        setattr(contact, kind, _items_of(draft, kind))
    return contact


def _items_of(draft: _Draft, kind: str) -> list[Item]:
    """The card's items of one kind, preferred first, labelled, without repeats."""
    items = sorted((i for i in draft.items if i.kind == kind), key=lambda i: i.pref)
    labelled = [
        {"value": i.value, "label": draft.ab_labels.get(i.group) or ",".join(i.types)}
        for i in items
    ]
    return _unique(labelled, key=lambda item: item["value"].casefold())


def _unique(values: list, *, key: Callable) -> list:
    """The values without later repeats of the same key."""
    seen: set = set()
    kept = []
    for value in values:
        if key(value) not in seen:
            seen.add(key(value))
            kept.append(value)
    return kept


def _apple_label(label: str) -> str:
    """An X-ABLabel as a plain label: Apple's `_$!<HomePage>!$_` becomes 'homepage'."""
    if label.startswith("_$!<") and label.endswith(">!$_"):
        label = label[4:-4]
    return ",".join(_label_types([label], phone=False))


# ---- property handlers --------------------------------------------------------------------


def _on_fn(draft: _Draft, prop: Property) -> None:
    """FN: the display name (the first one wins)."""
    draft.fn = draft.fn or unescape(prop.text()).strip()


def _on_n(draft: _Draft, prop: Property) -> None:
    """N: family;given;additional;prefix;suffix, used when FN is missing."""
    parts = [*split_escaped(prop.text(), ";"), "", "", "", ""][:5]
    family, given, additional, prefix, suffix = (p.replace(",", " ").strip() for p in parts)
    ordered = (prefix, given, additional, family, suffix)
    draft.n_name = draft.n_name or " ".join(p for p in ordered if p)


def _on_org(draft: _Draft, prop: Property) -> None:
    """ORG: the organisation is its first component."""
    draft.scalars["organisation"] = split_escaped(prop.text(), ";")[0].strip()


def _on_title(draft: _Draft, prop: Property) -> None:
    """TITLE: the contact's role."""
    draft.title = draft.title or unescape(prop.text()).strip()


def _on_role(draft: _Draft, prop: Property) -> None:
    """ROLE: the role when there is no TITLE."""
    draft.role = draft.role or unescape(prop.text()).strip()


def _on_item(kind: str) -> Callable[[_Draft, Property], None]:
    """A handler collecting EMAIL, TEL or URL values with their types and preference."""

    def handle(draft: _Draft, prop: Property) -> None:
        value = unescape(prop.text()).strip()
        if kind == "phones" and value.lower().startswith("tel:"):
            value = value[4:]
        if value:
            types = _label_types(prop.params.get("TYPE", []), phone=kind == "phones")
            draft.items.append(_LabelledItem(kind, value, types, prop.group, _pref(prop)))

    return handle


def _label_types(types: list[str], *, phone: bool) -> list[str]:
    """The TYPE values that make a label: known ones lower-cased, pref/internet dropped."""
    kept = [t.lower() if t.lower() in _KNOWN_TYPES else t for t in types]
    kept = _unique([t for t in kept if t not in _DROPPED_TYPES], key=str.casefold)
    if phone and len(kept) > 1 and "voice" in kept:
        kept.remove("voice")
    return kept


def _pref(prop: Property) -> int:
    """The preference of a value: 4.0 PREF=n, 3.0 TYPE=pref as 1, otherwise last."""
    if any(t.lower() == "pref" for t in prop.params.get("TYPE", [])):
        return 1
    pref = prop.first("PREF")
    return int(pref) if pref.isdigit() else 101


def _on_note(draft: _Draft, prop: Property) -> None:
    """NOTE: notes, several joined by a newline."""
    note = unescape(prop.text()).strip()
    if note:
        draft.notes.append(note)


def _on_categories(draft: _Draft, prop: Property) -> None:
    """CATEGORIES: tags, comma-separated."""
    draft.tags.extend(t.strip() for t in split_escaped(prop.text(), ",") if t.strip())


def _on_uid(draft: _Draft, prop: Property) -> None:
    """UID: kept as is, `urn:uuid:` prefix included."""
    draft.scalars["uid"] = unescape(prop.value).strip()


def _on_bday(draft: _Draft, prop: Property) -> None:
    """BDAY: 'YYYY-MM-DD', or '--MM-DD' when the year is unknown or omitted."""
    if prop.first("VALUE") != "TEXT":
        draft.scalars["birthday"] = parse_birthday(prop)


def parse_birthday(prop: Property) -> str:
    """A BDAY value in the stored form; a value that is no date is a card error."""
    value = prop.value.strip().split("T")[0]
    if full := _FULL_DATE.fullmatch(value):
        year, month, day = full.groups()
        if prop.first("X-APPLE-OMIT-YEAR") != year:
            return _checked_date(prop.line, value, year, month, day)
        return "--" + _checked_date(prop.line, value, "2000", month, day)[5:]
    if no_year := _NO_YEAR_DATE.fullmatch(value):
        return "--" + _checked_date(prop.line, value, "2000", *no_year.groups())[5:]
    raise CardError(prop.line, f"BDAY {value!r} is not a date")


def _checked_date(line: int, value: str, year: str, month: str, day: str) -> str:
    """ISO text of a real calendar date (year 2000 stands in for a missing year)."""
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        raise CardError(line, f"BDAY {value!r} is not a date") from None


def _on_tz(draft: _Draft, prop: Property) -> None:
    """TZ: an IANA zone name; UTC offsets and URIs cannot be mapped and are left out."""
    value = unescape(prop.text()).strip()
    if prop.first("VALUE") in ("", "TEXT") and is_zone_name(value):
        draft.scalars["timezone"] = value


def is_zone_name(name: str) -> bool:
    """True for a time zone name the IANA database knows."""
    if not _ZONE_NAME.fullmatch(name):
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def _on_photo(draft: _Draft, prop: Property) -> None:
    """PHOTO: embedded (base64 or data: URI) as bytes, or a link to one."""
    value = prop.value.strip()
    if prop.first("ENCODING") in ("B", "BASE64"):
        draft.photo = draft.photo or _base64(prop.line, value)
    elif value[:5].lower() == "data:":
        draft.photo = draft.photo or _data_uri(prop.line, value)
    elif prop.first("VALUE") in ("URI", "URL") or value.lower().startswith(("http:", "https:")):
        draft.scalars.setdefault("photo_url", value)


def _base64(line: int, value: str) -> bytes:
    """Decode base64 that may be wrapped and unpadded; anything else is a card error."""
    compact = "".join(value.split())
    compact += "=" * (-len(compact) % 4)
    try:
        return base64.b64decode(compact, validate=True)
    except (binascii.Error, ValueError):
        raise CardError(line, "PHOTO is not valid base64") from None


def _data_uri(line: int, value: str) -> bytes:
    """The bytes of a `data:[type][;base64],payload` URI."""
    header, comma, payload = value[5:].partition(",")
    if not comma:
        raise CardError(line, "PHOTO data: URI has no ',' before its data")
    if header.lower().endswith(";base64"):
        return _base64(line, payload)
    return urllib.parse.unquote_to_bytes(payload)


def _on_met(draft: _Draft, prop: Property) -> None:
    """X-MENTORDESK-MET: where we met, as channel;detail."""
    channel, detail = [*split_escaped(prop.text(), ";"), ""][:2]
    draft.scalars["met_channel"] = channel if channel in MetChannel.values() else ""
    draft.scalars["met_detail"] = detail.strip()


_HANDLERS: dict[str, Callable[[_Draft, Property], None]] = {
    "FN": _on_fn,
    "N": _on_n,
    "ORG": _on_org,
    "TITLE": _on_title,
    "ROLE": _on_role,
    "EMAIL": _on_item("emails"),
    "TEL": _on_item("phones"),
    "URL": _on_item("links"),
    "NOTE": _on_note,
    "CATEGORIES": _on_categories,
    "UID": _on_uid,
    "BDAY": _on_bday,
    "TZ": _on_tz,
    "PHOTO": _on_photo,
    "X-MENTORDESK-MET": _on_met,
}
