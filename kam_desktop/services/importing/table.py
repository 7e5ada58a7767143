"""Finding the table in a sheet's cells: which row is the header, what each column is called,
which rows are data.

ERP exports rarely start at A1 with a header. Typical shapes, all handled here:

- title rows above the header ("2024年销售明细表", "日期：2024-01-01 至 2024-03-31");
- leading empty rows and columns (the header in row 5, column C);
- a header label merged across columns: Excel keeps the text in the first cell only, the other
  columns get "" (or are dropped when they hold no data either);
- a two-row header: group labels above sub-labels (金额 over 含税 | 不含税). The labels are
  combined as "金额/含税"; `group_labels` keeps the group apart so a caller can also try the
  sub-label alone. A column merged vertically across both rows keeps its one label. Without the
  file's merge information the end of a group is guessed: it extends right over sub-labels until
  the next group label or a vertically merged column;
- totals rows (合计, 总计, 小计, 本页合计, Total, Subtotal, Grand Total, "合 计", "Total:") anywhere
  below the header, and repeated header rows (reports printed page by page): removed and listed in
  `skipped`; blank rows: removed silently. A totals label must fill its cell, and is looked for
  in each row's leftmost cell and in the first `TOTALS_COLUMNS` text columns (labels sit left of
  the sums; a regex pass over every column would cost ~7 ms per 200,000 rows each).

The header is the row, among the first `HEAD_ROWS` rows with data, with the most cells the caller
recognises (`header_words`, e.g. the import's column-name aliases); ties go to the row with more
text cells, then to the earlier row. When no row has a recognised label, the header is the first
row of at least two text cells (nothing numeric or date-like) that is at least half as wide as
the rows below it. Rows of "label: value" notes ("部门：销售部") are never header or group rows.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from kam_desktop.errors import ImportFileError

if TYPE_CHECKING:
    from kam_desktop.services.importing.workbook import RawSheet

HEAD_ROWS = 30  # rows with data searched for the header
SAMPLE_ROWS = 300  # data rows sampled to tell numeric columns (no totals label there)

# A totals label, the whole cell: optional qualifier + 合计/总计/小计/共计, or (grand/sub) total(s);
# spaces anywhere (also the ideographic space), colons at the end. One pattern serves RE2 (pyarrow,
# on whole columns) and Python's re (for single cells); RE2's \s is ASCII-only, hence the class.
_S = "[\\s\u3000\u00a0]*"
_TOTALS_BODY = (
    f"^[\\s\u3000\u00a0:：]*(?:"
    f"(?:本{_S}页|本{_S}月|本{_S}日|本{_S}期|本{_S}年|全{_S}部|总|累)?{_S}"
    f"(?:合{_S}计|总{_S}计|小{_S}计|共{_S}计)"
    f"|(?:grand|sub|page)?{_S}-?{_S}totals?"
    f")[\\s\u3000\u00a0:：]*$"
)
_TOTALS = "(?i)" + _TOTALS_BODY
_TOTALS_PY = re.compile(_TOTALS_BODY, re.IGNORECASE)
TOTALS_COLUMNS = 3  # besides each row's leftmost cell, the first text columns searched for one
_NUMBER = re.compile(r"^[-+(]?\s*[¥$€£]?\s*(?:\d[\d,]*)?\.?\d+(?:[eE][-+]?\d+)?\s*\)?\s*%?$")
_KEY_VALUE = re.compile(r"^[^:：]+[:：]\s*\S")  # "部门：销售部", "Region: North": a note
_DATE = re.compile(r"^\d{4}\s*[-/.年]\s*\d{1,2}|^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}")

HeaderWords = Callable[[str], bool] | Collection[str]


@dataclass
class SourceTable:
    """The table found in a sheet: header labels and the data rows, all cells still text."""

    path: Path
    sheet: str
    headers: list[str]  # label per column ("金额/含税" for a two-row header), "" when blank
    columns: list[str]  # Excel column letters per column ("C", "D", ...)
    data: pd.DataFrame  # data rows only, columns 0..k-1, text cells (str or missing)
    excel_rows: np.ndarray  # Excel row number of each data row
    header_row: int  # Excel row number of the (first) header row
    skipped: list[tuple[int, str]]  # (Excel row, reason): totals and repeated header rows
    date1904: bool
    header_rows: int = 1  # 2 for a two-row header (rows header_row and header_row + 1)
    group_labels: list[str] = field(default_factory=list)  # per column: the group ("" if none)


def column_letter(index0: int) -> str:
    """Excel's column name for a 0-based index: 0 → "A", 25 → "Z", 26 → "AA"."""
    if index0 < 0:
        raise ValueError(f"column index must be >= 0, got {index0}")
    letters = ""
    n = index0 + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def normalize_label(text: str) -> str:
    """The form labels are compared in when `header_words` is a set: NFKC (full-width → ASCII),
    case-folded, without whitespace."""
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


