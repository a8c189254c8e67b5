"""The peewee models: the whole data model, one record class per entity."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from peewee import (
    BlobField,
    BooleanField,
    CharField,
    DateField,
    ForeignKeyField,
    IntegerField,
    Model,
    ModelSelect,
    TextField,
)
from playhouse.sqlite_ext import AutoIncrementField

from mentordesk.core.enums import (
    AttendeeResponse,
    ExpectationStatus,
    GoalStatus,
    InteractionKind,
    MeetingStatus,
    MentorshipDirection,
    Priority,
    ProgressMode,
    Stage,
    TaskStatus,
    TimeKind,
)
from mentordesk.core.meeting_time import MeetingTime
from mentordesk.db.database import db
from mentordesk.db.fields import JSONField, UTCDateTimeField


def utc_now() -> datetime:
    """The current instant in UTC, to the second."""
    return datetime.now(UTC).replace(microsecond=0)


def new_uid() -> str:
    """A fresh, globally unique record UID (what iCalendar, vCard and sync know it by)."""
    return f"{uuid.uuid4()}@mentordesk"


class BaseRecord(Model):
    """Common base: the workspace database, ids never reused, snake_case table names."""

    id = AutoIncrementField()

    class Meta:
        database = db
        legacy_table_names = False


class SyncedRecord(BaseRecord):
    """A user-visible entity: a uid, the time of its last change, and a tombstone when deleted.

    `select()` leaves tombstones out, so no list or look-up ever shows a deleted record;
    `select_with_tombstones()` sees them (undo, sync). Updates stamp `updated_at` unless the
    caller sets it.
    """

    uid = CharField(unique=True, default=new_uid)
    updated_at = UTCDateTimeField(default=utc_now)
    deleted_at = UTCDateTimeField(null=True)

    @classmethod
    def select(cls, *fields) -> ModelSelect:
        """Live records only: tombstones are left out."""
        return super().select(*fields).where(cls.deleted_at.is_null())

    @classmethod
    def select_with_tombstones(cls, *fields) -> ModelSelect:
        """Every record, deleted ones included."""
        return super().select(*fields)

    @classmethod
    def update(cls, __data=None, **update):
        """An UPDATE query that also stamps `updated_at` (unless the values set it)."""
        data = cls._normalize_data(__data, update)
        data.setdefault(cls.updated_at, utc_now())
        return super().update(data)

    def save(self, *args, **kwargs):
        """Save, stamping `updated_at` when an existing record changes."""
        if self.id is not None and not kwargs.get("force_insert"):
            self.updated_at = utc_now()
        return super().save(*args, **kwargs)


class ContactRecord(SyncedRecord):
    """A person: mentor, mentee or prospect."""

    name = CharField()
    organisation = CharField(default="")
    role = CharField(default="")
    emails = JSONField(default=list)  # [{"value": ..., "label": ...}]
    phones = JSONField(default=list)
    links = JSONField(default=list)
    timezone = CharField(default="")
    photo = BlobField(null=True)
    photo_url = CharField(default="")
    birthday = CharField(default="")  # "YYYY-MM-DD" or "--MM-DD" when the year is unknown
    tags = JSONField(default=list)
    notes = TextField(default="")
    met_channel = CharField(default="")
    met_detail = CharField(default="")
    met_on = DateField(null=True)
    created_at = UTCDateTimeField(default=utc_now)


class MentorshipRecord(SyncedRecord):
    """The relationship with one contact, in one direction."""

    contact = ForeignKeyField(ContactRecord, backref="mentorships", on_delete="CASCADE")
    direction = CharField(default=MentorshipDirection.THEY_MENTOR_ME.value)
    stage = CharField(default=Stage.PROSPECT.value)
    started_on = DateField(null=True)
    ended_on = DateField(null=True)
    review_cadence_days = IntegerField(default=30)
    notes = TextField(default="")


class StageChangeRecord(BaseRecord):
    """One step in a mentorship's stage history."""

    mentorship = ForeignKeyField(MentorshipRecord, backref="stage_changes", on_delete="CASCADE")
    stage = CharField()
    changed_at = UTCDateTimeField(default=utc_now)
    note = TextField(default="")


