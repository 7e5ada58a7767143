"""Writing tables for the user: .xlsx (text never becomes a formula) or .csv (opens in Excel)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from kam_desktop.errors import InvalidInputError


def write_table(frame: pd.DataFrame, path: Path, *, sheet: str = "Data") -> Path:
    """Write `frame` to `path` by its extension: .xlsx or .csv (UTF-8 with BOM for Excel).

    In .xlsx every text cell is typed as text, so a value starting with = + - @ is shown as it
    is and never evaluated as a formula (CSV injection).
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise InvalidInputError(f"{path.name}: choose a .xlsx or .csv file name.")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".partial")
    if suffix == ".csv":
        frame.to_csv(tmp, index=False, encoding="utf-8-sig")
    else:
        wb = Workbook(write_only=True)
        ws = wb.create_sheet(sheet[:31])
        header = []
        for name in frame.columns:
            cell = WriteOnlyCell(ws, value=str(name))
            cell.font = Font(bold=True)
            header.append(cell)
        ws.append(header)
        for row in frame.itertuples(index=False):
            cells = []
            for value in row:
                if value is None or (not isinstance(value, str) and pd.isna(value)):
                    cells.append(WriteOnlyCell(ws, value=None))
                elif isinstance(value, str):
                    cell = WriteOnlyCell(ws, value=value)
                    cell.data_type = "s"
                    cells.append(cell)
                else:
                    cells.append(WriteOnlyCell(ws, value=value.item() if hasattr(value, "item")
                                               else value))
            ws.append(cells)
        wb.save(tmp)
    tmp.replace(path)
    return path
