"""Calendar export from the GUI: the whole calendar to a file, one meeting as an invitation.

The calendar view's buttons and the File menu call these; reading and writing run as jobs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from mentordesk.services.files import write_text_atomic
from mentordesk.services.interop.ics.export import CalendarExport, export_calendar
from mentordesk.services.interop.ics.export_selection import ExportScope, contact_choices
from mentordesk.services.interop.ics.invitations import invitation_ics
from mentordesk.ui.calendar.export_dialog import CalendarExportDialog
from mentordesk.ui.context import UiContext
from mentordesk.ui.widgets.file_dialogs import ask_save_file


def _tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """Translate a text of this module."""
    return QCoreApplication.translate("", text, disambiguation, n)


def export_calendar_to_file(context: UiContext, parent: QWidget) -> None:
    """Load the contacts, ask what to export and where, then export in the background."""
    context.jobs.start(
        title=_tr("Reading contacts"),
        work=lambda progress: contact_choices(),
        then=lambda contacts: _ask_and_export(context, parent, contacts),
        show_progress=False,
    )


def _ask_and_export(context: UiContext, parent: QWidget, contacts) -> None:
    """The range and contact dialog, then the file dialog, then the export job."""
    dialog = CalendarExportDialog(contacts, context.today(), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    path = ask_save_file(
        parent,
        context.workspace,
        title=_tr("Export calendar"),
        name="mentordesk-calendar.ics",
        filters=_tr("iCalendar files (*.ics)"),
    )
    if path is not None:
        start_calendar_export(context, path, dialog.scope(), tasks=dialog.include_tasks())


def start_calendar_export(
    context: UiContext, path: Path, scope: ExportScope, *, tasks: bool = False
) -> None:
    """Export the meetings in scope to `path` as a background job with progress."""
    context.jobs.start(
        title=_tr("Exporting the calendar to {0}").format(path.name),
        work=lambda progress: write_calendar_file(path, scope, tasks=tasks, progress=progress),
        done_message=lambda result: _tr(
            "Exported %n meeting(s) to {0}", "", result.meetings
        ).format(path),
    )


def write_calendar_file(
    path: Path, scope: ExportScope, *, tasks: bool = False, progress=None
) -> CalendarExport:
    """The export job's work: the meetings in scope written to `path` (runs in the job)."""
    result = export_calendar(scope, tasks=tasks, progress=progress)
    write_text_atomic(path, result.text)
    return result


def export_invitation(
    context: UiContext, parent: QWidget, meeting_id: int, method: str, occurrence: str = ""
) -> None:
    """Ask where to save, then write one meeting as an invitation or a cancellation.

    `method` is "request" or "cancel"; `occurrence` (wall text, RECURRENCE-ID) cancels one
    occurrence of a series.
    """
    name = "cancellation.ics" if method == "cancel" else "invitation.ics"
    path = ask_save_file(
        parent,
        context.workspace,
        title=_tr("Save the cancellation") if method == "cancel" else _tr("Save the invitation"),
        name=name,
        filters=_tr("iCalendar files (*.ics)"),
    )
    if path is not None:
        start_invitation_export(context, path, meeting_id, method, occurrence)


def start_invitation_export(
    context: UiContext, path: Path, meeting_id: int, method: str, occurrence: str = ""
) -> None:
    """Write the invitation or cancellation to `path` in the background."""
    context.jobs.start(
        title=_tr("Writing {0}").format(path.name),
        work=lambda progress: write_text_atomic(
            path, invitation_ics(meeting_id, method=method, occurrence=occurrence)
        ),
        done_message=_tr("Saved {0}; attach it to an email to send it").format(path),
    )
