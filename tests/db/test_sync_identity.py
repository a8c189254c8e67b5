"""Migration 0002 and what it stands for: uids, tombstones, ids never reused."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from mentordesk.db import database as database_module
from mentordesk.db import models as m
from mentordesk.db.database import close_database, open_database
from mentordesk.services.demo import seed_demo
from mentordesk.services.interop.export_json import ENTITY_KEYS, export_data
from tests.conftest import FIXED_NOW

ENTITIES = [key for key, model in ENTITY_KEYS.items() if issubclass(model, m.SyncedRecord)]


def _schema_one_database(tmp_path, monkeypatch):
    """An empty database made by migration 0001 alone, as the previous version left it."""
    only_first = tmp_path / "migrations-0001"
    only_first.mkdir()
    shutil.copy(database_module.MIGRATIONS_DIR / "0001_initial.py", only_first)
    path = tmp_path / "old.sqlite3"
    with monkeypatch.context() as patch:
        patch.setattr(database_module, "MIGRATIONS_DIR", only_first)
        assert open_database(path) == 1
        close_database()
    return path


def _copy_rows(source: sqlite3.Connection, target: sqlite3.Connection) -> None:
    """Copy every row into the older schema, keeping only the columns it has."""
    for model in m.ALL_MODELS:
        table = model._meta.table_name
        columns = [row[1] for row in target.execute(f'PRAGMA table_info("{table}")')]
        names = ", ".join(f'"{c}"' for c in columns)
        rows = source.execute(f'SELECT {names} FROM "{table}"').fetchall()
        marks = ", ".join("?" for _ in columns)
        target.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)


def _old_columns(path) -> dict[str, set[str]]:
    """Column names per table of a database file."""
    with sqlite3.connect(path) as raw:
        return {
            model._meta.table_name: {
                row[1] for row in raw.execute(f'PRAGMA table_info("{model._meta.table_name}")')
            }
            for model in m.ALL_MODELS
        }


def test_migration_0002_carries_the_demo_over_unchanged(tmp_path, monkeypatch, database):
    seed_demo(today=FIXED_NOW.date())
    expected = export_data()
    current = sqlite3.connect(database.obj.database)
    old_path = _schema_one_database(tmp_path, monkeypatch)
    with sqlite3.connect(old_path) as old:
        _copy_rows(current, old)
    current.close()
    before_columns = _old_columns(old_path)

    open_database(old_path)
    migrated = export_data()
    close_database()

    for key, model in ENTITY_KEYS.items():
        kept = before_columns[model._meta.table_name] | {"start", "end"}
        strip = [{k: v for k, v in row.items() if k in kept} for row in migrated[key]]
        want = [{k: v for k, v in row.items() if k in kept} for row in expected[key]]
        assert strip == want, key
        assert len(migrated[key]) == len(expected[key]) > 0, key
    for key in ENTITIES:
        uids = [row["uid"] for row in migrated[key]]
        assert all(uids) and len(set(uids)) == len(uids), key


def test_every_entity_exports_a_uid_and_no_tombstone_field(demo_database):
    data = export_data()
    assert set(ENTITIES) == {
        "contacts",
        "mentorships",
        "agreements",
        "interactions",
        "meetings",
        "goals",
        "expectations",
        "tasks",
        "time_entries",
        "reviews",
    }
    for key in ENTITIES:
        assert data[key], key
        assert all(row["uid"] and "deleted_at" not in row for row in data[key]), key


def test_ids_are_never_reused(database):
    first = m.ContactRecord.create(name="Ada")
    first.delete_instance()
    second = m.ContactRecord.create(name="Grace")
    assert second.id > first.id


def test_tombstones_are_left_out_of_lists_and_look_ups(database):
    kept = m.ContactRecord.create(name="Ada")
    gone = m.ContactRecord.create(name="Grace")
    m.ContactRecord.update(deleted_at=m.utc_now()).where(m.ContactRecord.id == gone.id).execute()
    assert [c.name for c in m.ContactRecord.select()] == ["Ada"]
    assert m.ContactRecord.get_or_none(m.ContactRecord.id == gone.id) is None
    assert m.ContactRecord.select().count() == 1
    assert m.ContactRecord.select_with_tombstones().count() == 2
    assert [c["name"] for c in export_data()["contacts"]] == ["Ada"]
    assert kept.uid != gone.uid


def test_updates_stamp_updated_at(database):
    contact = m.ContactRecord.create(name="Ada")
    old = m.utc_now().replace(year=2020)
    m.ContactRecord.update(updated_at=old).where(m.ContactRecord.id == contact.id).execute()
    assert m.ContactRecord.get_by_id(contact.id).updated_at == old
    m.ContactRecord.update(name="Ada L.").where(m.ContactRecord.id == contact.id).execute()
    assert m.ContactRecord.get_by_id(contact.id).updated_at > old


@pytest.mark.parametrize("table", [model._meta.table_name for model in m.ALL_MODELS])
def test_every_table_uses_autoincrement(database, table):
    sql = database.execute_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).fetchone()[0]
    assert "AUTOINCREMENT" in sql
