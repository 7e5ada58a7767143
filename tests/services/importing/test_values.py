"""Parsing text cells into typed values: every accepted form, bad versus missing, result dtypes."""

from __future__ import annotations

import math
from datetime import datetime
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from kam_desktop.services.importing.values import (
    Parsed,
    parse_codes,
    parse_dates,
    parse_emails,
    parse_integers,
    parse_numbers,
    parse_ratings,
    parse_text,
)

MISSING_INPUTS = [None, np.nan, pd.NA, "", "   ", "\u3000", "\u00a0"]


def cells(*values: object) -> pd.Series:
    """A column as fastexcel hands it over: pandas' Arrow-backed `str`, NaN for blank."""
    return pd.Series(list(values), dtype=object).astype("str")


def one(parsed: Parsed) -> object:
    assert len(parsed.values) == 1
    return parsed.values.iloc[0]


def is_missing(value: object) -> bool:
    return value is None or value is pd.NA or value is pd.NaT or (
        isinstance(value, float) and math.isnan(value)
    )


# --------------------------------------------------------------------------------------------
# Numbers


@pytest.mark.parametrize(("text", "expected"), [
    ("17850", 17850.0),
    ("1234.5", 1234.5),
    ("0.150000005960464", 0.150000005960464),  # Northwind's float32 artefact, kept as is
    ("-12.5", -12.5),
    ("+5", 5.0),
    (".5", 0.5),
    ("1e3", 1000.0),
    ("1.5E+3", 1500.0),
    ("  42  ", 42.0),
    ("1,234.50", 1234.5),
    ("1,234,567.89", 1234567.89),
    ("1 234.50", 1234.5),
    ("1\u00a0234.50", 1234.5),  # no-break space
    ("1\u202f234", 1234.0),  # narrow no-break space
    ("1'234.50", 1234.5),  # Swiss
    ("1’234.50", 1234.5),
    ("¥1,234.50", 1234.5),
    ("￥1,234.50", 1234.5),  # full-width yen
    ("$12", 12.0),
    ("€ 12.50", 12.5),
    ("12.50 €", 12.5),
    ("RMB 100", 100.0),
    ("rmb100", 100.0),
    ("CNY 100", 100.0),
    ("100 USD", 100.0),
    ("EUR1.5", 1.5),
    ("100元", 100.0),
    ("人民币100", 100.0),
    ("US$ 9.99", 9.99),
    ("１２３", 123.0),  # full-width digits
    ("１，２３４．５０", 1234.5),
    ("(12.50)", -12.5),
    ("( 12.50 )", -12.5),
    ("(1,234.50)", -1234.5),
    ("(¥12.50)", -12.5),
    ("¥(12.50)", -12.5),
    ("-¥12.5", -12.5),
    ("¥-12.5", -12.5),
    ("$ -12", -12.0),
    ("12.50-", -12.5),
    ("1,234.50-", -1234.5),
    ("- 12", -12.0),
    ("−5", -5.0),  # U+2212 minus sign
    ("15%", 0.15),
    ("5.5 %", 0.055),
    ("0.1%", 0.001),
    ("１５％", 0.15),
    ("(15%)", -0.15),
    ("-2.5%", -0.025),
    ("100%", 1.0),
    ("1.5E+3%", 15.0),
    ("\u200b42", 42.0),  # zero-width space from a web page
])
def test_numbers_are_read(text: str, expected: float) -> None:
    parsed = parse_numbers(cells(text))
    assert one(parsed) == expected
    assert not parsed.bad.any()


def test_percentages_are_the_same_double_as_the_decimal() -> None:
    values = parse_numbers(cells("15%", "0.1%", "5.5 %", "33.3%")).values.tolist()
    assert values == [0.15, 0.001, 0.055, 0.333]


@pytest.mark.parametrize("text", [*MISSING_INPUTS, "-", "—", "——", "–", "－", "¥ -", "$ -"])
def test_blanks_and_lone_dashes_are_missing_not_bad(text: object) -> None:
    parsed = parse_numbers(pd.Series([text, "1"], dtype=object))
    assert math.isnan(parsed.values.iloc[0])
    assert parsed.bad.tolist() == [False, False]


@pytest.mark.parametrize("text", [
    "N/A", "n/a", "abc", "12abc", "abc12", "#DIV/0!", "12,5", "1.234,50", "1 234,50", "1,23,456",
    "12,34", "1.2.3", "--5", "¥", "%", "()", "inf", "-Infinity", "nan", "1e999", "0x1A", "1_000",
    "12 34", "USD 12 EUR", "$12$", "5 万",
])
def test_text_that_is_not_a_number_is_bad(text: str) -> None:
    parsed = parse_numbers(cells("1", text, None))
    assert parsed.bad.tolist() == [False, True, False]
    assert parsed.reason == "not a number"
    assert parsed.values.iloc[0] == 1.0
    assert math.isnan(parsed.values.iloc[1])


