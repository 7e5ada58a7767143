"""Satisfaction trend charts (QtCharts) for one account: NPS per period and CSAT with its five
dimensions per period, from `services.surveys.satisfaction_trend`.

Each chart keeps the points it drew (`points`), so tests can check them, and redraws its texts
on a language change (at once when shown, else when next shown).
"""

from __future__ import annotations

import math
from datetime import date

import pandas as pd
from PySide6.QtCharts import QBarCategoryAxis, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, QEvent, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from kam_desktop.services.surveys import DIMENSION_LABELS
from kam_desktop.ui.style import ACCENT

translate = QCoreApplication.translate

GRID_COLOR = "#e3e8ee"
MUTED_COLOR = "#5f6b7a"
ZERO_COLOR = "#9aa5b1"
DIMENSION_COLORS = ("#2e7d32", "#e08a2c", "#8e44ad", "#b3261e", "#00838f")
NARROW_LEGEND = 460  # narrower than this (pixels), a legend goes on the right, one per line


def dimension_label(key: str) -> str:
    names = {
        "score_quality": translate("SatisfactionChart", "Product quality"),
        "score_delivery": translate("SatisfactionChart", "Delivery"),
        "score_service": translate("SatisfactionChart", "Service response"),
        "score_price": translate("SatisfactionChart", "Price"),
        "score_communication": translate("SatisfactionChart", "Communication"),
    }
    return names.get(key, DIMENSION_LABELS.get(key, key))


def dimension_short_label(key: str) -> str:
    """A dimension in a word, for table headers and chart legends."""
    names = {
        "score_quality": translate("SatisfactionChart", "Quality"),
        "score_delivery": translate("SatisfactionChart", "Delivery"),
        "score_service": translate("SatisfactionChart", "Service"),
        "score_price": translate("SatisfactionChart", "Price"),
        "score_communication": translate("SatisfactionChart", "Communication"),
    }
    return names.get(key, key)


