"""Reading a file into text cells: formats, sheets, cell texts, and every hostile file refused
in seconds with its own error code while the app (this process) carries on."""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

import openpyxl
import pytest

from kam_desktop.errors import ImportFileError
from kam_desktop.services.importing import sandbox, workbook
from kam_desktop.services.importing.workbook import SheetInfo, list_sheets, read_cells
from tests.services.importing import broken_files as bf

SAFETY_BOUND_S = 10.0  # the bound for any hostile file, parent alive afterwards

ROWS = [["客户编码", "客户名称", "金额"], ["C001", "甲公司", 100], ["C002", "乙公司", 2.5]]


def cell_rows(raw: workbook.RawSheet) -> list[list[str | None]]:
    """The cells as lists, missing → None (pandas' str dtype uses NaN)."""
    return [[None if v != v else v for v in row] for row in raw.cells.to_numpy(dtype=object)]


def non_empty_rows(raw: workbook.RawSheet) -> list[list[str | None]]:
    return [row for row in cell_rows(raw) if any(v is not None for v in row)]


# --- hostile files ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(bf.HOSTILE))
def test_hostile_file_gets_its_own_code_quickly_and_the_app_carries_on(
    name: str, tmp_path: Path
) -> None:
    maker, code = bf.HOSTILE[name]
    path = maker(tmp_path)
    started = time.monotonic()
    with pytest.raises(ImportFileError) as caught:
        read_cells(path)
    elapsed = time.monotonic() - started
    assert caught.value.code == code, str(caught.value)
    assert path.name in str(caught.value)
    assert caught.value.path == path
    assert elapsed < SAFETY_BOUND_S
    # The parent is alive and well: the next, good file reads normally.
    good = bf.write_xlsx(tmp_path / "good.xlsx", {"Sheet1": ROWS})
    assert non_empty_rows(read_cells(good))[0] == ROWS[0]


def test_each_problem_has_its_own_message(tmp_path: Path) -> None:
    messages: dict[str, str] = {}
    for name, (maker, code) in bf.HOSTILE.items():
        folder = tmp_path / name
        folder.mkdir()
        path = maker(folder)
        with pytest.raises(ImportFileError) as caught:
            read_cells(path)
        messages.setdefault(code, str(caught.value).replace(path.name, "FILE"))
    assert len(set(messages.values())) == len(messages)


@pytest.mark.parametrize("name", ["empty", "pdf", "truncated", "encrypted_ooxml", "zip_bomb_ratio",
                                  "billion_laughs", "no_sheets"])
def test_listing_sheets_runs_the_same_checks(name: str, tmp_path: Path) -> None:
    maker, code = bf.HOSTILE[name]
    with pytest.raises(ImportFileError) as caught:
        list_sheets(maker(tmp_path))
    assert caught.value.code == code


def test_a_far_away_cell_still_lets_the_sheets_be_listed(tmp_path: Path) -> None:
    assert list_sheets(bf.make_far_cell(tmp_path)) == [SheetInfo("Sheet", True, 1048576)]


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError) as caught:
        read_cells(tmp_path / "gone.xlsx")
    assert caught.value.code == "not_found"
    assert "gone.xlsx" in str(caught.value)