def test_fast_and_slow_path_agree() -> None:
    clean = ["1", "2.5", "-3", "1e3", "0.150000005960464", None]
    fast = parse_numbers(cells(*clean)).values
    slow = parse_numbers(cells(*clean, "¥1,000")).values
    pd.testing.assert_series_equal(fast, slow.iloc[:-1])
    assert slow.iloc[-1] == 1000.0


def test_a_bad_cell_after_many_clean_ones_is_still_found() -> None:
    parsed = parse_numbers(cells(*(["1.5"] * 1500), "¥2,000", "x"))
    assert parsed.bad.sum() == 1 and parsed.bad[-1]
    assert parsed.values.iloc[-2] == 2000.0
    assert parsed.values.iloc[:1500].eq(1.5).all()


@pytest.mark.parametrize("text", ["$1,234.50", "1,234.50 USD", "USD 1,234.50-", "(USD 1,234.50)"])
def test_currency_and_separators_together(text: str) -> None:
    assert abs(one(parse_numbers(cells(text)))) == 1234.5


def test_a_slice_of_a_column_is_parsed_by_position() -> None:
    column = cells("x", "y", "z", "2024-03-15", "2024/3/15", "bad")
    part = column.iloc[3:]
    dates = parse_dates(part)
    assert dates.values.index.tolist() == [3, 4, 5]
    assert dates.values.iloc[:2].tolist() == [MARCH_15, MARCH_15]
    assert dates.bad.tolist() == [False, False, True]
    assert parse_numbers(cells("a", "1", "2").iloc[1:]).values.tolist() == [1.0, 2.0]


def test_numbers_keep_index_and_name_and_are_float64() -> None:
    series = pd.Series(["1", "x", None], index=[10, 20, 30], name="单价", dtype="str")
    parsed = parse_numbers(series)
    assert parsed.values.dtype == np.float64
    assert parsed.values.index.tolist() == [10, 20, 30]
    assert parsed.values.name == "单价"
    assert isinstance(parsed.bad, np.ndarray)
    assert parsed.bad.dtype == bool
    assert parsed.bad.tolist() == [False, True, False]


@pytest.mark.parametrize("dtype", [object, "str", "string", "string[python]", "string[pyarrow]"])
def test_any_text_dtype_is_accepted(dtype: object) -> None:
    series = pd.Series(["1,5", "2", None], dtype=dtype)
    parsed = parse_numbers(series)
    assert parsed.bad.tolist() == [True, False, False]
    assert parsed.values.iloc[1] == 2.0


def test_non_text_cells_from_a_csv_reader_are_read_as_their_text() -> None:
    parsed = parse_numbers(pd.Series([17850.0, 5, None, float("nan")], dtype=object))
    assert parsed.values.tolist()[:2] == [17850.0, 5.0]
    assert not parsed.bad.any()


def test_empty_column() -> None:
    for parse in (parse_numbers, parse_integers, parse_ratings, parse_dates, parse_codes,
                  parse_text, parse_emails):
        parsed = parse(pd.Series([], dtype="str"))
        assert len(parsed.values) == 0
        assert parsed.bad.shape == (0,)


# --------------------------------------------------------------------------------------------
# Integers and ratings


@pytest.mark.parametrize(("text", "expected"), [
    ("12", 12), ("12.0", 12), ("12.000", 12), ("-7", -7), ("1,234", 1234), ("１２", 12),
    ("(3)", -3), ("1e3", 1000), ("+5", 5), ("0", 0),
])
def test_integers_are_read(text: str, expected: int) -> None:
    parsed = parse_integers(cells(text))
    assert one(parsed) == expected
    assert not parsed.bad.any()


@pytest.mark.parametrize("text", ["12.5", "abc", "1/2", "5%", "1e20", "inf"])
def test_integers_bad(text: str) -> None:
    parsed = parse_integers(cells(text, "3"))
    assert parsed.bad.tolist() == [True, False]
    assert parsed.reason == "not a whole number"
    assert parsed.values.iloc[0] is pd.NA


def test_integers_are_nullable_int64_and_blank_is_not_bad() -> None:
    parsed = parse_integers(cells("1", None, "", "-", "2"))
    assert parsed.values.dtype == "Int64"
    assert parsed.values.isna().tolist() == [False, True, True, True, False]
    assert not parsed.bad.any()


