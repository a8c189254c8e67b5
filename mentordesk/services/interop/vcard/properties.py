"""vCard property handlers: each content line a card carries, read into a draft contact."""

from __future__ import annotations

import base64
import binascii
import re
import string
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from mentordesk.core.enums import MetChannel
from mentordesk.services.interop.vcard.content import CardError, Property, split_escaped, unescape

_KNOWN_TYPES = {
    *("home", "work", "cell", "mobile", "iphone", "main", "voice", "fax", "pager", "text"),
    *("video", "textphone", "msg", "other", "homepage", "blog", "profile", "internet"),
    *("pref", "x400", "car", "isdn", "pcs", "bbs", "modem", "personal", "school"),
}
_DROPPED_TYPES = {"pref", "internet", "x400"}
_ZONE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_+\-]*(/[A-Za-z0-9_+\-]+)*")
_FULL_DATE = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})")
_NO_YEAR_DATE = re.compile(r"--(\d{2})-?(\d{2})")
BASE64_ALPHABET = frozenset(string.ascii_letters + string.digits + "+/")
DAMAGED_PHOTO_MIN = 256  # base64 characters: shorter damaged data is no photo worth keeping
DAMAGED_PHOTO_SHARE = 0.95  # of the text must be base64 characters to count as a damaged photo
_IMAGE_MAGIC = (b"\xff\xd8\xff", b"\x89PNG", b"GIF8", b"RIFF", b"BM")


@dataclass
class LabelledItem:
    """An email, phone or link waiting for its group's X-ABLabel."""

    kind: str
    value: str
    types: list[str]
    group: str
    pref: int


@dataclass
class Draft:
    """What has been read of one card so far."""

    line: int
    fn: str = ""
    n_name: str = ""
    title: str = ""
    role: str = ""
    scalars: dict[str, str] = field(default_factory=dict)
    photo: bytes | None = None
    items: list[LabelledItem] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    ab_labels: dict[str, str] = field(default_factory=dict)
    kept_with_warning: list[tuple[int, str]] = field(default_factory=list)


def unique(values: list, *, key: Callable) -> list:
    """The values without later repeats of the same key."""
    seen: set = set()
    kept = []
    for value in values:
        if key(value) not in seen:
            seen.add(key(value))
            kept.append(value)
    return kept


def apple_label(label: str) -> str:
    """An X-ABLabel as a plain label: Apple's `_$!<HomePage>!$_` becomes 'homepage'."""
    if label.startswith("_$!<") and label.endswith(">!$_"):
        label = label[4:-4]
    return ",".join(label_types([label], phone=False))


def _on_fn(draft: Draft, prop: Property) -> None:
    """FN: the display name (the first one wins)."""
    draft.fn = draft.fn or unescape(prop.text()).strip()


def _on_n(draft: Draft, prop: Property) -> None:
    """N: family;given;additional;prefix;suffix, used when FN is missing."""
    parts = [*split_escaped(prop.text(), ";"), "", "", "", ""][:5]
    family, given, additional, prefix, suffix = (p.replace(",", " ").strip() for p in parts)
    ordered = (prefix, given, additional, family, suffix)
    draft.n_name = draft.n_name or " ".join(p for p in ordered if p)


def _on_org(draft: Draft, prop: Property) -> None:
    """ORG: the organisation is its first component."""
    draft.scalars["organisation"] = split_escaped(prop.text(), ";")[0].strip()


def _on_title(draft: Draft, prop: Property) -> None:
    """TITLE: the contact's role."""
    draft.title = draft.title or unescape(prop.text()).strip()


def _on_role(draft: Draft, prop: Property) -> None:
    """ROLE: the role when there is no TITLE."""
    draft.role = draft.role or unescape(prop.text()).strip()


def _on_item(kind: str) -> Callable[[Draft, Property], None]:
    """A handler collecting EMAIL, TEL or URL values with their types and preference."""

    def handle(draft: Draft, prop: Property) -> None:
        value = unescape(prop.text()).strip()
        if kind == "phones" and value.lower().startswith("tel:"):
            value = value[4:]
        if value:
            types = label_types(prop.params.get("TYPE", []), phone=kind == "phones")
            draft.items.append(LabelledItem(kind, value, types, prop.group, _pref(prop)))

    return handle


def label_types(types: list[str], *, phone: bool) -> list[str]:
    """The TYPE values that make a label: known ones lower-cased, pref/internet dropped."""
    kept = [t.lower() if t.lower() in _KNOWN_TYPES else t for t in types]
    kept = unique([t for t in kept if t not in _DROPPED_TYPES], key=str.casefold)
    if phone and len(kept) > 1 and "voice" in kept:
        kept.remove("voice")
    return kept


