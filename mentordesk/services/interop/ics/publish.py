"""The always-current calendar.ics in a folder of the user's choice, for calendar apps to follow."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mentordesk.core.errors import UserError, ValidationError
from mentordesk.core.progress import Progress, check_cancelled
from mentordesk.db.database import db
from mentordesk.services.files import write_text_atomic
from mentordesk.services.settings import (
    CALENDAR_PUBLISH_FOLDER,
    MY_EMAIL,
    MY_NAME,
    get_setting,
    set_setting,
)

PUBLISHED_NAME = "calendar.ics"


class PublishError(UserError):
    """The published calendar could not be written where the settings say."""


def publish_calendar(folder: Path, *, progress: Progress | None = None) -> Path:
    """Write every meeting to `folder`/calendar.ics, all or nothing; returns the file."""
    path = Path(folder).expanduser() / PUBLISHED_NAME
    from mentordesk.services.interop.ics.export import export_meetings_ics  # icalendar: lazy

    text = export_meetings_ics(progress=progress)
    if progress is not None:
        check_cancelled(progress)  # a newer publish is on its way: let it write
    try:
        write_text_atomic(path, text)
    except OSError as error:
        raise PublishError(f"cannot write {path}: {error.strerror or error}") from None
    return path


def publish_folder() -> Path | None:
    """The folder the settings name for the published calendar, or None when unset."""
    folder = get_setting(CALENDAR_PUBLISH_FOLDER).strip()
    return Path(folder) if folder else None


def republish(*, progress: Progress | None = None) -> Path | None:
    """Publish again when a folder is set; the file written, or None."""
    folder = publish_folder()
    return None if folder is None else publish_calendar(folder, progress=progress)


@dataclass(frozen=True)
class CalendarSettings:
    """What the calendar settings dialog edits: me as organizer, and the publish folder."""

    name: str = ""
    email: str = ""
    folder: str = ""


def read_calendar_settings() -> CalendarSettings:
    """The stored calendar settings (empty strings when never set)."""
    return CalendarSettings(
        get_setting(MY_NAME), get_setting(MY_EMAIL), get_setting(CALENDAR_PUBLISH_FOLDER)
    )


def save_calendar_settings(settings: CalendarSettings) -> Path | None:
    """Check and store the settings, then publish when a folder is set; the file written."""
    email = settings.email.strip()
    if email and ("@" not in email or " " in email):
        raise ValidationError(f"{email!r} is not an email address", field="email")
    folder = settings.folder.strip()
    if folder and Path(folder).expanduser().exists() and not Path(folder).expanduser().is_dir():
        raise ValidationError(f"{folder} is a file; choose a folder", field="folder")
    with db.atomic():  # a folder that cannot be written leaves the settings as they were
        set_setting(MY_NAME, settings.name.strip())
        set_setting(MY_EMAIL, email)
        set_setting(CALENDAR_PUBLISH_FOLDER, folder)
        return republish()