@pytest.mark.parametrize(("text", "expected"), [("1", 1), ("5", 5), ("3.0", 3), (" ４ ", 4)])
def test_ratings_are_read(text: str, expected: int) -> None:
    parsed = parse_ratings(cells(text))
    assert one(parsed) == expected
    assert parsed.values.dtype == "Int64"


@pytest.mark.parametrize("text", ["0", "6", "-1", "3.5", "x", "high", "10"])
def test_ratings_outside_one_to_five_are_bad(text: str) -> None:
    parsed = parse_ratings(cells(text, None))
    assert parsed.bad.tolist() == [True, False]
    assert parsed.reason == "not a rating from 1 to 5"
    assert parsed.values.isna().all()


# --------------------------------------------------------------------------------------------
# Codes, text, e-mail addresses


@pytest.mark.parametrize(("text", "expected"), [
    ("17850", "17850"),
    ("17850.0", "17850"),  # a number a CSV writer printed as a float
    ("17850.00", "17850"),
    ("1.785E4", "17850"),
    ("1.785E+04", "17850"),
    ("1.785e+16", "17850000000000000"),
    ("007850", "007850"),  # leading zeros stay
    ("007850.0", "007850"),
    ("  C001 ", "C001"),
    ("ＡＬＦＫＩ", "ALFKI"),  # full-width
    ("Ｃ－００１", "C-001"),
    ("1.10", "1.10"),  # not a float artefact: a code with a dot
    ("1.01.001", "1.01.001"),  # Kingdee material code
    ("12E3", "12E3"),  # a part number, not 12000
    ("2E10", "2E10"),
    ("1.5E-3", "1.5E-3"),  # not whole: left alone
    ("ALFKI", "ALFKI"),
    ("\u200bX1", "X1"),
    ("客户A", "客户A"),
])
def test_codes(text: str, expected: str) -> None:
    parsed = parse_codes(cells(text))
    assert one(parsed) == expected
    assert not parsed.bad.any()


def test_codes_are_text_and_blank_is_missing() -> None:
    parsed = parse_codes(cells("A", None, "", "  ", "0"))
    assert parsed.values.dtype == "str"
    assert parsed.values.isna().tolist() == [False, True, True, True, False]
    assert not parsed.bad.any()


@pytest.mark.parametrize(("text", "expected"), [
    ("  北京某某（集团）有限公司 ", "北京某某（集团）有限公司"),  # full-width brackets kept
    ("ＡＢＣ公司", "ＡＢＣ公司"),  # no NFKC for text
    ("Alfreds   Futterkiste", "Alfreds Futterkiste"),
    ("a\tb", "a b"),
    ("line1\nline2", "line1 line2"),
    ("x\u3000y", "x y"),
    ("x\u00a0y", "x y"),
    ("a\u200bb", "ab"),
    ("México D.F.", "México D.F."),
])
def test_text(text: str, expected: str) -> None:
    parsed = parse_text(cells(text))
    assert one(parsed) == expected
    assert not parsed.bad.any()


def test_text_blank_is_missing() -> None:
    parsed = parse_text(pd.Series([*MISSING_INPUTS, "\u200b"], dtype=object))
    assert parsed.values.isna().all()
    assert parsed.values.dtype == "str"
    assert not parsed.bad.any()


def test_multiline_text_keeps_line_breaks() -> None:
    parsed = parse_text(cells("  first  line \r\nsecond\n\n\n\nthird  "), multiline=True)
    assert one(parsed) == "first line\nsecond\n\nthird"


@pytest.mark.parametrize(("text", "expected"), [
    ("John@Example.COM", "john@example.com"),
    ("  maria.anders@alfki.de ", "maria.anders@alfki.de"),
    ("mailto:a.b@c.cn", "a.b@c.cn"),
    ("<x+tag@y.org>", "x+tag@y.org"),
    ("ｊｏｈｎ＠ｘ．ｃｏｍ", "john@x.com"),
    ("zhang_san@mail.company.com.cn", "zhang_san@mail.company.com.cn"),
])
def test_emails(text: str, expected: str) -> None:
    parsed = parse_emails(cells(text))
    assert one(parsed) == expected
    assert not parsed.bad.any()


