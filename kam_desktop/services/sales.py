"""Sales figures per account (`kam sales by-account`)."""

from __future__ import annotations

from datetime import date

import pandas as pd

from kam_desktop.storage.unit_of_work import UnitOfWork

BY_ACCOUNT_COLUMNS = ("code", "name", "lines", "orders", "sales", "profit", "first_order",
                      "last_order")


def sales_by_account(uow: UnitOfWork, date_from: date | None = None,
                     date_to: date | None = None) -> pd.DataFrame:
    """One row per account with sales lines in [date_from, date_to] (both inclusive), by code.

    `profit` is empty when no line of the account in the range carries a profit.
    """
    where, params = [], []
    if date_from is not None:
        where.append("s.order_date >= ?")
        params.append(date_from.isoformat())
    if date_to is not None:
        where.append("s.order_date <= ?")
        params.append(date_to.isoformat())
    condition = f"WHERE {' AND '.join(where)}" if where else ""
    sql = f"""
        SELECT a.code, a.name, count(*) AS lines, count(DISTINCT s.order_no) AS orders,
               round(sum(s.amount), 2) AS sales, round(sum(s.profit), 2) AS profit,
               min(s.order_date) AS first_order, max(s.order_date) AS last_order
          FROM sales_lines s JOIN accounts a ON a.id = s.account_id
          {condition}
         GROUP BY a.id
         ORDER BY a.code
    """
    conn = uow.session.connection().connection.driver_connection
    return pd.read_sql_query(sql, conn, params=params)
