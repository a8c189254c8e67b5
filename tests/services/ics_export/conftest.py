"""The demo workspace plus the handmade edge meetings, exported once per test."""

from __future__ import annotations

import pytest

from tests.services.ics_export.edge_meetings import add_edge_meetings


@pytest.fixture
def edge(demo_database):
    """The edge meetings (and the demo ones) in a fresh workspace, keyed by what they test."""
    return add_edge_meetings()
