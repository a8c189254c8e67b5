"""Every Qt model passes Qt's own model tester on the sample data."""

from __future__ import annotations

import pytest

from mentordesk.services.backup.listing import list_backup_files
from mentordesk.services.calendar.occurrences import list_occurrences
from mentordesk.services.contacts.listing import list_contacts
from mentordesk.services.tasks.listing import list_goals, list_tasks
from tests.conftest import FIXED_NOW


def _models(workspace):
    from datetime import timedelta

    from mentordesk.ui.backups.table_model import BackupTableModel
    from mentordesk.ui.calendar.table_model import MeetingTableModel
    from mentordesk.ui.contacts.table_model import ContactTableModel
    from mentordesk.ui.tasks.table_model import GoalTableModel, TaskTableModel

    workspace.backups.mkdir(exist_ok=True)
    (workspace.backups / "2026-11-26.mdbk").write_bytes(b"x" * 2048)
    window = dict(
        window_start=FIXED_NOW - timedelta(days=30), window_end=FIXED_NOW + timedelta(days=30)
    )
    return [
        (ContactTableModel(), list_contacts()),
        (MeetingTableModel(), list_occurrences(**window, now=FIXED_NOW)),
        (TaskTableModel(FIXED_NOW.date()), list_tasks()),
        (GoalTableModel(), list_goals(today=FIXED_NOW.date())),
        (
            BackupTableModel(),
            list_backup_files(backups_dir=workspace.backups, safety_dir=workspace.safety_dir),
        ),
    ]


@pytest.mark.parametrize("position", range(5))
def test_model_passes_qt_model_tester(qtmodeltester, demo_database, workspace, qapp, position):
    model, rows = _models(workspace)[position]
    assert rows, "the sample data should fill every model"
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert model.rowCount() == len(rows)


def test_prepared_rows_show_the_same_texts_as_plain_rows(qtmodeltester, demo_database, qapp):
    from mentordesk.ui.contacts.table_model import ContactTableModel

    rows = list_contacts(now=FIXED_NOW)
    plain, prepared = ContactTableModel(), ContactTableModel()
    plain.set_rows(rows)
    prepared.set_prepared(prepared.prepare(rows))
    qtmodeltester.check(prepared)
    cells = [(r, c) for r in range(len(rows)) for c in range(plain.columnCount())]
    assert all(prepared.index(r, c).data() == plain.index(r, c).data() for r, c in cells), (
        "a prepared text differs from the column's own"
    )
    assert [prepared.search_text(i) for i in range(len(rows))] == [
        plain.search_text(i) for i in range(len(rows))
    ]
    longest_names = sorted(range(len(rows)), key=lambda i: -len(prepared.rows[i].name))
    assert prepared.prepared.widest[0][0] in longest_names[:1] + [
        i for i in longest_names if len(rows[i].name) == len(rows[longest_names[0]].name)
    ]


def test_text_list_model_passes_qt_model_tester(qtmodeltester, qapp):
    from mentordesk.ui.widgets.text_list import TextListModel

    model = TextListModel()
    model.set_lines([("one", "tip"), ("two", "")])
    qtmodeltester.check(model)


def test_sorting_uses_sort_keys_not_text(demo_context, qtbot):
    from PySide6.QtCore import Qt

    from mentordesk.ui.tasks.view import TasksView

    view = TasksView(demo_context)
    qtbot.addWidget(view)
    view.reload()
    table = view.tasks
    table.table.sortByColumn(6, Qt.SortOrder.DescendingOrder)  # estimate, in minutes
    first = table.proxy.index(0, 0).data()
    assert first in {"Build the slide deck", "Interview five potential customers"}  # 300 min each
