"""Turn the text cells of an ERP export into typed values, one whole column at a time.

Cells arrive as text: fastexcel reads every cell as a string (integers as "17850", floats in
their shortest form such as "0.150000005960464", date-formatted cells as
"2024-03-15 00:00:00", other dates as serials such as "45366"), and a CSV can hold anything.
Each parser returns a `Parsed`: the typed values, a mask of the cells that had text but could not
be understood, and one reason for those cells. A blank cell is *missing*, never *bad*: ERPs leave
optional columns empty all the time, and only text we could not read deserves a complaint.

Speed is the point of the shape of this module. An import of 200,000 rows x 12 columns must parse
in well under half a second on a 2-core laptop, so nothing loops over cells in Python. The text is
handed to Arrow compute kernels (RE2 regular expressions, casts) and numpy. Each parser first tries
a cheap pass that fits the cells of a clean export (one cast, or one regular expression) and sends
only the cells that fail it through the slower steps for ERP quirks (thousands separators,
currency signs, full-width digits, Chinese dates, ...). Those steps are vectorised as well, so a
messy CSV is slower but never falls back to a per-cell loop.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

__all__ = [
    "Parsed",
    "parse_codes",
    "parse_dates",
    "parse_emails",
    "parse_integers",
    "parse_numbers",
    "parse_ratings",
    "parse_text",
]

# pandas' own text dtype ("str" in pandas 3): Arrow-backed, NaN for missing.
_STR = pd.StringDtype("pyarrow", na_value=np.nan)
_TEXT = pa.large_string()
# Dates come back in pandas' default resolution for parsed text (microseconds in pandas 3).
DATE_DTYPE = np.dtype("datetime64[us]")

NOT_A_NUMBER = "not a number"
NOT_A_WHOLE_NUMBER = "not a whole number"
NOT_A_DATE = "date not understood"
NOT_A_RATING = "not a rating from 1 to 5"
NOT_AN_EMAIL = "not an e-mail address"


@dataclass
class Parsed:
    """The result of parsing one column.

    `values` has the input's index and name; a cell is missing in it when it was blank *or* bad.
    `bad` is True only where the cell had text that could not be parsed, so the caller can report
    "row 17, column 单价: not a number" and tell it apart from an empty optional cell.
    """

    values: pd.Series
    bad: np.ndarray
    reason: str


# --------------------------------------------------------------------------------------------
# Shared helpers


def _arrow_text(cells: pd.Series) -> pa.Array:
    """The cells as one Arrow large_string array; None/NaN/pd.NA become null.

    fastexcel's columns are already Arrow-backed `str`, so this costs nothing for them; anything
    else (object columns from CSV, numbers a caller passed in) is converted with `str()` by pandas.
    """
    if cells.dtype != _STR:
        cells = cells.astype(_STR)
    arr = pa.array(cells.array)
    if isinstance(arr, pa.ChunkedArray):  # pragma: no cover - depends on the pyarrow version
        arr = arr.combine_chunks()
    if arr.type != _TEXT:
        arr = arr.cast(_TEXT)
    return arr


def _mask(result: pa.Array) -> np.ndarray:
    """An Arrow boolean result as a numpy bool mask (null counts as False)."""
    return pc.fill_null(result, False).to_numpy(zero_copy_only=False)


def _present(text: pa.Array) -> np.ndarray:
    return text.is_valid().to_numpy(zero_copy_only=False)


def _prepare(cells: pd.Series) -> pa.Array:
    """Trim Unicode whitespace (incl. NBSP and the full-width space); blank cells become null."""
    text = pc.utf8_trim_whitespace(_arrow_text(cells))
    return pc.if_else(pc.equal(text, ""), pa.scalar(None, _TEXT), text)


def _patch(text: pa.Array, where: np.ndarray, fn: Callable[[pa.Array], pa.Array]) -> pa.Array:
    """Apply `fn` to the cells selected by `where` only, leaving the others untouched.

    The clean majority of a column never pays for a quirk's regular expression.
    """
    if not where.any():
        return text
    selector = pa.array(where)
    return pc.replace_with_mask(text, selector, fn(text.filter(selector)).cast(_TEXT))


def _replace(text: pa.Array, pattern: str, replacement: str) -> pa.Array:
    return pc.replace_substring_regex(text, pattern, replacement)


def _matches(text: pa.Array, pattern: str) -> np.ndarray:
    return _mask(pc.match_substring_regex(text, pattern))


# Characters that are not whitespace to Arrow's trim but are as invisible: zero-width spaces and
# joiners, the word joiner and the byte-order mark (copied from web pages, or a CSV's first cell).
_INVISIBLE = r"[\x{200b}-\x{200d}\x{2060}\x{feff}]"


def _fold_width(text: pa.Array) -> pa.Array:
    """NFKC (full-width digits, letters and signs to ASCII), invisible characters removed.

    Only the non-ASCII cells are touched: NFKC costs ~45 ms per 200,000 Chinese strings.
    """

    def fold(sub: pa.Array) -> pa.Array:
        sub = _replace(pc.utf8_normalize(sub, "NFKC"), _INVISIBLE, "")
        sub = pc.utf8_trim_whitespace(sub)
        return pc.if_else(pc.equal(sub, ""), pa.scalar(None, _TEXT), sub)

    non_ascii = _present(text) & ~_mask(pc.string_is_ascii(text))
    return _patch(text, non_ascii, fold)


def _str_series(text: pa.Array, cells: pd.Series) -> pd.Series:
    return pd.Series(pd.array(text, dtype=_STR), index=cells.index, name=cells.name, copy=False)


# --------------------------------------------------------------------------------------------
# Numbers

# What Arrow's string-to-double cast accepts, minus inf/nan: the shape of every number fastexcel
# writes and of most CSV numbers.
_PLAIN_NUMBER = r"^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$"
# A cell that is only dashes: ERPs print "-", "—" or "——" for zero / nothing.
_DASHES = r"^[-\x{2010}-\x{2015}\x{2212}]+$"
_CURRENCY = r"(?:US\$|HK\$|RMB|CNY|USD|EUR|HKD|GBP|JPY|人民币|[¥$€£元])"
_NOT_CURRENCY = r"[^A-Za-z¥$€£元人民币]*"
# One currency, before the number (after an optional sign or parenthesis: "-¥12", "(¥12.50)")
# or after it: "USD 12 EUR" and "12USD34" are not money. Regular expressions that capture
# groups are 3-5x slower in RE2, so the placement is checked by a match and the currency then
# dropped by a replacement without groups.
_CURRENCY_PLACED = (
    rf"(?i)^[-+(]?\s*{_CURRENCY}{_NOT_CURRENCY}$|^{_NOT_CURRENCY}{_CURRENCY}\s*\)?$"
)
_CURRENCY_TOKEN = rf"(?i)\s*{_CURRENCY}\s*"
# Non-ASCII characters that numbers may hold without needing NFKC.
_NEEDS_FOLD = r"[^\x00-\x7f¥€£元人民币]"
# Comma, space (NFKC has already turned NBSP, thin and narrow spaces into ' ') and apostrophes
# (Swiss 1'234.50) between groups of exactly three digits; anything else (a decimal comma as in
# 1.234,50 or 12,5) is not accepted, because guessing there silently changes amounts by 1000x.
_SEPARATOR = r"[, '’]"
_SAMPLE = 1_000
_GROUPED = rf"^[+-]?\d{{1,3}}(?:{_SEPARATOR}\d{{3}})+(?:\.\d*)?$"


def _float_or_none(text: pa.Array) -> np.ndarray | None:
    """The whole array cast to float64 in one go, or None when any cell is not a plain number.

    A cast that fails costs as much as one that succeeds (~100 ms for 200,000 cells), so the
    first cells are tried alone: a column of "¥1,234.50" gives up after 1,000 of them.
    """
    try:
        if len(text) > _SAMPLE:
            pc.cast(text.slice(0, _SAMPLE), pa.float64())
        return pc.cast(text, pa.float64()).to_numpy(zero_copy_only=False, writable=True)
    except pa.ArrowInvalid:
        return None


def _fold_minus(sub: pa.Array) -> pa.Array:
    """NFKC (full-width digits and signs) and the minus look-alikes (U+2212 minus sign, hyphen,
    non-breaking hyphen, figure dash, en dash) as "-"."""
    sub = _replace(pc.utf8_normalize(sub, "NFKC"), _INVISIBLE, "")
    return pc.utf8_trim_whitespace(_replace(sub, r"[\x{2010}-\x{2013}\x{2212}]", "-"))


def _starts(text: pa.Array, *prefixes: str) -> np.ndarray:
    return np.logical_or.reduce([_mask(pc.starts_with(text, p)) for p in prefixes])


def _undecorate(sub: pa.Array) -> pa.Array:
    """Drop the currency, turn "(12.50)" and "12.50-" into "-12.50". A "%" stays for the caller."""
    sub = _patch(sub, _matches(sub, _CURRENCY_PLACED), lambda s: _replace(s, _CURRENCY_TOKEN, ""))
    sub = _patch(
        sub, _starts(sub, "("), lambda s: _replace(s, r"^\(\s*([^()]*?\d[^()]*?)\s*\)$", r"-\1")
    )
    # "- 12", as some reports space a sign
    sub = _patch(sub, _starts(sub, "- ", "+ "), lambda s: _replace(s, r"^([+-])\s+", r"\1"))
    # trailing minus: "12.50-" (SAP)
    trailing = _mask(pc.ends_with(sub, "-"))
    return _patch(sub, trailing, lambda s: _replace(s, r"^(\d[\d.,' ’]*)-$", r"-\1"))


def _times_hundredth(sub: pa.Array) -> pa.Array:
    return pc.binary_join_element_wise(sub, pa.scalar("e-2", _TEXT), pa.scalar("", _TEXT))


def _quirky_numbers(text: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """Numbers as people and ERPs print them. Returns (values, bad) for these cells.

    Each step runs only on the cells that can need it, found by a cheap test first: most
    decorated cells need one or two of the steps, not all of them.
    """
    text = _patch(
        text,
        ~_mask(pc.string_is_ascii(text)),
        lambda sub: _patch(sub, _matches(sub, _NEEDS_FOLD), _fold_minus),
    )
    decorated = _matches(text, r"^[^\d.]|[^\d.]$")  # starts or ends with other than a digit
    text = _patch(text, decorated, _undecorate)
    dashes = decorated & _matches(text, _DASHES)  # also "¥ -": accounting formats' zero
    percent = _mask(pc.ends_with(text, "%"))
    text = _patch(text, percent, lambda sub: _replace(sub, r"\s*%$", ""))
    separated = _matches(text, _SEPARATOR)
    grouped = separated & _matches(text, _GROUPED)
    text = _patch(text, grouped, lambda sub: _replace(sub, _SEPARATOR, ""))
    plain = _matches(text, _PLAIN_NUMBER)

    # A percentage is parsed as "15e-2" rather than 15 / 100, so "0.1%" is the same double as
    # "0.001" (a division would round twice).
    exponent = percent & (
        _mask(pc.match_substring(text, "e")) | _mask(pc.match_substring(text, "E"))
    )
    text = _patch(text, percent & ~exponent, _times_hundredth)

    values = np.full(len(text), np.nan)
    if plain.any():
        values[plain] = pc.cast(text.filter(pa.array(plain)), pa.float64()).to_numpy(
            zero_copy_only=False
        )
    values[exponent] /= 100.0
    inf = plain & ~np.isfinite(values)
    values[inf] = np.nan
    return values, (~plain & ~dashes) | inf


def _numbers(text: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """(float64 values with NaN for missing or bad, bad mask) for trimmed text."""
    present = _present(text)
    values = _float_or_none(text)
    if values is not None:  # fast path: every cell is a plain number (a clean fastexcel column)
        bad = present & ~np.isfinite(values)  # Arrow also accepts "inf", "nan", "1e999"
        values[bad] = np.nan
        return values, bad
    values = np.full(len(text), np.nan)
    bad = np.zeros(len(text), dtype=bool)
    plain = _matches(text, _PLAIN_NUMBER)
    if plain.any():
        values[plain] = pc.cast(text.filter(pa.array(plain)), pa.float64()).to_numpy(
            zero_copy_only=False
        )
        bad |= plain & ~np.isfinite(values)
        values[bad] = np.nan
    rest = present & ~plain
    if rest.any():
        idx = np.flatnonzero(rest)
        values[idx], bad[idx] = _quirky_numbers(text.filter(pa.array(rest)))
    return values, bad


def parse_numbers(cells: pd.Series) -> Parsed:
    """float64. Plain numbers, and numbers as ERPs and people print them.

    Accepted: thousands separators (comma, space, NBSP, apostrophe; groups of three digits, the
    decimal mark is a dot), currency signs and codes before or after (¥ ￥ $ € £ 元 RMB CNY USD EUR
    HKD GBP JPY 人民币), full-width digits, "(12.50)" and "12.50-" for negatives, a leading "+",
    percentages ("15%" is 0.15, "5.5 %" is 0.055). A lone dash ("-", "—", "——") is missing, as
    ERPs print it for nothing. A decimal comma ("12,5", "1.234,50") is bad rather than guessed.
    """
    values, bad = _numbers(_prepare(cells))
    series = pd.Series(values, index=cells.index, name=cells.name, dtype="float64", copy=False)
    return Parsed(series, bad, NOT_A_NUMBER)


# --------------------------------------------------------------------------------------------
# Integers and ratings

# Beyond 2**53 a double no longer holds every integer, so such a value could not be trusted.
_LARGEST_EXACT = float(2**53)


def _integers(cells: pd.Series) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(int64 values, valid mask, bad mask). "12.0" is 12; "12.5" and "abc" are bad."""
    floats, bad = _numbers(_prepare(cells))
    number = ~np.isnan(floats)
    whole = number & (np.floor(floats) == floats) & (np.abs(floats) <= _LARGEST_EXACT)
    bad = bad | (number & ~whole)
    values = np.where(whole, floats, 0.0).astype(np.int64)
    return values, whole, bad


