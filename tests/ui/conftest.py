"""UI fixtures: a synchronous job runner and a context on a fixed clock."""

from __future__ import annotations

import pytest

from tests.conftest import FIXED_NOW


@pytest.fixture(scope="session", autouse=True)
def english(qapp):
    """The English catalog as the app installs it (plural forms), whatever the machine's language."""
    from mentordesk.ui.translations import install_translations

    install_translations(qapp, "en")


@pytest.fixture
def german(qapp):
    """German words and formats for one test; English again after it."""
    from PySide6.QtCore import QLocale

    from mentordesk.ui.translations import install_translations

    previous = QLocale()
    install_translations(qapp, "de")
    yield
    install_translations(qapp, "en")
    QLocale.setDefault(previous)


@pytest.fixture(autouse=True)
def c_locale():
    """Dates as ISO 8601 whatever the machine's language, so expected texts are stable."""
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def jobs(qapp):
    """A job runner that runs each job at once on the test's thread."""
    from mentordesk.ui.jobs import SynchronousJobRunner

    return SynchronousJobRunner()


@pytest.fixture
def context(workspace, database, jobs):
    """A UI context on the test workspace with the clock fixed at FIXED_NOW."""
    from mentordesk.ui.context import UiContext

    return UiContext(workspace=workspace, jobs=jobs, now=lambda: FIXED_NOW)


@pytest.fixture
def demo_context(context, demo_database):
    """A UI context whose workspace holds the sample data."""
    return context


def shown_window(qtbot, context, *, size: tuple[int, int] | None = None):
    """A main window on `context`, shown and exposed (optionally at a size)."""
    from mentordesk.ui.main_window import MainWindow

    win = MainWindow(context)
    qtbot.addWidget(win)
    if size is not None:
        win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def demo_window(qtbot, demo_context):
    """A main window on the sample workspace."""
    return shown_window(qtbot, demo_context)


@pytest.fixture
def view(qtbot, demo_context):
    """The contacts view on the sample data, loaded."""
    from mentordesk.ui.contacts.view import ContactsView

    widget = ContactsView(demo_context)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.reload()
    return widget


@pytest.fixture
def runner(qapp, demo_database):
    """A threaded job runner on the sample data, left idle after the test."""
    from mentordesk.ui.jobs import JobRunner

    job_runner = JobRunner(log_file="LOG")
    yield job_runner
    job_runner.wait_until_idle()
