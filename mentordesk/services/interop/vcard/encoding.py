"""vCard bytes as text: UTF-16 with or without BOM, else UTF-8 line by line, card CHARSET."""

from __future__ import annotations

import codecs
import re

from mentordesk.core.errors import UserError
from mentordesk.services.interop.vcard.content import VCardProblem

_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")
_ESCAPED_RUN = re.compile("[\udc80-\udcff]+")
_CHARSET = re.compile(r";[ \t]*CHARSET[ \t]*=[ \t]*\"?([A-Za-z0-9_.:\-]+)", re.IGNORECASE)
_UTF8_NAMES = {"utf_8", "ascii"}
_FALLBACK = "cp1252"


class OddUtf16Error(UserError):
    """UTF-16 text with an odd number of bytes: cut short or damaged."""


def decode_vcard_bytes(data: bytes, *, source: str = "The file") -> str:
    """Text of vCard bytes: UTF-16 (BOM or not), else UTF-8 with bad bytes kept as escapes."""
    utf16 = _utf16_codec(data)
    if utf16 is None:
        return data.decode("utf-8-sig", "surrogateescape")
    if len(data) % 2:
        raise OddUtf16Error(
            f"{source} looks like UTF-16 text but has an odd number of bytes ({len(data)}): "
            "it is cut short or damaged; export the contacts again."
        )
    return data.decode(utf16, "replace").removeprefix("\ufeff")


def _utf16_codec(data: bytes) -> str | None:
    """'utf-16' for a BOM, 'utf-16-le'/'-be' when NUL bytes say so, else None."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = data[:512]
    pairs = len(sample) // 2
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if pairs >= 4 and even > pairs // 2 and odd <= even // 8:
        return "utf-16-be"
    if pairs >= 4 and odd > pairs // 2 and even <= odd // 8:
        return "utf-16-le"
    return None


def repair_charsets(lines: list[str]) -> tuple[list[str], list[VCardProblem]]:
    """Non-UTF-8 lines decoded in their own or card's CHARSET, else cp1252; warned in cards."""
    if not any(_ESCAPED_BYTE.search(line) for line in lines):
        return lines, []
    repaired, warnings = list(lines), []
    for index, fallback in enumerate(_card_charsets(lines)):
        if not _ESCAPED_BYTE.search(lines[index]):
            continue
        repaired[index], used = _redecode(lines[index], fallback or "")
        if fallback is not None:
            how = "its other bytes" if used == _FALLBACK else "it"
            message = f"text is not valid UTF-8; read {how} as {used}"
            warnings.append(VCardProblem(index + 1, message))
    return repaired, warnings


def _card_charsets(lines: list[str]) -> list[str | None]:
    """For each line: its card's declared 8-bit CHARSET, '' if none, None outside cards."""
    charsets: list[str | None] = [None] * len(lines)
    start: int | None = None
    for index, line in enumerate(lines):
        marker = line.strip().upper() if len(line) < 24 else ""
        if marker == "BEGIN:VCARD":
            start = index
        elif marker == "END:VCARD" and start is not None:
            declared = _declared_charset(lines[start : index + 1])
            charsets[start : index + 1] = [declared] * (index + 1 - start)
            start = None
    return charsets


def _declared_charset(lines: list[str]) -> str:
    """The first CHARSET a card's lines declare that is a known codec other than UTF-8."""
    for line in lines:
        name = _charset_of(line)
        if name:
            return name
    return ""


def _charset_of(line: str) -> str:
    """The line's own CHARSET parameter when it is a known 8-bit codec, else ''."""
    found = _CHARSET.search(line.split(":", 1)[0])
    if not found:
        return ""
    try:
        codec = codecs.lookup(found.group(1)).name
    except LookupError:
        return ""
    return "" if codec.replace("-", "_") in _UTF8_NAMES else found.group(1)


def _redecode(line: str, declared: str) -> tuple[str, str]:
    """A line in its own or its card's declared CHARSET; else only its bad bytes in cp1252."""
    try:
        data = line.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return line, "UTF-8 (damaged)"
    for name in (_charset_of(line), declared):
        if name:
            try:
                return data.decode(name), name
            except UnicodeDecodeError:
                continue
    return _ESCAPED_RUN.sub(lambda run: _fallback(run.group()), line), _FALLBACK


def _fallback(escaped: str) -> str:
    """Bytes kept as surrogate escapes, decoded in cp1252 (latin-1 for its five holes)."""
    data = escaped.encode("utf-8", "surrogateescape")
    try:
        return data.decode(_FALLBACK)
    except UnicodeDecodeError:
        return data.decode("latin-1")
