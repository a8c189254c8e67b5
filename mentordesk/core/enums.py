"""The shared vocabulary of the domain: stages, channels, directions and statuses."""

from __future__ import annotations

from enum import Enum, StrEnum


class TextEnum(StrEnum):
    """An enum whose value is the stored text and whose label is for people."""

    @property
    def label(self) -> str:
        """A human label derived from the value."""
        return self.value.replace("_", " ").capitalize()

    @classmethod
    def values(cls) -> list[str]:
        """Every stored value, in declaration order."""
        return [member.value for member in cls]


class MentorshipDirection(TextEnum):
    """Who mentors whom: the mentee of today is the mentor of tomorrow."""

    THEY_MENTOR_ME = "they_mentor_me"
    I_MENTOR_THEM = "i_mentor_them"


class Stage(TextEnum):
    """The stage a relationship is in."""

    PROSPECT = "prospect"
    REACHED_OUT = "reached_out"
    BUILDING_RAPPORT = "building_rapport"
    ACTIVE = "active"
    PAUSED = "paused"
    ALUMNI = "alumni"


class MetChannel(TextEnum):
    """Where the mentee met the contact."""

    MENTORING_NETWORK = "mentoring_network"
    NETWORKING_EVENT = "networking_event"
    FITNESS_GROUP = "fitness_group"
    VOLUNTEER_EVENT = "volunteer_event"
    MEETUP_OR_CONFERENCE = "meetup_or_conference"
    SOCIAL_MEDIA = "social_media"
    OTHER = "other"  # people-facing labels: mentordesk/ui/labels.py


class Channel(TextEnum):
    """A way of communicating."""

    EMAIL = "email"
    TEXT = "text"
    PHONE = "phone"
    VIDEO_CALL = "video_call"
    CHAT = "chat"
    IN_PERSON = "in_person"


class Direction(TextEnum):
    """Which way an interaction went."""

    IN = "in"
    OUT = "out"

    @property
    def label(self) -> str:
        """Incoming or outgoing."""
        return "Incoming" if self is Direction.IN else "Outgoing"


class InteractionKind(TextEnum):
    """What sort of contact an interaction was."""

    MESSAGE = "message"
    CALL = "call"
    MEETING = "meeting"
    GAVE_BACK = "gave_back"


class TimeKind(TextEnum):
    """How a meeting's times are anchored."""

    TIMED = "timed"
    ALL_DAY = "all_day"
    FLOATING = "floating"


class MeetingStatus(TextEnum):
    """Where a meeting stands."""

    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class AttendeeResponse(TextEnum):
    """An attendee's answer to an invitation (iCalendar PARTSTAT)."""

    NEEDS_ACTION = "needs_action"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    TENTATIVE = "tentative"


class GoalStatus(TextEnum):
    """Where a goal stands."""

    OPEN = "open"
    ACHIEVED = "achieved"
    DROPPED = "dropped"


class ProgressMode(TextEnum):
    """Whether goal progress comes from its tasks or is set by hand."""

    FROM_TASKS = "from_tasks"
    MANUAL = "manual"


class Party(TextEnum):
    """One side of a mentorship."""

    ME = "me"
    THEM = "them"


class ExpectationStatus(TextEnum):
    """Where an expectation stands."""

    PROPOSED = "proposed"
    AGREED = "agreed"
    MET = "met"
    MISSED = "missed"
    REPLACED = "replaced"


class TaskStatus(TextEnum):
    """Where a task stands."""

    TODO = "todo"
    DOING = "doing"
    DONE = "done"
    DROPPED = "dropped"

    @property
    def label(self) -> str:
        """A human label for the status."""
        return {"todo": "To do", "doing": "Doing", "done": "Done", "dropped": "Dropped"}[self.value]


class Priority(int, Enum):
    """How urgent a task is."""

    LOW = 0
    NORMAL = 1
    HIGH = 2
    URGENT = 3

    @property
    def label(self) -> str:
        """A human label for the priority."""
        return self.name.capitalize()