class AgreementRecord(SyncedRecord):
    """How a mentorship works: channels, availability, reply times, cadence."""

    mentorship = ForeignKeyField(
        MentorshipRecord, backref="agreements", unique=True, on_delete="CASCADE"
    )
    channels = JSONField(default=list)  # preferred first
    availability = JSONField(default=list)  # [{"weekday": 0, "start": "09:00", "end": "17:00"}]
    their_reply_hours = IntegerField(null=True)
    my_reply_hours = IntegerField(null=True)
    meeting_cadence_days = IntegerField(null=True)
    agreed_on = DateField(null=True)
    notes = TextField(default="")


class InteractionRecord(SyncedRecord):
    """One contact made with a person."""

    contact = ForeignKeyField(ContactRecord, backref="interactions", on_delete="CASCADE")
    occurred_at = UTCDateTimeField(index=True)
    channel = CharField()
    direction = CharField()
    kind = CharField(default=InteractionKind.MESSAGE.value)
    summary = TextField(default="")
    reply_to = ForeignKeyField("self", null=True, backref="replies", on_delete="SET NULL")


class MeetingRecord(SyncedRecord):
    """A planned or held meeting, possibly recurring, its times stored as iCalendar stores them.

    `start_wall`/`end_wall` are the truth: wall text "YYYY-MM-DDTHH:MM:SS" in `timezone` for
    timed meetings (no zone reads as UTC), the same without a zone for floating ones, and
    "YYYY-MM-DD" dates (end exclusive) for all-day ones; `time_kind` says which. `starts_at`/
    `ends_at` are derived UTC instants for range queries, recomputed when tzdata or the
    computer's zone changes (db/meeting_times.py); floating and all-day values are read in the
    computer's zone. `exdates` and `recurrence_id` are wall text in the series' own zone, so an
    instance keeps its identity when zone rules change. Read and write times through `when`.
    """

    sequence = IntegerField(default=0)
    title = CharField()
    time_kind = CharField(default=TimeKind.TIMED.value)
    start_wall = TextField()
    end_wall = TextField()
    timezone = CharField(default="")
    starts_at = UTCDateTimeField(index=True)  # derived from start_wall
    ends_at = UTCDateTimeField()  # derived from end_wall
    rrule = CharField(default="")
    exdates = JSONField(default=list)  # wall text of skipped occurrences
    rdates = JSONField(default=list)  # wall text of extra occurrences (RDATE)
    recurrence_of = ForeignKeyField(
        "self", null=True, backref="moved_instances", on_delete="CASCADE"
    )
    recurrence_id = TextField(null=True)  # wall text of the occurrence this one replaces
    organizer = JSONField(default=dict)  # {"email", "name"}; empty when I organise it
    guests = JSONField(default=list)  # invited non-contacts: [{"email", "name", "response"}]
    ical_extra = TextField(default="")  # unmodelled iCalendar properties, kept verbatim
    location = CharField(default="")
    url = CharField(default="")
    agenda = TextField(default="")
    notes = TextField(default="")
    status = CharField(default=MeetingStatus.PLANNED.value)
    reminder_minutes = IntegerField(null=True)  # None: the default (15); negative: no reminder
    mentorship = ForeignKeyField(
        MentorshipRecord, null=True, backref="meetings", on_delete="SET NULL"
    )
    created_at = UTCDateTimeField(default=utc_now)

    @property
    def when(self) -> MeetingTime:
        """The meeting's times as one value."""
        return MeetingTime.from_storage(
            kind=self.time_kind, start=self.start_wall, end=self.end_wall, zone=self.timezone
        )

    @when.setter
    def when(self, value: MeetingTime) -> None:
        """Store new times: wall text, kind and zone, and the derived UTC columns."""
        self.time_kind = value.kind.value
        self.start_wall, self.end_wall = value.to_storage()
        self.timezone = value.zone
        self.starts_at, self.ends_at = value.start_utc(), value.end_utc()

    def save(self, *args, **kwargs):
        """Save, refusing a meeting whose times were never set (they are set through `when`)."""
        if not (self.start_wall and self.end_wall):
            raise ValueError(f"meeting {self.title!r} has no times: set them with `when`")
        return super().save(*args, **kwargs)


