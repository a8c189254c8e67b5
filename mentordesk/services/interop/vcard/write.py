"""vCard 4.0 text written from contacts: escaped, folded content lines with CRLF endings."""

from __future__ import annotations

import base64
import re
from collections.abc import Callable, Iterable

from mentordesk.services.interop.vcard.parse import Item, VCardContact

_PLAIN_TYPES = re.compile(r"[A-Za-z0-9_\-]+(,[A-Za-z0-9_\-]+)*")


def escape_text(value: str) -> str:
    """Escape a text value: backslash, newline, comma and semicolon."""
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\\", "\\\\")
    return value.replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")


def fold_line(line: str, *, limit: int = 75) -> str:
    """Fold a content line at `limit` octets, never inside a UTF-8 sequence."""
    if len(line) <= limit // 4 or len(line.encode("utf-8")) <= limit:
        return line
    if line.isascii():
        rest = range(limit, len(line), limit - 1)
        return "\r\n ".join([line[:limit], *(line[i : i + limit - 1] for i in rest)])
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    for char in line:
        width = len(char.encode("utf-8", "surrogatepass"))
        if size + width > (limit if not pieces else limit - 1):
            pieces.append("".join(current))
            current, size = [], 0
        current.append(char)
        size += width
    pieces.append("".join(current))
    return "\r\n ".join(pieces)


def serialise_vcards(contacts: Iterable[VCardContact]) -> str:
    """vCard 4.0 text for the contacts, CRLF line endings, lines folded at 75 octets."""
    lines = [fold_line(line) for contact in contacts for line in card_lines(contact)]
    return "".join(line + "\r\n" for line in lines)


def card_lines(contact: VCardContact) -> list[str]:
    """The unfolded content lines of one vCard 4.0 card."""
    lines = ["BEGIN:VCARD", "VERSION:4.0", f"UID:{contact.uid}"]
    lines += [f"FN:{escape_text(contact.name)}", f"N:{_n_value(contact.name)}"]
    lines += _optional("ORG", escape_text(contact.organisation))
    lines += _optional("TITLE", escape_text(contact.role))
    lines += _item_lines("EMAIL", contact.emails, escape_text)
    lines += _item_lines("TEL", contact.phones, escape_text)
    lines += _item_lines("URL", contact.links, str)
    lines += _optional("NOTE", escape_text(contact.notes))
    lines += _optional("CATEGORIES", ",".join(escape_text(t) for t in contact.tags))
    lines += _optional("BDAY", _bday_value(contact.birthday))
    lines += _optional("TZ", contact.timezone)
    lines += _photo_lines(contact)
    if contact.met_channel or contact.met_detail:
        met = f"{escape_text(contact.met_channel)};{escape_text(contact.met_detail)}"
        lines.append(f"X-MENTORDESK-MET:{met}")
    return [*lines, "END:VCARD"]


def _optional(name: str, value: str) -> list[str]:
    """A one-line list for a non-empty value, else nothing."""
    return [f"{name}:{value}"] if value else []


def _bday_value(birthday: str) -> str:
    """A stored birthday in vCard 4.0 form: `19850412`, or `--0412` without a year."""
    if birthday.startswith("--"):
        return "--" + birthday[2:].replace("-", "")
    return birthday.replace("-", "")


def _n_value(name: str) -> str:
    """An N value built from the name: the last word is the family name."""
    words = name.split()
    family, given = (words[-1], " ".join(words[:-1])) if len(words) > 1 else ("", name)
    return f"{escape_text(family)};{escape_text(given)};;;"


def _item_lines(name: str, items: list[Item], encode: Callable[[str], str]) -> list[str]:
    """One line per item, TYPE from its label, PREF=1 on the first of several."""
    lines = []
    for index, item in enumerate(items):
        params = _type_param(item.get("label", ""))
        params += ";PREF=1" if index == 0 and len(items) > 1 else ""
        lines.append(f"{name}{params}:{encode(item['value'])}")
    return lines


def _type_param(label: str) -> str:
    """A `;TYPE=` parameter for a label, quoted when it holds characters that need it."""
    label = label.replace('"', "").strip()
    if not label:
        return ""
    return f";TYPE={label}" if _PLAIN_TYPES.fullmatch(label) else f';TYPE="{label}"'


def _photo_lines(contact: VCardContact) -> list[str]:
    """PHOTO as a data: URI for embedded bytes, and as a URL for a linked photo."""
    lines = []
    if contact.photo:
        data = base64.b64encode(contact.photo).decode("ascii")
        lines.append(f"PHOTO:data:{image_media_type(contact.photo)};base64,{data}")
    if contact.photo_url:
        lines.append(f"PHOTO:{contact.photo_url}")
    return lines


def image_media_type(data: bytes) -> str:
    """The media type of image bytes, from their magic number."""
    for magic, media_type in (
        (b"\xff\xd8\xff", "image/jpeg"),
        (b"\x89PNG", "image/png"),
        (b"GIF8", "image/gif"),
    ):
        if data.startswith(magic):
            return media_type
    return "image/webp" if data[8:12] == b"WEBP" else "application/octet-stream"
