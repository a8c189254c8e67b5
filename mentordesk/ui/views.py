"""The main views in sidebar order, each with its shortcut and a lazy factory."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from mentordesk.ui.context import UiContext
from mentordesk.ui.widgets.feature_view import FeatureView


@dataclass(frozen=True)
class ViewSpec:
    """A main view: key (also its screenshot name), title, shortcut, and how to build it."""

    key: str
    title: str
    shortcut: str
    build: Callable[[UiContext], FeatureView]


def _today(context: UiContext) -> FeatureView:
    from mentordesk.ui.today.view import TodayView

    return TodayView(context)


def _contacts(context: UiContext) -> FeatureView:
    from mentordesk.ui.contacts.view import ContactsView

    return ContactsView(context)


def _calendar(context: UiContext) -> FeatureView:
    from mentordesk.ui.calendar.view import CalendarView

    return CalendarView(context)


def _tasks(context: UiContext) -> FeatureView:
    from mentordesk.ui.tasks.view import TasksView

    return TasksView(context)


def _reviews(context: UiContext) -> FeatureView:
    from mentordesk.ui.reviews.view import ReviewsView

    return ReviewsView(context)


def _backups(context: UiContext) -> FeatureView:
    from mentordesk.ui.backups.view import BackupsView

    return BackupsView(context)


def view_specs() -> list[ViewSpec]:
    """Every main view in sidebar order (titles translated)."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("", text)

    return [
        ViewSpec("today", tr("Today"), "Ctrl+0", _today),
        ViewSpec("contacts", tr("Contacts"), "Ctrl+1", _contacts),
        ViewSpec("calendar", tr("Calendar"), "Ctrl+2", _calendar),
        ViewSpec("tasks", tr("Tasks"), "Ctrl+3", _tasks),
        ViewSpec("reviews", tr("Reviews"), "Ctrl+4", _reviews),
        ViewSpec("backups", tr("Backups"), "Ctrl+5", _backups),
    ]