class MeetingAttendeeRecord(BaseRecord):
    """A contact invited to a meeting, with their answer."""

    meeting = ForeignKeyField(MeetingRecord, backref="attendees", on_delete="CASCADE")
    contact = ForeignKeyField(ContactRecord, backref="attendances", on_delete="CASCADE")
    response = CharField(default=AttendeeResponse.NEEDS_ACTION.value)

    class Meta:
        indexes = ((("meeting", "contact"), True),)


class GoalRecord(SyncedRecord):
    """What the mentee wants to achieve."""

    mentorship = ForeignKeyField(MentorshipRecord, null=True, backref="goals", on_delete="SET NULL")
    title = CharField()
    why = TextField(default="")
    success_criteria = TextField(default="")
    started_on = DateField(null=True)
    target_date = DateField(null=True)
    status = CharField(default=GoalStatus.OPEN.value)
    progress_mode = CharField(default=ProgressMode.FROM_TASKS.value)
    manual_progress = IntegerField(default=0)  # percent, used when progress_mode is manual
    created_at = UTCDateTimeField(default=utc_now)


class ExpectationRecord(SyncedRecord):
    """What one side of a mentorship expects of the other."""

    mentorship = ForeignKeyField(MentorshipRecord, backref="expectations", on_delete="CASCADE")
    text = TextField()
    expected_by = CharField()  # Party: who holds the expectation
    expected_of = CharField()  # Party: who is to meet it
    agreed_on = DateField(null=True)
    due = DateField(null=True)
    status = CharField(default=ExpectationStatus.AGREED.value)
    replaced_by = ForeignKeyField("self", null=True, backref="replaces", on_delete="SET NULL")


class TaskRecord(SyncedRecord):
    """A piece of work or a deliverable."""

    title = CharField()
    notes = TextField(default="")
    checklist = JSONField(default=list)  # [{"text": ..., "done": bool}]
    due = DateField(null=True, index=True)
    priority = IntegerField(default=Priority.NORMAL.value)
    status = CharField(default=TaskStatus.TODO.value)
    estimate_minutes = IntegerField(null=True)
    deliverable = CharField(default="")
    is_deliverable = BooleanField(default=False)
    recurrence = CharField(default="")  # RRULE text; every occurrence of a series carries it
    recurrence_start = DateField(null=True)  # the rule's anchor (DTSTART)
    series_uid = CharField(default="", index=True)  # shared by the occurrences of a series
    waiting_on = CharField(default="")  # Party: "them" when the task waits on the other side
    goal = ForeignKeyField(GoalRecord, null=True, backref="tasks", on_delete="SET NULL")
    contact = ForeignKeyField(ContactRecord, null=True, backref="tasks", on_delete="SET NULL")
    meeting = ForeignKeyField(MeetingRecord, null=True, backref="tasks", on_delete="SET NULL")
    completed_at = UTCDateTimeField(null=True)
    created_at = UTCDateTimeField(default=utc_now)


