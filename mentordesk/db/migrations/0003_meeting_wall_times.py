"""Meeting times as iCalendar stores them: wall times plus zone; the UTC columns become derived.

Self-contained on purpose (no mentordesk imports): the conversion must stay what it was when
this migration was written. Adds `start_wall`/`end_wall`, turns `recurrence_id` and `exdates`
into wall text in the series' own zone, recomputes `starts_at`/`ends_at`, and creates the
`meta_record` key/value table that records what the derived columns were computed with.
"""

import json
from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

from peewee import CharField, Model, TextField

COLUMNS = (
    "id, time_kind, timezone, starts_at, ends_at, rrule, exdates, recurrence_of_id, recurrence_id"
)


def up(migrator, db):
    # ADD COLUMN with a default keeps the table: a rebuild would drop it with foreign keys on.
    for column in ("start_wall", "end_wall"):
        db.execute_sql(f"ALTER TABLE meeting_record ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")
    rows = {row[0]: row for row in db.execute_sql(f"SELECT {COLUMNS} FROM meeting_record")}
    for row in rows.values():
        _convert(db, row, rows.get(row[7]))

    class MetaRecord(Model):
        key = CharField(unique=True)
        value = TextField(default="")

        class Meta:
            database = db
            table_name = "meta_record"

    db.create_tables([MetaRecord])


def _convert(db, row, series):
    """Rewrite one meeting's times as wall text and recompute its derived UTC columns."""
    meeting_id, kind, zone, starts_at, ends_at, rrule, exdates, _, recurrence_id = row
    start, end = _wall(starts_at, kind, zone), _wall(ends_at, kind, zone)
    if rrule:
        walls = [_wall(x, kind, zone) for x in json.loads(exdates or "[]")]
        exdates = json.dumps(walls, separators=(",", ":"))
    if series is not None and recurrence_id:
        recurrence_id = _wall(recurrence_id, series[1], series[2])  # in the series' zone
    db.execute_sql(
        "UPDATE meeting_record SET start_wall = ?, end_wall = ?, starts_at = ?, ends_at = ?, "
        "exdates = ?, recurrence_id = ? WHERE id = ?",
        (
            start,
            end,
            _derived(start, kind, zone),
            _derived(end, kind, zone),
            exdates,
            recurrence_id,
            meeting_id,
        ),
    )


def _wall(text, kind, zone):
    """Stored UTC text as wall text: in the zone for timed, the written wall part otherwise."""
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        wall = moment  # already a wall time (naive exdates always meant one)
    elif kind == "timed":
        wall = moment.astimezone(_zone(zone)).replace(tzinfo=None)
    else:
        wall = moment.astimezone(UTC).replace(tzinfo=None)  # "fake UTC": the wall part
    if kind == "all_day":
        return wall.date().isoformat()
    return wall.replace(microsecond=0).isoformat(timespec="seconds")


def _derived(wall_text, kind, zone):
    """The UTC instant of a wall value: in its zone (fold=0) or in the computer's zone."""
    if len(wall_text) == len("YYYY-MM-DD"):
        wall = datetime.combine(datetime.fromisoformat(wall_text).date(), time())
    else:
        wall = datetime.fromisoformat(wall_text)
    if kind == "timed":
        moment = wall.replace(tzinfo=_zone(zone)).astimezone(UTC)
    else:
        moment = wall.astimezone(UTC)  # naive: read in the computer's zone
    return moment.isoformat()


def _zone(name):
    """The zone of a timed meeting; UTC when it has none."""
    return ZoneInfo(name or "UTC")
