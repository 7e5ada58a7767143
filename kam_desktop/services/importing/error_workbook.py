"""The error workbook: the rows that could not be imported, as they were, with the reasons.

The user fixes the cells in Excel and imports the workbook again: its header row is the
original one, so the same mapping applies. Every cell is written as text (never as a formula,
whatever it starts with) so a cell like "=cmd|..." from an ERP export cannot run in Excel.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill

from kam_desktop import paths
from kam_desktop.services.importing.result import Problem
from kam_desktop.services.importing.table import SourceTable

PROBLEM_HEADER = "Problems / 问题"
ROW_HEADER = "Source row / 原行号"


def default_path(source: Path) -> Path:
    """`<file>.errors.xlsx` beside the source when that folder is writable, else in the data
    folder."""
    target = source.with_name(f"{source.stem}.errors.xlsx")
    try:
        probe = target.parent / f".kam-write-test-{source.stem}"
        probe.touch()
        probe.unlink()
        return target
    except OSError:
        folder = paths.data_dir() / "import-errors"
        folder.mkdir(parents=True, exist_ok=True)
        return folder / target.name


def _text_cell(ws, value: object) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=None if value is None else str(value))
    if value is not None:
        cell.data_type = "s"  # text, even when it starts with = + - @
    return cell


def write_error_workbook(target: Path, table: SourceTable, invalid: np.ndarray,
                         problems: list[Problem]) -> Path:
    by_row: dict[int, list[str]] = defaultdict(list)
    for p in problems:
        by_row[p.row].append(f"{p.column}: {p.message}" if p.column else p.message)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(title=table.sheet[:31] or "Errors")
    bold = Font(bold=True)
    header = [_text_cell(ws, h or c) for h, c in zip(table.headers, table.columns, strict=True)]
    for label in (PROBLEM_HEADER, ROW_HEADER):
        cell = _text_cell(ws, label)
        cell.fill = PatternFill("solid", fgColor="FFF2CC")
        header.append(cell)
    for cell in header:
        cell.font = bold
    ws.append(header)
    rows = np.flatnonzero(invalid)
    data = table.data.iloc[rows]
    excel_rows = table.excel_rows[rows]
    for values, excel_row in zip(data.itertuples(index=False), excel_rows, strict=True):
        cells = [_text_cell(ws, None if pd.isna(v) else v) for v in values]
        cells.append(_text_cell(ws, "; ".join(by_row.get(int(excel_row), []))))
        cells.append(WriteOnlyCell(ws, value=int(excel_row)))
        ws.append(cells)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".partial")
    wb.save(tmp)
    tmp.replace(target)
    return target
