"""Charts (QtCharts) of the Dashboard: accounts by tier, 12-month sales and profit by tier, the
Pareto curve of revenue concentration and the ten largest accounts.

Each chart is fed plain data and keeps it (tests count bars and points). The charts answer
clicks: a tier's bar emits `tier_clicked(tier)` (None: unclassified accounts), a point of the
Pareto curve or a bar of the largest accounts emits `account_clicked(account_id)`; hovering
shows what is under the mouse. Texts are re-read on a language change.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QMargins, QPointF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QCursor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPen,
    QShowEvent,
)
from PySide6.QtWidgets import QGraphicsSimpleTextItem, QSizePolicy, QToolTip, QWidget

from kam_desktop.ui import labels
from kam_desktop.ui.style import ACCENT

translate = QCoreApplication.translate

SALES_COLOR = ACCENT
PROFIT_COLOR = "#2e8b57"
MARK_COLOR = "#b3261e"
MUTED_COLOR = "#5f6b7a"
GRID_COLOR = "#e3e8ee"
TEXT_COLOR = "#1b2733"
MAX_CURVE_POINTS = 1500  # a longer curve is thinned for drawing; clicks still find every account
CLICK_DISTANCE = 12  # pixels from the curve that still count as a click on it


def tier_title(tier: str | None) -> str:
    return labels.not_classified() if tier is None else tier


def nice_max(value: float) -> float:
    """A round axis maximum a little above `value` (room for the labels above the bars)."""
    if value <= 0:
        return 1.0
    magnitude = 10 ** np.floor(np.log10(value * 1.15))
    for step in (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if value * 1.15 <= step * magnitude:
            return float(step * magnitude)
    return float(value * 1.15)  # pragma: no cover


def money_scale(largest: float) -> tuple[float, str]:
    """A divisor and its unit for an axis of amounts up to `largest`."""
    if largest >= 1e9:
        return 1e9, translate("DashboardCharts", "billions")
    if largest >= 1e6:
        return 1e6, translate("DashboardCharts", "millions")
    if largest >= 1e4:
        return 1e3, translate("DashboardCharts", "thousands")
    return 1.0, ""


def _chart() -> QChart:
    chart = QChart()
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(2, 2, 2, 2))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    font = QFont()
    font.setBold(True)
    chart.setTitleFont(font)
    return chart


def _value_axis(title: str = "") -> QValueAxis:
    axis = QValueAxis()
    axis.setTitleText(title)
    axis.setGridLineColor(QColor(GRID_COLOR))
    axis.setLabelsColor(QColor(MUTED_COLOR))
    return axis


def _bar_set(name: str, color: str, values: Sequence[float]) -> QBarSet:
    bars = QBarSet(name)
    bars.setColor(QColor(color))
    bars.setBorderColor(QColor(color))
    bars.setLabelColor(QColor(TEXT_COLOR))
    bars.append([float(v) for v in values])
    return bars


class DashboardChart(QChartView):
    """A chart view that redraws on a language change (at once when shown, else when next
    shown) and draws a fresh chart on every `_draw`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(220)
        self.setChart(_chart())
        self._stale_texts = False

    def _reset(self) -> QChart:
        old = self.chart()
        chart = _chart()
        self.setChart(chart)
        old.deleteLater()
        return chart

    def _draw(self) -> None:  # pragma: no cover - every chart draws itself
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


class _TierBars(DashboardChart):
    """Vertical bars per tier; a click on a bar emits `tier_clicked`."""

    tier_clicked = Signal(object)  # tier label, or None for unclassified accounts

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiers: list[str | None] = []
        self.bar_sets: list[QBarSet] = []
        self.series: QBarSeries | None = None

    def bar_count(self) -> int:
        return self.bar_sets[0].count() if self.bar_sets else 0

    def _categories(self, chart: QChart, series: QBarSeries) -> None:
        axis = QBarCategoryAxis()
        axis.append([tier_title(t) for t in self.tiers])
        axis.setGridLineVisible(False)
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis)
        series.clicked.connect(self._on_clicked)
        series.hovered.connect(self._on_hovered)
        self.series = series
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def _on_clicked(self, index: int, _bars: QBarSet) -> None:
        if 0 <= index < len(self.tiers):
            self.tier_clicked.emit(self.tiers[index])

    def _on_hovered(self, status: bool, index: int, _bars: QBarSet) -> None:
        if status and 0 <= index < len(self.tiers):
            QToolTip.showText(QCursor.pos(), self.tooltip(index), self)
        else:
            QToolTip.hideText()

    def tooltip(self, index: int) -> str:  # pragma: no cover - overridden
        return ""

    def bar_center(self, index: int, set_index: int = 0) -> QPointF:
        """Where (in view coordinates) the middle of a bar is drawn (for tests)."""
        assert self.series is not None
        bars = self.bar_sets[set_index]
        n = len(self.bar_sets)
        width = self.series.barWidth()
        offset = -width / 2 + (set_index + 0.5) * width / n
        at = QPointF(index + offset, bars.at(index) / 2)
        scene = self.chart().mapToPosition(at, self.series)
        return self.mapFromScene(self.chart().mapToScene(scene)).toPointF()


