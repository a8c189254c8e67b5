"""Screenshots of the review history and of a guided review in progress, for `screenshots`."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QStackedWidget, QTabWidget, QWidget

from mentordesk.ui.reviews.guided_review import GuidedReviewDialog
from mentordesk.ui.reviews.guided_review_adapt import TASK
from mentordesk.ui.reviews.history import ReviewHistoryPanel


def _save(widget: QWidget, path: Path) -> Path:
    """Grab a widget into a PNG file."""
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    return path


def _bring_forward(widget: QWidget) -> None:
    """Make every stack (or tab page) between the widget and its window show it."""
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        tabs = parent.parentWidget()
        if isinstance(parent, QStackedWidget) and isinstance(tabs, QTabWidget):
            tabs.setCurrentWidget(child)  # a tab page: its tab bar follows (and it loads)
        elif isinstance(parent, QStackedWidget):
            parent.setCurrentWidget(child)
        child, parent = parent, parent.parentWidget()


def _settle(window) -> None:
    """Let background jobs finish and the widgets repaint."""
    window.context.jobs.wait_until_idle()
    QApplication.processEvents()


def render_review_screenshots(window, out_dir: Path) -> list[Path]:
    """reviews-history.png, review-in-progress.png and review-adapt.png of the main window."""
    window.show_view("reviews")
    _settle(window)
    panel = window.findChild(ReviewHistoryPanel)
    _bring_forward(panel)
    _settle(window)
    paths = [_save(window, out_dir / "reviews-history.png")]
    dialog = GuidedReviewDialog(
        window.context, contact_id=panel.mentor.currentData(), parent=window
    )
    dialog.show()
    _settle(window)
    dialog.went_well.setPlainText("Agendas arrived the day before; the plan is on track.")
    paths.append(_save(dialog, out_dir / "review-in-progress.png"))
    _plan_example_changes(dialog)
    _settle(window)
    paths.append(_save(dialog, out_dir / "review-adapt.png"))
    dialog.reject()
    return paths


def _plan_example_changes(dialog: GuidedReviewDialog) -> None:
    """Move the first open task by a week and add an expectation, as a user would."""
    panel = dialog.adapt
    dialog.tabs.setCurrentWidget(panel)
    task = next((r for r in panel.model.rows if r.kind == TASK and r.when), None)
    if task is not None:
        panel.select(TASK, task.id)
        panel.new_date.setDate(task.when + timedelta(days=7))
        panel.plan_date()
    panel.new_text.setText("Share the workshop agenda two days ahead")
    panel.plan_new_expectation()
