"""Initial schema: every table of the data model (frozen copies, independent of models.py)."""

from peewee import (
    BlobField,
    BooleanField,
    CharField,
    DateField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)


def up(migrator, db):
    class ContactRecord(Model):
        uid = CharField(unique=True)
        name = CharField()
        organisation = CharField(default="")
        role = CharField(default="")
        emails = TextField(default=list)
        phones = TextField(default=list)
        links = TextField(default=list)
        timezone = CharField(default="")
        photo = BlobField(null=True)
        photo_url = CharField(default="")
        birthday = CharField(default="")
        tags = TextField(default=list)
        notes = TextField(default="")
        met_channel = CharField(default="")
        met_detail = CharField(default="")
        met_on = DateField(null=True)
        created_at = TextField()
        updated_at = TextField()

        class Meta:
            database = db
            table_name = "contact_record"

    db.create_tables([ContactRecord])

    class MentorshipRecord(Model):
        contact = ForeignKeyField(ContactRecord, on_delete="CASCADE")
        direction = CharField(default="they_mentor_me")
        stage = CharField(default="prospect")
        started_on = DateField(null=True)
        ended_on = DateField(null=True)
        review_cadence_days = IntegerField(default=30)
        notes = TextField(default="")

        class Meta:
            database = db
            table_name = "mentorship_record"

    db.create_tables([MentorshipRecord])

    class ReviewRecord(Model):
        mentorship = ForeignKeyField(MentorshipRecord, null=True, on_delete="CASCADE")
        period_start = DateField()
        period_end = DateField()
        snapshot = TextField(default=dict)
        went_well = TextField(default="")
        kinks = TextField(default="")
        created_at = TextField()

        class Meta:
            database = db
            table_name = "review_record"

    db.create_tables([ReviewRecord])

    class AdaptationRecord(Model):
        review = ForeignKeyField(ReviewRecord, on_delete="CASCADE")
        entity = CharField()
        record_id = IntegerField()
        summary = TextField(default="")
        before = TextField(default=dict)
        after = TextField(default=dict)

        class Meta:
            database = db
            table_name = "adaptation_record"

    db.create_tables([AdaptationRecord])

    class AgreementRecord(Model):
        mentorship = ForeignKeyField(MentorshipRecord, unique=True, on_delete="CASCADE")
        channels = TextField(default=list)
        availability = TextField(default=list)
        their_reply_hours = IntegerField(null=True)
        my_reply_hours = IntegerField(null=True)
        meeting_cadence_days = IntegerField(null=True)
        agreed_on = DateField(null=True)
        notes = TextField(default="")

        class Meta:
            database = db
            table_name = "agreement_record"

    db.create_tables([AgreementRecord])

    class ExpectationRecord(Model):
        mentorship = ForeignKeyField(MentorshipRecord, on_delete="CASCADE")
        text = TextField()
        expected_by = CharField()
        expected_of = CharField()
        agreed_on = DateField(null=True)
        due = DateField(null=True)
        status = CharField(default="agreed")
        replaced_by = ForeignKeyField("self", null=True, on_delete="SET NULL")

        class Meta:
            database = db
            table_name = "expectation_record"

    db.create_tables([ExpectationRecord])

    class GoalRecord(Model):
        mentorship = ForeignKeyField(MentorshipRecord, null=True, on_delete="SET NULL")
        title = CharField()
        why = TextField(default="")
        success_criteria = TextField(default="")
        started_on = DateField(null=True)
        target_date = DateField(null=True)
        status = CharField(default="open")
        progress_mode = CharField(default="from_tasks")
        manual_progress = IntegerField(default=0)
        created_at = TextField()

        class Meta:
            database = db
            table_name = "goal_record"

    db.create_tables([GoalRecord])

    class InteractionRecord(Model):
        contact = ForeignKeyField(ContactRecord, on_delete="CASCADE")
        occurred_at = TextField(index=True)
        channel = CharField()
        direction = CharField()
        kind = CharField(default="message")
        summary = TextField(default="")
        reply_to = ForeignKeyField("self", null=True, on_delete="SET NULL")

        class Meta:
            database = db
            table_name = "interaction_record"

    db.create_tables([InteractionRecord])

    class MeetingRecord(Model):
        uid = CharField(unique=True)
        sequence = IntegerField(default=0)
        title = CharField()
        time_kind = CharField(default="timed")
        starts_at = TextField(index=True)
        ends_at = TextField()
        timezone = CharField(default="")
        rrule = CharField(default="")
        exdates = TextField(default=list)
        recurrence_of = ForeignKeyField("self", null=True, on_delete="CASCADE")
        recurrence_id = TextField(null=True)
        location = CharField(default="")
        url = CharField(default="")
        agenda = TextField(default="")
        notes = TextField(default="")
        status = CharField(default="planned")
        reminder_minutes = IntegerField(null=True)
        mentorship = ForeignKeyField(MentorshipRecord, null=True, on_delete="SET NULL")
        created_at = TextField()
        updated_at = TextField()

        class Meta:
            database = db
            table_name = "meeting_record"

    db.create_tables([MeetingRecord])

    class MeetingAttendeeRecord(Model):
        meeting = ForeignKeyField(MeetingRecord, on_delete="CASCADE")
        contact = ForeignKeyField(ContactRecord, on_delete="CASCADE")
        response = CharField(default="needs_action")

        class Meta:
            database = db
            table_name = "meeting_attendee_record"
            indexes = ((("meeting", "contact"), True),)

    db.create_tables([MeetingAttendeeRecord])

    class StageChangeRecord(Model):
        mentorship = ForeignKeyField(MentorshipRecord, on_delete="CASCADE")
        stage = CharField()
        changed_at = TextField()
        note = TextField(default="")

        class Meta:
            database = db
            table_name = "stage_change_record"

    db.create_tables([StageChangeRecord])

    class TaskRecord(Model):
        title = CharField()
        notes = TextField(default="")
        checklist = TextField(default=list)
        due = DateField(index=True, null=True)
        priority = IntegerField(default=1)
        status = CharField(default="todo")
        estimate_minutes = IntegerField(null=True)
        deliverable = CharField(default="")
        is_deliverable = BooleanField(default=False)
        recurrence = CharField(default="")
        goal = ForeignKeyField(GoalRecord, null=True, on_delete="SET NULL")
        contact = ForeignKeyField(ContactRecord, null=True, on_delete="SET NULL")
        meeting = ForeignKeyField(MeetingRecord, null=True, on_delete="SET NULL")
        completed_at = TextField(null=True)
        created_at = TextField()

        class Meta:
            database = db
            table_name = "task_record"

    db.create_tables([TaskRecord])

    class TimeEntryRecord(Model):
        started_at = TextField()
        minutes = IntegerField()
        note = TextField(default="")
        task = ForeignKeyField(TaskRecord, null=True, on_delete="CASCADE")
        goal = ForeignKeyField(GoalRecord, null=True, on_delete="CASCADE")
        mentorship = ForeignKeyField(MentorshipRecord, null=True, on_delete="CASCADE")

        class Meta:
            database = db
            table_name = "time_entry_record"

    db.create_tables([TimeEntryRecord])


def down(migrator, db):
    migrator.migrate(migrator.drop_table("time_entry_record"))
    migrator.migrate(migrator.drop_table("task_record"))
    migrator.migrate(migrator.drop_table("stage_change_record"))
    migrator.migrate(migrator.drop_table("meeting_attendee_record"))
    migrator.migrate(migrator.drop_table("meeting_record"))
    migrator.migrate(migrator.drop_table("interaction_record"))
    migrator.migrate(migrator.drop_table("goal_record"))
    migrator.migrate(migrator.drop_table("expectation_record"))
    migrator.migrate(migrator.drop_table("agreement_record"))
    migrator.migrate(migrator.drop_table("adaptation_record"))
    migrator.migrate(migrator.drop_table("review_record"))
    migrator.migrate(migrator.drop_table("mentorship_record"))
    migrator.migrate(migrator.drop_table("contact_record"))
