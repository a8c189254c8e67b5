"""Sync in the window: the accounts dialog adds an account, Sync now runs, records needing a look
are marked, the status bar shows the last good sync (against a real Radicale)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from mentordesk.db import models as m
from tests.sync.conftest import PASSWORD, USERNAME, memory_keyring, radicale  # noqa: F401
from tests.ui.conftest import shown_window


def test_add_an_account_in_the_dialog_then_sync_now_shows_the_last_sync(
    qtbot,
    demo_context,
    radicale,  # noqa: F811
    memory_keyring,  # noqa: F811
):
    window = shown_window(qtbot, demo_context)
    dialog = window.auto_sync.open_accounts()
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(type(dialog.status))]
    assert any("Contact notes stay on this computer" in t for t in texts)
    qtbot.keyClicks(dialog.url, radicale.url)
    qtbot.keyClicks(dialog.username, USERNAME)
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.mouseClick(dialog.add, Qt.MouseButton.LeftButton)
    assert dialog.password.text() == ""
    assert dialog.model.stringList() == [f"mentee@127.0.0.1 — {radicale.url} (notes stay here)"]
    assert window.auto_sync.label.text() == ""
    window.main_actions.sync_now.trigger()
    assert window.auto_sync.label.text().startswith("Last sync: ")
    assert m.SyncStateRecord.select().count() > 10


def test_a_record_with_a_kept_server_version_is_marked_in_the_contacts_list(demo_context):
    from mentordesk.services.contacts.listing import list_contacts
    from mentordesk.ui.contacts.table_model import contact_columns

    account = m.SyncAccountRecord.create(name="a", url="https://dav.example.org/", username="u")
    jordan = m.ContactRecord.get(m.ContactRecord.name == "Jordan Lee")
    m.SyncConflictRecord.create(account=account, kind="contact", uid=jordan.uid, remote_content="")
    rows = {r.name: r for r in list_contacts()}
    assert rows["Jordan Lee"].needs_look and not rows["Priya Raman"].needs_look
    name = contact_columns()[0]
    assert name.text(rows["Jordan Lee"]) == "Jordan Lee ⚠ needs a look"
