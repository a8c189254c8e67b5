"""Task lists and time invested: waiting tasks, recurring series, and a timer that persists.

Adds to `task_record` who a task waits on (`waiting_on`), and for recurring tasks the series
(`series_uid`, shared by its occurrences) and the rule's anchor date (`recurrence_start`); to
`time_entry_record` the meeting it was for (`meeting_id`) and whether it is the running timer
(`running`). Raw SQL on purpose: a migration is frozen in time. ADD COLUMN keeps the tables
(no rebuild), so foreign keys and existing rows are untouched.
"""


def up(migrator, db):
    statements = (
        "ALTER TABLE task_record ADD COLUMN waiting_on VARCHAR(255) NOT NULL DEFAULT ''",
        "ALTER TABLE task_record ADD COLUMN series_uid VARCHAR(255) NOT NULL DEFAULT ''",
        "ALTER TABLE task_record ADD COLUMN recurrence_start DATE",
        "ALTER TABLE time_entry_record ADD COLUMN meeting_id INTEGER "
        "REFERENCES meeting_record (id) ON DELETE SET NULL",
        "ALTER TABLE time_entry_record ADD COLUMN running INTEGER NOT NULL DEFAULT 0",
        'CREATE INDEX "time_entry_record_meeting_id" ON "time_entry_record" ("meeting_id")',
        'CREATE INDEX "task_record_series_uid" ON "task_record" ("series_uid")',
    )
    for sql in statements:
        db.execute_sql(sql)
