"""Translatable labels for the domain's stored values: one literal table, marked for lupdate.

Core enums stay Qt-free; their people-facing words live here. Each label is translated in a
context named after its enum ("Channel": "Text" is the channel, not a text).
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from mentordesk.core.enums import (
    AttendeeResponse,
    Channel,
    Direction,
    ExpectationStatus,
    GoalStatus,
    InteractionKind,
    MeetingStatus,
    MentorshipDirection,
    MetChannel,
    Party,
    Priority,
    ProgressMode,
    Stage,
    TaskStatus,
    TimeKind,
)
from mentordesk.core.goals import Pace
from mentordesk.core.task_lists import SmartList
from mentordesk.services.backup.listing import BackupKind, BackupState
from mentordesk.services.contacts.attention import AttentionReason
from mentordesk.services.interop.ics.importing import IcsAction
from mentordesk.services.interop.vcard.transfer import PreviewAction

LABELS: dict[type[Enum], dict[Enum, str]] = {
    MentorshipDirection: {
        MentorshipDirection.THEY_MENTOR_ME: QT_TRANSLATE_NOOP(
            "MentorshipDirection", "They mentor me"
        ),
        MentorshipDirection.I_MENTOR_THEM: QT_TRANSLATE_NOOP(
            "MentorshipDirection", "I mentor them"
        ),
    },
    Stage: {
        Stage.PROSPECT: QT_TRANSLATE_NOOP("Stage", "Prospect"),
        Stage.REACHED_OUT: QT_TRANSLATE_NOOP("Stage", "Reached out"),
        Stage.BUILDING_RAPPORT: QT_TRANSLATE_NOOP("Stage", "Building rapport"),
        Stage.ACTIVE: QT_TRANSLATE_NOOP("Stage", "Active"),
        Stage.PAUSED: QT_TRANSLATE_NOOP("Stage", "Paused"),
        Stage.ALUMNI: QT_TRANSLATE_NOOP("Stage", "Alumni"),
    },
    MetChannel: {
        MetChannel.MENTORING_NETWORK: QT_TRANSLATE_NOOP("MetChannel", "Online mentoring network"),
        MetChannel.NETWORKING_EVENT: QT_TRANSLATE_NOOP(
            "MetChannel", "Professional networking event"
        ),
        MetChannel.FITNESS_GROUP: QT_TRANSLATE_NOOP("MetChannel", "Fitness class or group"),
        MetChannel.VOLUNTEER_EVENT: QT_TRANSLATE_NOOP("MetChannel", "Volunteer event"),
        MetChannel.MEETUP_OR_CONFERENCE: QT_TRANSLATE_NOOP(
            "MetChannel", "Industry meetup or conference"
        ),
        MetChannel.SOCIAL_MEDIA: QT_TRANSLATE_NOOP("MetChannel", "Social media"),
        MetChannel.OTHER: QT_TRANSLATE_NOOP("MetChannel", "Somewhere else"),
    },
    Channel: {
        Channel.EMAIL: QT_TRANSLATE_NOOP("Channel", "Email"),
        Channel.TEXT: QT_TRANSLATE_NOOP("Channel", "Text"),
        Channel.PHONE: QT_TRANSLATE_NOOP("Channel", "Phone"),
        Channel.VIDEO_CALL: QT_TRANSLATE_NOOP("Channel", "Video call"),
        Channel.CHAT: QT_TRANSLATE_NOOP("Channel", "Chat"),
        Channel.IN_PERSON: QT_TRANSLATE_NOOP("Channel", "In person"),
    },
    Direction: {
        Direction.IN: QT_TRANSLATE_NOOP("Direction", "Incoming"),
        Direction.OUT: QT_TRANSLATE_NOOP("Direction", "Outgoing"),
    },
    InteractionKind: {
        InteractionKind.MESSAGE: QT_TRANSLATE_NOOP("InteractionKind", "Message"),
        InteractionKind.CALL: QT_TRANSLATE_NOOP("InteractionKind", "Call"),
        InteractionKind.MEETING: QT_TRANSLATE_NOOP("InteractionKind", "Meeting"),
        InteractionKind.GAVE_BACK: QT_TRANSLATE_NOOP("InteractionKind", "Gave back"),
    },
    TimeKind: {
        TimeKind.TIMED: QT_TRANSLATE_NOOP("TimeKind", "Timed"),
        TimeKind.ALL_DAY: QT_TRANSLATE_NOOP("TimeKind", "All day"),
        TimeKind.FLOATING: QT_TRANSLATE_NOOP("TimeKind", "Floating"),
    },
    MeetingStatus: {
        MeetingStatus.PLANNED: QT_TRANSLATE_NOOP("MeetingStatus", "Planned"),
        MeetingStatus.HELD: QT_TRANSLATE_NOOP("MeetingStatus", "Held"),
        MeetingStatus.CANCELLED: QT_TRANSLATE_NOOP("MeetingStatus", "Cancelled"),
    },
    AttendeeResponse: {
        AttendeeResponse.NEEDS_ACTION: QT_TRANSLATE_NOOP("AttendeeResponse", "Needs action"),
        AttendeeResponse.ACCEPTED: QT_TRANSLATE_NOOP("AttendeeResponse", "Accepted"),
        AttendeeResponse.DECLINED: QT_TRANSLATE_NOOP("AttendeeResponse", "Declined"),
        AttendeeResponse.TENTATIVE: QT_TRANSLATE_NOOP("AttendeeResponse", "Tentative"),
    },
    GoalStatus: {
        GoalStatus.OPEN: QT_TRANSLATE_NOOP("GoalStatus", "Open"),
        GoalStatus.ACHIEVED: QT_TRANSLATE_NOOP("GoalStatus", "Achieved"),
        GoalStatus.DROPPED: QT_TRANSLATE_NOOP("GoalStatus", "Dropped"),
    },
    ProgressMode: {
        ProgressMode.FROM_TASKS: QT_TRANSLATE_NOOP("ProgressMode", "From tasks"),
        ProgressMode.MANUAL: QT_TRANSLATE_NOOP("ProgressMode", "Manual"),
    },
    Party: {
        Party.ME: QT_TRANSLATE_NOOP("Party", "Me"),
        Party.THEM: QT_TRANSLATE_NOOP("Party", "Them"),
    },
    ExpectationStatus: {
        ExpectationStatus.PROPOSED: QT_TRANSLATE_NOOP("ExpectationStatus", "Proposed"),
        ExpectationStatus.AGREED: QT_TRANSLATE_NOOP("ExpectationStatus", "Agreed"),
        ExpectationStatus.MET: QT_TRANSLATE_NOOP("ExpectationStatus", "Met"),
        ExpectationStatus.MISSED: QT_TRANSLATE_NOOP("ExpectationStatus", "Missed"),
        ExpectationStatus.REPLACED: QT_TRANSLATE_NOOP("ExpectationStatus", "Replaced"),
    },
    TaskStatus: {
        TaskStatus.TODO: QT_TRANSLATE_NOOP("TaskStatus", "To do"),
        TaskStatus.DOING: QT_TRANSLATE_NOOP("TaskStatus", "Doing"),
        TaskStatus.DONE: QT_TRANSLATE_NOOP("TaskStatus", "Done"),
        TaskStatus.DROPPED: QT_TRANSLATE_NOOP("TaskStatus", "Dropped"),
    },
    Priority: {
        Priority.LOW: QT_TRANSLATE_NOOP("Priority", "Low"),
        Priority.NORMAL: QT_TRANSLATE_NOOP("Priority", "Normal"),
        Priority.HIGH: QT_TRANSLATE_NOOP("Priority", "High"),
        Priority.URGENT: QT_TRANSLATE_NOOP("Priority", "Urgent"),
    },
    SmartList: {
        SmartList.TODAY: QT_TRANSLATE_NOOP("SmartList", "Today"),
        SmartList.OVERDUE: QT_TRANSLATE_NOOP("SmartList", "Overdue"),
        SmartList.THIS_WEEK: QT_TRANSLATE_NOOP("SmartList", "This week"),
        SmartList.WAITING: QT_TRANSLATE_NOOP("SmartList", "Waiting on my mentor"),
    },
    Pace: {
        Pace.AHEAD: QT_TRANSLATE_NOOP("Pace", "Ahead"),
        Pace.ON_TRACK: QT_TRANSLATE_NOOP("Pace", "On track"),
        Pace.BEHIND: QT_TRANSLATE_NOOP("Pace", "Behind"),
        Pace.NO_PLAN: QT_TRANSLATE_NOOP("Pace", "No plan"),
    },
    AttentionReason: {
        AttentionReason.FOLLOW_UP: QT_TRANSLATE_NOOP("AttentionReason", "No reply yet: follow up"),
        AttentionReason.STAY_IN_TOUCH: QT_TRANSLATE_NOOP(
            "AttentionReason", "Time to stay in touch"
        ),
    },
    BackupKind: {
        BackupKind.ENCRYPTED: QT_TRANSLATE_NOOP("BackupKind", "Encrypted backup"),
        BackupKind.UNFINISHED: QT_TRANSLATE_NOOP("BackupKind", "Unfinished backup"),
        BackupKind.SAFETY_COPY: QT_TRANSLATE_NOOP("BackupKind", "Safety copy"),
    },
    BackupState: {
        BackupState.OK: QT_TRANSLATE_NOOP("BackupState", "ok"),
        BackupState.UNCHECKED: QT_TRANSLATE_NOOP("BackupState", "not checked (no key)"),
        BackupState.INCOMPLETE: QT_TRANSLATE_NOOP("BackupState", "incomplete"),
        BackupState.WRONG_KEY: QT_TRANSLATE_NOOP("BackupState", "made with another key"),
        BackupState.UNUSABLE: QT_TRANSLATE_NOOP("BackupState", "unusable"),
    },
    PreviewAction: {
        PreviewAction.CREATE: QT_TRANSLATE_NOOP("PreviewAction", "New contact"),
        PreviewAction.UPDATE: QT_TRANSLATE_NOOP("PreviewAction", "Update"),
        PreviewAction.UNCHANGED: QT_TRANSLATE_NOOP("PreviewAction", "No change"),
    },
    IcsAction: {
        IcsAction.NEW: QT_TRANSLATE_NOOP("IcsAction", "New meeting"),
        IcsAction.UPDATED: QT_TRANSLATE_NOOP("IcsAction", "Update"),
        IcsAction.CANCELLED: QT_TRANSLATE_NOOP("IcsAction", "Cancel (kept in history)"),
        IcsAction.UNCHANGED: QT_TRANSLATE_NOOP("IcsAction", "No change"),
        IcsAction.STALE: QT_TRANSLATE_NOOP("IcsAction", "Older copy: ignored"),
    },
}

PROGRESS_MESSAGES = (  # what services pass to progress.report(); translated by ui/jobs.py
    QT_TRANSLATE_NOOP("progress", "Importing contacts"),
    QT_TRANSLATE_NOOP("progress", "Restoring the backup"),
    QT_TRANSLATE_NOOP("progress", "Reading the backup back"),
    QT_TRANSLATE_NOOP("progress", "Encrypting the backup"),
    QT_TRANSLATE_NOOP("progress", "Checking the backup"),
    QT_TRANSLATE_NOOP("progress", "Importing meetings"),
    QT_TRANSLATE_NOOP("progress", "Writing the report"),
    QT_TRANSLATE_NOOP("progress", "Report written"),
)


def label(enum_type: type[Enum], value: object) -> str:
    """The translated label of a stored enum value (the raw value if unknown)."""
    try:
        member = enum_type(value)
    except ValueError:
        return str(value)
    text = LABELS.get(enum_type, {}).get(member)
    if text is None:  # an enum this table does not know yet: its English label
        return getattr(member, "label", str(value))
    return QCoreApplication.translate(enum_type.__name__, text)
