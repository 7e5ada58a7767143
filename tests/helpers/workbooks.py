"""Writing small real workbooks for tests."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook


def write_xlsx(path: Path, rows: Sequence[Sequence[object]], *, sheet: str = "Sheet1",
               start_row: int = 1, start_col: int = 1) -> Path:
    """Rows written from (start_row, start_col); None leaves a cell empty."""
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    for r, row in enumerate(rows, start=start_row):
        for c, value in enumerate(row, start=start_col):
            if value is not None:
                ws.cell(row=r, column=c, value=value)
    wb.save(path)
    return path