def _int_series(values: np.ndarray, valid: np.ndarray, cells: pd.Series) -> pd.Series:
    array = pd.arrays.IntegerArray(values, ~valid)
    return pd.Series(array, index=cells.index, name=cells.name, copy=False)


def parse_integers(cells: pd.Series) -> Parsed:
    """Int64 (nullable). Everything `parse_numbers` accepts, if the value is whole ("12.0" is 12).

    Every bad cell gets the one reason "not a whole number", whether it held "12.5" or "abc".
    """
    values, valid, bad = _integers(cells)
    return Parsed(_int_series(values, valid, cells), bad, NOT_A_WHOLE_NUMBER)


def parse_ratings(cells: pd.Series) -> Parsed:
    """Int64 from 1 to 5 (the account manager's fit and potential ratings); anything else is bad."""
    values, valid, bad = _integers(cells)
    outside = valid & ((values < 1) | (values > 5))
    return Parsed(_int_series(values, valid & ~outside, cells), bad | outside, NOT_A_RATING)


# --------------------------------------------------------------------------------------------
# Codes, text, e-mail addresses

# A number Excel stored in a code column and a CSV writer printed as a float: "17850.0".
_FLOAT_CODE = r"^([+-]?\d+)\.0+$"
# Scientific notation as Excel and Python print large numbers: "1.785E+04", "1.785e+16",
# "1.785E4". Only with a decimal mantissa or an explicit "+" in the exponent, so that real codes
# such as "12E3" or "2E10" (a part number, not 2x10^10) stay as they are.
_SCIENTIFIC_CODE = r"^(?:\d\.\d+[eE]\+?\d{1,2}|\d+[eE]\+\d{1,2})$"


