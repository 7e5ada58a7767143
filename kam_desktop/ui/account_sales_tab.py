"""The Sales tab of the account detail: the last 24 months as a chart (sales and profit bars)
above the account's sales lines, newest first.

Both come from `services.account_overview` (`monthly_sales`, `account_sales_lines`), read on a
worker thread by a `LatestLoader`. The lines sit in a `QAbstractTableModel` (a big customer
has thousands); sorting a column sorts the DataFrame behind it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QLocale,
    QMargins,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.errors import NotFoundError
from kam_desktop.services.account_overview import account_sales_lines, monthly_sales
from kam_desktop.storage.database import Database
from kam_desktop.ui import formatting
from kam_desktop.ui.account_loader import LatestLoader
from kam_desktop.ui.operations import report_failure
from kam_desktop.ui.style import ACCENT

translate = QCoreApplication.translate

CHART_MONTHS = 24
PROFIT_COLOR = "#e08a2c"
MUTED_COLOR = "#5f6b7a"
GRID_COLOR = "#e3e8ee"

# Shown columns of `account_overview.LINE_COLUMNS` (cost is in profit; line_no is rarely read).
SHOWN_COLUMNS = ("order_date", "order_no", "product_code", "product_name", "product_category",
                 "quantity", "unit_price", "discount", "amount", "profit", "currency",
                 "salesperson")
NUMBER_COLUMNS = frozenset({"quantity", "unit_price", "discount", "amount", "profit"})

_Index = QModelIndex | QPersistentModelIndex


def line_column_title(key: str) -> str:
    names = {
        "order_date": translate("AccountSales", "Date"),
        "order_no": translate("AccountSales", "Order"),
        "product_code": translate("AccountSales", "Product code"),
        "product_name": translate("AccountSales", "Product"),
        "product_category": translate("AccountSales", "Category"),
        "quantity": translate("AccountSales", "Quantity"),
        "unit_price": translate("AccountSales", "Unit price"),
        "discount": translate("AccountSales", "Discount"),
        "amount": translate("AccountSales", "Amount"),
        "profit": translate("AccountSales", "Profit"),
        "currency": translate("AccountSales", "Currency"),
        "salesperson": translate("AccountSales", "Salesperson"),
    }
    return names.get(key, key)


@dataclass(frozen=True)
class SalesData:
    account_id: str
    monthly: pd.DataFrame  # monthly_sales
    lines: pd.DataFrame  # account_sales_lines


def load_sales(db: Database, account_id: str) -> SalesData:
    """Read the chart's months and every sales line (runs on a worker thread)."""
    with db.unit_of_work() as uow:
        monthly = monthly_sales(uow, account_id, months=CHART_MONTHS)
        lines = account_sales_lines(uow, account_id)
    return SalesData(account_id, monthly, lines)


class SalesLinesModel(QAbstractTableModel):
    """An account's sales lines (a DataFrame from `account_sales_lines`)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._frame = pd.DataFrame(columns=list(SHOWN_COLUMNS))
        self._locale = QLocale()

    @property
    def frame(self) -> pd.DataFrame:
        """The lines in the order shown."""
        return self._frame

    def set_lines(self, frame: pd.DataFrame) -> None:
        self.beginResetModel()
        self._frame = frame.reset_index(drop=True)
        self._locale = QLocale()
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._frame)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(SHOWN_COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._frame):
            return None
        key = SHOWN_COLUMNS[index.column()]
        value = self._frame.iat[index.row(), self._frame.columns.get_loc(key)]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(key, value)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in NUMBER_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and key == "product_name" and value:
            return str(value)
        return None

    def _display(self, key: str, value: Any) -> str:
        if value is None or (isinstance(value, float) and np.isnan(value)):
            return ""
        if key == "order_date":
            return formatting.day(value)
        if key == "quantity":
            return self._locale.toString(float(value), "g", 12)
        if key == "discount":
            return self._locale.toString(float(value), "g", 6)
        if key in NUMBER_COLUMNS:
            return self._locale.toString(float(value), "f", 2)
        return str(value)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(SHOWN_COLUMNS):
            return None
        key = SHOWN_COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return line_column_title(key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in NUMBER_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemNeverHasChildren

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(SHOWN_COLUMNS) or self._frame.empty:
            return
        key = SHOWN_COLUMNS[column]
        self.layoutAboutToBeChanged.emit()
        values = self._frame[key]
        keyed = values.astype(str).str.casefold() if values.dtype == object and \
            key != "order_date" else values
        order_index = keyed.sort_values(ascending=order == Qt.SortOrder.AscendingOrder,
                                        na_position="last", kind="stable").index
        self._frame = self._frame.loc[order_index].reset_index(drop=True)
        self.layoutChanged.emit()

    def refresh_texts(self) -> None:
        self._locale = QLocale()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(SHOWN_COLUMNS) - 1)
        if len(self._frame):
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._frame) - 1, len(SHOWN_COLUMNS) - 1))


def _unit(top: float) -> tuple[float, str]:
    """A divisor that keeps the axis labels short, and its name for the axis title."""
    if top >= 1e8:
        return 1e6, translate("AccountSales", "Millions")
    if top >= 1e4:
        return 1e3, translate("AccountSales", "Thousands")
    return 1.0, ""


class MonthlySalesChart(QChartView):
    """Sales and profit per month as bars side by side, on one money axis."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthlySalesChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(120)
        self.monthly: pd.DataFrame | None = None
        self.sales_set: QBarSet | None = None
        self.profit_set: QBarSet | None = None
        self._draw()

    def set_monthly(self, monthly: pd.DataFrame | None) -> None:
        self.monthly = monthly
        self._draw()

    def bar_count(self) -> int:
        return self.sales_set.count() if self.sales_set is not None else 0

    def _new_chart(self) -> QChart:
        chart = QChart()
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(2, 2, 2, 2))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        return chart

    def _draw(self) -> None:
        chart = self._new_chart()
        self.sales_set = None
        self.profit_set = None
        monthly = self.monthly
        if monthly is None or monthly.empty or not monthly["sales"].any():
            chart.setTitle(translate("AccountSales", "No sales in the last 24 months"))
            chart.legend().setVisible(False)
            return
        sales = monthly["sales"].to_numpy(dtype=float)
        # A month without sales made no profit; a month whose lines carry no profit or cost
        # shows no profit bar.
        profit = np.where(sales == 0, 0.0, monthly["profit"].to_numpy(dtype=float))
        top = max(float(np.nanmax(np.abs(np.r_[sales, profit]))), 1.0)
        scale, unit = _unit(top)
        bars = QBarSeries()
        bars.setBarWidth(0.8)
        self.sales_set = self._bar_set(translate("AccountSales", "Sales"), ACCENT, sales / scale)
        bars.append(self.sales_set)
        if np.isfinite(profit[sales != 0]).any():
            self.profit_set = self._bar_set(translate("AccountSales", "Profit"), PROFIT_COLOR,
                                            profit / scale)
            bars.append(self.profit_set)
        chart.addSeries(bars)

        small = QFont()
        small.setPointSizeF(max(small.pointSizeF() - 1.5, 6.5))
        months = QBarCategoryAxis()
        months.append([f"{m:%y-%m}" for m in monthly["month"]])
        months.setLabelsFont(small)
        months.setLabelsAngle(-90)
        months.setLabelsColor(QColor(MUTED_COLOR))
        months.setGridLineVisible(False)
        chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
        bars.attachAxis(months)

        values = QValueAxis()
        low = min(0.0, float(np.nanmin(profit)) / scale) if np.isfinite(profit).any() else 0.0
        values.setRange(low, float(np.nanmax(sales)) / scale * 1.05)
        values.applyNiceNumbers()
        values.setLabelFormat("%.0f" if values.max() - values.min() >= 5 else "%.1f")
        values.setLabelsFont(small)
        values.setLabelsColor(QColor(MUTED_COLOR))
        values.setGridLineColor(QColor(GRID_COLOR))
        values.setTitleText(unit)
        values.setTitleFont(small)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(values)
        chart.legend().setVisible(True)

    @staticmethod
    def _bar_set(name: str, color: str, values: np.ndarray) -> QBarSet:
        bar_set = QBarSet(name)
        bar_set.setColor(QColor(color))
        bar_set.setBorderColor(QColor(color))
        bar_set.append([float(v) if np.isfinite(v) else 0.0 for v in values])
        return bar_set

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._draw()
        super().changeEvent(event)


