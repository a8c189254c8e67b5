"""Workspace settings: small named values kept in the workspace itself (the `meta_record` table)."""

from __future__ import annotations

from mentordesk.db import models as m

MY_NAME = "me.name"  # my name as an ORGANIZER of exported invitations
MY_EMAIL = "me.email"  # my address: ORGANIZER, and how an imported invitation knows me
CALENDAR_PUBLISH_FOLDER = "calendar.publish_folder"  # where an always-current calendar.ics lives


def get_setting(key: str, default: str = "") -> str:
    """The stored value of a setting, or `default` when it was never set."""
    row = m.MetaRecord.get_or_none(m.MetaRecord.key == key)
    return default if row is None else row.value


def set_setting(key: str, value: str) -> None:
    """Store a setting (an empty value removes it)."""
    if not value:
        m.MetaRecord.delete().where(m.MetaRecord.key == key).execute()
        return
    m.MetaRecord.insert(key=key, value=value).on_conflict(
        conflict_target=[m.MetaRecord.key], update={m.MetaRecord.value: value}
    ).execute()
