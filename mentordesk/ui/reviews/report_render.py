"""The review report written to disk: Markdown as is, HTML with its charts, PDF through Qt."""

from __future__ import annotations

import base64
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSize, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from mentordesk.core.errors import UserError
from mentordesk.core.progress import NoProgress, Progress
from mentordesk.services.files import write_text_atomic
from mentordesk.services.reviews.dashboard import Dashboard
from mentordesk.services.reviews.report import (
    Words,
    dashboard_charts,
    report_format,
    report_html,
    report_markdown,
    report_title,
    short_day,
)
from mentordesk.ui.reviews.charts import chart_image

CHART_SIZE = QSize(720, 320)  # pixels, drawn at twice that for sharpness
PDF_IMAGE_WIDTH = 470  # the A4 text width, in the document's units
PDF_DPI = 300
PDF_MARGIN_MM = 18


def chart_images(dash: Dashboard) -> dict[str, QImage]:
    """Each chart of the dashboard drawn as an image (needs a QApplication; GUI thread)."""
    charts = dashboard_charts(dash, label=short_day)
    return {chart.key: chart_image(chart, CHART_SIZE) for chart in charts}


def write_report(
    path: Path,
    dash: Dashboard,
    *,
    images: dict[str, QImage] | None = None,
    words: Words | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write the report in the format the extension names; charts from ``images``."""
    kind, progress = report_format(path), progress or NoProgress()
    extra = {"words": words} if words else {}
    progress.report(1, 3, "Writing the report")
    if kind == "md":
        write_text_atomic(path, report_markdown(dash, **extra))
    elif kind == "html":
        sources = {key: _data_uri(image) for key, image in (images or {}).items()}
        write_text_atomic(path, report_html(dash, images=sources, **extra))
    else:
        _write_pdf(path, dash, images or {}, extra)
    progress.report(3, 3, "Report written")
    return path


def _data_uri(image: QImage) -> str:
    """An image as a PNG data URI, so the HTML file travels alone."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return "data:image/png;base64," + base64.b64encode(bytes(data)).decode("ascii")


def _write_pdf(path: Path, dash: Dashboard, images: dict[str, QImage], extra: dict) -> None:
    """Lay the HTML out on A4 pages with Qt and write it, all or nothing."""
    names = {key: f"chart-{key}.png" for key in images}
    document = QTextDocument()
    for key, image in images.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(names[key]), image)
    document.setHtml(report_html(dash, images=names, image_width=PDF_IMAGE_WIDTH, **extra))
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    os.close(fd)
    try:
        _print(document, temp, report_title(dash))
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _print(document: QTextDocument, target: str, title: str) -> None:
    """Print a laid-out document to a PDF file."""
    writer = QPdfWriter(target)
    writer.setTitle(title)
    writer.setCreator("MentorDesk")
    writer.setResolution(PDF_DPI)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(*[PDF_MARGIN_MM] * 4), QPageLayout.Unit.Millimeter)
    document.print_(writer)
    if not Path(target).stat().st_size:
        raise UserError(f"could not write the PDF {target}")
