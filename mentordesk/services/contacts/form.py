"""The contact form: every editable value of a contact, and its validation."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, time
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from mentordesk.core.enums import Channel, MentorshipDirection, MetChannel, Stage
from mentordesk.core.errors import ValidationError, coded

AGREEMENT_FIELDS = (
    "channels",
    "availability",
    "their_reply_hours",
    "my_reply_hours",
    "meeting_cadence_days",
)
PROFILE_FIELDS = (
    "name",
    "organisation",
    "role",
    "timezone",
    "tags",
    "notes",
    "birthday",
    "met_channel",
    "met_detail",
    "met_on",
)
LABELLED_FIELDS = ("emails", "phones", "links")
_TEXT_FIELDS = ("name", "organisation", "role", "timezone", "notes", "birthday", "met_detail")


@dataclass
class ContactForm:
    """Every editable value of a contact, its main mentorship and its agreement."""

    name: str = ""
    organisation: str = ""
    role: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    timezone: str = ""
    tags: list[str] = field(default_factory=list)
    notes: str = ""
    birthday: str = ""  # "YYYY-MM-DD", or "--MM-DD" when the year is unknown
    met_channel: str = ""
    met_detail: str = ""
    met_on: date | None = None
    direction: str = MentorshipDirection.THEY_MENTOR_ME.value
    stage: str = Stage.PROSPECT.value
    channels: list[str] = field(default_factory=list)  # preferred first
    availability: list[dict] = field(default_factory=list)  # {"weekday", "start", "end"}
    their_reply_hours: int | None = None
    my_reply_hours: int | None = None
    meeting_cadence_days: int | None = None


def validate_contact_form(form: ContactForm, *, today: date | None = None) -> ContactForm:
    """A cleaned copy of the form; ValidationError naming the first bad field in one line."""
    clean = dataclasses.replace(
        form,
        **{name: getattr(form, name).strip() for name in _TEXT_FIELDS},
        **{name: _unique(getattr(form, name)) for name in (*LABELLED_FIELDS, "tags")},
        channels=_unique(form.channels),
        availability=[_window(w, n) for n, w in enumerate(form.availability, start=1)],
    )
    if not clean.name:
        raise coded(ValidationError("A contact needs a name.", field="name"), "contact.no_name")
    _check_zone(clean.timezone)
    _check_birthday(clean.birthday)
    _check_choices(clean)
    _check_numbers(clean)
    _check_not_future(clean, today or date.today())
    return clean


def _unique(values: list[str]) -> list[str]:
    """Stripped, non-empty values without repeats (ignoring case), first spelling kept."""
    seen: set[str] = set()
    result = []
    for value in (v.strip() for v in values):
        if value and value.casefold() not in seen:
            seen.add(value.casefold())
            result.append(value)
    return result


def _window(window: dict, number: int) -> dict:
    """One availability window checked and normalised to {"weekday", "start", "end"}."""
    weekday = window.get("weekday")
    if isinstance(weekday, bool) or not isinstance(weekday, int) or not 0 <= weekday <= 6:
        raise ValidationError(
            f"Availability window {number}: weekday must be 0 (Monday) to 6.",
            field="availability",
        )
    start, end = (_wall_time(window.get(key), key, number) for key in ("start", "end"))
    return {"weekday": weekday, "start": start, "end": end}


def _wall_time(value: Any, key: str, number: int) -> str:
    """A wall time as "HH:MM"; ValueError naming the window when it is not one."""
    try:
        wall = time.fromisoformat(value)
    except (TypeError, ValueError):
        wall = None
    if wall is None or wall.tzinfo is not None or wall.second or wall.microsecond:
        raise ValidationError(
            f"Availability window {number}: {key} {value!r} is not a time like 09:30.",
            field="availability",
        )
    return wall.strftime("%H:%M")


def _check_zone(zone: str) -> None:
    """Reject a time zone that is not an IANA name."""
    if not zone:
        return
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a folder like 'Europe'
        raise coded(
            ValidationError(
                f"Unknown time zone {zone!r}: use an IANA name like 'Europe/Berlin'.",
                field="timezone",
            ),
            "contact.unknown_zone",
            zone=zone,
        ) from None


def _check_birthday(birthday: str) -> None:
    """Accept "", "YYYY-MM-DD" or "--MM-DD" naming a real day."""
    if not birthday:
        return
    text = "2000" + birthday[1:] if birthday.startswith("--") else birthday
    try:
        date.fromisoformat(text)
        if len(text) != 10:
            raise ValueError
    except ValueError:
        raise coded(
            ValidationError(
                f"Birthday {birthday!r} should look like 1990-04-17, or --04-17 without the year.",
                field="birthday",
            ),
            "contact.bad_birthday",
            birthday=birthday,
        ) from None


def _check_choices(form: ContactForm) -> None:
    """Reject values outside the domain vocabulary."""
    choices = [
        ("Relationship", "direction", [form.direction], MentorshipDirection.values()),
        ("Stage", "stage", [form.stage], Stage.values()),
        ("Where we met", "met_channel", [form.met_channel], ["", *MetChannel.values()]),
        ("Channel", "channels", form.channels, Channel.values()),
    ]
    for what, key, values, allowed in choices:
        for value in values:
            if value not in allowed:
                raise ValidationError(
                    f"{what} {value!r} is not one of: {', '.join(allowed)}.", field=key
                )


def _check_numbers(form: ContactForm) -> None:
    """Reject negative reply times and a cadence under one day."""
    for what, key, value in (
        ("Their reply time", "their_reply_hours", form.their_reply_hours),
        ("My reply time", "my_reply_hours", form.my_reply_hours),
    ):
        if value is not None and value < 0:
            error = ValidationError(f"{what} cannot be negative (got {value} hours).", field=key)
            raise coded(error, f"contact.negative_{key}", hours=value)
    if form.meeting_cadence_days is not None and form.meeting_cadence_days < 1:
        raise coded(
            ValidationError(
                f"Meeting cadence must be at least 1 day (got {form.meeting_cadence_days}).",
                field="meeting_cadence_days",
            ),
            "contact.short_cadence",
            days=form.meeting_cadence_days,
        )


def _check_not_future(form: ContactForm, today: date) -> None:
    """Reject a date of meeting someone that has not happened yet."""
    if form.met_on is not None and form.met_on > today:
        raise coded(
            ValidationError(
                f"The date you met ({form.met_on.isoformat()}) is in the future; "
                "use the day you actually met.",
                field="met_on",
            ),
            "contact.met_in_future",
            met_on=form.met_on,
        )