def _unscientific(sub: pa.Array) -> pa.Array:
    """"1.785E4" → "17850" where the value is a whole number that int64 holds exactly."""
    sci = _matches(sub, _SCIENTIFIC_CODE)
    if not sci.any():
        return sub
    floats = pc.cast(sub.filter(pa.array(sci)), pa.float64()).to_numpy(zero_copy_only=False)
    whole = (np.floor(floats) == floats) & (np.abs(floats) < 1e18)
    digits = pa.array(floats.astype(np.int64)).cast(_TEXT)
    converted = pc.if_else(pa.array(whole), digits, sub.filter(pa.array(sci)))
    return pc.replace_with_mask(sub, pa.array(sci), converted)


def parse_codes(cells: pd.Series) -> Parsed:
    """Text keys (customer, product, order codes); never bad.

    Stripped and NFKC-folded (full-width "ＡＢ１２" is "AB12"); leading zeros stay ("007850");
    a number Excel or a CSV writer turned into "17850.0" or "1.785E+04" becomes "17850" again.
    """
    text = _fold_width(_prepare(cells))
    # Cheap plain-text tests first (a regular expression over every cell costs 4x more).
    floaty = _mask(pc.ends_with(text, "0")) & _mask(pc.match_substring(text, "."))
    text = _patch(text, floaty, lambda sub: _replace(sub, _FLOAT_CODE, r"\1"))
    exponent = _mask(pc.match_substring(text, "E")) | _mask(pc.match_substring(text, "e"))
    text = _patch(text, exponent, _unscientific)
    return Parsed(_str_series(text, cells), np.zeros(len(text), dtype=bool), "")