def test_html_saved_as_xls_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "erp.xls"
    path.write_text("<html><body><table><tr><td>客户</td></tr></table></body></html>",
                    encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        read_cells(path)
    assert caught.value.code == "not_excel"
    assert "HTML" in str(caught.value)


def test_a_stray_cell_after_a_normal_sheet_cuts_the_default_choice(tmp_path: Path) -> None:
    # Sheet 1 is empty, sheet 2 has a cell at XFD1048576: refused before any reader runs.
    path = tmp_path / "two.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Empty"
    far = wb.create_sheet("Far")
    far["A1"], far["XFD1048576"] = "x", 1
    wb.save(path)
    with pytest.raises(ImportFileError) as caught:
        read_cells(path)
    assert caught.value.code == "too_large_range"
    assert '"Far"' in str(caught.value)


# --- the sandbox itself -------------------------------------------------------------------------


def test_a_child_that_never_answers_is_killed_at_the_time_limit(tmp_path: Path) -> None:
    started = time.monotonic()
    with pytest.raises(sandbox.SandboxError) as caught:
        sandbox.run_in_child(bf.sleep_forever, tmp_path, timeout_s=1.0, memory_mb=512)
    assert caught.value.kind == "timeout"
    assert time.monotonic() - started < 5


def test_a_child_over_its_memory_cap_is_stopped(tmp_path: Path) -> None:
    if not hasattr(os, "sysconf") or not Path("/proc/self/statm").exists():
        pytest.skip("RLIMIT_AS is enforced on Linux only (macOS ignores it)")
    with pytest.raises(sandbox.SandboxError) as caught:
        sandbox.run_in_child(bf.allocate, tmp_path, timeout_s=30, memory_mb=256, mb=2048)
    assert caught.value.kind == "memory"


def test_a_child_that_dies_silently_is_reported_as_a_crash(tmp_path: Path) -> None:
    with pytest.raises(sandbox.SandboxError) as caught:
        sandbox.run_in_child(bf.crash, tmp_path, timeout_s=30, memory_mb=512)
    assert caught.value.kind == "crashed"


def test_the_cpu_backstop_ends_a_spinning_child(tmp_path: Path) -> None:
    if not Path("/proc/self/statm").exists():
        pytest.skip("checked on Linux")
    with pytest.raises(sandbox.SandboxError) as caught:
        sandbox.run_in_child(bf.burn_cpu, tmp_path, timeout_s=30, memory_mb=512, cpu_s=1)
    assert caught.value.kind == "timeout"


def test_a_spare_child_is_ready_after_prewarm(tmp_path: Path) -> None:
    sandbox.prewarm()
    sandbox.prewarm()  # idempotent
    started = time.monotonic()
    raw = read_cells(bf.write_xlsx(tmp_path / "a.xlsx", {"Sheet1": ROWS}))
    assert non_empty_rows(raw)[0] == ROWS[0]
    assert time.monotonic() - started < SAFETY_BOUND_S


def test_jobs_must_be_importable_by_the_child(tmp_path: Path) -> None:
    def local_job() -> dict[str, object]:
        return {}

    with pytest.raises(ValueError):
        sandbox.run_in_child(local_job, tmp_path, timeout_s=5, memory_mb=256)


def test_cancel_stops_the_child(tmp_path: Path) -> None:
    started = time.monotonic()
    with pytest.raises(sandbox.SandboxError) as caught:
        sandbox.run_in_child(bf.sleep_forever, tmp_path, timeout_s=30, memory_mb=512,
                             cancelled=lambda: time.monotonic() - started > 0.3)
    assert caught.value.kind == "cancelled"
    assert time.monotonic() - started < 5


def test_read_cells_reports_timeout_and_cancel_with_codes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = bf.write_xlsx(tmp_path / "slow.xlsx", {"Sheet1": ROWS})
    monkeypatch.setattr(sandbox, "read_workbook_job", bf.sleep_forever)
    with pytest.raises(ImportFileError) as caught:
        read_cells(path, timeout_s=1)
    assert caught.value.code == "timeout"
    assert "slow.xlsx" in str(caught.value)
    with pytest.raises(ImportFileError) as caught:
        read_cells(path, cancelled=lambda: True)
    assert caught.value.code == "cancelled"


def test_read_cells_reports_a_crashed_reader_as_unreadable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = bf.write_xlsx(tmp_path / "crash.xlsx", {"Sheet1": ROWS})
    monkeypatch.setattr(sandbox, "read_workbook_job", bf.crash)
    with pytest.raises(ImportFileError) as caught:
        read_cells(path)
    assert caught.value.code == "unreadable"


def test_the_temporary_folder_is_removed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workbook.tempfile, "tempdir", str(tmp_path))
    read_cells(bf.write_xlsx(tmp_path / "a.xlsx", {"Sheet1": ROWS}))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.xlsx"]