@pytest.mark.parametrize("text", [
    "john", "a@b", "a@b.c", "@x.com", "a@.com", "a@@b.com", "a b@c.com", "a@b.com; c@d.com",
    "a..b@c.com", "a@-b.com",
])
def test_emails_bad(text: str) -> None:
    parsed = parse_emails(cells(text, None))
    assert parsed.bad.tolist() == [True, False]
    assert parsed.reason == "not an e-mail address"
    assert parsed.values.isna().all()


# --------------------------------------------------------------------------------------------
# Dates

MARCH_15 = pd.Timestamp("2024-03-15")


@pytest.mark.parametrize("text", [
    "2024-03-15 00:00:00",  # fastexcel, a date-formatted cell
    "2024-03-15",
    "2024-3-15",
    "2024/3/15",
    "2024/03/15",
    "2024.03.15",
    "15.03.2024",  # day first with dots
    "15.3.2024",
    "2024年3月15日",
    "2024年03月15日",
    "2024 年 3 月 15 日",
    "20240315",
    "2024-03-15 10:30",
    "2024-03-15 10:30:59",
    "2024-03-15 10:30:00.123",
    "2024/3/15 10:30:00",
    "2024-03-15T10:30:00",
    "2024-03-15T10:30:00Z",
    "2024-03-15T10:30:00+08:00",
    "2024/3/15 2:30 PM",
    "2024年3月15日 10:30",
    "20240315 10:30",
    "15.03.2024 10:30",
    "3/15/2024",  # month first (15 > 12 in the second place)
    "03/15/2024 10:30",
    "３/１５/２０２４",
    "２０２４－０３－１５",  # full-width digits and dashes
    "２０２４年３月１５日",
    "45366",  # Excel serial
    "45366.0",
    "45366.75",  # with a time of day
    "４５３６６",
    " 2024-03-15 ",
])
def test_date_forms(text: str) -> None:
    parsed = parse_dates(cells(text))
    assert one(parsed) == MARCH_15
    assert not parsed.bad.any()


@pytest.mark.parametrize(("serial", "date1904", "expected"), [
    ("45366", False, "2024-03-15"),
    ("43904", True, "2024-03-15"),
    ("45366", True, "2028-03-16"),
    ("1", False, "1900-01-01"),
    ("59", False, "1900-02-28"),
    ("61", False, "1900-03-01"),  # after Excel's fictitious 1900-02-29
    ("2958465", False, "9999-12-31"),
    ("0", True, "1904-01-01"),
    ("1", True, "1904-01-02"),
    ("2957003", True, "9999-12-31"),
    ("35250", False, "1996-07-04"),  # Northwind's first OrderDate
])
def test_excel_serials(serial: str, date1904: bool, expected: str) -> None:
    parsed = parse_dates(cells(serial), date1904=date1904)
    assert one(parsed) == pd.Timestamp(expected)
    assert not parsed.bad.any()


@pytest.mark.parametrize(("serial", "date1904"), [
    ("60", False),  # 1900-02-29 never was
    ("0", False),  # Excel's "1900-01-00"
    ("2958466", False),
    ("2957004", True),
    ("-1", False),
    ("-1", True),
    ("12345678", False),  # not a serial and not a plausible yyyymmdd
])
def test_excel_serials_out_of_range_are_bad(serial: str, date1904: bool) -> None:
    parsed = parse_dates(cells(serial), date1904=date1904)
    assert parsed.bad.tolist() == [True]
    assert one(parsed) is pd.NaT


@pytest.mark.parametrize("text", [
    "2024-02-30", "2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "2024/2/30",
    "30.02.2024", "20240230", "2024年2月30日", "15/13/2024", "2024-03-15 25:00", "2024-03-15 10:61",
    "2024-03/15", "2024-03", "March 15, 2024", "abc", "N/A", "2024-03-15x", "24-3-15",
    "99999999", "0000-00-01",
])
def test_dates_not_understood_are_bad(text: str) -> None:
    parsed = parse_dates(cells(text, "2024-03-15", None))
    assert parsed.bad.tolist() == [True, False, False]
    assert parsed.reason == "date not understood"
    assert parsed.values.iloc[0] is pd.NaT
    assert parsed.values.iloc[1] == MARCH_15


def test_leap_day_is_fine() -> None:
    assert one(parse_dates(cells("2024-02-29"))) == pd.Timestamp("2024-02-29")
    assert one(parse_dates(cells("2000/2/29"))) == pd.Timestamp("2000-02-29")


@pytest.mark.parametrize("text", [*MISSING_INPUTS, "00.00.0000", "0000-00-00", "00000000"])
def test_blank_and_empty_sap_dates_are_missing(text: object) -> None:
    parsed = parse_dates(pd.Series([text], dtype=object))
    assert parsed.values.iloc[0] is pd.NaT
    assert not parsed.bad.any()