class TierAccountsChart(_TierBars):
    """How many accounts each tier in force holds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tierAccountsChart")
        self.counts: list[int] = []
        self._draw()

    def set_data(self, tiers: Sequence[str | None], counts: Sequence[int]) -> None:
        self.tiers = list(tiers)
        self.counts = [int(c) for c in counts]
        self._draw()

    def tooltip(self, index: int) -> str:
        total = sum(self.counts) or 1
        return translate("DashboardCharts", "%1: %2 accounts (%3% of the portfolio)\nClick to "
                                            "list those needing attention").replace(
            "%1", tier_title(self.tiers[index])).replace(
            "%2", QLocale().toString(self.counts[index])).replace(
            "%3", f"{100 * self.counts[index] / total:.0f}")

    def _draw(self) -> None:
        chart = self._reset()
        chart.setTitle(translate("DashboardCharts", "Accounts by tier"))
        chart.legend().setVisible(False)
        self.bar_sets = []
        self.series = None
        if not self.tiers:
            return
        series = QBarSeries()
        series.setBarWidth(0.6)
        bars = _bar_set(translate("DashboardCharts", "Accounts"), ACCENT, self.counts)
        series.append(bars)
        self.bar_sets = [bars]
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        series.setLabelsPrecision(9)
        chart.addSeries(series)
        self._categories(chart, series)
        axis = _value_axis(translate("DashboardCharts", "Accounts"))
        axis.setRange(0, nice_max(max([*self.counts, 1])))
        axis.setLabelFormat("%d")
        axis.setTickCount(5)
        chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis)


class TierValueChart(_TierBars):
    """12-month sales and profit of each tier, side by side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tierValueChart")
        self.sales: list[float] = []
        self.profit: list[float] = []
        self.unit = ""
        self._draw()

    def set_data(self, tiers: Sequence[str | None], sales: Sequence[float],
                 profit: Sequence[float]) -> None:
        self.tiers = list(tiers)
        self.sales = [float(v) for v in sales]
        self.profit = [0.0 if pd.isna(v) else float(v) for v in profit]
        self._draw()

    def tooltip(self, index: int) -> str:
        sales, profit = self.sales[index], self.profit[index]
        total = sum(self.sales) or 1.0
        margin = f"{100 * profit / sales:.1f}" if sales else "—"
        return translate("DashboardCharts", "%1: sales %2 (%3% of the portfolio), profit %4 "
                                            "(margin %5%)").replace(
            "%1", tier_title(self.tiers[index])).replace(
            "%2", QLocale().toString(round(sales))).replace(
            "%3", f"{100 * sales / total:.1f}").replace(
            "%4", QLocale().toString(round(profit))).replace("%5", margin)

    def _draw(self) -> None:
        chart = self._reset()
        self.bar_sets = []
        self.series = None
        largest = max([*self.sales, *self.profit, 0.0])
        divisor, unit = money_scale(largest)
        self.unit = unit
        if unit:
            chart.setTitle(translate("DashboardCharts", "12-month sales and profit by tier "
                                                        "(%1)").replace("%1", unit))
        else:
            chart.setTitle(translate("DashboardCharts", "12-month sales and profit by tier"))
        if not self.tiers:
            chart.legend().setVisible(False)
            return
        series = QBarSeries()
        series.setBarWidth(0.75)
        decimals = 1 if largest / divisor < 1000 else 0
        sales = _bar_set(translate("DashboardCharts", "Sales"), SALES_COLOR,
                         [round(v / divisor, decimals) for v in self.sales])
        profit = _bar_set(translate("DashboardCharts", "Profit"), PROFIT_COLOR,
                          [round(v / divisor, decimals) for v in self.profit])
        series.append(sales)
        series.append(profit)
        self.bar_sets = [sales, profit]
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        series.setLabelsPrecision(9)
        chart.addSeries(series)
        self._categories(chart, series)
        low = min([0.0, *(v / divisor for v in self.profit)])
        axis = _value_axis(unit)
        axis.setRange(-nice_max(-low) if low < 0 else 0.0, nice_max(largest / divisor))
        axis.setLabelFormat("%.0f" if largest / divisor >= 10 else "%.1f")
        axis.setTickCount(5)
        chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis)
        chart.legend().setVisible(True)


