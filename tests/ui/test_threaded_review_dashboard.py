"""The review dashboard on the real threaded runner: quick filter changes, then a PDF export."""

from __future__ import annotations

import pytest

from mentordesk.core.review_periods import PeriodChoice
from mentordesk.ui.context import UiContext
from mentordesk.ui.reviews.view import ReviewsView
from tests.conftest import FIXED_NOW


@pytest.fixture
def view(qtbot, workspace, runner):
    context = UiContext(workspace=workspace, jobs=runner, now=lambda: FIXED_NOW)
    widget = ReviewsView(context)
    qtbot.addWidget(widget)
    widget.show()
    widget.reload()
    qtbot.waitUntil(lambda: runner.is_idle() and widget.dashboard.model.rowCount() == 5)
    return widget


def test_the_last_filter_chosen_is_the_one_shown(qtbot, view, runner):
    filters = view.dashboard.filters
    for choice in (PeriodChoice.LAST_MONTH, PeriodChoice.LAST_3_MONTHS, PeriodChoice.THIS_MONTH):
        filters.choose(choice)  # each reload makes the one before it stale
    qtbot.waitUntil(runner.is_idle)
    assert view.dashboard.current.period.start == filters.period()[0]
    assert view.dashboard.current.period.start.day == 1
    assert view.dashboard.current.period.start.month == FIXED_NOW.month


def test_a_pdf_is_written_in_the_background(qtbot, view, runner, tmp_path):
    target = tmp_path / "out" / "review.pdf"
    view.report.export(view.dashboard.current, target)
    qtbot.waitUntil(lambda: runner.is_idle() and target.exists(), timeout=10_000)
    assert target.read_bytes().startswith(b"%PDF") and target.stat().st_size > 20_000
    assert list(target.parent.iterdir()) == [target]  # no partial file left behind