# Needs work: a tab or line break, two spaces in a row, an odd space (NBSP, U+3000, ...) or an
# invisible character. RE2's \p{Z} is every Unicode space separator, including ' '.
_UNTIDY = rf"[\t\n\v\f\r\x{{85}}]|{_INVISIBLE}|\p{{Z}}\p{{Z}}|[^ \PZ]"


def _collapse(sub: pa.Array) -> pa.Array:
    sub = _replace(sub, _INVISIBLE, "")
    return pc.utf8_trim_whitespace(_replace(sub, r"[\t\n\v\f\r\x{85}\p{Z}]+", " "))


def _collapse_keeping_lines(sub: pa.Array) -> pa.Array:
    sub = _replace(sub, _INVISIBLE, "")
    sub = _replace(sub, r"\r\n?|[\v\f\x{85}\x{2028}\x{2029}]", "\n")
    sub = _replace(sub, r"[\t\p{Zs}]+", " ")
    sub = _replace(_replace(sub, r" ?\n ?", "\n"), r"\n{3,}", "\n\n")
    return pc.utf8_trim_whitespace(sub)


def parse_text(cells: pd.Series, *, multiline: bool = False) -> Parsed:
    """Free text (names, regions, notes); never bad.

    Stripped, runs of whitespace (tabs, NBSP, the full-width space U+3000, line breaks) collapsed
    to one space, invisible characters removed; empty is missing. Deliberately *not* NFKC-folded:
    a company name keeps its full-width brackets, "北京某某（集团）有限公司" stays as written.
    With `multiline=True` (notes, addresses) line breaks are kept, at most one blank line in a row.
    """
    text = _prepare(cells)
    untidy = _matches(text, _UNTIDY)
    text = _patch(text, untidy, _collapse_keeping_lines if multiline else _collapse)
    if untidy.any():
        text = pc.if_else(pc.equal(text, ""), pa.scalar(None, _TEXT), text)
    return Parsed(_str_series(text, cells), np.zeros(len(text), dtype=bool), "")


