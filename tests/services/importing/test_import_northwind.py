"""The real Northwind data brought in through the real import (needs ../shared)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import text

from kam_desktop.services.importing.fields import ImportKindName
from kam_desktop.services.importing.pipeline import import_file
from kam_desktop.services.importing.result import ImportRequest
from kam_desktop.services.sales import sales_by_account
from kam_desktop.storage.database import Database


def test_northwind_sales_import_matches_an_independent_computation(
    db: Database, northwind_sales: tuple[Path, pd.DataFrame]
) -> None:
    path, lines = northwind_sales
    result = import_file(db, ImportRequest(kind=ImportKindName.SALES, path=path))

    assert result.committed and result.invalid == 0
    assert result.rows_read == len(lines) == 2155
    assert result.inserted == 2155
    assert result.accounts_created == lines["CustomerID"].nunique() == 89
    assert result.mapping["customer_code"] == "CustomerID"
    assert result.mapping["order_no"] == "OrderID"

    # Expected per customer, straight from the workbook: amount = price × qty × (1 − discount)
    # rounded to cents per line.
    lines = lines.assign(amount=(lines["UnitPrice"] * lines["Quantity"]
                                 * (1 - lines["Discount"])).round(2))
    expected = lines.groupby("CustomerID").agg(
        sales=("amount", "sum"), lines=("amount", "size"), orders=("OrderID", "nunique"),
        first=("OrderDate", "min"), last=("OrderDate", "max"),
    )
    with db.unit_of_work() as uow:
        got = sales_by_account(uow).set_index("code")
        names = dict(uow.session.execute(text("SELECT code, name FROM accounts")).all())
    assert set(got.index) == set(expected.index)
    for code, row in expected.iterrows():
        assert got.loc[code, "sales"] == pytest.approx(row["sales"], abs=0.01), code
        assert got.loc[code, "lines"] == row["lines"]
        assert got.loc[code, "orders"] == row["orders"]
        assert got.loc[code, "first_order"] == row["first"].date().isoformat()
        assert got.loc[code, "last_order"] == row["last"].date().isoformat()
    assert names["ALFKI"] == "Alfreds Futterkiste"


def test_northwind_imported_twice_adds_nothing(
    db: Database, northwind_sales: tuple[Path, pd.DataFrame]
) -> None:
    path, _ = northwind_sales
    import_file(db, ImportRequest(kind=ImportKindName.SALES, path=path))
    again = import_file(db, ImportRequest(kind=ImportKindName.SALES, path=path))
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 2155)
    assert again.accounts_created == 0
    with db.unit_of_work() as uow:
        assert uow.session.scalar(text("SELECT count(*) FROM sales_lines")) == 2155


def test_northwind_customer_master(db: Database, shared_data: Path, tmp_path: Path) -> None:
    customers = pd.read_excel(shared_data / "northwind" / "Northwind.xlsx",
                              sheet_name="Customers", engine="calamine")
    path = tmp_path / "customers.xlsx"
    customers.to_excel(path, index=False)
    result = import_file(db, ImportRequest(
        kind=ImportKindName.ACCOUNTS, path=path,
        overrides={"customer_name": "CompanyName", "region": "Country"},
    ))
    assert result.inserted == len(customers) == 91
    with db.unit_of_work() as uow:
        row = uow.session.execute(text(
            "SELECT name, city, region, created_by_batch_id IS NOT NULL FROM accounts "
            "WHERE code = 'ALFKI'")).one()
    assert tuple(row) == ("Alfreds Futterkiste", "Berlin", "Germany", 1)