def is_totals_label(text: str) -> bool:
    """True for 合计, "合 计：", 本页小计, Total, "Grand Total:", SUBTOTAL... (the whole cell)."""
    return _TOTALS_PY.match(text) is not None


def find_table(raw: RawSheet, header_words: HeaderWords) -> SourceTable:
    """Find header and data rows in `raw` (see the module docstring for the rules).

    `header_words(label)` says whether a (stripped) cell text is a known column name; a set of
    labels is compared after `normalize_label`. Raises `ImportFileError(code="no_table")` when
    there is no header or no data row below it.
    """
    matches = _matcher(header_words)
    cells = raw.cells
    n_rows, n_cols = cells.shape
    arrays = [_arrow(cells.iloc[:, j]) for j in range(n_cols)]
    filled = (
        np.column_stack([_filled(a) for a in arrays]) if n_cols
        else np.zeros((n_rows, 0), dtype=bool)
    )
    row_filled = filled.sum(axis=1)
    nonempty = np.flatnonzero(row_filled)
    if not len(nonempty):
        raise _no_table(raw, "the sheet is empty")

    head_positions = nonempty[:HEAD_ROWS]
    head = _texts(cells, head_positions)
    chosen = _best_header(head, matches)
    if chosen is None:
        chosen = _fallback_header(head, row_filled, nonempty)
    if chosen is None:
        raise _no_table(raw, f"no header row among the first {HEAD_ROWS} rows with data (a row"
                        " of column names such as 客户编码, 金额 above the data)")

    header_pos = int(head_positions[chosen])
    labels = head[chosen]
    group_labels = [""] * n_cols
    first_header_pos, last_header_pos = header_pos, header_pos
    above = _adjacent(head, head_positions, chosen, -1)
    below = _adjacent(head, head_positions, chosen, +1)
    if above is not None and _is_two_row_header(above, labels, lower_is_best=True):
        labels, group_labels = _combine(above, labels)
        first_header_pos = header_pos - 1
    elif below is not None and _is_two_row_header(labels, below, lower_is_best=False):
        labels, group_labels = _combine(labels, below)
        last_header_pos = header_pos + 1
    repeat_labels = head[chosen] if last_header_pos == header_pos else below
    assert repeat_labels is not None

    start = last_header_pos + 1
    body = filled[start:]
    keep = body.any(axis=1)
    skipped: list[tuple[int, str]] = []
    data_arrays = [a.slice(start) for a in arrays]
    totals = _totals_rows(cells, data_arrays, start, keep)
    repeats = _repeated_headers(data_arrays, repeat_labels, keep)
    for pos in np.flatnonzero(totals):
        label = next((str(a[int(pos)]) for a in data_arrays
                      if a[int(pos)].is_valid and is_totals_label(str(a[int(pos)]))), "")
        skipped.append((raw.first_row + start + int(pos), f'totals row ("{label.strip()}")'))
    for pos in np.flatnonzero(repeats & ~totals):
        skipped.append((raw.first_row + start + int(pos), "repeated header row"))
    skipped.sort()
    keep &= ~totals & ~repeats
    positions = start + np.flatnonzero(keep)
    if not len(positions):
        raise _no_table(raw, f"the header (row {raw.first_row + first_header_pos}) has no data"
                        " rows below it")

    label_present = np.array([bool(lbl) for lbl in labels], dtype=bool)
    data_present = filled[positions].any(axis=0) if n_cols else np.zeros(0, dtype=bool)
    kept_cols = np.flatnonzero(label_present | data_present)
    if len(positions) == positions[-1] - positions[0] + 1:
        data = cells.iloc[positions[0]:positions[-1] + 1, kept_cols]  # a slice: no copy
    else:
        data = cells.iloc[positions, kept_cols]
    data = data.set_axis(range(len(kept_cols)), axis=1).reset_index(drop=True)

    return SourceTable(
        path=raw.path,
        sheet=raw.sheet,
        headers=[labels[j] or "" for j in kept_cols],
        columns=[column_letter(raw.first_col + int(j)) for j in kept_cols],
        data=data,
        excel_rows=(raw.first_row + positions).astype(np.int64),
        header_row=raw.first_row + first_header_pos,
        skipped=skipped,
        date1904=raw.date1904,
        header_rows=last_header_pos - first_header_pos + 1,
        group_labels=[group_labels[j] for j in kept_cols],
    )


