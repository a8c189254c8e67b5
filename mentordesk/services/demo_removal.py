"""Taking the sample data out of a workspace; what the user added stays (undo via services.undo)."""

from __future__ import annotations

from dataclasses import dataclass

from peewee import ForeignKeyField

from mentordesk.db import models as m
from mentordesk.db.database import db
from mentordesk.services.tombstones import delete_records

DEMO_UID_SUFFIX = "@mentordesk.demo"  # every sample record's uid ends so (services.demo)


@dataclass(frozen=True)
class SamplePlan:
    """What removing the sample data would do."""

    sample: int  # sample records (contacts, meetings, tasks, ...)
    dependent: int  # records of the user's own that cannot exist without a sample record


def _synced_models() -> list[type[m.SyncedRecord]]:
    """Every model whose records carry a uid, parents first."""
    return [model for model in m.ALL_MODELS if issubclass(model, m.SyncedRecord)]


def _is_sample(model: type[m.SyncedRecord]):
    """The condition 'this record is sample data'."""
    return model.uid.endswith(DEMO_UID_SUFFIX)


def sample_ids() -> dict[type[m.SyncedRecord], list[int]]:
    """The live sample records' ids, by model (models without any left out)."""
    found = {}
    for model in _synced_models():
        ids = [i for (i,) in model.select(model.id).where(_is_sample(model)).tuples()]
        if ids:
            found[model] = ids
    return found


def _links_to_sample(required: bool):
    """(model, foreign key) pairs of user records pointing at sample ones, optional or not."""
    for model in _synced_models():
        for field in model._meta.sorted_fields:
            if isinstance(field, ForeignKeyField) and field.null != required:
                yield model, field


def _user_rows_linked(model, field, samples: dict) -> object:
    """The user's own live records of `model` whose `field` points at a sample record."""
    targets = samples.get(field.rel_model, [])
    return model.select(model.id).where(field.in_(targets), ~_is_sample(model))


def sample_plan() -> SamplePlan:
    """How many sample records there are, and how many of the user's would go with them."""
    samples = sample_ids()
    dependent = sum(
        _user_rows_linked(model, field, samples).count()
        for model, field in _links_to_sample(required=True)
    )
    return SamplePlan(sample=sum(map(len, samples.values())), dependent=dependent)


def remove_sample_data() -> int:
    """Remove every sample record (tombstones); the user's records stay, links to them cleared.

    A user's record that cannot exist without its sample parent (an interaction logged with a
    sample contact) goes with it. Returns the number of sample records removed.
    """
    with db.atomic():
        samples = sample_ids()
        for model, field in _links_to_sample(required=False):
            ids = [i for (i,) in _user_rows_linked(model, field, samples).tuples()]
            if ids:
                model.update({field: None}).where(model.id.in_(ids)).execute()
        for model in samples:
            live = [i for (i,) in model.select(model.id).where(_is_sample(model)).tuples()]
            delete_records(model, live)
    return sum(map(len, samples.values()))


def purge_sample_tombstones() -> None:
    """Drop removed sample records for good, so seeding again can reuse their uids."""
    for model in reversed(_synced_models()):
        gone = model.select_with_tombstones(model.id).where(
            _is_sample(model), model.deleted_at.is_null(False)
        )
        model.delete().where(model.id.in_(gone)).execute()
