"""Contacts from and to vCard files: import that updates rather than duplicates, preview, export."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from mentordesk.core.enums import MentorshipDirection, Stage
from mentordesk.core.errors import UserError
from mentordesk.core.progress import NoProgress, Progress, check_cancelled
from mentordesk.db import models as m
from mentordesk.db.database import db
from mentordesk.services.contacts.batch import ContactBatch
from mentordesk.services.interop.vcard.encoding import decode_vcard_bytes
from mentordesk.services.interop.vcard.parse import (
    Item,
    NotAVCardError,
    VCardContact,
    VCardProblem,
    has_vcard,
    parse_vcards,
)
from mentordesk.services.interop.vcard.write import serialise_vcards

__all__ = [
    "ImportPreview",
    "ImportResult",
    "NotAVCardError",
    "PreviewAction",
    "PreviewItem",
    "VCardProblem",
    "export_vcards",
    "import_vcards",
    "preview_vcards",
    "read_vcard_file",
]

NO_PROGRESS = NoProgress()
# Fields a card overwrites when it has a value; the lists are merged instead.
SCALAR_FIELDS = ("organisation", "role", "timezone", "photo_url", "birthday", "notes")
MET_FIELDS = ("met_channel", "met_detail")
LIST_FIELDS = ("emails", "phones", "links", "tags")
FIELDS = ("name", *SCALAR_FIELDS, *MET_FIELDS, "photo", *LIST_FIELDS)

State = dict[str, Any]  # a contact's FIELDS plus "uid", as plain values


class PreviewAction(StrEnum):
    """What importing a card does."""

    CREATE = "create"
    UPDATE = "update"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class PreviewItem:
    """What happens to one card: the action, the contact it lands on and the fields it changes."""

    line: int
    name: str
    action: PreviewAction
    contact_id: int | None
    changed_fields: tuple[str, ...]


@dataclass(frozen=True)
class ImportPreview:
    """What an import would do, card by card, the cards it would skip, the fields it would drop."""

    items: list[PreviewItem]
    problems: list[VCardProblem]
    warnings: list[VCardProblem] = field(default_factory=list)

    def count(self, action: PreviewAction) -> int:
        """How many cards would have that outcome."""
        return sum(1 for item in self.items if item.action is action)


@dataclass(frozen=True)
class ImportResult:
    """What an import did: counts, skipped cards, and fields dropped or mended in kept cards."""

    created: int
    updated: int
    unchanged: int
    problems: list[VCardProblem]
    warnings: list[VCardProblem] = field(default_factory=list)


# ---- public entry points -------------------------------------------------------------------


def read_vcard_file(path: Path | str) -> str:
    """The text of a .vcf file: UTF-16, else UTF-8 with other bytes kept to decode per line."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise UserError(f"Cannot read {path}: {exc.strerror}; check the path.") from exc
    text = decode_vcard_bytes(data, source=str(path))
    if not has_vcard(text):
        raise NotAVCardError(
            f"{path} is not a vCard file (no BEGIN:VCARD); export the contacts as .vcf first."
        )
    return text


def import_vcards(text: str, *, progress: Progress = NO_PROGRESS) -> ImportResult:
    """Import every readable card in one transaction; cancelling rolls it all back."""
    parsed = parse_vcards(text)
    with db.atomic():
        writer = _DatabaseWriter()
        items = _apply_all(parsed.cards, writer=writer, progress=progress)
        writer.finish()
    counts = {action: sum(1 for i in items if i.action is action) for action in PreviewAction}
    return ImportResult(
        created=counts[PreviewAction.CREATE],
        updated=counts[PreviewAction.UPDATE],
        unchanged=counts[PreviewAction.UNCHANGED],
        problems=parsed.problems,
        warnings=parsed.warnings,
    )


def preview_vcards(text: str) -> ImportPreview:
    """What importing the text would do, card by card, without writing anything."""
    parsed = parse_vcards(text)
    items = _apply_all(parsed.cards, writer=_DryRunWriter(), progress=NO_PROGRESS)
    return ImportPreview(items=items, problems=parsed.problems, warnings=parsed.warnings)