# --- header --------------------------------------------------------------------------------


def _matcher(header_words: HeaderWords) -> Callable[[str], bool]:
    if callable(header_words):
        return header_words
    known = {normalize_label(w) for w in header_words}
    return lambda label: normalize_label(label) in known


def _arrow(column: pd.Series) -> pa.Array | pa.ChunkedArray:
    if isinstance(column.dtype, pd.StringDtype | pd.ArrowDtype):
        return pa.array(column.array)  # zero-copy for Arrow-backed strings
    return pa.array(column.astype(object).where(column.notna(), None), type=pa.string(),
                    from_pandas=True)


def _filled(array: pa.Array | pa.ChunkedArray) -> np.ndarray:
    """Non-missing and not "" (read_cells already turns whitespace-only cells into missing)."""
    non_empty = pc.greater(pc.binary_length(array), 0)
    return np.asarray(pc.fill_null(non_empty, False).to_numpy(zero_copy_only=False), dtype=bool)


def _texts(cells: pd.DataFrame, positions: np.ndarray) -> list[list[str]]:
    """The given rows as lists of stripped strings ("" for empty)."""
    block = cells.iloc[positions].to_numpy(dtype=object)
    return [["" if _missing(v) else str(v).strip() for v in row] for row in block]


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and value != value)


def _is_text(value: str) -> bool:
    return bool(value) and not _NUMBER.match(value) and not _DATE.match(value)


def _best_header(head: list[list[str]], matches: Callable[[str], bool]) -> int | None:
    best: tuple[int, int, int] | None = None
    chosen = None
    for k, row in enumerate(head):
        values = [v for v in row if v]
        if len(values) < 2:
            continue
        texts = [v for v in values if _is_text(v)]
        score = sum(1 for v in texts if matches(v))
        if score == 0:
            continue
        key = (score, len(texts), -k)
        if best is None or key > best:
            best, chosen = key, k
    return chosen


def _fallback_header(head: list[list[str]], row_filled: np.ndarray,
                     nonempty: np.ndarray) -> int | None:
    for k, row in enumerate(head):
        values = [v for v in row if v]
        if len(values) < 2 or not all(_is_text(v) and not _KEY_VALUE.match(v) for v in values):
            continue
        following = row_filled[nonempty[k + 1:k + 6]]
        if len(following) and len(values) >= 0.5 * following.max():
            return k
    return None


def _adjacent(head: list[list[str]], positions: np.ndarray, k: int,
              step: int) -> list[str] | None:
    """Row k+step of the head, if it is the sheet row right next to row k (no blank between)."""
    j = k + step
    if 0 <= j < len(head) and positions[j] == positions[k] + step:
        return head[j]
    return None


