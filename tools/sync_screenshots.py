"""Screenshots of the sync accounts dialog and of records that need a look (issue 14).

Usage: python tools/sync_screenshots.py WORKSPACE_DIR OUT_DIR. Seeds the demo into an empty
workspace, stores one account row and a kept server version for Jordan Lee and for "Coffee
with Elena" (as a sync conflict leaves them), then grabs the dialog, the contacts and calendar.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def stage_conflicts() -> None:
    """An account and two kept server versions, as a conflicting sync leaves them."""
    from mentordesk.db import models as m

    account, _ = m.SyncAccountRecord.get_or_create(
        name="mia@dav.example.org",
        defaults={"url": "https://dav.example.org/", "username": "mia"},
    )
    for model, kind, field, value in (
        (m.ContactRecord, "contact", m.ContactRecord.name, "Jordan Lee"),
        (m.MeetingRecord, "meeting", m.MeetingRecord.title, "Coffee with Elena"),
    ):
        record = model.get(field == value)
        m.SyncConflictRecord.get_or_create(
            account=account, kind=kind, uid=record.uid, defaults={"remote_content": ""}
        )


def main(workspace_dir: str, out_dir: str) -> None:
    """Render the three pictures."""
    from PySide6.QtWidgets import QApplication

    from mentordesk.app import application, build_window
    from mentordesk.db.database import open_database
    from mentordesk.paths import Workspace
    from mentordesk.services.demo import seed_demo, workspace_is_empty

    workspace = Workspace(Path(workspace_dir)).ensure()
    application(None)
    open_database(workspace.database, safety_dir=workspace.safety_dir)
    if workspace_is_empty():
        seed_demo()
    stage_conflicts()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    window = build_window(workspace)
    window.resize(1280, 800)
    window.show()
    for key in ("contacts", "calendar"):
        window.show_view(key)
        if key == "calendar":
            window.view("calendar").screenshot_states()["calendar-agenda"]()
        window.context.jobs.wait_until_idle()
        QApplication.processEvents()
        window.grab().save(str(out / f"sync-needs-look-{key}.png"))
    dialog = window.auto_sync.open_accounts()
    window.context.jobs.wait_until_idle()
    QApplication.processEvents()
    dialog.grab().save(str(out / "sync-accounts-dialog.png"))
    print(*(str(p) for p in sorted(out.glob("sync-*.png"))), sep="\n")


if __name__ == "__main__":
    main(*sys.argv[1:3])
