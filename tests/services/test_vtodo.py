"""Dated tasks as VTODOs: stable UID, status, priority and due; icalendar, vobject and libical."""

from __future__ import annotations

import ctypes
import ctypes.util
from datetime import date

import pytest
import vobject
from icalendar import Calendar

from mentordesk.core.enums import Priority, TaskStatus
from mentordesk.db import models as m
from mentordesk.services.interop.ics.todos import (
    export_tasks_ics,
    priority_from_ical,
    read_vtodos,
)
from mentordesk.services.tasks.editing import create_task, update_task


def _facts(task: m.TaskRecord):
    return (task.uid, task.title, task.status, task.priority, task.due)


def test_every_dated_task_round_trips_through_icalendar(demo_database):
    create_task(title="Undated idea")  # not exported
    for status in TaskStatus.values():
        for priority in Priority:
            create_task(
                title=f"{status} {priority.name}",
                due=date(2027, 1, 5),
                status=status,
                priority=priority.value,
            )
    text = export_tasks_ics()
    assert Calendar.from_ical(text).to_ical().decode() == text  # byte for byte
    dated = m.TaskRecord.select().where(m.TaskRecord.due.is_null(False)).order_by(m.TaskRecord.id)
    assert [(f.uid, f.title, f.status, f.priority, f.due) for f in read_vtodos(text)] == [
        _facts(t) for t in dated
    ]
    assert "Undated idea" not in text


def test_the_export_is_deterministic_and_uids_are_stable(demo_database):
    first = export_tasks_ics()
    assert export_tasks_ics() == first
    task = m.TaskRecord.get(m.TaskRecord.title == "Build the slide deck")
    update_task(task.id, title="Build the deck", status="done")
    facts = {f.uid: f for f in read_vtodos(export_tasks_ics())}
    assert facts[task.uid].title == "Build the deck" and facts[task.uid].status == "done"


def test_done_tasks_say_when_and_checklists_and_links_travel(demo_database):
    calendar = Calendar.from_ical(export_tasks_ics())
    todos = {str(t["summary"]): t for t in calendar.walk("VTODO")}
    done = todos["Draft migration plan"]
    assert str(done["status"]) == "COMPLETED" and int(done["percent-complete"]) == 100
    assert "COMPLETED" in done
    questions = todos["Prepare questions for the discovery walkthrough"]
    assert "[x] Re-read my coffee notes" in str(questions["description"])
    assert str(questions["url"]) == "https://docs.example/discovery-questions"
    assert str(todos["Build the slide deck"]["status"]) == "IN-PROCESS"
    assert (
        questions.decoded("due") == m.TaskRecord.get(m.TaskRecord.title.startswith("Prepare")).due
    )


@pytest.mark.parametrize(
    ("ical", "ours"), [(0, 1), (1, 3), (2, 3), (3, 2), (4, 2), (5, 1), (6, 0), (9, 0)]
)
def test_priority_from_other_apps(ical, ours):
    assert priority_from_ical(ical) == ours


def test_vobject_reads_the_export(demo_database):
    text = export_tasks_ics()
    calendar = vobject.readOne(text)
    todos = calendar.vtodo_list
    assert len(todos) == m.TaskRecord.select().where(m.TaskRecord.due.is_null(False)).count()
    by_uid = {t.uid.value: t for t in todos}
    task = m.TaskRecord.get(m.TaskRecord.title == "Submit to the regional conference CFP")
    todo = by_uid[task.uid]
    assert todo.summary.value == task.title and todo.due.value == task.due
    assert todo.status.value == "NEEDS-ACTION" and todo.priority.value == "1"


def _libical():
    path = ctypes.util.find_library("ical") or "libical.so.3"
    try:
        lib = ctypes.CDLL(path)
    except OSError:
        pytest.skip("libical is not installed (Debian: libical3)")
    lib.icalparser_parse_string.restype = ctypes.c_void_p
    lib.icalparser_parse_string.argtypes = [ctypes.c_char_p]
    for name in ("icalrestriction_check", "icalcomponent_count_errors"):
        getattr(lib, name).argtypes = [ctypes.c_void_p]
        getattr(lib, name).restype = ctypes.c_int
    lib.icalcomponent_free.argtypes = [ctypes.c_void_p]
    return lib


def _libical_verdict(lib, text: str) -> tuple[int, int]:
    """(restrictions met, number of errors) as libical sees the text."""
    component = lib.icalparser_parse_string(text.encode("utf-8"))
    assert component
    try:
        return lib.icalrestriction_check(component), lib.icalcomponent_count_errors(component)
    finally:
        lib.icalcomponent_free(component)


def test_libical_validates_the_export(demo_database):
    lib = _libical()
    text = export_tasks_ics()
    assert _libical_verdict(lib, text) == (1, 0)
    broken = text.replace("SUMMARY:", "DUE;VALUE=DATE:20270101\r\nSUMMARY:", 1)  # two DUEs
    assert _libical_verdict(lib, broken) == (0, 1)  # the check can fail
