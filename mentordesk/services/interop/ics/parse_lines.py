"""An iCalendar file checked line by line before the library parses it, so a refusal names a line.

Only the shape is checked here (text encoding, content-line syntax, BEGIN/END nesting); the
values are read by `icalendar`. Each VEVENT's own content lines are kept with their line
numbers, so a problem the library finds in an event can be pinned to its line.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from mentordesk.core.errors import CalendarFileError

PHYSICAL_LINE = re.compile(r"\r\n|\n|\r")
CONTENT_LINE = re.compile(r"^[A-Za-z0-9-]+[;:]")
BOM = "\ufeff"


@dataclass(frozen=True)
class SourceLine:
    """One unfolded content line and the physical line it starts on (1-based)."""

    number: int
    text: str

    @functools.cached_property
    def name(self) -> str:
        """The property name, upper-cased ("DTSTART")."""
        return re.split(r"[;:]", self.text, maxsplit=1)[0].upper()


@dataclass
class Block:
    """A component's own content lines (not those of components nested in it)."""

    name: str
    begin: int
    lines: list[SourceLine] = field(default_factory=list)
    _names: dict[str, int] | None = field(default=None, repr=False)

    def count(self, name: str) -> int:
        """How often a property occurs in the component."""
        return self.names().get(name, 0)

    def names(self) -> dict[str, int]:
        """How often each property name occurs (counted once)."""
        if self._names is None:
            self._names = {}
            for line in self.lines:
                self._names[line.name] = self._names.get(line.name, 0) + 1
        return self._names

    def line_of(self, name: str, nth: int = 0) -> int:
        """The line of the nth property called `name`, else the component's BEGIN line."""
        found = [line.number for line in self.lines if line.name == name.upper()]
        return found[nth] if len(found) > nth else self.begin


def decode_ics(data: bytes, *, source: str) -> str:
    """The file's text: UTF-8 (a BOM allowed); other bytes are refused with their line."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise CalendarFileError(
            f"{source}: line {line}: the file is not UTF-8 text (byte {data[exc.start]:#04x}); "
            "save it as UTF-8 and import it again"
        ) from None
    return text.removeprefix(BOM)


def unfold(text: str) -> list[SourceLine]:
    """Content lines with folded continuations joined (RFC 5545 3.1); blank lines dropped."""
    lines: list[SourceLine] = []
    for number, raw in enumerate(PHYSICAL_LINE.split(text), start=1):
        if raw[:1] in (" ", "\t") and lines:
            lines[-1] = SourceLine(lines[-1].number, lines[-1].text + raw[1:])
        elif raw.strip():
            lines.append(SourceLine(number, raw))
    return lines


def check_structure(lines: list[SourceLine], *, source: str) -> list[Block]:
    """Every component's block in BEGIN order; bad lines or nesting raise CalendarFileError."""
    if not lines or lines[0].text.strip().upper() != "BEGIN:VCALENDAR":
        number = lines[0].number if lines else 1
        raise CalendarFileError(
            f"{source}: line {number}: an iCalendar file starts with BEGIN:VCALENDAR; "
            "this is not a calendar file"
        )
    stack: list[Block] = []
    blocks: list[Block] = []
    for line in lines:
        _check_line(line, stack, source)
        _step(line, stack, blocks, source)
    if stack:
        raise CalendarFileError(
            f"{source}: line {lines[-1].number}: the file ends inside BEGIN:{stack[-1].name} "
            f"(line {stack[-1].begin}); it is cut short, so nothing was imported"
        )
    return blocks


def _check_line(line: SourceLine, stack: list[Block], source: str) -> None:
    """Refuse a line that is not `NAME[;params]:value`, or one outside any component."""
    if not CONTENT_LINE.match(line.text):
        raise CalendarFileError(
            f"{source}: line {line.number}: not an iCalendar content line: {line.text[:40]!r}"
        )
    if not stack and line.name != "BEGIN":
        raise CalendarFileError(
            f"{source}: line {line.number}: {line.text[:40]!r} comes after END:VCALENDAR"
        )


def _step(line: SourceLine, stack: list[Block], blocks: list[Block], source: str) -> None:
    """Open or close a component, or give the line to the component it belongs to."""
    name, _, value = line.text.partition(":")
    if name.upper() == "BEGIN":
        stack.append(Block(value.strip().upper(), line.number))
        blocks.append(stack[-1])
    elif name.upper() == "END":
        _close(line, value.strip().upper(), stack, source)
    else:
        stack[-1].lines.append(line)


def _close(line: SourceLine, name: str, stack: list[Block], source: str) -> None:
    """Pop the innermost component if the END names it."""
    if stack[-1].name != name:
        raise CalendarFileError(
            f"{source}: line {line.number}: END:{name} does not close BEGIN:{stack[-1].name} "
            f"(line {stack[-1].begin})"
        )
    stack.pop()
