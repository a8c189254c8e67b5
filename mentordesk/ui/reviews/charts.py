"""Trend charts of the review dashboard (QtCharts), in the palette's light or dark colours."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPalette, QPen

from mentordesk.services.reviews.report import ChartData, ChartSeries
from mentordesk.ui.theme import is_dark, light_palette, scheme_colour

CHART_HEIGHT_LINES = 16  # a chart is this many text lines tall
SLANT_AFTER = 6  # more categories than this and their labels slant
MAX_LABELS = 14  # more categories than this and only every other label shows


def build_chart(data: ChartData, palette: QPalette) -> QChart:
    """A bar chart (with an optional line) of ``data``, coloured for ``palette``."""
    chart = QChart()
    chart.setTheme(
        QChart.ChartTheme.ChartThemeDark if is_dark(palette) else QChart.ChartTheme.ChartThemeLight
    )
    chart.setBackgroundVisible(False)
    chart.setTitle(data.title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    text = palette.color(QPalette.ColorRole.WindowText)
    chart.setTitleBrush(text)
    chart.legend().setLabelColor(text)
    chart.legend().setVisible(len(data.series) > 1)
    categories = QBarCategoryAxis()
    categories.append(_labels(data.categories))
    categories.setTruncateLabels(False)
    if len(data.categories) > SLANT_AFTER:
        categories.setLabelsAngle(-45)
    values = QValueAxis()
    values.setRange(0, _top(data.series))
    values.applyNiceNumbers()
    values.setLabelFormat("%g")
    for axis in (categories, values):
        axis.setLabelsColor(text)
        chart.addAxis(
            axis, Qt.AlignmentFlag.AlignBottom if axis is categories else Qt.AlignmentFlag.AlignLeft
        )
    _add_series(chart, data, palette, categories, values)
    return chart


def _labels(categories: tuple[str, ...]) -> list[str]:
    """Category labels, every other one blanked (kept unique) when there are many."""
    if len(categories) <= MAX_LABELS:
        return list(categories)
    return [c if i % 2 == 0 else " " * (i + 1) for i, c in enumerate(categories)]


def _top(series: tuple[ChartSeries, ...]) -> float:
    """The value axis' top: a little above the highest value, at least 1."""
    highest = max((v for s in series for v in s.values), default=0)
    return max(1.0, highest * 1.15)


def _add_series(chart: QChart, data: ChartData, palette: QPalette, x_axis, y_axis) -> None:
    """Bars in one series group, lines on top, all attached to both axes."""
    bars = QBarSeries()
    for one in (s for s in data.series if s.kind == "bar"):
        bar_set = QBarSet(one.name)
        bar_set.append(list(one.values))
        bar_set.setColor(scheme_colour(one.colour, palette))
        bar_set.setBorderColor(scheme_colour(one.colour, palette))
        bars.append(bar_set)
    added = [bars] if bars.count() else []
    for one in (s for s in data.series if s.kind == "line"):
        line = QLineSeries()
        line.setName(one.name)
        for x, y in enumerate(one.values):
            line.append(x, y)
        line.setPen(QPen(scheme_colour(one.colour, palette), 2.5, Qt.PenStyle.DashLine))
        added.append(line)
    for series in added:
        chart.addSeries(series)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)


class ChartPanel(QChartView):
    """One chart: keyboard-reachable, named and described (its numbers) for screen readers."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.data: ChartData | None = None
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(self.fontMetrics().height() * CHART_HEIGHT_LINES)

    def show_data(self, data: ChartData) -> None:
        """Draw ``data`` and describe it."""
        self.data = data
        self.setAccessibleName(data.title)
        self.setAccessibleDescription(data.description())
        self.setToolTip(data.description())
        self._draw()

    def _draw(self) -> None:
        """(Re)build the chart in the current palette's colours."""
        if self.data is not None:
            old = self.chart()
            self.setChart(build_chart(self.data, self.palette()))
            if old is not None:
                old.deleteLater()

    def changeEvent(self, event) -> None:
        """Redraw in the new colours when the palette switches between light and dark."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._draw()


def chart_image(data: ChartData, size: QSize) -> QImage:
    """The chart drawn on the light palette as an image (for printed and mailed reports)."""
    view = ChartPanel()
    view.setPalette(light_palette())
    view.show_data(data)
    view.resize(size)
    view.chart().resize(size.toSizeF())
    image = QImage(size * 2, QImage.Format.Format_ARGB32)
    image.fill(light_palette().color(QPalette.ColorRole.Base))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    source = QRectF(QPointF(0, 0), size.toSizeF())
    view.scene().render(painter, QRectF(image.rect()), source)
    painter.end()
    view.deleteLater()
    return image
