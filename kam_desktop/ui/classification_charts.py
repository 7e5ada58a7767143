"""Charts (QtCharts) of the classification: accounts per tier, the Pareto curve, and one
account's score broken down by indicator.

Each chart is a `QChartView` fed plain data (lists, the service's `Pareto`); it keeps what it
was given so tests can count bars and points, and re-reads its texts on a language change.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QEvent, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QShowEvent
from PySide6.QtWidgets import QGraphicsSimpleTextItem, QSizePolicy, QWidget

from kam_desktop.services.classification import Pareto
from kam_desktop.ui.classification_labels import tier_name
from kam_desktop.ui.indicator_labels import indicator_label
from kam_desktop.ui.style import ACCENT

translate = QCoreApplication.translate

PREVIEW_COLOR = "#e08a2c"
CURVE_COLOR = ACCENT
CUTOFF_COLOR = "#b3261e"
MUTED_COLOR = "#5f6b7a"
GRID_COLOR = "#e3e8ee"


def _chart() -> QChart:
    chart = QChart()
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    title_font = QFont()
    title_font.setPointSizeF(title_font.pointSizeF() + 1)
    title_font.setBold(True)
    chart.setTitleFont(title_font)
    return chart


def _value_axis(title: str = "") -> QValueAxis:
    axis = QValueAxis()
    axis.setTitleText(title)
    axis.setGridLineColor(QColor(GRID_COLOR))
    axis.setLabelsColor(QColor(MUTED_COLOR))
    return axis


def _nice_max(value: float) -> float:
    """A round axis maximum a little above `value`."""
    if value <= 0:
        return 1.0
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10_000,
                 20_000, 50_000, 100_000):
        if value * 1.1 <= step * 5:
            return float(step * 5 if value * 1.1 > step * 4 else step * 4)
    return value * 1.1


class _ChartView(QChartView):
    """A chart view that redraws its chart on a language change — at once when shown, else
    when it is next shown (a hidden chart costs nothing)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setChart(_chart())
        self._stale_texts = False

    def _reset(self) -> QChart:
        old = self.chart()
        chart = _chart()
        self.setChart(chart)
        old.deleteLater()
        return chart

    def retranslate_ui(self) -> None:  # pragma: no cover - overridden
        """Each chart sets its own titles; the base view has no text of its own."""

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            if self.isVisible():
                self.retranslate_ui()
            else:
                self._stale_texts = True
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        if self._stale_texts:
            self._stale_texts = False
            self.retranslate_ui()
        super().showEvent(event)


