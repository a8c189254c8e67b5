"""Migrations: an empty database migrates to exactly the models; older ones are copied aside first."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from playhouse.schema_diff import diff_models

from mentordesk.core.errors import DatabaseUnreadableError, ForeignDatabaseError, SchemaTooNewError
from mentordesk.db import database as database_module
from mentordesk.db.database import (
    APPLICATION_ID,
    close_database,
    db,
    latest_schema_version,
    open_database,
)
from mentordesk.db.models import ALL_MODELS, SYNC_MODELS, MetaRecord


@pytest.fixture
def fresh(tmp_path):
    """An empty database file migrated from nothing."""
    path = tmp_path / "fresh.sqlite3"
    version = open_database(path)
    yield path, version
    close_database()


def test_all_migrations_on_an_empty_database_match_the_models(fresh):
    _, version = fresh
    assert version == latest_schema_version() >= 1
    assert not diff_models(db, [*ALL_MODELS, *SYNC_MODELS, MetaRecord])


def test_key_columns_by_hand(fresh):
    def columns(table):
        return {c.name: c for c in db.get_columns(table)}

    meeting = columns("meeting_record")
    assert {"uid", "sequence", "starts_at", "ends_at", "timezone", "rrule", "exdates"} <= set(
        meeting
    )
    assert meeting["uid"].data_type.upper().startswith("VARCHAR")
    assert not meeting["starts_at"].null
    assert {"start_wall", "end_wall", "time_kind", "recurrence_id"} <= set(meeting)
    assert not meeting["start_wall"].null and not meeting["end_wall"].null
    assert meeting["start_wall"].data_type.upper() == "TEXT"
    assert any(i.columns == ["starts_at"] for i in db.get_indexes("meeting_record"))
    assert any(i.unique and i.columns == ["key"] for i in db.get_indexes("meta_record"))
    task = columns("task_record")
    assert task["goal_id"].null and task["due"].null
    unique = {i.name for i in db.get_indexes("contact_record") if i.unique}
    assert any("uid" in name for name in unique)
    fks = {(fk.column, fk.dest_table) for fk in db.get_foreign_keys("task_record")}
    assert ("goal_id", "goal_record") in fks and ("meeting_id", "meeting_record") in fks


def test_pragmas_and_identity(fresh):
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute_sql("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_database_file_is_private(fresh):
    path, _ = fresh
    assert path.stat().st_mode & 0o077 == 0


def test_pending_migration_copies_the_database_aside_first(tmp_path, monkeypatch):
    migrations = tmp_path / "migrations"
    shutil.copytree(database_module.MIGRATIONS_DIR, migrations)
    monkeypatch.setattr(database_module, "MIGRATIONS_DIR", migrations)
    path, safety = tmp_path / "db.sqlite3", tmp_path / "safety"
    open_database(path, safety_dir=safety)
    db.execute_sql(
        "INSERT INTO contact_record (uid, name, organisation, role, emails, phones, "
        "links, timezone, photo_url, birthday, tags, notes, met_channel, met_detail, "
        "created_at, updated_at) VALUES ('u1', 'Ada', '', '', '[]', '[]', '[]', '', '', "
        "'', '[]', '', '', '', 'x', 'x')"
    )
    close_database()
    number = latest_schema_version() + 1
    (migrations / f"{number:04d}_add_nickname.py").write_text(
        "from peewee import CharField\n\n"
        "def up(migrator, db):\n"
        "    migrator.migrate(migrator.add_column('contact_record', 'nickname', CharField(default='')))\n",
        encoding="utf-8",
    )
    assert open_database(path, safety_dir=safety) == number
    close_database()
    copies = list(safety.glob(f"before-schema-{number}-*.sqlite3"))
    assert len(copies) == 1
    with sqlite3.connect(copies[0]) as old:
        assert old.execute("SELECT name FROM contact_record").fetchall() == [("Ada",)]
        assert "nickname" not in {
            row[1] for row in old.execute("PRAGMA table_info(contact_record)")
        }
    with sqlite3.connect(path) as new:
        assert "nickname" in {row[1] for row in new.execute("PRAGMA table_info(contact_record)")}


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "newer.sqlite3"
    with sqlite3.connect(path) as raw:
        raw.execute(f"PRAGMA user_version = {latest_schema_version() + 1}")
    before = path.read_bytes()
    with pytest.raises(SchemaTooNewError, match="newer MentorDesk"):
        open_database(path)
    close_database()
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path):
    path = tmp_path / "mentordesk.sqlite3"
    path.write_bytes(b"these are my notes, not a database\n" * 200)
    before = path.read_bytes()
    with pytest.raises(DatabaseUnreadableError, match="not a MentorDesk database"):
        open_database(path)
    close_database()
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("make", "message"),
    [
        ("PRAGMA application_id = 1234", "application id"),
        (
            "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)",
            "tables MentorDesk does not know",
        ),
    ],
)
def test_another_programs_database_is_refused_untouched(tmp_path, make, message):
    path = tmp_path / "mentordesk.sqlite3"
    with sqlite3.connect(path) as raw:
        raw.execute(make)
    before = path.read_bytes()
    with pytest.raises(ForeignDatabaseError, match=message):
        open_database(path)
    close_database()
    assert path.read_bytes() == before


def test_our_own_database_with_a_table_added_by_hand_is_refused(tmp_path):
    path = tmp_path / "mentordesk.sqlite3"
    open_database(path)
    close_database()
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE notes (body TEXT)")
    before = path.read_bytes()
    with pytest.raises(ForeignDatabaseError, match=r"notes"):
        open_database(path)
    close_database()
    assert path.read_bytes() == before
