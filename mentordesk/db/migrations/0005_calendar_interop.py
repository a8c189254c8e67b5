"""Calendar interop: what an invitation carries that a meeting must keep to round-trip.

Adds to `meeting_record` the extra dates of a series (`rdates`, wall text like `exdates`), the
organizer (`organizer`, {"email", "name"}; empty when it is me), invited people who are not
contacts (`guests`, [{"email", "name", "response"}]), and the properties MentorDesk does not model,
kept verbatim so an export or a sync gives them back (`ical_extra`, folded content lines).
Raw SQL on purpose: a migration is frozen in time.
"""


def up(migrator, db):
    statements = (
        "ALTER TABLE meeting_record ADD COLUMN rdates TEXT NOT NULL DEFAULT '[]'",
        "ALTER TABLE meeting_record ADD COLUMN organizer TEXT NOT NULL DEFAULT '{}'",
        "ALTER TABLE meeting_record ADD COLUMN guests TEXT NOT NULL DEFAULT '[]'",
        "ALTER TABLE meeting_record ADD COLUMN ical_extra TEXT NOT NULL DEFAULT ''",
    )
    for sql in statements:
        db.execute_sql(sql)