def export_vcards(contact_ids: Iterable[int] | None = None) -> str:
    """vCard 4.0 text for the given contacts (all by default), sorted by name then id."""
    records = list(m.ContactRecord.select())
    if contact_ids is not None:
        wanted = set(contact_ids)
        records = [r for r in records if r.id in wanted]
    records.sort(key=lambda r: (r.name.casefold(), r.name, r.id))
    return serialise_vcards(_card_of(r) for r in records)


def contact_card(record: m.ContactRecord) -> VCardContact:
    """The card for a contact record (sync writes one card per resource)."""
    return _card_of(record)


def _card_of(record: m.ContactRecord) -> VCardContact:
    """The card for a contact record."""
    state = _state_of(record)
    return VCardContact(line=0, uid=record.uid, **{f: state[f] for f in FIELDS})


# ---- matching and merging ------------------------------------------------------------------


class _Lookup:
    """Contacts by UID, by email and by name, loaded once and kept up to date."""

    def __init__(self, states: dict[int, State]) -> None:
        self.by_uid: dict[str, int] = {}
        self.by_email: dict[str, int] = {}
        self.by_name: dict[str, int] = {}
        for contact_id in sorted(states):
            self.add(contact_id, states[contact_id])

    def add(self, contact_id: int, state: State) -> None:
        """Make a contact findable by its UID, emails and name (earlier contacts win)."""
        if state["uid"]:
            self.by_uid.setdefault(state["uid"], contact_id)
        for email in state["emails"]:
            self.by_email.setdefault(email["value"].casefold(), contact_id)
        self.by_name.setdefault(state["name"].casefold(), contact_id)

    def find(self, card: VCardContact) -> int | None:
        """The contact a card stands for: its UID or an email; without a UID, email then name."""
        if card.uid and card.uid in self.by_uid:
            return self.by_uid[card.uid]
        found = self._find_by_email(card)
        if found is None and not card.uid:
            return self.by_name.get(card.name.casefold())
        return found

    def _find_by_email(self, card: VCardContact) -> int | None:
        """The contact with any of the card's emails, case-insensitively."""
        for email in card.emails:
            if email["value"].casefold() in self.by_email:
                return self.by_email[email["value"].casefold()]
        return None


def merged(state: State, card: VCardContact) -> State:
    """A contact's fields after a card: its values overwrite, its lists are merged in."""
    new = dict(state, name=card.name)
    for name in SCALAR_FIELDS:
        new[name] = getattr(card, name) or state[name]
    if card.met_channel or card.met_detail:
        new.update(met_channel=card.met_channel, met_detail=card.met_detail)
    if card.photo is not None:
        new["photo"] = card.photo
    new["emails"] = _merge_items(state["emails"], card.emails, key=str.casefold)
    new["phones"] = _merge_items(state["phones"], card.phones, key=_phone_key)
    new["links"] = _merge_items(state["links"], card.links, key=str.strip)
    new["tags"] = _merge_tags(state["tags"], card.tags)
    return new


def _merge_items(old: list[Item], new: list[Item], *, key) -> list[Item]:
    """Old items then new ones not already there; a missing label is filled in."""
    result = [dict(item) for item in old]
    index = {key(item["value"]): item for item in result}
    for item in new:
        known = index.get(key(item["value"]))
        if known is None:
            result.append(dict(item))
            index[key(item["value"])] = result[-1]
        elif not known.get("label") and item["label"]:
            known["label"] = item["label"]
    return result


def _phone_key(value: str) -> str:
    """A phone number compared by its digits (and leading +)."""
    return re.sub(r"[^\d+]", "", value) or value.casefold()


def _merge_tags(old: list[str], new: list[str]) -> list[str]:
    """Old tags then new ones, case-insensitively without repeats."""
    seen = {tag.casefold() for tag in old}
    result = list(old)
    for tag in new:
        if tag.casefold() not in seen:
            seen.add(tag.casefold())
            result.append(tag)
    return result


