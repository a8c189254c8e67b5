"""Removing the sample data takes out exactly the sample records; undo brings them back."""

from __future__ import annotations

from mentordesk.db import models as m
from mentordesk.services.contacts.editing import ContactForm, add_interaction, save_contact
from mentordesk.services.demo import seed_demo
from mentordesk.services.demo_removal import remove_sample_data, sample_plan
from mentordesk.services.interop.export_json import export_json_text
from mentordesk.services.undo import record_changes, undo_changes
from tests.conftest import FIXED_NOW


def _id(name: str) -> int:
    return m.ContactRecord.get(m.ContactRecord.name == name).id


def _my_task_about(contact_id: int) -> int:
    task = m.TaskRecord.create(title="Ask Priya about the workshop", contact=contact_id)
    return task.id


def test_only_the_users_own_records_remain_with_links_to_samples_cleared(demo_database):
    mine = save_contact(ContactForm(name="Grace Hopper", stage="active"))
    task_id = _my_task_about(_id("Priya Raman"))
    plan = sample_plan()
    assert plan.sample > 50 and plan.dependent == 0
    removed = remove_sample_data()
    assert removed == plan.sample
    assert [c.name for c in m.ContactRecord.select()] == ["Grace Hopper"]
    assert m.MeetingRecord.select().count() == 0 and m.ReviewRecord.select().count() == 0
    task = m.TaskRecord.get_by_id(task_id)
    assert task.contact_id is None and task.deleted_at is None
    assert [s.contact_id for s in m.MentorshipRecord.select()] == [mine]
    assert sample_plan().sample == 0


def test_what_cannot_exist_without_a_sample_record_is_counted_and_goes(demo_database):
    add_interaction(
        contact_id=_id("Aiko Tanaka"),
        occurred_at=FIXED_NOW,
        channel="email",
        direction="out",
        kind="message",
        summary="Thanks for the intro",
    )
    assert sample_plan().dependent == 1
    remove_sample_data()
    assert m.InteractionRecord.select().count() == 0


def test_undo_brings_the_sample_back_byte_for_byte(demo_database):
    save_contact(ContactForm(name="Grace Hopper"))
    _my_task_about(_id("Priya Raman"))
    before = export_json_text()
    _, changes = record_changes("Remove sample data", remove_sample_data)
    assert export_json_text() != before
    undo_changes(changes)
    assert export_json_text() == before


def test_sample_data_can_be_loaded_again_after_removal(demo_database):
    remove_sample_data()
    seed_demo(today=FIXED_NOW.date())
    assert m.ContactRecord.select().count() == 6
