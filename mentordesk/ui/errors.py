"""A user error in the user's language: coded errors are worded here, others as they came."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from mentordesk.ui.format import fmt_date

MESSAGES = {  # code (core.errors.coded) -> message; values fill the {named} fields
    "contact.no_name": QT_TRANSLATE_NOOP("errors", "A contact needs a name."),
    "contact.unknown_zone": QT_TRANSLATE_NOOP(
        "errors", "Unknown time zone '{zone}': use an IANA name like 'Europe/Berlin'."
    ),
    "contact.bad_birthday": QT_TRANSLATE_NOOP(
        "errors", "Birthday '{birthday}' should look like 1990-04-17, or --04-17 without the year."
    ),
    "contact.negative_their_reply_hours": QT_TRANSLATE_NOOP(
        "errors", "Their reply time cannot be negative (got {hours} hours)."
    ),
    "contact.negative_my_reply_hours": QT_TRANSLATE_NOOP(
        "errors", "My reply time cannot be negative (got {hours} hours)."
    ),
    "contact.short_cadence": QT_TRANSLATE_NOOP(
        "errors", "Meeting cadence must be at least 1 day (got {days})."
    ),
    "contact.met_in_future": QT_TRANSLATE_NOOP(
        "errors", "The date you met ({met_on}) is in the future; use the day you actually met."
    ),
    "task.no_title": QT_TRANSLATE_NOOP("errors", "A task needs a title."),
    "task.negative_estimate": QT_TRANSLATE_NOOP("errors", "An estimate cannot be negative."),
    "task.not_a_file": QT_TRANSLATE_NOOP("errors", "{path} is not a file."),
}


def error_text(error: BaseException) -> str:
    """The error's message in the user's language when its code is known, else as raised."""
    template = MESSAGES.get(getattr(error, "code", ""))
    if template is None:
        return str(error)
    values = {key: _shown(value) for key, value in getattr(error, "values", {}).items()}
    return QCoreApplication.translate("errors", template).format(**values)


def _shown(value: object) -> str:
    """A value as the message shows it (dates as the locale writes them)."""
    return fmt_date(value) if isinstance(value, date) else str(value)
