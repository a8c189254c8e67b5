"""Create and edit contacts with their mentorship and agreement, and move their stage."""

from __future__ import annotations

from typing import Any

from mentordesk.core.enums import Stage
from mentordesk.db import models as m
from mentordesk.db.database import db
from mentordesk.services.contacts.form import (
    AGREEMENT_FIELDS,
    LABELLED_FIELDS,
    PROFILE_FIELDS,
    ContactForm,
    validate_contact_form,
)
from mentordesk.services.contacts.interactions import add_interaction as add_interaction
from mentordesk.services.contacts.records import (
    change_stage,
    get_contact,
    main_mentorship,
    mentorship_agreement,
)


def contact_form(contact_id: int) -> ContactForm:
    """The stored values of a contact as a form to edit."""
    contact = get_contact(contact_id)
    ship = main_mentorship(contact_id)
    agreement = mentorship_agreement(ship)
    form = ContactForm(**{name: getattr(contact, name) for name in PROFILE_FIELDS})
    for name in LABELLED_FIELDS:
        setattr(form, name, [item["value"] for item in getattr(contact, name) or []])
    if ship is not None:
        form.direction, form.stage = ship.direction, ship.stage
    if agreement is not None:
        for name in AGREEMENT_FIELDS:
            setattr(form, name, getattr(agreement, name))
    return form


def save_contact(form: ContactForm, *, contact_id: int | None = None) -> int:
    """Create (no id) or update a contact with its mentorship and agreement; returns the id."""
    clean = validate_contact_form(form)
    with db.atomic():
        if contact_id is None:
            return _create(clean)
        contact = get_contact(contact_id)
        changed = _update_profile(contact, clean)
        ship = main_mentorship(contact_id)
        if ship is None:
            ship, changed = _new_mentorship(contact, clean), True
        changed = _update_mentorship(ship, clean) or changed
        changed = _update_agreement(ship, clean) or changed
        if changed:
            m.ContactRecord.update(updated_at=m.utc_now()).where(
                m.ContactRecord.id == contact_id
            ).execute()
        return contact_id


def _create(form: ContactForm) -> int:
    """Insert a new contact, its mentorship, first stage and agreement."""
    contact = m.ContactRecord.create(**_profile_values(form, None))
    ship = _new_mentorship(contact, form)
    if any(getattr(form, name) for name in AGREEMENT_FIELDS):
        m.AgreementRecord.create(mentorship=ship, **_agreement_values(form))
    return contact.id


def _new_mentorship(contact: m.ContactRecord, form: ContactForm) -> m.MentorshipRecord:
    """A mentorship in the form's direction, its first stage in the history."""
    ship = m.MentorshipRecord.create(contact=contact, direction=form.direction)
    change_stage(ship, form.stage)
    return ship


def _profile_values(form: ContactForm, contact: m.ContactRecord | None) -> dict[str, Any]:
    """The contact columns the form sets; labels of unchanged values are kept."""
    values = {name: getattr(form, name) for name in PROFILE_FIELDS}
    for name in LABELLED_FIELDS:
        old = getattr(contact, name) if contact else []
        values[name] = _labelled(getattr(form, name), old or [])
    return values


def _labelled(values: list[str], old: list[dict]) -> list[dict]:
    """Values as {"value", "label"} items; a value already there keeps its item and label."""
    known = {item["value"]: item for item in old}
    return [dict(known.get(value, {"value": value, "label": ""})) for value in values]


def _agreement_values(form: ContactForm) -> dict[str, Any]:
    """The agreement columns the form sets."""
    return {name: getattr(form, name) for name in AGREEMENT_FIELDS}


def _update_profile(contact: m.ContactRecord, form: ContactForm) -> bool:
    """Write changed profile fields; True when something changed."""
    return _write_changes(contact, _profile_values(form, contact))


def _update_mentorship(ship: m.MentorshipRecord, form: ContactForm) -> bool:
    """Write a changed direction and stage (with history); True when something changed."""
    changed = _write_changes(ship, {"direction": form.direction})
    if ship.stage != form.stage:
        change_stage(ship, form.stage)
        changed = True
    return changed


def _update_agreement(ship: m.MentorshipRecord, form: ContactForm) -> bool:
    """Write a changed agreement, creating one when first needed; True when changed."""
    agreement = mentorship_agreement(ship)
    values = _agreement_values(form)
    if agreement is None:
        if not any(values.values()):
            return False
        m.AgreementRecord.create(mentorship=ship, **values)
        return True
    return _write_changes(agreement, values)


def _write_changes(record: m.BaseRecord, values: dict[str, Any]) -> bool:
    """Update only the columns whose values differ; True when any did."""
    changes = {k: v for k, v in values.items() if getattr(record, k) != v}
    if changes:
        type(record).update(changes).where(type(record).id == record.id).execute()
        for key, value in changes.items():
            setattr(record, key, value)
    return bool(changes)


def set_stage(*, contact_id: int, stage: str, note: str = "") -> None:
    """Move the contact's main mentorship to ``stage``, recording the step in its history."""
    if stage not in Stage.values():
        raise ValueError(f"Stage {stage!r} is not one of: {', '.join(Stage.values())}.")
    with db.atomic():
        contact = get_contact(contact_id)
        ship = main_mentorship(contact_id) or m.MentorshipRecord.create(contact=contact)
        if ship.stage != stage or not ship.stage_changes.exists():
            change_stage(ship, stage, note=note.strip())
