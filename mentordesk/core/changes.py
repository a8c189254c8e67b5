"""What a write changed, as flags: views reload only for the kinds of records they show."""

from __future__ import annotations

from enum import Flag, auto


class ChangeKind(Flag):
    """Kinds of records a finished job may have changed; combine with `|`, test with `&`."""

    NONE = 0
    CONTACTS = auto()
    """Contacts, their mentorships, agreements and stage history."""
    INTERACTIONS = auto()
    """The log of contacts made."""
    MEETINGS = auto()
    """Meetings, their attendees and occurrences."""
    TASKS = auto()
    """Tasks, checklists and time entries."""
    GOALS = auto()
    """Goals and expectations."""
    REVIEWS = auto()
    """Reviews and the adaptations they applied."""
    BACKUPS = auto()
    """Backup and safety-copy files."""
    ALL = CONTACTS | INTERACTIONS | MEETINGS | TASKS | GOALS | REVIEWS | BACKUPS
    """Everything: after a restore, sample data, or a change made by another program."""
