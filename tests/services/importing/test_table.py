"""Finding the table in a sheet: header row and labels, data rows, totals and blank rows."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest

from kam_desktop.errors import ImportFileError
from kam_desktop.services.importing.table import (
    SourceTable,
    column_letter,
    find_table,
    is_totals_label,
    normalize_label,
)
from kam_desktop.services.importing.workbook import RawSheet, SheetInfo, read_cells
from tests.services.importing import broken_files as bf

WORDS = {"客户编码", "客户名称", "金额", "数量", "单据日期", "业务员", "序号", "月份",
         "customer", "amount"}
HEADER = ["客户编码", "客户名称", "金额"]

Cell = str | None


def raw_sheet(rows: Sequence[Sequence[Cell]], *, first_row: int = 1, first_col: int = 0,
              date1904: bool = False) -> RawSheet:
    """A RawSheet as read_cells makes it: str columns 0..n-1, missing for empty cells."""
    width = max((len(r) for r in rows), default=0)
    columns = {
        j: pd.Series([r[j] if j < len(r) and r[j] else None for r in rows], dtype="str")
        for j in range(width)
    }
    cells = pd.DataFrame(columns) if width else pd.DataFrame(index=pd.RangeIndex(len(rows)))
    return RawSheet(path=Path("export.xlsx"), sheet="明细", sheets=[SheetInfo("明细", True, None)],
                    cells=cells, first_row=first_row, first_col=first_col, date1904=date1904,
                    file_format="xlsx")


def data_rows(table: SourceTable) -> list[list[Cell]]:
    return [[None if v != v else v for v in row] for row in table.data.to_numpy(dtype=object)]


def test_plain_table() -> None:
    table = find_table(raw_sheet([HEADER, ["C001", "甲", "100"], ["C002", "乙", "2.5"]]), WORDS)
    assert table.headers == HEADER
    assert table.columns == ["A", "B", "C"]
    assert table.header_row == 1
    assert table.excel_rows.tolist() == [2, 3]
    assert table.excel_rows.dtype == np.int64
    assert data_rows(table) == [["C001", "甲", "100"], ["C002", "乙", "2.5"]]
    assert list(table.data.columns) == [0, 1, 2]
    assert list(table.data.index) == [0, 1]
    assert table.skipped == []
    assert (table.path, table.sheet, table.header_rows) == (Path("export.xlsx"), "明细", 1)


def test_title_rows_and_a_header_away_from_a1() -> None:
    rows = [
        [None, None, "2024年1月销售明细表"],
        [None, None, "制表日期：2024-02-01", None, "单位：元"],
        [],
        [],
        [None, None, *HEADER],
        [None, None, "C001", "甲公司", "100"],
        [None, None, "C002", "乙公司", "200"],
    ]
    # As read_cells delivers it: columns start at C (first_col=2) once leading ones are empty.
    trimmed = [r[2:] for r in rows]
    table = find_table(raw_sheet(trimmed, first_col=2), WORDS)
    assert table.header_row == 5
    assert table.columns == ["C", "D", "E"]
    assert table.headers == HEADER
    assert table.excel_rows.tolist() == [6, 7]


def test_header_words_may_be_a_function_of_the_stripped_label() -> None:
    seen: list[str] = []

    def known(label: str) -> bool:
        seen.append(label)
        return label.lower() in {"customer", "amount"}

    table = find_table(raw_sheet([["Sales 2024"], [" Customer ", "Amount"], ["A", "1"]]), known)
    assert table.header_row == 2
    assert table.headers == ["Customer", "Amount"]
    assert "Customer" in seen


def test_header_words_as_a_set_are_normalised() -> None:
    assert normalize_label(" 客户 编码 ") == "客户编码"
    assert normalize_label("ＡＭＯＵＮＴ") == "amount"
    table = find_table(raw_sheet([["客户 编码", "ＡＭＯＵＮＴ"], ["A", "1"]]), WORDS)
    assert table.header_row == 1


def test_the_row_with_most_known_labels_wins_over_a_title_that_is_one() -> None:
    rows = [["客户编码"], ["说明", "客户编码"], HEADER, ["C001", "甲", "1"]]
    assert find_table(raw_sheet(rows), WORDS).header_row == 3


def test_fallback_header_when_no_label_is_known() -> None:
    rows = [["Quarterly report"], ["Region: North", "Owner: Li"], [],
            ["Code", "Name", "Qty", "Price"], ["A1", "Bolt", "3", "1.5"], ["A2", "Nut", "4", ""]]
    table = find_table(raw_sheet(rows), set())
    assert table.header_row == 4
    assert table.headers == ["Code", "Name", "Qty", "Price"]
    assert table.excel_rows.tolist() == [5, 6]


def test_merged_header_label_keeps_its_text_in_the_first_column() -> None:
    # 客户名称 merged across B:C (Excel leaves C blank); data in B only → C is dropped.
    # 备注 merged across E:F with data in both → F kept, with a blank label.
    rows = [["客户编码", "客户名称", None, "金额", "备注"],
            ["C001", "甲公司", None, "100", "急", "电话确认"],
            ["C002", "乙公司", None, "200", None, None]]
    table = find_table(raw_sheet(rows), WORDS)
    assert table.columns == ["A", "B", "D", "E", "F"]
    assert table.headers == ["客户编码", "客户名称", "金额", "备注", ""]
    assert data_rows(table)[0] == ["C001", "甲公司", "100", "急", "电话确认"]


def test_two_row_header_with_vertical_merges() -> None:
    rows = [["客户编码", "客户名称", "金额", None, "业务员"],
            [None, None, "含税", "不含税", None],
            ["C001", "甲", "117", "100", "张三"]]
    table = find_table(raw_sheet(rows, first_row=3), WORDS)
    assert table.headers == ["客户编码", "客户名称", "金额/含税", "金额/不含税", "业务员"]
    assert table.group_labels == ["", "", "金额", "金额", ""]
    assert (table.header_row, table.header_rows) == (3, 2)
    assert table.excel_rows.tolist() == [5]


def test_two_row_header_where_the_sub_labels_are_the_known_ones() -> None:
    rows = [["销售明细"], [None, None, "金额", None], ["客户编码", "客户名称", "含税", "不含税"],
            ["C001", "甲", "117", "100"]]
    table = find_table(raw_sheet(rows), WORDS)
    assert table.headers == ["客户编码", "客户名称", "金额/含税", "金额/不含税"]
    assert (table.header_row, table.header_rows) == (2, 2)
    assert table.excel_rows.tolist() == [4]


@pytest.mark.parametrize("above", [
    ["2024年销售明细表"],  # a title, merged across the width: text in the first cell only
    ["客户：某某公司", None, "部门：销售部"],  # "label: value" cells
    ["2024-01-01", "至", "2024-03-31"],  # dates are not labels
])
def test_a_row_right_above_the_header_is_not_taken_for_group_labels(above: list[Cell]) -> None:
    table = find_table(raw_sheet([above, HEADER, ["C001", "甲", "1"]]), WORDS)
    assert table.headers == HEADER
    assert (table.header_row, table.header_rows) == (2, 1)


def test_a_first_data_row_of_text_is_not_taken_for_sub_labels() -> None:
    rows = [["客户编码", "客户名称", None], ["C001", "甲公司", "北京"], ["C002", "乙公司", "上海"]]
    table = find_table(raw_sheet(rows), WORDS)
    assert table.header_rows == 1
    assert table.excel_rows.tolist() == [2, 3]


@pytest.mark.parametrize("label", ["合计", "合 计", "合　计：", "总计", "小计:", "本页合计",
                                   "Total", "Total:", "TOTAL", "Subtotal", "Sub-total",
                                   "Grand Total"])
def test_totals_labels(label: str) -> None:
    assert is_totals_label(label)


@pytest.mark.parametrize("label", ["合计金额", "Totally", "total amount", "客户", "计划"])
def test_not_totals_labels(label: str) -> None:
    assert not is_totals_label(label)


def test_totals_rows_at_top_middle_and_bottom_are_skipped_and_reported() -> None:
    rows = [
        ["序号", "客户编码", "客户名称", "金额"],
        ["合计", None, None, "600"],  # totals first (some ERPs put them on top)
        ["1", "C001", "甲", "100"],
        [None, None, "小 计：", "100"],  # label in a text column, not the leftmost cell
        ["2", "C002", "乙", "200"],
        ["3", "C003", "丙", "300"],
        ["Grand Total", None, None, "600"],
    ]
    table = find_table(raw_sheet(rows), WORDS)
    assert table.excel_rows.tolist() == [3, 5, 6]
    assert table.skipped == [(2, 'totals row ("合计")'), (4, 'totals row ("小 计：")'),
                             (7, 'totals row ("Grand Total")')]


def test_totals_label_beside_a_group_key() -> None:
    rows = [["月份", "客户编码", "金额"], ["2024-03", "C001", "5"], ["2024-03", "小计", "5"],
            ["2024-04", "C002", "7"], ["总计", None, "12"]]
    table = find_table(raw_sheet(rows), WORDS)
    assert table.excel_rows.tolist() == [2, 4]
    assert [row for row, _ in table.skipped] == [3, 5]


def test_english_totals() -> None:
    rows = [["Customer", "Amount"], ["Acme", "5"], ["Subtotal:", "5"], ["Beta", "7"],
            ["TOTAL", "12"]]
    table = find_table(raw_sheet(rows), WORDS)
    assert data_rows(table) == [["Acme", "5"], ["Beta", "7"]]
    assert len(table.skipped) == 2


def test_blank_rows_are_dropped_without_a_word() -> None:
    rows = [HEADER, [], ["C001", "甲", "1"], [None, None, None], [], ["C002", "乙", "2"], []]
    table = find_table(raw_sheet(rows), WORDS)
    assert table.excel_rows.tolist() == [3, 6]
    assert table.skipped == []


def test_repeated_header_rows_are_skipped() -> None:
    rows = [HEADER, ["C001", "甲", "1"], HEADER, ["C002", "乙", "2"]]
    table = find_table(raw_sheet(rows), WORDS)
    assert table.excel_rows.tolist() == [2, 4]
    assert table.skipped == [(3, "repeated header row")]


def test_date1904_is_passed_on() -> None:
    assert find_table(raw_sheet([HEADER, ["a", "b", "1"]], date1904=True), WORDS).date1904


@pytest.mark.parametrize("rows", [
    [],
    [["2024年销售明细表"]],
    [["1", "2", "3"], ["4", "5", "6"]],
])
def test_no_table(rows: list[list[Cell]]) -> None:
    with pytest.raises(ImportFileError) as caught:
        find_table(raw_sheet(rows), WORDS)
    assert caught.value.code == "no_table"
    assert "export.xlsx" in str(caught.value) and "明细" in str(caught.value)


def test_a_header_without_data_is_no_table() -> None:
    with pytest.raises(ImportFileError) as caught:
        find_table(raw_sheet([["标题"], HEADER, [], ["合计", None, "0"]]), WORDS)
    assert caught.value.code == "no_table"
    assert "row 2" in str(caught.value)


def test_object_dtype_cells_work_too() -> None:
    raw = raw_sheet([HEADER, ["C001", "甲", "1"]])
    raw.cells = raw.cells.astype(object)
    assert data_rows(find_table(raw, WORDS)) == [["C001", "甲", "1"]]


def test_column_letter() -> None:
    assert [column_letter(i) for i in (0, 1, 25, 26, 27, 51, 52, 701, 702, 16383)] == [
        "A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA", "XFD"]
    with pytest.raises(ValueError):
        column_letter(-1)


# --- end to end, from real files -----------------------------------------------------------------


def test_erp_style_workbook_end_to_end(tmp_path: Path) -> None:
    path = tmp_path / "erp.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "销售明细"
    ws["C1"] = "2024年1月销售明细表"
    ws.merge_cells("C1:H1")
    ws["C2"], ws["F2"] = "制表日期：2024-02-01", "单位：元"
    for col, label in zip("CDEFGH", ["客户编码", "客户名称", "金额", None, "数量", "业务员"],
                          strict=True):
        ws[f"{col}5"] = label
    ws.merge_cells("C5:C6")
    ws.merge_cells("D5:D6")
    ws.merge_cells("E5:F5")
    ws.merge_cells("G5:G6")
    ws.merge_cells("H5:H6")
    ws["E6"], ws["F6"] = "含税", "不含税"
    ws.append([])  # row 7 left blank
    for r, row in enumerate([["C001", "甲公司", 117, 100, 3, "张三"],
                             ["C002", "乙公司", 234, 200, 5, "李四"],
                             [None, "合 计", 351, 300, 8, None]], start=8):
        for c, value in zip("CDEFGH", row, strict=True):
            ws[f"{c}{r}"] = value
    wb.save(path)
    table = find_table(read_cells(path), WORDS)
    assert table.header_row == 5 and table.header_rows == 2
    assert table.columns == list("CDEFGH")
    assert table.headers == ["客户编码", "客户名称", "金额/含税", "金额/不含税", "数量", "业务员"]
    assert table.excel_rows.tolist() == [8, 9]
    assert table.skipped == [(10, 'totals row ("合 计")')]
    assert data_rows(table)[0] == ["C001", "甲公司", "117", "100", "3", "张三"]


@pytest.mark.parametrize("writer", ["xls", "ods", "csv"])
def test_other_formats_end_to_end(writer: str, tmp_path: Path) -> None:
    rows: list[list[str | int | None]] = [["销售明细"], [], list(HEADER), ["C001", "甲", 100],
                                          ["合计", None, 100]]
    if writer == "xls":
        path = bf.write_xls(tmp_path / "a.xls", {"S": rows}, origin=(2, 1))
        header_row, first = 5, "B"
    elif writer == "ods":
        path = bf.write_ods(tmp_path / "a.ods", {"S": rows})
        header_row, first = 3, "A"
    else:
        path = bf.write_csv(tmp_path / "a.csv", rows, encoding="gb18030", delimiter=";")
        header_row, first = 3, "A"
    table = find_table(read_cells(path), WORDS)
    assert table.header_row == header_row
    assert table.columns[0] == first
    assert table.headers == HEADER
    assert data_rows(table) == [["C001", "甲", "100"]]
    assert len(table.skipped) == 1


@pytest.mark.shared_data
def test_northwind_orders(shared_data: Path) -> None:
    raw = read_cells(shared_data / "northwind" / "Northwind.xlsx", "Orders")
    words = {"orderid", "customerid", "employeeid", "orderdate", "shipcountry"}
    table = find_table(raw, words)
    assert table.header_row == 1
    assert len(table.data) == 830
    assert table.excel_rows[0] == 2 and table.excel_rows[-1] == 831
    assert table.headers[:4] == ["OrderID", "CustomerID", "EmployeeID", "OrderDate"]
    assert table.columns[0] == "A"
    assert table.skipped == []