# ---- applying cards ------------------------------------------------------------------------


def _apply_all(
    cards: list[VCardContact], *, writer: _DatabaseWriter | _DryRunWriter, progress: Progress
) -> list[PreviewItem]:
    """Match, merge and write each card in turn, reporting progress."""
    states = _load_states()
    lookup = _Lookup(states)
    items = []
    for done, card in enumerate(cards, start=1):
        check_cancelled(progress)
        items.append(_apply(card, states=states, lookup=lookup, writer=writer))
        progress.report(done, len(cards), "Importing contacts")
    return items


def _apply(
    card: VCardContact,
    *,
    states: dict[int, State],
    lookup: _Lookup,
    writer: _DatabaseWriter | _DryRunWriter,
) -> PreviewItem:
    """Create or update the contact for one card and say what happened."""
    contact_id = lookup.find(card)
    if contact_id is None:
        new = merged(_blank_state(card.uid), card)
        contact_id = writer.create(new)
        changed = tuple(f for f in FIELDS if new[f])
        action, shown_id = PreviewAction.CREATE, writer.shown_id(contact_id)
    else:
        new = merged(states[contact_id], card)
        changed = tuple(f for f in FIELDS if new[f] != states[contact_id][f])
        action = PreviewAction.UPDATE if changed else PreviewAction.UNCHANGED
        shown_id = writer.shown_id(contact_id)
        if changed:
            writer.update(contact_id, {f: new[f] for f in changed})
    states[contact_id] = new
    lookup.add(contact_id, new)
    return PreviewItem(card.line, card.name, action, shown_id, tuple(changed))


def _blank_state(uid: str) -> State:
    """The fields of a contact that does not exist yet."""
    state: State = {name: "" for name in FIELDS}
    state.update({name: [] for name in LIST_FIELDS}, photo=None, uid=uid)
    return state


def _load_states() -> dict[int, State]:
    """Every contact's fields, by id, in one query."""
    return {record.id: _state_of(record) for record in m.ContactRecord.select()}


def _state_of(record: m.ContactRecord) -> State:
    """A contact record's FIELDS and uid as plain values."""
    state: State = {name: getattr(record, name) for name in FIELDS}
    state["photo"] = bytes(record.photo) if record.photo is not None else None
    state["uid"] = record.uid
    return state


class _DatabaseWriter:
    """Writes created and updated contacts to the database, the new ones in chunks."""

    def __init__(self) -> None:
        self.batch = ContactBatch(
            direction=MentorshipDirection.THEY_MENTOR_ME.value, stage=Stage.PROSPECT.value
        )

    def create(self, state: State) -> int:
        """Create the contact (a prospect, as add_contact does) with every field of the card."""
        values = {f: state[f] for f in FIELDS}
        if state["uid"]:
            values["uid"] = state["uid"]
        return self.batch.add(values)

    def update(self, contact_id: int, values: State) -> None:
        """Write the changed fields and stamp the change."""
        if self.batch.is_pending(contact_id):
            self.batch.flush()
        values = dict(values, updated_at=m.utc_now())
        m.ContactRecord.update(**values).where(m.ContactRecord.id == contact_id).execute()

    def finish(self) -> None:
        """Write what is still queued."""
        self.batch.flush()

    def shown_id(self, contact_id: int) -> int | None:
        """The id to report for a contact."""
        return contact_id


class _DryRunWriter:
    """Pretends to write, so a preview sees later cards land on contacts it would create."""

    def __init__(self) -> None:
        self.next_id = -1

    def create(self, state: State) -> int:
        """A stand-in (negative) id for a contact that would be created."""
        self.next_id -= 1
        return self.next_id

    def update(self, contact_id: int, values: State) -> None:
        """Nothing is written."""

    def shown_id(self, contact_id: int) -> int | None:
        """Real ids as they are; stand-in ids as None."""
        return contact_id if contact_id > 0 else None