class TierDistributionChart(_ChartView):
    """Accounts per tier in the newest run (in force), and the preview's when there is one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tierDistributionChart")
        self.setMinimumHeight(170)
        self.tiers: list[str] = []
        self.in_force: list[int] = []
        self.preview: list[int] | None = None
        self.bar_sets: list[QBarSet] = []
        self._draw()

    def set_distribution(self, tiers: Sequence[str], in_force: Sequence[int],
                         preview: Sequence[int] | None = None) -> None:
        self.tiers = [str(t) for t in tiers]
        self.in_force = [int(v) for v in in_force]
        self.preview = [int(v) for v in preview] if preview is not None else None
        self._draw()

    def _draw(self) -> None:
        chart = self._reset()
        chart.setTitle(translate("ClassificationCharts", "Accounts per tier"))
        self.bar_sets = []
        if not self.tiers:
            chart.setTitle(translate("ClassificationCharts",
                                     "Accounts per tier — no classification yet"))
            return
        series = QBarSeries()
        current = QBarSet(translate("ClassificationCharts", "Tier in force"))
        current.setColor(QColor(CURVE_COLOR))
        current.setBorderColor(QColor(CURVE_COLOR))
        current.setLabelColor(QColor("#1b2733"))
        current.append([float(v) for v in self.in_force])
        series.append(current)
        self.bar_sets.append(current)
        if self.preview is not None:
            preview = QBarSet(translate("ClassificationCharts", "Preview"))
            preview.setColor(QColor(PREVIEW_COLOR))
            preview.setBorderColor(QColor(PREVIEW_COLOR))
            preview.setLabelColor(QColor("#1b2733"))
            preview.append([float(v) for v in self.preview])
            series.append(preview)
            self.bar_sets.append(preview)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        series.setLabelsPrecision(6)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([tier_name(t) for t in self.tiers])
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        top = max([*self.in_force, *(self.preview or []), 1])
        values = _value_axis(translate("ClassificationCharts", "Accounts"))
        values.setRange(0, _nice_max(top))
        values.setLabelFormat("%d")
        values.setTickCount(5)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(values)
        chart.legend().setVisible(self.preview is not None)

    def bar_count(self) -> int:
        """Bars per set (one per tier)."""
        return self.bar_sets[0].count() if self.bar_sets else 0

    def retranslate_ui(self) -> None:
        self._draw()


class ParetoChart(_ChartView):
    """Cumulative share of an indicator (sales by default) over the accounts ranked largest
    first, with the ABC cut-offs as dashed lines: horizontal at the cut-off share, vertical at
    the last account of the tier. Each line is labelled with its share, each tier's stretch of
    accounts along the bottom with the tier and its number of accounts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paretoChart")
        self.setMinimumHeight(200)
        self.pareto: Pareto | None = None
        self.curve: QLineSeries | None = None
        self.cutoff_lines: list[QLineSeries] = []
        self.cutoff_labels: list[str] = []  # "80%" per cut-off
        self.tier_labels: list[str] = []  # "A: 12" per tier
        self._placed: list[tuple[QGraphicsSimpleTextItem, QPointF, str]] = []
        self._draw()

    def set_pareto(self, pareto: Pareto | None) -> None:
        self.pareto = pareto
        self._draw()

    def point_count(self) -> int:
        return self.curve.count() if self.curve is not None else 0

    def _draw(self) -> None:
        chart = self._reset()
        self.curve = None
        self.cutoff_lines = []
        self.cutoff_labels = []
        self.tier_labels = []
        self._placed = []
        chart.legend().setVisible(False)
        pareto = self.pareto
        if pareto is None or pareto.frame.empty:
            chart.setTitle(translate("ClassificationCharts", "Pareto curve — no sales in the "
                                                             "window"))
            return
        name = indicator_label(pareto.indicator)
        chart.setTitle(translate("ClassificationCharts", "Pareto curve of %1").replace("%1",
                                                                                       name))
        frame = pareto.frame
        n = len(frame)
        curve = QLineSeries()
        curve.setName(translate("ClassificationCharts", "Cumulative share of %1")
                      .replace("%1", name))
        curve.setPen(QPen(QColor(CURVE_COLOR), 2.5))
        curve.append([QPointF(0, 0)] + [QPointF(k + 1, float(share) * 100)
                                        for k, share in enumerate(frame["cum_share"])])
        chart.addSeries(curve)
        self.curve = curve

        x_axis = _value_axis(translate("ClassificationCharts", "Accounts ranked by %1, "
                                                               "largest first").replace("%1",
                                                                                        name))
        x_axis.setRange(0, n)
        x_axis.setLabelFormat("%d")
        x_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        x_axis.setTickAnchor(0)
        x_axis.setTickInterval(_tick_interval(n))
        y_axis = _value_axis(translate("ClassificationCharts", "Cumulative share"))
        y_axis.setRange(0, 100)
        y_axis.setTickCount(6)
        y_axis.setLabelFormat("%d%%")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        curve.attachAxis(x_axis)
        curve.attachAxis(y_axis)

        tiers = frame["tier"].tolist()
        pen = QPen(QColor(CUTOFF_COLOR), 1.5, Qt.PenStyle.DashLine)
        start = 0
        for i, label in enumerate(pareto.labels):
            count = sum(1 for t in tiers if t == label)
            if i < len(pareto.cutoffs):
                y = pareto.cutoffs[i] * 100
                end = start + count
                line = QLineSeries()
                line.setPen(pen)
                line.append([QPointF(0, y), QPointF(end, y), QPointF(end, 0)])
                chart.addSeries(line)
                line.attachAxis(x_axis)
                line.attachAxis(y_axis)
                self.cutoff_lines.append(line)
                text = f"{y:g}%"
                self.cutoff_labels.append(text)
                self._add_text(chart, text, QPointF(end, y), "cutoff")
            if count:
                text = f"{label}: {count}"
                self.tier_labels.append(text)
                self._add_text(chart, text, QPointF(start + count / 2, 0), "tier")
            start += count
        chart.plotAreaChanged.connect(self._place_texts)
        self._place_texts()

    def _add_text(self, chart: QChart, text: str, at: QPointF, kind: str) -> None:
        item = QGraphicsSimpleTextItem(text, chart)
        font = QFont()
        font.setBold(True)
        item.setFont(font)
        item.setBrush(QColor(CUTOFF_COLOR if kind == "cutoff" else MUTED_COLOR))
        item.setZValue(10)
        self._placed.append((item, at, kind))

    def _place_texts(self, *_args: object) -> None:
        """Texts follow the plot area: a cut-off's share just right of and below where its
        lines meet (the curve is above there), a tier's name centred over its accounts just
        above the axis (the curve is above there too)."""
        chart = self.chart()
        if self.curve is None:
            return
        for item, at, kind in self._placed:
            pos = chart.mapToPosition(at, self.curve)
            rect = item.boundingRect()
            if kind == "cutoff":
                item.setPos(pos.x() + 5, pos.y() + 2)
            else:
                item.setPos(pos.x() - rect.width() / 2, pos.y() - rect.height() - 4)

    def retranslate_ui(self) -> None:
        self._draw()