def test_year_last_is_month_first_by_default() -> None:
    values = parse_dates(cells("03/04/2024", "12/01/2024", "4-5-2024")).values
    assert values.tolist() == [
        pd.Timestamp("2024-03-04"), pd.Timestamp("2024-12-01"), pd.Timestamp("2024-04-05")
    ]


def test_year_last_column_that_shows_day_first_is_read_day_first() -> None:
    values = parse_dates(cells("03/04/2024", "15/04/2024", None)).values
    assert values.tolist()[:2] == [pd.Timestamp("2024-04-03"), pd.Timestamp("2024-04-15")]


def test_year_last_column_with_both_kinds_is_read_cell_by_cell() -> None:
    parsed = parse_dates(cells("03/04/2024", "04/15/2024", "15/04/2024"))
    assert parsed.values.tolist() == [
        pd.Timestamp("2024-03-04"), pd.Timestamp("2024-04-15"), pd.Timestamp("2024-04-15")
    ]
    assert not parsed.bad.any()


def test_dates_are_datetime64_at_midnight_with_index_kept() -> None:
    series = pd.Series(["2024-03-15 23:59:59", "45366.99", "x"], index=[7, 8, 9], dtype="str",
                       name="单据日期")
    parsed = parse_dates(series)
    assert parsed.values.dtype == np.dtype("datetime64[us]")
    assert parsed.values.index.tolist() == [7, 8, 9]
    assert parsed.values.name == "单据日期"
    assert parsed.values.iloc[:2].tolist() == [MARCH_15, MARCH_15]
    assert (parsed.values.dropna() == parsed.values.dropna().dt.normalize()).all()
    assert parsed.bad.tolist() == [False, False, True]


def test_mixed_forms_in_one_column() -> None:
    parsed = parse_dates(cells("2024-03-15 00:00:00", "45366", "2024/3/15", "2024年3月15日",
                               "15.03.2024", "20240315", None, "bad"))
    assert parsed.values.iloc[:6].tolist() == [MARCH_15] * 6
    assert parsed.bad.tolist() == [False] * 7 + [True]


# --------------------------------------------------------------------------------------------
# The real thing: cells as fastexcel reads them from an Excel 16 workbook


@pytest.mark.shared_data
def test_northwind_cells_as_fastexcel_reads_them(shared_data: Path) -> None:
    fastexcel = pytest.importorskip("fastexcel")
    reader = fastexcel.read_excel(shared_data / "northwind" / "Northwind.xlsx")
    orders = reader.load_sheet_by_name("Orders", dtypes="string").to_pandas()
    details = reader.load_sheet_by_name("Orders Details", dtypes="string").to_pandas()

    order_date = parse_dates(orders["OrderDate"])
    assert not order_date.bad.any()
    assert order_date.values.iloc[0] == pd.Timestamp("1996-07-04")
    shipped = parse_dates(orders["ShippedDate"])
    assert not shipped.bad.any()
    assert shipped.values.isna().sum() == orders["ShippedDate"].isna().sum() == 21

    order_no = parse_codes(orders["OrderID"])
    assert order_no.values.iloc[0] == "10248"
    assert parse_codes(orders["CustomerID"]).values.iloc[0] == "WILMK"

    discount = parse_numbers(details["Discount"])
    assert not discount.bad.any()
    assert 0.150000006 in set(discount.values)  # the float32 artefact as the sheet stores it
    quantity = parse_integers(details["Quantity"])
    assert not quantity.bad.any()
    assert quantity.values.iloc[0] == 12
    assert parse_numbers(details["UnitPrice"]).values.iloc[:3].tolist() == [14.0, 9.8, 34.8]
    assert not parse_numbers(orders["Freight"]).bad.any()
    assert parse_text(details["Product Name"]).values.iloc[0] == "Queso Cabrales"


def test_whole_columns_are_parsed_without_a_per_cell_loop() -> None:
    # A guard against an accidental `.apply`: 200,000 clean cells take a few milliseconds;
    # the full benchmark is benchmarks/bench_values.py.
    n = 200_000
    start = datetime.now()
    numbers = parse_numbers(pd.Series(np.arange(n).astype(str), dtype="str"))
    dates = parse_dates(pd.Series(["2024-03-15 00:00:00"] * n, dtype="str"))
    elapsed = (datetime.now() - start).total_seconds()
    assert numbers.values.iloc[-1] == n - 1
    assert not dates.bad.any()
    assert elapsed < 2.0
