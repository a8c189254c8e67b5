"""The Today page on the sample data."""

from __future__ import annotations

from datetime import UTC, datetime

from mentordesk.services.summaries.today import ReachOutRow
from mentordesk.ui.today.view import TodayView


def _lines(summary_list) -> list[str]:
    return [text for text, _ in summary_list.model.lines]


def test_today_lists_meetings_tasks_and_follow_ups(qtbot, demo_context):
    view = TodayView(demo_context)
    qtbot.addWidget(view)
    view.reload()
    assert not view.is_welcoming()
    assert any(
        "Weekly check-in with Priya" in line and "Berlin" in line for line in _lines(view.meetings)
    )
    assert any("(overdue)" in line for line in _lines(view.tasks))
    assert _lines(view.reach_out) == [
        "Marcus Okafor: no reply yet to “Asked which conference to submit to”; follow up"
    ]
    assert view.reach_out.placeholder.isHidden()


def test_reach_out_wording_for_nudges(qtbot, demo_context):
    view = TodayView(demo_context)
    qtbot.addWidget(view)
    due = datetime(2026, 11, 20, tzinfo=UTC)
    never = ReachOutRow(1, "Ada", "stay_in_touch", due)
    lapsed = ReachOutRow(
        2, "Bo", "stay_in_touch", due, last_contact=datetime(2026, 10, 1, 12, tzinfo=UTC)
    )
    assert view.reach_out_text(never) == "Ada: not in touch yet; reach out"
    assert view.reach_out_text(lapsed).startswith("Bo: last in touch 2026-10-01")
