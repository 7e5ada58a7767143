"""Fixtures for import tests: the Northwind export flattened as an ERP would write it."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest


@pytest.fixture
def northwind_sales(shared_data: Path, tmp_path: Path) -> tuple[Path, pd.DataFrame]:
    """Orders joined with Orders Details and Customers: one row per order line, as a sales
    export. Returns the .xlsx written and the joined frame (for independent expectations)."""
    book = shared_data / "northwind" / "Northwind.xlsx"
    orders = pd.read_excel(book, sheet_name="Orders", engine="calamine")
    details = pd.read_excel(book, sheet_name="Orders Details", engine="calamine")
    customers = pd.read_excel(book, sheet_name="Customers", engine="calamine")
    lines = details.merge(orders[["OrderID", "CustomerID", "OrderDate"]], on="OrderID")
    lines = lines.merge(customers[["CustomerID", "CompanyName"]], on="CustomerID", how="left")
    lines = lines[["CustomerID", "CompanyName", "OrderID", "OrderDate", "ProductID",
                   "Product Name", "UnitPrice", "Quantity", "Discount"]]
    target = tmp_path / "northwind_sales.xlsx"
    lines.to_excel(target, index=False, sheet_name="Sales")
    return target, lines
