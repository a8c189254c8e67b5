"""Shared fixtures: offscreen Qt, a fresh migrated database per test, a synchronous job runner."""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from mentordesk.db.database import close_database, db, open_database  # noqa: E402
from mentordesk.paths import Workspace  # noqa: E402

FIXED_NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def template_database(tmp_path_factory) -> Path:
    """A database migrated once, copied for every test that needs one."""
    path = tmp_path_factory.mktemp("template") / "mentordesk.sqlite3"
    open_database(path)
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    close_database()
    return path


@pytest.fixture
def workspace(tmp_path, template_database) -> Workspace:
    """A fresh workspace folder holding a copy of the migrated template database."""
    space = Workspace(tmp_path / "workspace").ensure()
    shutil.copyfile(template_database, space.database)
    return space


@pytest.fixture
def database(workspace):
    """The workspace database, open for this test and closed after it."""
    open_database(workspace.database, safety_dir=workspace.safety_dir)
    yield db
    close_database()


@pytest.fixture
def demo_database(database):
    """The database filled with the sample data as of FIXED_NOW."""
    from mentordesk.services.demo import seed_demo

    seed_demo(today=FIXED_NOW.date())
    return database
