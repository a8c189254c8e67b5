"""The review dashboard: period and mentor filters, charts described and themed, report export."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCharts import QBarSeries
from PySide6.QtCore import QDate
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QPushButton

from mentordesk.core.review_periods import PeriodChoice
from mentordesk.ui.reviews.view import ReviewsView
from mentordesk.ui.theme import COLOURS

MNEMONIC = re.compile(r"&([^&])")
MENTORS = ["Elena Petrova", "Jordan Lee", "Marcus Okafor", "Priya Raman", "Sam Whitfield"]


@pytest.fixture
def reviews(qtbot, demo_context):
    """The reviews view on the sample data, shown and loaded."""
    view = ReviewsView(demo_context)
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()
    view.reload()
    return view


def _names(view: ReviewsView) -> list[str]:
    return [row.name for row in view.dashboard.model.rows]


def _pick_mentor(view: ReviewsView, name: str) -> None:
    box = view.dashboard.filters.mentor_box
    box.setCurrentIndex(box.findText(name))


def test_the_dashboard_opens_on_the_last_three_months_of_every_mentor(reviews):
    dash = reviews.dashboard
    assert reviews.tabs.tabText(0) == "&Dashboard" and reviews.tabs.currentWidget() is dash
    assert dash.filters.period() == (date(2026, 9, 1), date(2026, 11, 26))
    assert not dash.filters.from_edit.isEnabled()
    assert _names(reviews) == MENTORS
    assert "Overall:" in dash.overall.text() and "meetings held" in dash.overall.text()
    assert "Sam Whitfield</b>: 1 of" in dash.headlines.text()


def test_the_period_chooser_changes_the_figures(reviews):
    dash = reviews.dashboard
    three_months = dash.current.overall.meetings_held
    dash.filters.choose(PeriodChoice.THIS_MONTH)
    assert dash.filters.period() == (date(2026, 11, 1), date(2026, 11, 26))
    assert dash.current.period.start == date(2026, 11, 1)
    assert 0 < dash.current.overall.meetings_held < three_months
    dash.filters.choose(PeriodChoice.LAST_MONTH)
    assert dash.current.period.start == date(2026, 10, 1)
    assert dash.current.period.end == date(2026, 10, 31)


def test_a_custom_period_unlocks_the_dates_and_reloads_on_each_edit(reviews):
    filters = reviews.dashboard.filters
    box = filters.period_box
    box.setCurrentIndex(box.findData(PeriodChoice.CUSTOM.value))
    assert filters.from_edit.isEnabled() and filters.to_edit.isEnabled()
    filters.from_edit.setDate(QDate(2025, 1, 1))
    filters.to_edit.setDate(QDate(2025, 1, 31))
    current = reviews.dashboard.current
    assert (current.period.start, current.period.end) == (date(2025, 1, 1), date(2025, 1, 31))
    assert current.overall.meetings_held == 0 and current.overall.minutes == 0
    filters.to_edit.setDate(QDate(2024, 12, 1))  # before "from": pulled up to it
    assert filters.period() == (date(2025, 1, 1), date(2025, 1, 1))


def test_the_mentor_filter_narrows_table_headlines_and_charts(reviews):
    dash = reviews.dashboard
    everyone = dash.charts["time"].accessibleDescription()
    _pick_mentor(reviews, "Sam Whitfield")
    assert _names(reviews) == ["Sam Whitfield"]
    assert dash.filters.mentor_box.count() == 1 + len(MENTORS)  # the choices stay
    assert "Priya" not in dash.headlines.text()
    assert dash.charts["time"].accessibleDescription() != everyone
    assert dash.charts["changes"].accessibleDescription().endswith("No data.")
    _pick_mentor(reviews, "All mentors")
    assert _names(reviews) == MENTORS


def test_each_chart_is_named_reachable_and_described_with_its_numbers(reviews):
    for key, panel in reviews.dashboard.charts.items():
        assert panel.accessibleName() == panel.data.title, key
        assert panel.focusPolicy() != 0
        description = panel.accessibleDescription()
        assert description.startswith(panel.data.title) and any(c.isdigit() for c in description)
    meetings = reviews.dashboard.charts["meetings"].accessibleDescription()
    assert "held" in meetings and "agreed" in meetings


def _bar_colour(panel) -> QColor:
    bars = next(s for s in panel.chart().series() if isinstance(s, QBarSeries))
    return bars.barSets()[0].color()


def test_charts_follow_a_switch_to_dark_and_back(qtbot, reviews):
    app = QApplication.instance()
    original = QPalette(app.palette())
    panel = reviews.dashboard.charts["time"]
    light, dark = (QColor(value) for value in COLOURS["chart_time"])
    dark_palette = QPalette(original)
    dark_palette.setColor(QPalette.ColorRole.Window, QColor("#2d2d2d"))
    try:
        app.setPalette(dark_palette)
        qtbot.waitUntil(lambda: _bar_colour(panel) == dark)
        app.setPalette(original)
        qtbot.waitUntil(lambda: _bar_colour(panel) == light)
    finally:
        app.setPalette(original)


@pytest.mark.parametrize("suffix", [".md", ".html", ".pdf"])
def test_export_writes_the_report_named_by_the_extension(reviews, tmp_path, suffix):
    path = tmp_path / f"review{suffix}"
    reviews.report.export(reviews.dashboard.current, path)
    data = path.read_bytes()
    if suffix == ".pdf":
        assert data.startswith(b"%PDF") and len(data) > 20_000
    else:
        text = data.decode("utf-8")
        assert all(name in text for name in MENTORS)
        assert ("data:image/png;base64," in text) == (suffix == ".html")


def test_export_report_asks_for_a_file_and_writes_it(reviews, tmp_path, monkeypatch):
    target = tmp_path / "for-sam.html"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args: (str(target), "Web page (*.html)")
    )
    _pick_mentor(reviews, "Sam Whitfield")
    reviews.dashboard.export_button.click()
    text = target.read_text(encoding="utf-8")
    assert "Sam Whitfield" in text and "Priya Raman" not in text


def test_alt_letters_of_the_dashboard_clash_with_nothing_else_shown(reviews):
    menus = {"f", "e", "v", "h"}  # File, Edit, View, Help
    texts = [reviews.tabs.tabText(i) for i in range(reviews.tabs.count())]
    texts += [w.text() for w in reviews.dashboard.findChildren(QLabel) if w.buddy()]
    texts += [w.text() for w in reviews.dashboard.findChildren(QPushButton)]
    letters = [MNEMONIC.search(t).group(1).lower() for t in texts if MNEMONIC.search(t)]
    assert len(letters) == 7 and len(set(letters)) == len(letters)
    assert not set(letters) & menus


def test_only_the_tab_in_front_loads_and_the_other_catches_up_when_shown(reviews, monkeypatch):
    from mentordesk.core.changes import ChangeKind

    jobs = reviews.context.jobs
    keys: list[str] = []
    real = jobs.start
    monkeypatch.setattr(jobs, "start", lambda **kw: keys.append(kw.get("key")) or real(**kw))

    def loads() -> tuple[int, int]:
        return keys.count("reviews/dashboard"), keys.count("reviews/history/mentors")

    reviews.reload()
    assert loads() == (1, 0)
    reviews.tabs.setCurrentWidget(reviews.history)
    assert loads() == (1, 1)
    reviews.tabs.setCurrentWidget(reviews.dashboard)
    assert loads() == (1, 1)  # nothing changed meanwhile
    reviews.tabs.setCurrentWidget(reviews.history)
    jobs.changed.emit(ChangeKind.TASKS)
    assert loads() == (1, 2)
    reviews.tabs.setCurrentWidget(reviews.dashboard)
    assert loads() == (2, 2)
