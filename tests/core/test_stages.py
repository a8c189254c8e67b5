"""Which stage is further along."""

import pytest

from mentordesk.core.stages import furthest_stage


def test_furthest_stage_follows_the_cycle():
    assert furthest_stage("prospect", "active") == "active"
    assert furthest_stage("active", "reached_out", "building_rapport") == "active"
    assert furthest_stage("alumni", "active") == "alumni"
    assert furthest_stage("prospect") == "prospect"


def test_unknown_stages_are_ignored_or_refused():
    assert furthest_stage("friends", "reached_out") == "reached_out"
    with pytest.raises(ValueError):
        furthest_stage("friends")