def _pref(prop: Property) -> int:
    """The preference of a value: 4.0 PREF=n, 3.0 TYPE=pref as 1, otherwise last."""
    if any(t.lower() == "pref" for t in prop.params.get("TYPE", [])):
        return 1
    pref = prop.first("PREF")
    return int(pref) if pref.isdigit() else 101


def _on_note(draft: Draft, prop: Property) -> None:
    """NOTE: notes, several joined by a newline."""
    note = unescape(prop.text()).strip()
    if note:
        draft.notes.append(note)


def _on_categories(draft: Draft, prop: Property) -> None:
    """CATEGORIES: tags, comma-separated."""
    draft.tags.extend(t.strip() for t in split_escaped(prop.text(), ",") if t.strip())


def _on_uid(draft: Draft, prop: Property) -> None:
    """UID: kept as is, `urn:uuid:` prefix included."""
    draft.scalars["uid"] = unescape(prop.value).strip()


def _on_bday(draft: Draft, prop: Property) -> None:
    """BDAY: 'YYYY-MM-DD', or '--MM-DD' when the year is unknown or omitted."""
    if prop.first("VALUE") != "TEXT":
        draft.scalars["birthday"] = parse_birthday(prop)


def parse_birthday(prop: Property) -> str:
    """A BDAY value in the stored form; a value that is no date is an error on its line."""
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


def _on_tz(draft: Draft, prop: Property) -> None:
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


def _on_photo(draft: Draft, prop: Property) -> None:
    """PHOTO: embedded (base64, even without ENCODING, or data: URI) as bytes, or a link to one."""
    value = prop.value.strip()
    embedded = prop.first("ENCODING") in ("B", "BASE64") or value[:5].lower() == "data:"
    if not embedded and _is_link(prop, value):
        draft.scalars.setdefault("photo_url", value)
    elif draft.photo is None and value:
        draft.photo = _embedded_photo(draft, prop, value)


def _is_link(prop: Property, value: str) -> bool:
    """True for a PHOTO given as a URI rather than as data."""
    return prop.first("VALUE") in ("URI", "URL") or value.lower().startswith(("http:", "https:"))


def _embedded_photo(draft: Draft, prop: Property, value: str) -> bytes:
    """The bytes of an embedded photo: base64, a data: URI, or bare base64 of an image."""
    if prop.first("ENCODING") in ("B", "BASE64"):
        try:
            return _base64(prop.line, value)
        except CardError:
            return _damaged_base64(draft, prop.line, value)
    if value[:5].lower() == "data:":
        return _data_uri(prop.line, value)
    return _bare_image(prop.line, value)


def _bare_image(line: int, value: str) -> bytes:
    """Image bytes from base64 given without an ENCODING parameter (Thunderbird's 3.0 cards)."""
    try:
        data = _base64(line, value)
    except CardError:
        data = b""
    if not data.startswith(_IMAGE_MAGIC):
        raise CardError(line, "PHOTO is neither a link nor base64 image data")
    return data


def _base64(line: int, value: str) -> bytes:
    """Decode base64 that may be wrapped and unpadded; anything else is an error on its line."""
    compact = "".join(value.split())
    compact += "=" * (-len(compact) % 4)
    try:
        return base64.b64decode(compact, validate=True)
    except (binascii.Error, ValueError):
        raise CardError(line, "PHOTO is not valid base64") from None


def _damaged_base64(draft: Draft, line: int, value: str) -> bytes:
    """A long photo whose base64 is damaged in places: what decodes is kept, with a warning.

    Short or mostly foreign text is no photo at all and is dropped (CardError).
    """
    text = "".join(value.split())
    compact = "".join(ch for ch in text if ch in BASE64_ALPHABET)
    if len(compact) < DAMAGED_PHOTO_MIN or len(compact) < DAMAGED_PHOTO_SHARE * len(text):
        raise CardError(line, "PHOTO is not valid base64")
    data = base64.b64decode(compact[: len(compact) - len(compact) % 4])
    draft.kept_with_warning.append(
        (line, "PHOTO is damaged base64; kept what could be read, it may not display")
    )
    return data


def _data_uri(line: int, value: str) -> bytes:
    """The bytes of a `data:[type][;base64],payload` URI."""
    header, comma, payload = value[5:].partition(",")
    if not comma:
        raise CardError(line, "PHOTO data: URI has no ',' before its data")
    if header.lower().endswith(";base64"):
        return _base64(line, payload)
    return urllib.parse.unquote_to_bytes(payload)


def _on_met(draft: Draft, prop: Property) -> None:
    """X-MENTORDESK-MET: where we met, as channel;detail."""
    channel, detail = [*split_escaped(prop.text(), ";"), ""][:2]
    draft.scalars["met_channel"] = channel if channel in MetChannel.values() else ""
    draft.scalars["met_detail"] = detail.strip()


HANDLERS: dict[str, Callable[[Draft, Property], None]] = {
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
