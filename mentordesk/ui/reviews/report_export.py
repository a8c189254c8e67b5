"""Reviews ▸ Export report…: ask where, draw the charts, write the file in a background job."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from mentordesk.services.reviews.dashboard import Dashboard
from mentordesk.ui.context import UiContext
from mentordesk.ui.reviews.headline import headline_text
from mentordesk.ui.reviews.report_render import chart_images, write_report
from mentordesk.ui.widgets.file_dialogs import ask_save_file


def _tr(text: str) -> str:
    """Translate a text of this module."""
    return QCoreApplication.translate("", text)


class ReportExport:
    """Exports the dashboard shown as a PDF, HTML or Markdown report."""

    def __init__(self, context: UiContext, parent: QWidget) -> None:
        self.context = context
        self.parent = parent

    def ask_and_export(self, dash: Dashboard | None) -> None:
        """Ask for a file name (the extension picks the format), then export."""
        if dash is None or not dash.mentors:
            title, text = _tr("Export report"), _tr("Nothing to report yet.")
            QMessageBox.information(self.parent, title, text)
            return
        period = dash.period
        path = ask_save_file(
            self.parent,
            self.context.workspace,
            title=_tr("Export report"),
            name=f"mentoring-review-{period.start.isoformat()}-{period.end.isoformat()}.pdf",
            filters=_tr("PDF (*.pdf);;Web page (*.html);;Markdown (*.md)"),
        )
        if path is not None:
            self.export(dash, path)

    def export(self, dash: Dashboard, path: Path) -> None:
        """Draw the charts here (Qt widgets live on this thread), then write in the background."""
        images = {} if path.suffix.lower() == ".md" else chart_images(dash)
        self.context.jobs.start(
            title=_tr("Exporting the report to {0}").format(path.name),
            work=lambda progress: write_report(
                path, dash, images=images, words=headline_text, progress=progress
            ),
            done_message=_tr("Report written to {0}").format(path),
        )
