"""Three-way merge of iCalendar and vCard resources, property by property, against a base.

A resource is split into components (VEVENT keyed by RECURRENCE-ID, VTODO, VCARD; VTIMEZONE by
TZID) and each component into its properties by name (all lines of a name together; a VALARM is
one opaque property of its event). Per property: changed on one side only, that side wins;
changed on both to the same value, fine; changed on both differently, a conflict: the local
value is kept and the property is named, so the caller keeps the server's whole version too.
"""

from __future__ import annotations

from dataclasses import dataclass, field

VOLATILE = frozenset({"DTSTAMP", "LAST-MODIFIED", "SEQUENCE", "PRODID", "REV", "CREATED"})
OPAQUE = frozenset({"VALARM", "STANDARD", "DAYLIGHT"})  # kept whole inside their parent
ComponentKey = tuple[str, str]
Properties = dict[str, tuple[str, ...]]


@dataclass
class Resource:
    """A parsed resource: its components in order, each a map of property name to lines."""

    components: dict[ComponentKey, Properties] = field(default_factory=dict)
    wrapper: list[str] = field(default_factory=list)  # VCALENDAR's own lines


@dataclass(frozen=True)
class MergeResult:
    """The merged text and the properties both sides changed differently."""

    text: str
    conflicts: tuple[str, ...]


def unfold(text: str) -> list[str]:
    """Content lines with folding undone and line ends normalised."""
    lines: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if raw[:1] in (" ", "\t") and lines:
            lines[-1] += raw[1:]
        elif raw:
            lines.append(raw)
    return lines


def name_of(line: str) -> str:
    """A content line's property name (group kept, parameters dropped), upper case."""
    cut = min((i for i in (line.find(";"), line.find(":")) if i >= 0), default=len(line))
    return line[:cut].upper()


def parse(text: str) -> Resource:
    """Split a resource's text into components and properties."""
    resource = Resource()
    stack: list[tuple[str, list[str]]] = []
    for line in unfold(text):
        name = name_of(line)
        if name == "BEGIN":
            stack.append((line[6:].upper(), [line]))
        elif name == "END" and stack:
            kind, body = stack.pop()
            body.append(line)
            _close(resource, stack, kind, body)
        elif len(stack) == 1 and stack[0][0] == "VCALENDAR":
            resource.wrapper.append(line)
        elif stack:
            stack[-1][1].append(line)
    return resource


def _close(resource: Resource, stack, kind: str, body: list[str]) -> None:
    """File a finished component: opaque into its parent, else as a component of its own."""
    if kind in OPAQUE and stack:
        stack[-1][1].append("\n".join(body))
    elif kind != "VCALENDAR":
        resource.components[_key(kind, body)] = _properties(body[1:-1])


def _key(kind: str, body: list[str]) -> ComponentKey:
    """A component's identity: its kind and RECURRENCE-ID (events) or TZID (zones)."""
    wanted = {"VTIMEZONE": "TZID"}.get(kind, "RECURRENCE-ID")
    for line in body:
        if name_of(line) == wanted:
            return kind, line.split(":", 1)[-1]
    return kind, ""


def _properties(lines: list[str]) -> Properties:
    """Lines grouped by property name, each group sorted (order within a name is not meaning)."""
    grouped: dict[str, list[str]] = {}
    for line in lines:
        grouped.setdefault(_group_name(line), []).append(line)
    return {name: tuple(sorted(values)) for name, values in grouped.items()}


def _group_name(line: str) -> str:
    """The merge key of a line: its property name, or the kind of an opaque block."""
    return (
        "BEGIN:" + line[6:].split("\n", 1)[0].upper()
        if line.startswith("BEGIN:")
        else name_of(line)
    )


def signature(text: str) -> dict:
    """What a resource says, without the stamps that change on every write (for comparing)."""
    resource = parse(text)
    return {
        key: {n: v for n, v in props.items() if n not in VOLATILE}
        for key, props in resource.components.items()
    }


def merge(base: str | None, local: str, remote: str, *, conflicts_allowed: bool) -> MergeResult:
    """Local and remote merged against base; without `conflicts_allowed` local wins clashes."""
    old = parse(base) if base else Resource()
    ours, theirs = parse(local), parse(remote)
    merged = Resource(wrapper=ours.wrapper or theirs.wrapper)
    clashes: list[str] = []
    for key in _keys(ours, theirs):
        merged_props, names = _merge_component(
            old.components.get(key), ours.components.get(key), theirs.components.get(key)
        )
        if merged_props is not None:
            merged.components[key] = merged_props
        clashes += [f"{key[0]}{'@' + key[1] if key[1] else ''} {n}" for n in names]
    _keep_highest_sequence(merged, theirs)
    return MergeResult(text=render(merged), conflicts=tuple(clashes) if conflicts_allowed else ())


def _keys(ours: Resource, theirs: Resource) -> list[ComponentKey]:
    """Component keys of both sides, local order first."""
    return list(dict.fromkeys([*ours.components, *theirs.components]))


def _merge_component(base, ours, theirs):
    """One component merged: (properties or None when it is gone, clashing names)."""
    if ours is None or theirs is None:
        present = theirs if ours is None else ours
        if base is not None and present == base:
            return None, []  # deleted on one side, unchanged on the other
        return present, []
    base = base or {}
    merged: Properties = {}
    clashes = []
    for name in dict.fromkeys([*ours, *theirs]):
        value, clash = _merge_value(base.get(name), ours.get(name), theirs.get(name))
        if value:
            merged[name] = value
        if clash and name not in VOLATILE:
            clashes.append(name)
    return merged, clashes


def _merge_value(base, ours, theirs):
    """One property merged: (lines, whether both sides changed it differently)."""
    if ours == theirs or theirs == base:
        return ours, False
    if ours == base:
        return theirs, False
    return ours, True


def _keep_highest_sequence(merged: Resource, theirs: Resource) -> None:
    """SEQUENCE never goes down: the higher of the two sides (iTIP drops lower ones)."""
    for key, props in merged.components.items():
        other = theirs.components.get(key, {}).get("SEQUENCE")
        if other and props.get("SEQUENCE"):
            props["SEQUENCE"] = max(props["SEQUENCE"], other, key=_sequence_number)


def _sequence_number(lines: tuple[str, ...]) -> int:
    """The number of a SEQUENCE property."""
    try:
        return int(lines[0].split(":", 1)[1])
    except (IndexError, ValueError):
        return 0


def render(resource: Resource) -> str:
    """A resource as text again (CRLF, long lines folded)."""
    out: list[str] = []
    is_card = any(kind == "VCARD" for kind, _ in resource.components)
    if not is_card:
        out += ["BEGIN:VCALENDAR", *resource.wrapper]
    for (kind, _), props in resource.components.items():
        out.append(f"BEGIN:{kind}")
        for lines in props.values():
            for line in lines:
                out += line.split("\n")
        out.append(f"END:{kind}")
    if not is_card:
        out.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in out)


def _fold(line: str, limit: int = 75) -> str:
    """Fold a content line at `limit` octets without splitting a UTF-8 character."""
    data = line.encode("utf-8")
    if len(data) <= limit:
        return line
    parts, start, width = [], 0, limit
    while start < len(data):
        end = min(start + width, len(data))
        while end < len(data) and (data[end] & 0xC0) == 0x80:
            end -= 1
        parts.append(data[start:end].decode("utf-8"))
        start, width = end, limit - 1
    return "\r\n ".join(parts)