class TimeEntryRecord(SyncedRecord):
    """Time invested in a task, goal, mentorship or meeting; `running` marks the live timer."""

    started_at = UTCDateTimeField()
    minutes = IntegerField()
    running = BooleanField(default=False)  # at most one: the timer, minutes set when stopped
    note = TextField(default="")
    task = ForeignKeyField(TaskRecord, null=True, backref="time_entries", on_delete="CASCADE")
    goal = ForeignKeyField(GoalRecord, null=True, backref="time_entries", on_delete="CASCADE")
    mentorship = ForeignKeyField(
        MentorshipRecord, null=True, backref="time_entries", on_delete="CASCADE"
    )
    meeting = ForeignKeyField(
        MeetingRecord, null=True, backref="time_entries", on_delete="SET NULL"
    )


class ReviewRecord(SyncedRecord):
    """One analyse-and-adapt cycle."""

    mentorship = ForeignKeyField(
        MentorshipRecord, null=True, backref="reviews", on_delete="CASCADE"
    )
    period_start = DateField()
    period_end = DateField()
    snapshot = JSONField(default=dict)
    went_well = TextField(default="")
    kinks = TextField(default="")
    created_at = UTCDateTimeField(default=utc_now)


class AdaptationRecord(BaseRecord):
    """One change a review applied, with the record's state before and after."""

    review = ForeignKeyField(ReviewRecord, backref="adaptations", on_delete="CASCADE")
    entity = CharField()
    record_id = IntegerField()
    summary = TextField(default="")
    before = JSONField(default=dict)
    after = JSONField(default=dict)


class MetaRecord(BaseRecord):
    """A key/value fact about the database itself (not user data: not in ALL_MODELS)."""

    key = CharField(unique=True)
    value = TextField(default="")


class SyncAccountRecord(BaseRecord):
    """A CalDAV/CardDAV account: where it is, what was found there, what may leave the machine.

    The password is not here: it lives in the OS keyring. Not in ALL_MODELS (not user data:
    undo, demo and export leave it alone).
    """

    name = CharField(unique=True)
    url = CharField()
    username = CharField()
    calendar_url = CharField(default="")
    addressbook_url = CharField(default="")
    tasks_url = CharField(default="")
    calendar_ctag = CharField(default="")
    addressbook_ctag = CharField(default="")
    calendar_sync_token = CharField(default="")  # RFC 6578, after the last complete pass
    addressbook_sync_token = CharField(default="")
    allow_insecure_http = BooleanField(default=False)
    shared_private = JSONField(default=list)  # opted-in private types, e.g. ["contact_notes"]
    last_good_sync = UTCDateTimeField(null=True)
    created_at = UTCDateTimeField(default=utc_now)


class SyncStateRecord(BaseRecord):
    """One record's state on one account: its resource, ETag and the content last agreed on."""

    account = ForeignKeyField(SyncAccountRecord, backref="states", on_delete="CASCADE")
    kind = CharField()  # "meeting", "task" or "contact"
    uid = CharField()
    href = CharField()
    etag = CharField(default="")
    content = TextField(default="")  # the base of the next three-way merge

    class Meta:
        indexes = ((("account", "kind", "uid"), True),)


class SyncConflictRecord(BaseRecord):
    """A record that needs a look: the server's version kept beside the local one."""

    account = ForeignKeyField(SyncAccountRecord, backref="conflicts", on_delete="CASCADE")
    kind = CharField()
    uid = CharField(index=True)
    remote_content = TextField()
    fields = JSONField(default=list)  # the properties both sides changed
    found_at = UTCDateTimeField(default=utc_now)


ALL_MODELS: tuple[type[BaseRecord], ...] = (
    ContactRecord,
    MentorshipRecord,
    StageChangeRecord,
    AgreementRecord,
    InteractionRecord,
    MeetingRecord,
    MeetingAttendeeRecord,
    GoalRecord,
    ExpectationRecord,
    TaskRecord,
    TimeEntryRecord,
    ReviewRecord,
    AdaptationRecord,
)

SYNC_MODELS: tuple[type[BaseRecord], ...] = (
    SyncAccountRecord,
    SyncStateRecord,
    SyncConflictRecord,
)