# Plausible, not RFC 5322: a local part, one "@", a domain of dot-separated labels ending in a
# top-level domain of two or more letters. Unicode letters are allowed (中文域名 exist).
_EMAIL = (
    r"^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*"
    r"@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}$"
)


def _unwrap_address(sub: pa.Array) -> pa.Array:
    return _replace(_replace(sub, r"^mailto:\s*", ""), r"^<\s*(.*?)\s*>$", r"\1")


def parse_emails(cells: pd.Series) -> Parsed:
    """Lower-cased e-mail addresses; bad when not plausibly one address.

    Full-width "＠" and letters are folded, a "mailto:" prefix and enclosing <...> are dropped.
    Two addresses in one cell ("a@x.com; b@y.com") are bad: which one is the contact's?
    """
    text = pc.utf8_lower(_fold_width(_prepare(cells)))
    wrapped = _mask(pc.starts_with(text, "mailto:")) | _mask(pc.starts_with(text, "<"))
    text = _patch(text, wrapped, _unwrap_address)
    valid = _matches(text, _EMAIL)
    bad = _present(text) & ~valid
    text = pc.if_else(pa.array(valid), text, pa.scalar(None, _TEXT))
    return Parsed(_str_series(text, cells), bad, NOT_AN_EMAIL)


# --------------------------------------------------------------------------------------------
# Dates

