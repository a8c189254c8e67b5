"""The JSON export: complete, shaped as the CLI contract says, and deterministic."""

from __future__ import annotations

import json
from datetime import datetime

from mentordesk.core.meeting_time import MeetingTime
from mentordesk.db import models as m
from mentordesk.db.database import latest_schema_version
from mentordesk.services.interop.export_json import ENTITY_KEYS, export_json_text


def test_same_data_gives_the_same_bytes(demo_database):
    assert export_json_text() == export_json_text()


def test_shape_follows_the_contract(demo_database):
    data = json.loads(export_json_text())
    assert data["schema_version"] == latest_schema_version()
    for key in (
        "contacts",
        "meetings",
        "tasks",
        "goals",
        "expectations",
        "interactions",
        "time_entries",
        "reviews",
    ):
        assert isinstance(data[key], list) and data[key], key
    assert set(ENTITY_KEYS) <= set(data)
    assert len(data["contacts"]) == m.ContactRecord.select().count()
    assert all("name" in c and "id" in c for c in data["contacts"])


def test_meetings_carry_offsets_and_tasks_their_goal(demo_database):
    data = json.loads(export_json_text())
    meeting = data["meetings"][0]
    assert datetime.fromisoformat(meeting["start"]).utcoffset() is not None
    assert meeting["timezone"] and meeting["title"]
    linked = [t for t in data["tasks"] if t["goal_id"] is not None]
    goal_ids = {g["id"] for g in data["goals"]}
    assert linked and all(t["goal_id"] in goal_ids for t in linked)
    assert all({"title", "status", "due"} <= set(t) for t in data["tasks"])


def test_rows_are_sorted_and_keys_sorted(demo_database):
    text = export_json_text()
    data = json.loads(text)
    ids = [c["id"] for c in data["contacts"]]
    assert ids == sorted(ids)
    assert text == json.dumps(data, sort_keys=True, ensure_ascii=False, indent=2) + "\n"


def test_all_day_and_floating_meetings_keep_their_kind(demo_database):
    day = datetime(2026, 12, 24)
    m.MeetingRecord.create(uid="allday", title="Holiday", when=MeetingTime.all_day(day.date()))
    m.MeetingRecord.create(
        uid="float",
        title="Run",
        when=MeetingTime.floating(day.replace(hour=7), day.replace(hour=8)),
    )
    meetings = {x["uid"]: x for x in json.loads(export_json_text())["meetings"]}
    assert meetings["allday"]["start"] == "2026-12-24"
    assert meetings["allday"]["end"] == meetings["allday"]["end_wall"] == "2026-12-25"
    assert meetings["allday"]["time_kind"] == "all_day"
    assert meetings["float"]["start"] == "2026-12-24T07:00:00"
    assert meetings["float"]["starts_at"] == "2026-12-24T07:00:00+00:00"  # whatever our zone
    assert meetings["float"]["time_kind"] == "floating" and meetings["float"]["timezone"] == ""