def period_label(start: date, period: str) -> str:
    """A period by its first day: 2025-03 (month), 2025 Q1, 2025 H1, 2025."""
    if period == "month":
        return f"{start:%Y-%m}"
    if period == "quarter":
        return translate("SatisfactionChart", "%1 Q%2").replace("%1", str(start.year)).replace(
            "%2", str((start.month - 1) // 3 + 1))
    if period == "half":
        return translate("SatisfactionChart", "%1 H%2").replace("%1", str(start.year)).replace(
            "%2", "1" if start.month <= 6 else "2")
    return str(start.year)


def period_name(period: str) -> str:
    names = {
        "month": translate("SatisfactionChart", "month"),
        "quarter": translate("SatisfactionChart", "quarter"),
        "half": translate("SatisfactionChart", "half-year"),
        "year": translate("SatisfactionChart", "year"),
    }
    return names.get(period, period)


def _chart() -> QChart:
    chart = QChart()
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    font = QFont()
    font.setPointSizeF(font.pointSizeF() + 1)
    font.setBold(True)
    chart.setTitleFont(font)
    return chart


def _value_axis(low: float, high: float, step: float, fmt: str) -> QValueAxis:
    """A value axis from `low` to `high` (a little room beyond the ticks, so points at the
    extremes are not cut), ticks every `step` from `anchor`."""
    axis = QValueAxis()
    margin = step / 5
    axis.setRange(low - margin, high + margin)
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(low)
    axis.setTickInterval(step)
    axis.setLabelFormat(fmt)
    axis.setGridLineColor(QColor(GRID_COLOR))
    axis.setLabelsColor(QColor(MUTED_COLOR))
    return axis


def _present(value: object) -> bool:
    return value is not None and not (isinstance(value, float) and math.isnan(value))


class _TrendView(QChartView):
    """A chart view over a trend frame; subclasses draw it in `_draw`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(280, 220)
        self.setChart(_chart())
        self.trend = pd.DataFrame()
        self.period = "quarter"
        self.series: dict[str, QLineSeries] = {}
        self._axis = None
        self._stale_texts = False

    def set_trend(self, trend: pd.DataFrame, period: str = "quarter") -> None:
        self.trend = trend.reset_index(drop=True)
        self.period = period
        self._draw()

    def points(self, key: str) -> list[tuple[str, float]]:
        """The (period label, value) pairs drawn for series `key`."""
        series = self.series.get(key)
        if series is None:
            return []
        labels = self.categories()
        return [(labels[int(p.x())], p.y()) for p in series.points()]

    def categories(self) -> list[str]:
        return [period_label(d, self.period) for d in self.trend.get("period", [])]

    def _reset(self) -> QChart:
        old = self.chart()
        chart = _chart()
        self.setChart(chart)
        old.deleteLater()
        self.series = {}
        self._axis: QBarCategoryAxis | None = None
        return chart

    def _category_axis(self, chart: QChart) -> QBarCategoryAxis:
        axis = QBarCategoryAxis()
        axis.append(self.categories())
        axis.setGridLineVisible(False)
        axis.setLabelsColor(QColor(MUTED_COLOR))
        axis.setTruncateLabels(False)
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        self._axis = axis
        self._adapt()
        return axis

    def _adapt(self) -> None:
        """Slant the period labels when they do not fit side by side; put a legend that
        does not fit below the plot on its right."""
        axis = getattr(self, "_axis", None)
        labels = self.categories()
        if axis is not None and labels:
            widest = max(self.fontMetrics().horizontalAdvance(t) for t in labels) + 12
            room = (self.width() - 80) / len(labels)
            axis.setLabelsAngle(-45 if widest > room else 0)
        legend = self.chart().legend()
        legend.setAlignment(Qt.AlignmentFlag.AlignRight if self.width() < NARROW_LEGEND
                            else Qt.AlignmentFlag.AlignBottom)

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        self._adapt()

    def _line(self, chart: QChart, key: str, name: str, column: str, color: str,
              width: float, axes: tuple[QBarCategoryAxis, QValueAxis],
              labels: bool = False, digits: int = 2) -> QLineSeries:
        series = QLineSeries()
        series.setName(name)
        series.setPen(QPen(QColor(color), width))
        series.setPointsVisible(True)
        series.setMarkerSize(2.0 + width)
        for x, value in enumerate(self.trend[column].tolist()):
            if _present(value):
                series.append(QPointF(x, round(float(value), digits)))
        if labels:
            series.setPointLabelsVisible(True)
            series.setPointLabelsFormat("@yPoint")
            series.setPointLabelsColor(QColor(color))
            series.setPointLabelsClipping(False)
        chart.addSeries(series)
        series.attachAxis(axes[0])
        series.attachAxis(axes[1])
        self.series[key] = series
        return series

    def _draw(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        self._draw()

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


class NpsTrendChart(_TrendView):
    """The Net Promoter Score per period (−100 to 100: % promoters minus % detractors), with
    the zero line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("npsTrendChart")
        self._draw()

    def _draw(self) -> None:
        chart = self._reset()
        chart.legend().setVisible(False)
        has = not self.trend.empty and self.trend["nps"].notna().any()
        if not has:
            chart.setTitle(translate("SatisfactionChart", "NPS — no answers yet"))
            return
        chart.setTitle(translate("SatisfactionChart", "NPS per %1").replace(
            "%1", period_name(self.period)))
        x_axis = self._category_axis(chart)
        y_axis = _value_axis(-100, 100, 50, "%d")
        y_axis.setTitleText(translate("SatisfactionChart", "% promoters − % detractors"))
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        zero = QLineSeries()
        zero.setPen(QPen(QColor(ZERO_COLOR), 1, Qt.PenStyle.DashLine))
        zero.append([QPointF(-0.5, 0), QPointF(len(self.trend) - 0.5, 0)])
        chart.addSeries(zero)
        zero.attachAxis(x_axis)
        zero.attachAxis(y_axis)
        self._line(chart, "nps", translate("SatisfactionChart", "NPS"), "nps", ACCENT, 2.5,
                   (x_axis, y_axis), labels=True, digits=0)


class CsatTrendChart(_TrendView):
    """CSAT (1–5) per period, bold, with each dimension's average as a thin line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("csatTrendChart")
        self._draw()

    def _draw(self) -> None:
        chart = self._reset()
        columns = ["csat", *DIMENSION_LABELS]
        has = not self.trend.empty and self.trend[columns].notna().any().any()
        if not has:
            chart.legend().setVisible(False)
            chart.setTitle(translate("SatisfactionChart", "CSAT — no answers yet"))
            return
        chart.setTitle(translate("SatisfactionChart", "CSAT and its dimensions per %1")
                       .replace("%1", period_name(self.period)))
        x_axis = self._category_axis(chart)
        y_axis = _value_axis(1, 5, 1, "%.0f")
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for key, color in zip(DIMENSION_LABELS, DIMENSION_COLORS, strict=True):
            if self.trend[key].notna().any():
                self._line(chart, key, dimension_short_label(key), key, color, 1.2,
                           (x_axis, y_axis))
        self._line(chart, "csat", translate("SatisfactionChart", "CSAT"), "csat", ACCENT, 3.0,
                   (x_axis, y_axis))
        chart.legend().setVisible(True)
        font = QFont()
        font.setPointSizeF(max(font.pointSizeF() - 1, 7))
        chart.legend().setFont(font)
        self._adapt()


__all__ = [
    "CsatTrendChart", "NpsTrendChart", "dimension_label", "dimension_short_label",
    "period_label",
]
