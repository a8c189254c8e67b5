"""Records that can sync: a uid, updated_at and a tombstone on every user-visible entity; ids
that are never reused (AUTOINCREMENT). Every existing row is carried over unchanged.

Raw SQL on purpose: a migration is frozen in time and must not follow later model changes.
"""

import uuid
from datetime import UTC, datetime

# Every table, parents first; ids in all of them become AUTOINCREMENT.
TABLES = (
    "contact_record",
    "mentorship_record",
    "review_record",
    "adaptation_record",
    "agreement_record",
    "expectation_record",
    "goal_record",
    "interaction_record",
    "meeting_record",
    "meeting_attendee_record",
    "stage_change_record",
    "task_record",
    "time_entry_record",
)
# The user-visible entities: each gets uid, updated_at and deleted_at where it lacks them.
ENTITIES = (
    "contact_record",
    "mentorship_record",
    "agreement_record",
    "interaction_record",
    "meeting_record",
    "goal_record",
    "expectation_record",
    "task_record",
    "time_entry_record",
    "review_record",
)
PLAIN_KEY = '"id" INTEGER NOT NULL PRIMARY KEY'


def up(migrator, db):
    for table in TABLES:
        _rebuild_with_autoincrement(db, table)
    for table in ENTITIES:
        _add_identity(db, table)


def _rebuild_with_autoincrement(db, table):
    """Rebuild a table with AUTOINCREMENT ids, rows and indexes unchanged (SQLite's 12 steps)."""
    create = _schema_sql(db, "table", table)[0]
    if PLAIN_KEY not in create:
        raise RuntimeError(f"unexpected primary key in {table}: {create}")
    indexes = _schema_sql(db, "index", table)
    temporary = f"{table}__rebuild"
    new_create = create.replace(PLAIN_KEY, PLAIN_KEY + " AUTOINCREMENT", 1)
    new_create = new_create.replace(f'"{table}"', f'"{temporary}"', 1)
    db.execute_sql(new_create)
    db.execute_sql(f'INSERT INTO "{temporary}" SELECT * FROM "{table}"')
    db.execute_sql(f'DROP TABLE "{table}"')
    db.execute_sql(f'ALTER TABLE "{temporary}" RENAME TO "{table}"')
    for sql in indexes:
        db.execute_sql(sql)


def _schema_sql(db, kind, table):
    """The CREATE statements of a table ('table') or of its explicit indexes ('index')."""
    cursor = db.execute_sql(
        "SELECT sql FROM sqlite_master WHERE type = ? AND tbl_name = ? AND sql IS NOT NULL",
        (kind, table),
    )
    return [row[0] for row in cursor.fetchall()]


def _columns(db, table):
    """The column names of a table."""
    return {row[1] for row in db.execute_sql(f'PRAGMA table_info("{table}")').fetchall()}


def _add_identity(db, table):
    """Add uid, updated_at and deleted_at where missing, filling uid and updated_at."""
    columns = _columns(db, table)
    if "uid" not in columns:
        db.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN "uid" VARCHAR(255) NOT NULL DEFAULT ""')
        ids = [row[0] for row in db.execute_sql(f'SELECT id FROM "{table}"').fetchall()]
        for row_id in ids:
            uid = f"{uuid.uuid4()}@mentordesk"
            db.execute_sql(f'UPDATE "{table}" SET uid = ? WHERE id = ?', (uid, row_id))
        db.execute_sql(f'CREATE UNIQUE INDEX "{table}_uid" ON "{table}" ("uid")')
    if "updated_at" not in columns:
        now = datetime.now(UTC).replace(microsecond=0).isoformat()
        db.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN "updated_at" TEXT NOT NULL DEFAULT ""')
        source = "created_at" if "created_at" in columns else "?"
        params = () if "created_at" in columns else (now,)
        db.execute_sql(f'UPDATE "{table}" SET updated_at = {source}', params)
    db.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN "deleted_at" TEXT')
