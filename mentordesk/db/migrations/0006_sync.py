"""CalDAV/CardDAV sync: accounts, each record's state per account, records that need a look.

Frozen copies of the tables (never models.py): `sync_account_record` (the password is in the
OS keyring, not here), `sync_state_record` (href, ETag and the last agreed content, the base of
a three-way merge) and `sync_conflict_record` (the server's version of a true conflict).
"""

from peewee import BooleanField, CharField, ForeignKeyField, Model, TextField


def up(migrator, db):
    class SyncAccountRecord(Model):
        name = CharField(unique=True)
        url = CharField()
        username = CharField()
        calendar_url = CharField(default="")
        addressbook_url = CharField(default="")
        tasks_url = CharField(default="")
        calendar_ctag = CharField(default="")
        addressbook_ctag = CharField(default="")
        allow_insecure_http = BooleanField(default=False)
        shared_private = TextField(default="[]")
        last_good_sync = TextField(null=True)
        created_at = TextField()

        class Meta:
            database = db
            table_name = "sync_account_record"

    class SyncStateRecord(Model):
        account = ForeignKeyField(SyncAccountRecord, on_delete="CASCADE")
        kind = CharField()
        uid = CharField()
        href = CharField()
        etag = CharField(default="")
        content = TextField(default="")

        class Meta:
            database = db
            table_name = "sync_state_record"
            indexes = ((("account", "kind", "uid"), True),)

    class SyncConflictRecord(Model):
        account = ForeignKeyField(SyncAccountRecord, on_delete="CASCADE")
        kind = CharField()
        uid = CharField(index=True)
        remote_content = TextField()
        fields = TextField(default="[]")
        found_at = TextField()

        class Meta:
            database = db
            table_name = "sync_conflict_record"

    db.create_tables([SyncAccountRecord, SyncStateRecord, SyncConflictRecord])
