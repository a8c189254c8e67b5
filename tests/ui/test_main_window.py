"""The shell: navigation, shortcuts, empty states, sample data, remembered geometry."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from mentordesk.ui.main_window import MainWindow
from tests.ui.conftest import shown_window


@pytest.fixture
def window(qtbot, context):
    """A main window on an empty workspace."""
    return shown_window(qtbot, context)


def test_starts_on_today(window):
    assert window.current_key() == "today"
    assert window.sidebar.currentRow() == 0


@pytest.mark.parametrize(
    ("key", "view"),
    [
        (Qt.Key.Key_1, "contacts"),
        (Qt.Key.Key_2, "calendar"),
        (Qt.Key.Key_3, "tasks"),
        (Qt.Key.Key_4, "reviews"),
        (Qt.Key.Key_5, "backups"),
        (Qt.Key.Key_0, "today"),
    ],
)
def test_ctrl_number_switches_views(qtbot, demo_window, key, view):
    if view == "today":
        demo_window.show_view("contacts")
    qtbot.keyClick(demo_window, key, Qt.KeyboardModifier.ControlModifier)
    assert demo_window.current_key() == view
    assert demo_window.main_actions.show_views[view].isChecked()


def test_sidebar_click_switches_views(qtbot, demo_window):
    item = demo_window.sidebar.item(3)
    rect = demo_window.sidebar.visualItemRect(item)
    qtbot.mouseClick(demo_window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert demo_window.current_key() == "tasks"


def test_views_are_built_only_when_first_shown(window):
    assert set(window.views) == {"today"}
    window.show_view("reviews")
    assert set(window.views) == {"today", "reviews"}


def test_empty_workspace_welcomes_and_guides(window):
    today = window.views["today"]
    assert today.is_welcoming()
    labels = [b.text() for b in today.welcome.findChildren(QPushButton)]
    assert "Add your first mentor…" in labels and "Load sample data into this workspace" in labels
    window.show_view("contacts")
    assert window.views["contacts"].table.is_showing_empty_state()


def test_load_sample_data_button_fills_every_view(qtbot, window):
    window.show_view("contacts")
    contacts = window.views["contacts"]
    button = next(
        b
        for b in contacts.table.empty.buttons
        if b.text() == "Load sample data into this workspace"
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not contacts.table.is_showing_empty_state()
    assert contacts.model.rowCount() == 6
    today = window.views["today"]
    assert today.is_stale() and today.is_welcoming()  # hidden: catches up when shown
    window.show_view("today")
    assert not today.is_welcoming()


def test_demo_data_shows_in_each_table(demo_window):
    demo_window.show_view("contacts")
    assert demo_window.views["contacts"].model.rowCount() == 6
    demo_window.show_view("reviews")
    reviews = demo_window.views["reviews"]
    assert reviews.dashboard.model.rowCount() == 5  # mentors past prospect
    assert reviews.history.model.rowCount() == 0  # loads when its tab is shown
    reviews.tabs.setCurrentWidget(reviews.history)
    assert reviews.history.model.rowCount() == 3  # Priya's cycles
    demo_window.show_view("tasks")
    assert demo_window.views["tasks"].task_model.rowCount() == 15  # 11, then 4 added with issue 9
    demo_window.show_view("calendar")
    demo_window.views["calendar"].show_mode("agenda")  # the calendar opens on the month grid
    assert demo_window.views["calendar"].model.rowCount() >= 10


def test_search_filters_contacts(qtbot, demo_window):
    demo_window.show_view("contacts")
    table = demo_window.views["contacts"].table
    qtbot.keyClicks(table.search, "tokyo")
    assert table.proxy.rowCount() == 1
    assert table.proxy.index(0, 0).data() == "Aiko Tanaka"


def test_geometry_is_remembered(qtbot, context):
    first = MainWindow(context)
    qtbot.addWidget(first)
    first.show()
    first.resize(800, 600)  # the minimum; the offscreen screen is 800x600 too
    first.close()
    second = MainWindow(context)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (800, 600)


def test_every_widget_with_focus_has_an_accessible_name(demo_window):
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLineEdit

    def inside_combo(widget) -> bool:
        parent = widget.parentWidget()
        while parent is not None and not isinstance(parent, QComboBox):
            parent = parent.parentWidget()
        return parent is not None  # a combo's own popup list is named by the combo

    for key in ("contacts", "calendar", "tasks", "reviews", "backups"):
        demo_window.show_view(key)
    controls = [
        w
        for kind in (QAbstractButton, QAbstractItemView, QLineEdit)
        for w in demo_window.findChildren(kind)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not w.objectName().startswith("qt_")
        and not inside_combo(w)
    ]
    assert len(controls) > 10
    unnamed = [f"{type(w).__name__} {w.objectName()}" for w in controls if not w.accessibleName()]
    assert unnamed == []


def test_calendar_opens_at_the_next_meeting(demo_window):
    from tests.conftest import FIXED_NOW

    demo_window.show_view("calendar")
    view = demo_window.views["calendar"]
    view.show_mode("agenda")
    selected = view.table.selected_row()
    assert selected.end > FIXED_NOW
    earlier = [r for r in view.model.rows if r.start < selected.start]
    assert earlier and all(r.end <= FIXED_NOW for r in earlier)


def test_file_menu_exports_contacts_through_the_contacts_view(demo_window, monkeypatch, tmp_path):
    from mentordesk.ui.contacts.view import ContactsView

    target = tmp_path / "contacts.vcf"
    monkeypatch.setattr(ContactsView, "ask_save_path", lambda self: target)
    demo_window.main_actions.export_contacts.trigger()
    assert demo_window.current_key() == "contacts"
    assert target.read_bytes().count(b"BEGIN:VCARD") == 6


def test_export_json_from_the_menu_writes_the_file(demo_window, tmp_path):
    import json

    target = tmp_path / "all.json"
    demo_window.start_export_json(target)
    assert len(json.loads(target.read_text(encoding="utf-8"))["contacts"]) == 6
    assert "Exported all data" in demo_window.statusBar().currentMessage()


def test_unexpected_error_dialog_names_the_log(demo_window, monkeypatch):
    import sys

    from PySide6.QtWidgets import QMessageBox

    from mentordesk.app import install_exception_dialog

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    log = demo_window.context.workspace.log_file
    install_exception_dialog(demo_window, log)
    try:
        raise RuntimeError("surprise")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert shown and str(log) in shown[0] and "surprise" in shown[0]


def test_qwidget_actions_is_not_hidden_by_the_declared_actions(demo_window):
    demo_window.show_view("contacts")
    assert isinstance(demo_window.actions(), list)
    contacts = demo_window.views["contacts"]
    assert contacts.contact_actions.add in contacts.actions()


def _count_loads(monkeypatch, jobs) -> list[str]:
    """Record the key of every job the runner starts from now on."""
    keys, start = [], jobs.start

    def recording_start(**kwargs):
        keys.append(kwargs.get("key"))
        return start(**kwargs)

    monkeypatch.setattr(jobs, "start", recording_start)
    return keys


def _write(jobs, kinds) -> None:
    """Finish a write job that changed `kinds`."""
    jobs.start(title="Write", work=lambda progress: None, changes=kinds, writes=True)


def test_only_the_visible_view_reloads_and_a_hidden_one_catches_up(demo_window, monkeypatch):
    from mentordesk.core.changes import ChangeKind

    demo_window.show_view("contacts")
    keys = _count_loads(monkeypatch, demo_window.context.jobs)
    _write(demo_window.context.jobs, ChangeKind.CONTACTS)
    assert "contacts/list" in keys and "today/summary" not in keys
    assert demo_window.views["today"].is_stale()
    demo_window.show_view("today")
    assert "today/summary" in keys and not demo_window.views["today"].is_stale()


def test_a_change_of_another_kind_reloads_nothing(demo_window, monkeypatch):
    from mentordesk.core.changes import ChangeKind

    demo_window.show_view("contacts")
    keys = _count_loads(monkeypatch, demo_window.context.jobs)
    _write(demo_window.context.jobs, ChangeKind.BACKUPS)  # Today shows reviews due since issue 10
    assert keys == [None]  # the write itself
    assert not demo_window.views["today"].is_stale()


def test_every_view_declares_its_kinds_as_change_kinds(demo_window):
    from mentordesk.core.changes import ChangeKind

    for spec in demo_window.specs:
        kinds = demo_window.view(spec.key).kinds
        assert isinstance(kinds, ChangeKind) and kinds != ChangeKind.NONE, spec.key


def test_window_and_application_have_the_icon(window):
    from mentordesk.app import application

    assert not window.windowIcon().isNull()
    assert 256 in {size.width() for size in window.windowIcon().availableSizes()}
    assert not application().windowIcon().isNull()
