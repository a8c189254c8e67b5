"""Sync now, every N minutes while the window is open, and the last good sync in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from mentordesk.core.changes import ChangeKind
from mentordesk.services.sync.accounts import (
    CONTACT_NOTES,
    add_account,
    last_good_sync,
    list_accounts,
    remove_account,
    sync_interval_minutes,
)
from mentordesk.ui.context import UiContext
from mentordesk.ui.format import fmt_datetime
from mentordesk.ui.sync.accounts_dialog import SyncAccountsDialog


class AutoSync(QObject):
    """Runs the sync as a background job, on request and on a timer; shows the last good sync."""

    def __init__(self, context: UiContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.window = parent
        self.label = QLabel("", parent)
        self.label.setAccessibleName(self.tr("Last good sync"))
        self.timer = QTimer(self)
        self.timer.timeout.connect(lambda: self.sync_now(asked=False))
        self.running = False

    def start(self) -> None:
        """Sync every N minutes (the setting, read in the background) while the app runs."""
        self.context.jobs.start(
            title=self.tr("Sync settings"),
            work=lambda progress: sync_interval_minutes(),
            key="sync/interval",
            show_progress=False,
            on_result=self._start_timer,
        )
        self.refresh_label()

    def _start_timer(self, minutes: int) -> None:
        """Start the timer (syncing only does anything once there is an account)."""
        self.timer.setInterval(max(1, minutes) * 60 * 1000)
        self.timer.start()

    def sync_now(self, *, asked: bool = True) -> None:
        """Sync every account in the background, one at a time (the timer passes asked=False)."""
        if self.running:
            return
        self.running = True
        self.context.jobs.start(
            title=self.tr("Sync"),
            work=_sync_all,
            changes=ChangeKind.CONTACTS | ChangeKind.MEETINGS | ChangeKind.TASKS,
            long_running=True,  # each resource commits on its own: saves never wait for the sync
            show_progress=False,
            on_result=self._synced,
            on_error=lambda error: self._finished(),
            done_message=lambda reports: self._done_message(reports, asked),
        )

    def _done_message(self, reports, asked: bool) -> str:
        """The status bar line after a sync (the timer says nothing while there is no account)."""
        if not reports:
            return self.tr("No sync account yet: Edit ▸ Sync accounts…") if asked else ""
        moved = sum(r.moved for r in reports)
        looks = sum(len(r.conflicts) for r in reports)
        return (
            self.tr("Synced: %1 moved, %2 need a look")
            .replace("%1", str(moved))
            .replace("%2", str(looks))
        )

    def _synced(self, reports) -> None:
        """Show the new last good sync."""
        self._finished()

    def _finished(self) -> None:
        """Allow the next sync and update the label."""
        self.running = False
        self.refresh_label()

    def refresh_label(self) -> None:
        """Read the last good sync in the background and show it."""
        self.context.jobs.start(
            title=self.tr("Last sync"),
            work=lambda progress: last_good_sync(),
            key="sync/last",
            show_progress=False,
            on_result=self._show_last,
        )

    def _show_last(self, when) -> None:
        """The label's text: nothing without an account, else the time of the last good sync."""
        if when is None:
            self.label.setText("")
            return
        self.label.setText(self.tr("Last sync: %1").replace("%1", fmt_datetime(when)))

    def open_accounts(self) -> SyncAccountsDialog:
        """Open the accounts dialog, filled in the background."""
        dialog = SyncAccountsDialog([], self.window)
        dialog.add_requested.connect(lambda *args: self._add(dialog, *args))
        dialog.remove_requested.connect(lambda name: self._remove(dialog, name))
        self._reload(dialog)
        dialog.show()
        return dialog

    def open_conflicts(self, select: tuple[str, int] | None = None):
        """Open the records that need a look; `select` (kind, record id) shows that one first."""
        from mentordesk.ui.sync.conflicts_dialog import SyncConflictsDialog  # loads on first use

        dialog = SyncConflictsDialog(self.context, select=select, parent=self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _reload(self, dialog: SyncAccountsDialog) -> None:
        """Fill the dialog's list."""
        self.context.jobs.start(
            title=self.tr("Sync accounts"),
            work=lambda progress: list_accounts(),
            key="sync/accounts",
            show_progress=False,
            on_result=dialog.show_accounts,
        )

    def _add(self, dialog, url: str, username: str, password: str, share: bool) -> None:
        """Add an account in the background: discovery talks to the server."""
        shared = (CONTACT_NOTES,) if share else ()
        self.context.jobs.start(
            title=self.tr("Add sync account"),
            work=lambda progress: add_account(
                url=url, username=username, password=password, shared_private=shared
            ),
            writes=True,
            on_result=lambda added: self._added(dialog, added),
            on_error=lambda error: dialog.show_status(str(error)),
        )

    def _added(self, dialog: SyncAccountsDialog, added) -> None:
        """Say what was added (and any warning), then list the accounts again."""
        text = self.tr("Added %1.").replace("%1", added.account.name)
        dialog.show_status(f"{text} {added.warning or ''}".strip())
        self._reload(dialog)

    def _remove(self, dialog: SyncAccountsDialog, name: str) -> None:
        """Forget an account (the data stays on both sides)."""
        self.context.jobs.start(
            title=self.tr("Remove sync account"),
            work=lambda progress: remove_account(name),
            writes=True,
            on_result=lambda _: self._reload(dialog),
        )


def _sync_all(progress):
    """Sync every account (the engine and icalendar load on the first sync, not at start-up)."""
    from mentordesk.services.sync.engine import sync_all

    return sync_all(progress=progress)