# What fastexcel writes for a date-formatted cell, and ISO dates from CSV, with or without a time.
_TIME = (
    r"(?:\s*[T ]\s*(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:[.,]\d{1,9})?)?"
    r"(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:Z|[+-]\d{2}:?\d{2}))?)?"
)
_ISO = rf"^\d{{4}}-\d{{2}}-\d{{2}}{_TIME}$"
# Year first, with the same separator twice (checked after matching: RE2 has no backreferences).
_YEAR_FIRST = (
    rf"^(?P<y>\d{{4}})(?P<s1>[-/.])(?P<m>\d{{1,2}})(?P<s2>[-/.])(?P<d>\d{{1,2}}){_TIME}$"
)
# Other forms are rewritten into year-first ones first; `_NEEDS_REWRITE` finds them cheaply.
_NEEDS_REWRITE = r"^\d{1,2}[-/.]|^\d{8}|年"
_REWRITES = (
    (r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?", r"\1-\2-\3"),  # 2024年3月15日
    (r"^((?:19|2[01])\d{2})(\d{2})(\d{2})(\s.*|T.*)?$", r"\1-\2-\3\4"),  # 20240315 (1900..2199)
    (r"^(\d{1,2})\.(\d{1,2})\.(\d{4})", r"\3-\2-\1"),  # 15.03.2024: dots are always day first
)
# Year last with a slash or a dash: 03/04/2024. See `parse_dates` for the rule.
_YEAR_LAST = r"^(\d{1,2})[/-](\d{1,2})[/-](\d{4})"
# SAP prints an empty date as 00.00.0000, other systems 0000-00-00: missing, not bad.
_ZERO_DATE = r"^0{1,4}[-./]0{1,2}[-./]0{1,4}$|^0{8}$"
# A serial day number, possibly with a fraction of a day (the time).
_SERIAL = r"^\d{1,7}(?:\.\d+)?$"

_DAY = np.timedelta64(1, "D")
_EPOCH_1900 = np.datetime64("1899-12-30", "D")  # serial 61 is 1900-03-01 (after the bogus 02-29)
_EPOCH_1904 = np.datetime64("1904-01-01", "D")
_LAST_SERIAL_1900 = 2_958_465  # 9999-12-31
_LAST_SERIAL_1904 = _LAST_SERIAL_1900 - 1_462


def _digits_at(text: pa.Array, start: int, width: int) -> np.ndarray:
    """The number written by the ASCII digits at [start, start + width) of every cell.

    Read straight from the Arrow buffers (int64 offsets of large_string, then the bytes):
    3x faster than slicing and casting, and only used where a regular expression has already
    checked that every cell has digits there.
    """
    _, offsets, data = text.buffers()
    first = np.frombuffer(offsets, dtype=np.int64)[text.offset : text.offset + len(text)] + start
    raw = np.frombuffer(data, dtype=np.uint8)
    number = np.zeros(len(text), dtype=np.int64)
    for k in range(width):
        number = number * 10 + (raw[first + k].astype(np.int64) - 48)
    return number


def _serial_days(serials: np.ndarray, date1904: bool) -> tuple[np.ndarray, np.ndarray]:
    """Excel serials to (days since 1970-01-01, valid). Excel stores dates as day numbers."""
    day = np.floor(serials)
    if date1904:
        valid = (day >= 0) & (day <= _LAST_SERIAL_1904)
        offset = (_EPOCH_1904 - np.datetime64("1970-01-01", "D")) // _DAY
        return np.where(valid, day, 0).astype(np.int64) + offset, valid
    # Lotus 1-2-3 believed 1900 was a leap year and Excel kept the bug for compatibility:
    # serial 60 is 1900-02-29, a day that never was; serials 1..59 are one day later than the
    # 1899-12-30 epoch would make them.
    valid = (day >= 1) & (day <= _LAST_SERIAL_1900) & (day != 60)
    day = np.where(day < 60, day + 1, day)
    offset = (_EPOCH_1900 - np.datetime64("1970-01-01", "D")) // _DAY
    return np.where(valid, day, 0).astype(np.int64) + offset, valid


def _ymd_days(y: np.ndarray, m: np.ndarray, d: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Calendar parts to (days since 1970-01-01, valid); 2024-02-30 and month 13 are invalid."""
    valid = (y >= 1000) & (m >= 1) & (m <= 12) & (d >= 1) & (d <= 31)
    months = np.where(valid, (y - 1970) * 12 + m - 1, 0)
    first = months.astype("datetime64[M]").astype("datetime64[D]")
    length = ((months + 1).astype("datetime64[M]").astype("datetime64[D]") - first) // _DAY
    valid &= d <= length
    days = (first - np.datetime64("1970-01-01", "D")) // _DAY + np.where(valid, d - 1, 0)
    return days.astype(np.int64), valid


def _year_first_days(text: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """Read "Y-M-D[ time]" cells (or with "/" or "." twice); (days, valid)."""
    parts = pc.extract_regex(text, _YEAR_FIRST)
    matched = _mask(parts.is_valid())
    n = len(text)
    if not matched.any():
        return np.zeros(n, dtype=np.int64), matched
    sel = pa.array(matched)
    same_separator = _mask(pc.equal(parts.field("s1").filter(sel), parts.field("s2").filter(sel)))
    y, m, d = (
        pc.cast(parts.field(name).filter(sel), pa.int64()).to_numpy() for name in ("y", "m", "d")
    )
    days = np.zeros(n, dtype=np.int64)
    days[matched], ok = _ymd_days(y, m, d)
    valid = matched.copy()
    valid[matched] = ok & same_separator
    return days, valid


def _year_last_to_canonical(text: pa.Array) -> pa.Array:
    """Rewrite a/b/yyyy as yyyy-m-d, deciding day or month first for the whole column."""
    parts = pc.extract_regex(text, r"^(?P<a>\d{1,2})[/-](?P<b>\d{1,2})[/-]\d{4}")
    matched = _mask(parts.is_valid())
    if not matched.any():
        return text
    sel = pa.array(matched)
    a, b = (pc.cast(parts.field(name).filter(sel), pa.int64()).to_numpy() for name in "ab")
    day_first_seen, month_first_seen = bool((a > 12).any()), bool((b > 12).any())
    if day_first_seen and not month_first_seen:
        # The column shows itself day first (a 15/03/2024 somewhere): read all of it that way.
        return _replace(text, _YEAR_LAST, r"\3-\2-\1")
    if not day_first_seen:
        return _replace(text, _YEAR_LAST, r"\3-\1-\2")
    # Both kinds in one column: cell by cell, month first unless the first number is over 12.
    text = _replace(text, r"^(1[3-9]|2\d|3[01])[/-](\d{1,2})[/-](\d{4})", r"\3-\2-\1")
    return _replace(text, _YEAR_LAST, r"\3-\1-\2")


def _rewrite(sub: pa.Array) -> pa.Array:
    for pattern, replacement in _REWRITES:
        sub = _replace(sub, pattern, replacement)
    return _year_last_to_canonical(sub)


def _other_date_forms(
    text: pa.Array, date1904: bool
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Dates that are not plain ISO: (days, valid, zero_date) for these cells."""
    text = _fold_width(text)  # full-width digits, "／", "：", "－"
    n = len(text)
    days = np.zeros(n, dtype=np.int64)
    valid = np.zeros(n, dtype=bool)
    zero = _mask(pc.starts_with(text, "00")) & _matches(text, _ZERO_DATE)

    serial = _matches(text, _SERIAL)
    if serial.any():
        numbers = pc.cast(text.filter(pa.array(serial)), pa.float64()).to_numpy()
        days[serial], valid[serial] = _serial_days(numbers, date1904)

    rest = _present(text) & ~serial & ~zero
    if rest.any():
        sub = text.filter(pa.array(rest))
        sub = _patch(sub, _matches(sub, _NEEDS_REWRITE), _rewrite)
        idx = np.flatnonzero(rest)
        days[idx], valid[idx] = _year_first_days(sub)
    return days, valid, zero


def parse_dates(cells: pd.Series, *, date1904: bool = False) -> Parsed:
    """datetime64[us] at midnight: the date only, a time of day is read and dropped.

    Accepted forms:

    - Excel serials 1..2958465 (1900 date system: serial 1 is 1900-01-01, serial 60 is Excel's
      fictitious 1900-02-29 and bad, later serials count from 1899-12-30) or, with
      `date1904=True` (old Mac workbooks), 0..2957003 counted from 1904-01-01. A fraction
      (the time) is dropped: 45366.75 is 2024-03-15.
    - Year first: 2024-03-15, 2024/3/15, 2024.03.15, 2024年3月15日, 20240315 (eight digits,
      years 1900-2199), each optionally with a time: "2024-03-15 10:30", "2024/3/15 10:30:00",
      "2024-03-15T10:30:00Z". Full-width digits are fine.
    - Day first with dots: 15.03.2024 (German SAP).
    - Year last with a slash or dash, a/b/yyyy, which is ambiguous (03/04/2024). The rule is per
      column, because one export uses one format: if some cell of the column has a first number
      over 12 (15/03/2024) and none has a second number over 12, the whole column is read day
      first; otherwise month first, as US exports and SAP's MM/DD/YYYY and MM-DD-YYYY write it.
      In a column with both kinds each cell is read month first unless its first number is
      over 12.

    An empty SAP date (00.00.0000, 0000-00-00, 00000000) is missing. Impossible dates such as
    2024-02-30 and anything else are bad ("date not understood").
    """
    text = _prepare(cells)
    n = len(text)
    present = _present(text)
    days = np.zeros(n, dtype=np.int64)
    valid = np.zeros(n, dtype=bool)
    missing = ~present

    iso = _matches(text, _ISO)
    if iso.any():
        head = text.filter(pa.array(iso))
        y, m, d = (_digits_at(head, start, width) for start, width in ((0, 4), (5, 2), (8, 2)))
        days[iso], valid[iso] = _ymd_days(y, m, d)
        missing[iso] |= (y == 0) & (m == 0) & (d == 0)  # 0000-00-00: an empty date

    rest = present & ~iso
    if rest.any():
        idx = np.flatnonzero(rest)
        sub_days, sub_valid, sub_zero = _other_date_forms(text.filter(pa.array(rest)), date1904)
        days[idx], valid[idx] = sub_days, sub_valid
        missing[idx] |= sub_zero

    dates = (days.astype("datetime64[D]")).astype(DATE_DTYPE)
    dates[~valid] = np.datetime64("NaT")
    series = pd.Series(dates, index=cells.index, name=cells.name, copy=False)
    return Parsed(series, ~valid & ~missing, NOT_A_DATE)