# --- formats and cell texts ----------------------------------------------------------------------


def test_xlsx_cells_are_text_as_excel_shows_them(tmp_path: Path) -> None:
    path = tmp_path / "types.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["code", "int", "float", "date", "bool", "serial", "text"])
    ws.append(["00123", 17850, 1.1, dt.datetime(2024, 3, 15), True, 45366, " 甲 "])
    ws.append([None, 3.0, 0.25, dt.date(2024, 2, 29), False, None, "   "])
    ws["A4"], ws["B4"] = "=NA()", "=1/0"  # formulas without cached values...
    wb.save(path)
    raw = read_cells(path)
    assert raw.file_format == "xlsx"
    assert (raw.first_row, raw.first_col, raw.sheet, raw.date1904) == (1, 0, "Sheet", False)
    rows = cell_rows(raw)
    assert rows[1] == ["00123", "17850", "1.1", "2024-03-15 00:00:00", "true", "45366", " 甲 "]
    # Whitespace-only cells are missing, like empty ones.
    assert rows[2] == [None, "3", "0.25", "2024-02-29 00:00:00", "false", None, None]
    assert raw.cells.shape == (3, 7)  # ...are empty: the row is not there
    assert list(raw.cells.columns) == list(range(7))


def test_error_cells_come_back_as_excel_shows_them(tmp_path: Path) -> None:
    path = tmp_path / "errors.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["金额", "数量"])
    ws.append(["#N/A", "#DIV/0!"])
    ws.append(["#VALUE!", 5])
    for ref in ("A2", "B2", "A3"):
        ws[ref].data_type = "e"
    wb.save(path)
    raw = read_cells(path)
    assert cell_rows(raw)[1:] == [["#N/A", "#DIV/0!"], ["#VALUE!", "5"]]
    assert raw.error_cells == 3


@pytest.mark.parametrize("date1904", [False, True])
def test_xlsx_date_system_is_reported_and_date_cells_are_right_in_both(
    date1904: bool, tmp_path: Path
) -> None:
    path = bf.write_xlsx(tmp_path / "d.xlsx", {"S": [["日期", "序号"],
                                                    [dt.datetime(2024, 3, 15), 45366]]},
                         date1904=date1904)
    raw = read_cells(path)
    assert raw.date1904 is date1904
    assert cell_rows(raw)[1] == ["2024-03-15 00:00:00", "45366"]


def test_xlsm(tmp_path: Path) -> None:
    raw = read_cells(bf.write_xlsx(tmp_path / "macro.xlsm", {"Data": ROWS}))
    assert raw.file_format == "xlsm"
    assert cell_rows(raw)[1] == ["C001", "甲公司", "100"]


def test_header_away_from_a1_keeps_its_excel_position(tmp_path: Path) -> None:
    path = bf.write_xlsx(tmp_path / "c5.xlsx", {"S": ROWS}, origin="C5")
    raw = read_cells(path)
    assert (raw.first_row, raw.first_col) == (1, 2)
    assert raw.cells.iloc[4].tolist() == ROWS[0]
    assert raw.sheets == [SheetInfo("S", True, 7)]


@pytest.mark.parametrize("date1904", [False, True])
def test_xls(date1904: bool, tmp_path: Path) -> None:
    path = bf.write_xls(tmp_path / "old.xls", {"明细": ROWS, "隐藏": [["h"]]}, hidden=["隐藏"],
                        date1904=date1904, origin=(4, 2))
    raw = read_cells(path)
    assert (raw.file_format, raw.sheet, raw.date1904) == ("xls", "明细", date1904)
    assert (raw.first_row, raw.first_col) == (1, 2)
    assert raw.cells.iloc[4].tolist() == ROWS[0]
    assert cell_rows(raw)[5:] == [["C001", "甲公司", "100"], ["C002", "乙公司", "2.5"]]
    assert [(s.name, s.visible) for s in raw.sheets] == [("明细", True), ("隐藏", False)]
    assert list_sheets(path) == raw.sheets
    assert cell_rows(read_cells(path, "隐藏"))[-1] == ["h"]