class ParetoChart(DashboardChart):
    """Cumulative share of 12-month sales over the accounts ranked largest first, with the
    top-N point marked and where the curve crosses 80 %. A click on (or near) the curve opens
    the account at that rank."""

    account_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardParetoChart")
        self.setMouseTracking(True)
        self.pareto: pd.DataFrame | None = None
        self.top_n = 10
        self.curve: QLineSeries | None = None
        self.marks: list[str] = []
        self._texts: list[tuple[QGraphicsSimpleTextItem, QPointF, str]] = []
        self._draw()

    def set_pareto(self, pareto: pd.DataFrame | None, top_n: int = 10) -> None:
        """`pareto`: `Concentration.pareto` (indexed by account id, largest first)."""
        self.pareto = pareto
        self.top_n = top_n
        self._draw()

    def point_count(self) -> int:
        return self.curve.count() if self.curve is not None else 0

    def account_count(self) -> int:
        return 0 if self.pareto is None else len(self.pareto)

    def account_at(self, rank: int) -> str | None:
        """The id of the account at `rank` (1: the largest)."""
        if self.pareto is None or not 1 <= rank <= len(self.pareto):
            return None
        return str(self.pareto.index[rank - 1])

    def _draw(self) -> None:
        chart = self._reset()
        chart.legend().setVisible(False)
        self.curve = None
        self.marks = []
        self._texts = []
        pareto = self.pareto
        if pareto is None or pareto.empty:
            chart.setTitle(translate("DashboardCharts", "Pareto curve — no sales in the last "
                                                        "12 months"))
            return
        chart.setTitle(translate("DashboardCharts", "Pareto curve of 12-month sales"))
        n = len(pareto)
        cum = pareto["cum_share"].to_numpy(dtype=float) * 100
        ranks = _curve_ranks(n)
        curve = QLineSeries()
        curve.setPen(QPen(QColor(SALES_COLOR), 2.5))
        curve.append([QPointF(0, 0)] + [QPointF(float(r), float(cum[r - 1])) for r in ranks])
        chart.addSeries(curve)
        self.curve = curve

        x_axis = _value_axis(translate("DashboardCharts", "Accounts, largest first"))
        x_axis.setRange(0, n)
        x_axis.setLabelFormat("%d")
        x_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        x_axis.setTickAnchor(0)
        x_axis.setTickInterval(_tick_interval(n))
        y_axis = _value_axis(translate("DashboardCharts", "Cumulative share"))
        y_axis.setRange(0, 100)
        y_axis.setTickCount(6)
        y_axis.setLabelFormat("%.0f%%")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        curve.attachAxis(x_axis)
        curve.attachAxis(y_axis)

        # Where 80 % of the sales is reached, as dashed guide lines.
        k80 = int(np.searchsorted(cum, 80.0 - 1e-9) + 1)
        if k80 <= n:
            guide = QLineSeries()
            guide.setPen(QPen(QColor(MUTED_COLOR), 1.2, Qt.PenStyle.DashLine))
            guide.append([QPointF(0, 80), QPointF(k80, 80), QPointF(k80, 0)])
            chart.addSeries(guide)
            guide.attachAxis(x_axis)
            guide.attachAxis(y_axis)
            text = translate("DashboardCharts", "80%: %1 accounts").replace(
                "%1", QLocale().toString(k80))
            self.marks.append(text)
            self._add_text(chart, text, QPointF(k80, 80), "guide")
        # The top-N point.
        top = min(self.top_n, n)
        if top:
            dot = QScatterSeries()
            dot.setMarkerSize(9)
            dot.setColor(QColor(MARK_COLOR))
            dot.setBorderColor(QColor(MARK_COLOR))
            dot.append(QPointF(top, float(cum[top - 1])))
            chart.addSeries(dot)
            dot.attachAxis(x_axis)
            dot.attachAxis(y_axis)
            text = translate("DashboardCharts", "Top %1: %2%").replace(
                "%1", str(top)).replace("%2", f"{cum[top - 1]:.0f}")
            self.marks.append(text)
            self._add_text(chart, text, QPointF(top, float(cum[top - 1])), "top")
        chart.plotAreaChanged.connect(self._place_texts)
        self._place_texts()

    def _add_text(self, chart: QChart, text: str, at: QPointF, kind: str) -> None:
        item = QGraphicsSimpleTextItem(text, chart)
        font = QFont()
        font.setBold(True)
        item.setFont(font)
        item.setBrush(QColor(MARK_COLOR if kind == "top" else MUTED_COLOR))
        item.setZValue(10)
        self._texts.append((item, at, kind))

    def _place_texts(self, *_args: object) -> None:
        """The top-N label right of and below its point (the curve rises to its left), above
        it when the point is near the bottom; the 80 % label right of where the guide lines
        meet, below the line."""
        if self.curve is None:
            return
        chart = self.chart()
        area = chart.plotArea()
        for item, at, _kind in self._texts:
            pos = chart.mapToPosition(at, self.curve)
            rect = item.boundingRect()
            x = min(pos.x() + 8, area.right() - rect.width() - 2)
            y = pos.y() + 4
            if y + rect.height() > area.bottom() - 2:  # no room below: above the point
                y = pos.y() - rect.height() - 4
            item.setPos(x, y)

    # --- mouse -----------------------------------------------------------------------------

    def rank_near(self, pos: QPointF) -> int | None:
        """The rank of the account whose point of the curve is within `CLICK_DISTANCE`
        pixels of `pos` (view coordinates), if any. Vectorised: the axes are linear, so the
        points near the mouse are placed with one numpy expression (a hundred thousand
        accounts put thousands of them within a few pixels)."""
        if self.curve is None or self.pareto is None or self.pareto.empty:
            return None
        chart = self.chart()
        area = chart.plotArea()
        if area.width() <= 0 or area.height() <= 0:
            return None
        at = chart.mapFromScene(self.mapToScene(pos.toPoint()))
        n = len(self.pareto)
        per_pixel = n / area.width()
        centre = (at.x() - area.left()) * per_pixel
        low = max(1, int(centre - CLICK_DISTANCE * per_pixel) - 1)
        high = min(n, int(centre + CLICK_DISTANCE * per_pixel) + 1)
        if low > high:
            return None
        ranks = np.arange(low, high + 1)
        cum = self.pareto["cum_share"].to_numpy(dtype=float)[ranks - 1]
        xs = area.left() + ranks / n * area.width()
        ys = area.bottom() - cum * area.height()
        distance = np.hypot(xs - at.x(), ys - at.y())
        best = int(np.argmin(distance))
        return int(ranks[best]) if distance[best] <= CLICK_DISTANCE else None

    def point_position(self, rank: int) -> QPointF:
        """Where (in view coordinates) the account at `rank` sits on the curve."""
        assert self.curve is not None and self.pareto is not None
        cum = float(self.pareto["cum_share"].iloc[rank - 1]) * 100
        chart = self.chart()
        at = chart.mapToScene(chart.mapToPosition(QPointF(rank, cum), self.curve))
        return self.mapFromScene(at).toPointF()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # Qt override
        rank = self.rank_near(event.position())
        if rank is not None and self.pareto is not None:
            row = self.pareto.iloc[rank - 1]
            text = translate("DashboardCharts", "#%1 %2 %3\n%4% of sales, %5% with the larger "
                                                "ones\nClick to open the account").replace(
                "%1", str(rank)).replace("%2", str(row["code"])).replace(
                "%3", str(row["name"] or "")).replace(
                "%4", f"{100 * float(row['share']):.1f}").replace(
                "%5", f"{100 * float(row['cum_share']):.1f}")
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            QToolTip.hideText()
            self.unsetCursor()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            rank = self.rank_near(event.position())
            account = self.account_at(rank) if rank is not None else None
            if account is not None:
                self.account_clicked.emit(account)
        super().mouseReleaseEvent(event)