class AccountSalesTab(QWidget):
    """The Sales tab. `set_account(db, account_id)` reads and shows an account's sales."""

    loaded = Signal(str)  # the account id, once its sales are shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountSales")
        self.db: Database | None = None
        self.account_id: str | None = None
        self.data: SalesData | None = None
        self._loader = LatestLoader(self)

        self.chart = MonthlySalesChart()
        self.summary = QLabel()
        self.summary.setObjectName("salesSummary")
        self.model = SalesLinesModel(self)
        self.table = QTableView()
        self.table.setObjectName("salesLines")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # as read: newest first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        char = self.table.fontMetrics().averageCharWidth()
        widths = {"order_date": 11, "order_no": 12, "product_code": 10, "product_name": 22,
                  "product_category": 10, "quantity": 8, "unit_price": 11, "discount": 8,
                  "amount": 13, "profit": 12, "currency": 8, "salesperson": 10}
        for col, key in enumerate(SHOWN_COLUMNS):
            self.table.setColumnWidth(col, widths[key] * char + 14)

        lines = QWidget()
        lines_layout = QVBoxLayout(lines)
        lines_layout.setContentsMargins(0, 4, 0, 0)
        lines_layout.setSpacing(4)
        lines_layout.addWidget(self.summary)
        lines_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.chart)
        self.splitter.addWidget(lines)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.splitter)
        self.retranslate_ui()

    @property
    def is_loading(self) -> bool:
        return self._loader.busy

    def set_account(self, db: Database | None, account_id: str | None) -> None:
        self.db, self.account_id = db, account_id
        if db is None or account_id is None:
            self._loader.cancel()
            self._show(None)
            return
        self._loader.request(lambda: load_sales(db, account_id), self._show, self._failed)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, NotFoundError):
            self._show(None)
            return
        report_failure(self, exc)

    def _show(self, data: SalesData | None) -> None:
        self.data = data
        self.chart.set_monthly(data.monthly if data is not None else None)
        lines = data.lines if data is not None else pd.DataFrame(columns=list(SHOWN_COLUMNS))
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.model.set_lines(lines)
        self._update_summary()
        if data is not None:
            self.loaded.emit(data.account_id)

    def _update_summary(self) -> None:
        data = self.data
        if data is None or data.lines.empty:
            self.summary.setText(self.tr("No sales lines recorded for this account."))
            return
        total = float(data.lines["amount"].sum())
        first, last = data.lines["order_date"].min(), data.lines["order_date"].max()
        self.summary.setText(
            self.tr("%1 sales lines from %2 to %3, %4 in all").replace(
                "%1", QLocale().toString(len(data.lines))).replace(
                "%2", formatting.day(first)).replace("%3", formatting.day(last)).replace(
                "%4", formatting.money(total)))

    def retranslate_ui(self) -> None:
        self.model.refresh_texts()
        self._update_summary()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