def test_xls_larger_than_the_mini_stream(tmp_path: Path) -> None:
    # Over 4096 bytes the Workbook stream lives in regular sectors, found through the FAT.
    rows = [ROWS[0], *[[f"C{i:04}", f"客户{i}", i] for i in range(400)]]
    path = bf.write_xls(tmp_path / "big.xls", {"S": rows}, date1904=True)
    assert path.stat().st_size > 16384
    raw = read_cells(path)
    assert raw.date1904 is True
    assert cell_rows(raw)[-1] == ["C0399", "客户399", "399"]
    with pytest.raises(ImportFileError) as caught:
        read_cells(bf.write_xls(tmp_path / "big-secret.xls", {"S": rows}, encrypted=True))
    assert caught.value.code == "encrypted"


def test_ods(tmp_path: Path) -> None:
    rows = [[None, None, "销售明细"], [], [None, *ROWS[0]], [None, "C001", "甲公司", 100]]
    path = bf.write_ods(tmp_path / "calc.ods", {"Hidden": [["h"]], "Data": rows},
                        hidden=["Hidden"])
    raw = read_cells(path)
    assert (raw.file_format, raw.sheet, raw.date1904) == ("ods", "Data", False)
    assert raw.first_col == 1
    assert cell_rows(raw) == [[None, "销售明细", None], [None, None, None],
                              ROWS[0], ["C001", "甲公司", "100"]]
    assert [(s.name, s.visible) for s in list_sheets(path)] == [("Hidden", False),
                                                                ("Data", True)]


