"""vCard content lines: a line split into group, name, parameters and value; text escapes."""

from __future__ import annotations

import quopri
import re
from dataclasses import dataclass

Item = dict[str, str]  # {"value": ..., "label": ...}, as ContactRecord stores them

_ESCAPE = re.compile(r"\\([\\;,:nN])")
_ENCODINGS = {"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"}
# Control bytes a quoted-printable value may decode to; TAB, CR and LF are text there.
_QP_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_VALUE_KINDS = {"INLINE", "URL", "URI", "CONTENT-ID", "CID"}


class CardError(Exception):
    """A problem with a card or one of its lines, with the line it is on."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


@dataclass(frozen=True)
class VCardProblem:
    """A skipped card or a repaired line: the 1-based line where it is, and what happened."""

    line: int
    message: str


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
    data = _QP_CONTROL.sub(b"", quopri.decodestring(raw.encode("utf-8")))
    for name in (charset, "UTF-8", "latin-1"):
        try:
            return data.decode(name).replace("\r\n", "\n").replace("\r", "\n")
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("latin-1")


def quoted_printable_controls(raw: str) -> str:
    """The control characters (not TAB or line ends) a quoted-printable value decodes to."""
    return b"".join(_QP_CONTROL.findall(quopri.decodestring(raw.encode("utf-8")))).decode("latin-1")


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
