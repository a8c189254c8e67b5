"""RFC 6578 sync-tokens: the token of each collection after the last complete pass.

Adds `calendar_sync_token` and `addressbook_sync_token` to `sync_account_record`; with them a
sync lists only what changed since. Raw SQL on purpose: a migration is frozen in time.
"""


def up(migrator, db):
    for column in ("calendar_sync_token", "addressbook_sync_token"):
        db.execute_sql(
            f"ALTER TABLE sync_account_record ADD COLUMN {column} VARCHAR(255) NOT NULL DEFAULT ''"
        )
