"""Translatable labels for the domain's stored values."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mentordesk.core.enums import TextEnum


def label(enum_type: type[TextEnum], value: str) -> str:
    """The translated label of a stored enum value (the raw value if unknown)."""
    try:
        text = enum_type(value).label
    except ValueError:
        return value
    return QCoreApplication.translate("labels", text)