def _tick_interval(n: int) -> float:
    """A round step giving at most about eight ticks over 0..n accounts."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10_000,
                 20_000, 25_000, 50_000):
        if n / step <= 8:
            return float(step)
    return float(max(1, n // 8))


class ContributionChart(_ChartView):
    """One account's score as horizontal bars: each indicator's weighted contribution
    (weight × norm ÷ Σ weights), the indicators in policy order from the top."""

    ROW_HEIGHT = 22

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contributionChart")
        self.keys: list[str] = []
        self.values: list[float] = []
        self.bar_set: QBarSet | None = None
        self._draw()

    def set_contributions(self, items: Sequence[tuple[str, float]]) -> None:
        self.keys = [k for k, _ in items]
        self.values = [float(v) for _, v in items]
        self._draw()

    def bar_count(self) -> int:
        return self.bar_set.count() if self.bar_set is not None else 0

    def _draw(self) -> None:
        chart = self._reset()
        chart.legend().setVisible(False)
        chart.setTitle(translate("ClassificationCharts", "Points per indicator"))
        self.bar_set = None
        height = 90 + self.ROW_HEIGHT * max(len(self.keys), 1)
        self.setFixedHeight(height)
        if not self.keys:
            return
        keys = list(reversed(self.keys))
        values = [round(v, 2) for v in reversed(self.values)]  # as the table shows them
        bars = QBarSet(translate("ClassificationCharts", "Points"))
        bars.setColor(QColor(CURVE_COLOR))
        bars.setBorderColor(QColor(CURVE_COLOR))
        bars.setLabelColor(QColor("#1b2733"))
        bars.append(values)
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setBarWidth(0.7)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        series.setLabelsPrecision(4)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([indicator_label(k) for k in keys])
        categories.setGridLineVisible(False)
        categories.setTruncateLabels(False)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        axis = _value_axis(translate("ClassificationCharts", "Points of the score (0–100)"))
        axis.setRange(0, _nice_max(max([*values, 1.0])))
        axis.setLabelFormat("%.0f")
        axis.setTickCount(6)
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis)
        self.bar_set = bars

    def retranslate_ui(self) -> None:
        self._draw()


__all__ = ["ContributionChart", "ParetoChart", "TierDistributionChart"]
