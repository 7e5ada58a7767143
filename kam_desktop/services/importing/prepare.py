"""From a found table and a column mapping to typed, validated rows.

Everything is vectorised over the columns; only the (few) problem cells become Python objects.
Each kind adds its own row rules (derived amounts, identities, duplicates) on top of the
per-field parsing done here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from kam_desktop.services.importing import values
from kam_desktop.services.importing.fields import Field, FieldType, ImportKindName, fields_of
from kam_desktop.services.importing.result import Problem
from kam_desktop.services.importing.table import SourceTable

_PARSERS: dict[FieldType, Callable[..., values.Parsed]] = {
    FieldType.CODE: values.parse_codes,
    FieldType.TEXT: values.parse_text,
    FieldType.NUMBER: values.parse_numbers,
    FieldType.INTEGER: values.parse_integers,
    FieldType.RATING: values.parse_ratings,
    FieldType.EMAIL: values.parse_emails,
}


@dataclass
class Prepared:
    """Typed rows of one import. `frame` has one column per mapped (or derived) field plus
    `_row` (the Excel row number); `invalid` marks rows with at least one problem."""

    kind: ImportKindName
    table: SourceTable
    mapping: dict[str, int]
    frame: pd.DataFrame
    invalid: np.ndarray
    problems: list[Problem] = field(default_factory=list)

    def has(self, key: str) -> bool:
        return key in self.frame.columns

    def column_label(self, key: str) -> str:
        """The Excel column letter and header of a mapped field, for messages."""
        index = self.mapping.get(key)
        if index is None:
            return ""
        header = self.table.headers[index]
        return f"{self.table.columns[index]} ({header})" if header else self.table.columns[index]

    def flag(self, mask: np.ndarray, key: str, message: str | Callable[[int], str]) -> None:
        """Record a problem for every row in `mask`, located at the column of `key`."""
        rows = np.flatnonzero(mask & ~self._flagged_cell(key))
        if not len(rows):
            return
        column = self.column_label(key)
        excel_rows = self.frame["_row"].to_numpy()
        for i in rows:
            text = message(int(i)) if callable(message) else message
            self.problems.append(Problem(self.table.sheet, int(excel_rows[i]), column, text))
        self.invalid[rows] = True

    def _flagged_cell(self, key: str) -> np.ndarray:
        """Rows already reported for this column (one message per cell is enough)."""
        column = self.column_label(key)
        mask = np.zeros(len(self.frame), dtype=bool)
        if not self.problems:
            return mask
        positions = self._row_positions()
        for p in self.problems:
            if p.column == column and p.row in positions:
                mask[positions[p.row]] = True
        return mask

    def _row_positions(self) -> dict[int, int]:
        return {int(r): i for i, r in enumerate(self.frame["_row"].to_numpy())}


def parse_fields(kind: ImportKindName, table: SourceTable, mapping: dict[str, int]) -> Prepared:
    """Parse every mapped column with its field's parser; bad cells become problems."""
    data = table.data
    frame: dict[str, pd.Series] = {"_row": pd.Series(table.excel_rows, dtype="int64")}
    bad_cells: list[tuple[str, np.ndarray, str]] = []
    for spec in fields_of(kind):
        index = mapping.get(spec.key)
        if index is None:
            continue
        cells = data.iloc[:, index].reset_index(drop=True)
        parsed = _parse(spec, cells, table.date1904)
        frame[spec.key] = parsed.values.reset_index(drop=True)
        if parsed.bad.any():
            bad_cells.append((spec.key, parsed.bad, parsed.reason))
    prepared = Prepared(
        kind=kind,
        table=table,
        mapping=mapping,
        frame=pd.DataFrame(frame),
        invalid=np.zeros(len(data), dtype=bool),
    )
    for key, bad, reason in bad_cells:
        cells = data.iloc[:, mapping[key]].reset_index(drop=True)
        prepared.flag(bad, key, lambda i, c=cells, r=reason: f"{r}: {str(c.iloc[i])!r}")
    return prepared


def _parse(spec: Field, cells: pd.Series, date1904: bool) -> values.Parsed:
    if spec.type == FieldType.DATE:
        return values.parse_dates(cells, date1904=date1904)
    return _PARSERS[spec.type](cells)


def missing(frame: pd.DataFrame, key: str) -> np.ndarray:
    """Rows where `key` has no value (all rows when the field is not mapped)."""
    if key not in frame.columns:
        return np.ones(len(frame), dtype=bool)
    return frame[key].isna().to_numpy()


def require(prepared: Prepared, key: str, message: str) -> None:
    """Rows with a blank cell in a required, mapped column are invalid."""
    if prepared.has(key):
        prepared.flag(missing(prepared.frame, key), key, message)