def _curve_ranks(n: int) -> list[int]:
    """The ranks drawn: every one up to `MAX_CURVE_POINTS`, else the first few hundred and
    evenly spaced ones after (the curve is smooth there), always the last."""
    if n <= MAX_CURVE_POINTS:
        return list(range(1, n + 1))
    head = list(range(1, 301))
    tail = np.linspace(301, n, MAX_CURVE_POINTS - 300).round().astype(int).tolist()
    return sorted(set(head + tail))


def _tick_interval(n: int) -> float:
    """A round step giving at most about eight ticks over 0..n accounts."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10_000,
                 20_000, 25_000, 50_000):
        if n / step <= 8:
            return float(step)
    return float(max(1, n // 8))


class TopAccountsChart(DashboardChart):
    """The N largest accounts' shares of 12-month sales as horizontal bars, the largest on
    top; a click on a bar emits `account_clicked`."""

    account_clicked = Signal(str)
    NAME_WIDTH = 150  # pixels of an account's name before it is elided

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("topAccountsChart")
        self.rows: pd.DataFrame | None = None
        self.bar_set: QBarSet | None = None
        self.series: QHorizontalBarSeries | None = None
        self._draw()

    def set_pareto(self, pareto: pd.DataFrame | None, top_n: int = 10) -> None:
        self.rows = None if pareto is None else pareto.head(top_n)
        self._draw()

    def bar_count(self) -> int:
        return self.bar_set.count() if self.bar_set is not None else 0

    def account_at(self, index: int) -> str | None:
        """The account of bar `index` (0: the largest)."""
        if self.rows is None or not 0 <= index < len(self.rows):
            return None
        return str(self.rows.index[index])

    def bar_center(self, index: int) -> QPointF:
        """Where (in view coordinates) the middle of the bar of `index` is drawn."""
        assert self.bar_set is not None and self.series is not None and self.rows is not None
        n = len(self.rows)
        at = QPointF(self.bar_set.at(n - 1 - index) / 2, n - 1 - index)
        chart = self.chart()
        scene = chart.mapToScene(chart.mapToPosition(at, self.series))
        return self.mapFromScene(scene).toPointF()

    def _label(self, rank: int, name: object, code: object) -> str:
        text = str(name) if isinstance(name, str) and name else str(code)
        text = QFontMetrics(self.chart().font()).elidedText(text, Qt.TextElideMode.ElideRight,
                                                            self.NAME_WIDTH)
        return f"{rank}. {text}"

    def _draw(self) -> None:
        chart = self._reset()
        chart.legend().setVisible(False)
        self.bar_set = None
        self.series = None
        rows = self.rows
        if rows is None or rows.empty:
            chart.setTitle(translate("DashboardCharts", "Largest accounts"))
            return
        chart.setTitle(translate("DashboardCharts", "Top %1 accounts, share of 12-month sales")
                       .replace("%1", str(len(rows))))
        largest = 100 * float(rows["share"].max())
        decimals = 2 if largest < 1 else 1  # a portfolio of thousands: every share is small
        shares = [round(100 * float(s), decimals) for s in rows["share"]]
        names = [self._label(i + 1, nm, c) for i, (nm, c) in
                 enumerate(zip(rows["name"], rows["code"], strict=True))]
        bars = _bar_set(translate("DashboardCharts", "Share of sales"), SALES_COLOR,
                        list(reversed(shares)))
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setBarWidth(0.7)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value%")
        series.setLabelsPrecision(4)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(list(reversed(names)))
        categories.setGridLineVisible(False)
        categories.setTruncateLabels(False)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        axis = _value_axis()
        top = nice_max(max([*shares, 0.01]))
        axis.setRange(0, top)
        axis.setLabelFormat("%.0f%%" if top >= 4 else "%.1f%%" if top >= 0.4 else "%.2f%%")
        axis.setTickCount(5)
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis)
        series.clicked.connect(self._on_clicked)
        series.hovered.connect(self._on_hovered)
        self.bar_set = bars
        self.series = series
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def _index(self, bar: int) -> int:
        return len(self.rows) - 1 - bar if self.rows is not None else -1

    def _on_clicked(self, bar: int, _bars: QBarSet) -> None:
        account = self.account_at(self._index(bar))
        if account is not None:
            self.account_clicked.emit(account)

    def _on_hovered(self, status: bool, bar: int, _bars: QBarSet) -> None:
        index = self._index(bar)
        if not status or self.rows is None or not 0 <= index < len(self.rows):
            QToolTip.hideText()
            return
        row = self.rows.iloc[index]
        text = translate("DashboardCharts", "#%1 %2 %3\nSales %4 (%5%)\nClick to open the "
                                            "account").replace(
            "%1", str(index + 1)).replace("%2", str(row["code"])).replace(
            "%3", str(row["name"] or "")).replace(
            "%4", QLocale().toString(round(float(row["sales"])))).replace(
            "%5", f"{100 * float(row['share']):.1f}")
        QToolTip.showText(QCursor.pos(), text, self)


__all__ = [
    "DashboardChart", "ParetoChart", "TierAccountsChart", "TierValueChart", "TopAccountsChart",
    "money_scale", "nice_max",
]
