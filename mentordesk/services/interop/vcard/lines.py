"""vCard physical and logical lines: line ends, folding, 2.1 base64 runs and control characters."""

from __future__ import annotations

import re

_LF_BREAK = re.compile(r"\r\n|\n|\r(?=[\r\n])")
_BEGIN = re.compile(r"(?:\A|[\r\n])[ \t]*BEGIN:VCARD[ \t]*(?=[\r\n]|\Z)", re.IGNORECASE)
_BASE64_HEAD = re.compile(r";[ \t]*(?:ENCODING[ \t]*=[ \t]*)?(?:BASE64|B)[ \t]*(?:;|$)", re.I)
_BASE64_RUN = re.compile(r"[A-Za-z0-9+/]+=*")
# C0 and C1 controls but TAB, and lone surrogates: none belongs in a stored value.
_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\ud800-\udfff]")
_CONTROL_NAMES = {"\x00": "NUL", "\r": "CR", "\n": "LF", "\x1b": "ESC", "\x7f": "DEL"}


def has_vcard(text: str) -> bool:
    """True if the text has at least one BEGIN:VCARD line (any line ends)."""
    return _BEGIN.search(text) is not None


def physical_lines(text: str) -> list[str]:
    """The lines of a text with CRLF, LF or CR-only ends; CR CR LF counts as two lines."""
    if "\n" not in text:
        return text.split("\r")
    return _LF_BREAK.split(text)


def unfold(text: str) -> list[tuple[int, str]]:
    """Logical lines with the number of their first physical line."""
    return unfold_lines(physical_lines(text))


def unfold_lines(lines: list[str]) -> list[tuple[int, str]]:
    """Folds, quoted-printable soft breaks and unindented 2.1 base64 runs joined."""
    logical: list[tuple[int, list[str]]] = []
    soft_break = False
    for number, raw in enumerate(lines, start=1):
        if soft_break and raw.strip().upper() != "END:VCARD":
            logical[-1][1].append(raw)
        elif logical and raw[:1] in (" ", "\t"):
            logical[-1][1].append(raw[1:])
        elif logical and _continues_base64(logical[-1][1], raw):
            logical[-1][1].append(raw.strip())
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


def _continues_base64(parts: list[str], raw: str) -> bool:
    """True for an unindented line of base64 after a base64 value, as vCard 2.1 writes them."""
    if ":" in raw or not _BASE64_RUN.fullmatch(raw.strip()):
        return False
    return _BASE64_HEAD.search(parts[0].split(":", 1)[0]) is not None


def strip_controls(line: str) -> tuple[str, str]:
    """The line without control characters (a CR becomes a space), and their names."""
    found = _CONTROL.findall(line)
    if not found:
        return line, ""
    cleaned = _CONTROL.sub(lambda m: " " if m.group() in "\r\n" else "", line)
    return cleaned, control_names("".join(found))


def control_names(chars: str) -> str:
    """Control characters named once each, in order: 'NUL, CR, U+0007'."""
    names = {_CONTROL_NAMES.get(char, f"U+{ord(char):04X}"): None for char in chars}
    return ", ".join(names)