def _is_two_row_header(upper: list[str], lower: list[str], *, lower_is_best: bool) -> bool:
    """Do `upper` (group labels) and `lower` (sub-labels) form one two-row header?

    Both rows all text, no "label: value" cells in the upper row, and the shape of groups: each
    upper label with a sub-label below it spans more sub-labels, under blank upper cells to its
    right. When the upper row is the best-matching one (`lower_is_best` False) the lower row
    could be a first data row of all-text cells, so a vertically merged column (label above,
    blank below) is required too.
    """
    up = [v for v in upper if v]
    low = [v for v in lower if v]
    if not up or not low or not all(_is_text(v) for v in up + low):
        return False
    if any(_KEY_VALUE.match(v) for v in up):
        return False
    leftmost = min(i for i, (u, lo) in enumerate(zip(upper, lower, strict=True)) if u or lo)
    if len(up) == 1 and upper.index(up[0]) == leftmost:
        return False  # one cell at the far left: a title, not a group
    groups = 0
    vertical = False
    for i, (u, lo) in enumerate(zip(upper, lower, strict=True)):
        if u and lo:
            # A group label stands over its first sub-label and spans at least one more.
            if i + 1 >= len(upper) or upper[i + 1] or not lower[i + 1]:
                return False
            groups += 1
        elif u:
            vertical = True
    return groups > 0 and (lower_is_best or vertical)


def _combine(upper: list[str], lower: list[str]) -> tuple[list[str], list[str]]:
    labels, groups = [], []
    group = ""
    for u, lo in zip(upper, lower, strict=True):
        if u and lo:
            group = u
            labels.append(f"{u}/{lo}")
            groups.append(u)
        elif u:
            group = ""
            labels.append(u)
            groups.append("")
        elif lo:
            labels.append(f"{group}/{lo}" if group else lo)
            groups.append(group)
        else:
            group = ""
            labels.append("")
            groups.append("")
    return labels, groups


# --- data rows -----------------------------------------------------------------------------


def _totals_rows(cells: pd.DataFrame, arrays: list[pa.Array | pa.ChunkedArray], start: int,
                 keep: np.ndarray) -> np.ndarray:
    """Rows (relative to `start`) with a totals label in the leftmost cell or in one of the first
    `TOTALS_COLUMNS` text columns (a label sits left of the sums; searching every column would
    cost a regex pass each).
    """
    totals = np.zeros(len(keep), dtype=bool)
    if not arrays:
        return totals
    searched = [pc.coalesce(*arrays)]
    for j, array in enumerate(arrays):
        if len(searched) > TOTALS_COLUMNS:
            break
        sample = cells.iloc[start:start + SAMPLE_ROWS, j].dropna()
        values = [str(v).strip() for v in sample]
        if values and sum(1 for v in values if _NUMBER.match(v)) < 0.9 * len(values):
            searched.append(array)
    for array in searched:
        hit = pc.fill_null(pc.match_substring_regex(array, _TOTALS), False)
        totals |= np.asarray(hit.to_numpy(zero_copy_only=False), dtype=bool)
    return totals & keep


def _repeated_headers(arrays: list[pa.Array | pa.ChunkedArray], labels: list[str],
                      keep: np.ndarray) -> np.ndarray:
    """Rows (relative to the data start) that repeat the header's labels exactly."""
    repeats = np.zeros(len(keep), dtype=bool)
    labelled = [(j, v) for j, v in enumerate(labels) if v]
    if len(labelled) < 2:
        return repeats
    j0, v0 = labelled[0]
    hits = pc.fill_null(pc.match_substring(arrays[j0], v0), False)
    for pos in np.flatnonzero(np.asarray(hits.to_numpy(zero_copy_only=False), dtype=bool)):
        row = [arrays[j][int(pos)] for j, _ in labelled]
        if all(cell.is_valid and str(cell).strip() == v for cell, (_, v) in
               zip(row, labelled, strict=True)):
            repeats[pos] = True
    return repeats & keep


def _no_table(raw: RawSheet, why: str) -> ImportFileError:
    return ImportFileError(
        f'"{raw.path.name}", sheet "{raw.sheet}": no table found — {why}. Check that this is the'
        " sheet with the data, or choose another sheet.",
        path=raw.path, code="no_table",
    )