def test_encrypted_ods_is_refused(tmp_path: Path) -> None:
    path = bf.write_ods(tmp_path / "secret.ods", {"Data": ROWS})
    import zipfile

    locked = tmp_path / "locked.ods"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(locked, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "META-INF/manifest.xml":
                data = data.replace(b'media-type="text/xml"/>', b'media-type="text/xml">'
                                    b"<manifest:encryption-data/></manifest:file-entry>")
            dst.writestr(item, data)
    with pytest.raises(ImportFileError) as caught:
        read_cells(locked)
    assert caught.value.code == "encrypted"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16"])
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_csv_encodings_and_delimiters(encoding: str, delimiter: str, tmp_path: Path) -> None:
    rows = [["2024年销售明细"], [], ["客户编码", "客户名称", "金额"],
            ["00123", "甲公司, 北京", "1,234.50"], ["C002", "乙公司", ""]]
    path = bf.write_csv(tmp_path / "export.csv", rows, encoding=encoding, delimiter=delimiter)
    raw = read_cells(path)
    assert raw.file_format == "csv"
    assert raw.encoding == encoding if encoding != "utf-16" else raw.encoding == "utf-16"
    assert raw.delimiter == delimiter
    assert (raw.sheet, raw.first_row, raw.first_col) == ("export", 1, 0)
    assert cell_rows(raw) == [["2024年销售明细", None, None], [None, None, None], rows[2],
                              rows[3], ["C002", "乙公司", None]]


def test_gb18030_csv_is_not_mistaken_for_utf8(tmp_path: Path) -> None:
    # GBK bytes for 客户 are not valid UTF-8: the fallback must kick in, not mojibake.
    path = tmp_path / "gbk.csv"
    path.write_bytes("客户编码,金额\r\nC001,5\r\n".encode("gbk"))
    raw = read_cells(path)
    assert raw.encoding == "gb18030"
    assert cell_rows(raw)[0] == ["客户编码", "金额"]


def test_tab_separated_text_named_xls_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "erp.xls"
    path.write_bytes("客户编码\t金额\r\nC001\t5\r\n".encode("gb18030"))
    raw = read_cells(path)
    assert (raw.file_format, raw.delimiter) == ("csv", "\t")
    assert cell_rows(raw) == [["客户编码", "金额"], ["C001", "5"]]


def test_csv_with_an_unknown_sheet_name(tmp_path: Path) -> None:
    path = bf.write_csv(tmp_path / "a.csv", ROWS)
    assert list_sheets(path) == [SheetInfo("a", True, None)]
    with pytest.raises(ImportFileError) as caught:
        read_cells(path, "Sheet1")
    assert caught.value.code == "sheet_not_found"


def test_sniff_format(tmp_path: Path) -> None:
    assert workbook.sniff_format(bf.write_xlsx(tmp_path / "a.xlsx", {"S": ROWS})) == "xlsx"
    assert workbook.sniff_format(bf.write_xls(tmp_path / "a.xls", {"S": ROWS})) == "xls"
    assert workbook.sniff_format(bf.write_ods(tmp_path / "a.ods", {"S": ROWS})) == "ods"
    assert workbook.sniff_format(bf.write_csv(tmp_path / "a.csv", ROWS)) == "csv"
    # The content decides, not the name.
    renamed = tmp_path / "really-xlsx.csv"
    renamed.write_bytes((tmp_path / "a.xlsx").read_bytes())
    assert workbook.sniff_format(renamed) == "xlsx"


# --- sheets --------------------------------------------------------------------------------------


def make_book(path: Path) -> Path:
    return bf.write_xlsx(path, {"说明": [], "隐藏": [["h1", "h2"]], "数据": ROWS, "其他": [["x"]]},
                         hidden=["隐藏"])


def test_sheets_are_listed_with_visibility(tmp_path: Path) -> None:
    sheets = list_sheets(make_book(tmp_path / "book.xlsx"))
    assert [(s.name, s.visible) for s in sheets] == [
        ("说明", True), ("隐藏", False), ("数据", True), ("其他", True)]
    assert sheets[2].rows == 3


def test_default_sheet_is_the_first_visible_one_with_data(tmp_path: Path) -> None:
    raw = read_cells(make_book(tmp_path / "book.xlsx"))
    assert raw.sheet == "数据"
    assert cell_rows(raw) == [ROWS[0], ["C001", "甲公司", "100"], ["C002", "乙公司", "2.5"]]
    assert [s.name for s in raw.sheets] == ["说明", "隐藏", "数据", "其他"]


def test_hidden_sheet_is_read_when_chosen(tmp_path: Path) -> None:
    path = make_book(tmp_path / "book.xlsx")
    assert cell_rows(read_cells(path, "隐藏")) == [["h1", "h2"]]
    assert read_cells(path, include_hidden=True).sheet == "隐藏"


def test_unknown_sheet_lists_the_available_ones(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError) as caught:
        read_cells(make_book(tmp_path / "book.xlsx"), "Sales")
    message = str(caught.value)
    assert caught.value.code == "sheet_not_found"
    assert '"Sales"' in message and '"数据"' in message and '"隐藏" (hidden)' in message


def test_unknown_sheet_in_xls(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError) as caught:
        read_cells(bf.write_xls(tmp_path / "a.xls", {"A": ROWS}), "B")
    assert caught.value.code == "sheet_not_found"
    assert '"A"' in str(caught.value)


def test_a_workbook_whose_visible_sheets_are_empty(tmp_path: Path) -> None:
    path = bf.write_xlsx(tmp_path / "blank.xlsx", {"A": [], "B": [["x"]]}, hidden=["B"])
    with pytest.raises(ImportFileError) as caught:
        read_cells(path)
    assert caught.value.code == "no_data"
    assert '"B" (hidden)' in str(caught.value)
    # Chosen by name, an empty sheet reads as no cells (find_table then says "no table").
    assert read_cells(path, "A").cells.empty


@pytest.mark.shared_data
def test_northwind_sheets(shared_data: Path) -> None:
    sheets = list_sheets(shared_data / "northwind" / "Northwind.xlsx")
    names = [s.name for s in sheets]
    assert "Orders" in names and "Customers" in names
    assert all(s.visible for s in sheets)
    orders = next(s for s in sheets if s.name == "Orders")
    assert orders.rows in (None, 831)
