"""From a file on disk to a table of text cells: format sniffing, safety checks, sheets, cells.

The order matters. Everything that can be decided from the file's structure is checked here, in
the app's process, by reading a few kilobytes — before any reader runs:

1. the file exists, is not empty, and its *content* (not its name) is a workbook or text:
   a PDF, an image, a Word document or random bytes named ".xlsx" is refused by name;
2. zip containers (.xlsx, .xlsm, .ods): the central directory is intact (else "truncated"), the
   declared total size, the entry count and each entry's compression ratio are sane ("zip_bomb");
   no XML part has a DTD (`<!DOCTYPE`, `<!ENTITY`: "xml_entities" — Excel never writes one, and
   entity expansion is how billion-laughs files exhaust memory); the prolog is all that needs
   reading, since a DTD can only stand before the root element;
3. compound files (.xls, password-protected OOXML): an `EncryptedPackage` stream or a FILEPASS
   record means "encrypted";
4. .xlsx: the sheet list (with visibility) comes from xl/workbook.xml, and each sheet's declared
   used range from its `<dimension ref>`: a range that could not be read densely within the memory
   budget (a stray cell at XFD1048576) is "too_large_range" before a reader tries.

Only then does a child process (see `sandbox`) read the cells with fastexcel, every cell as text
(`dtypes="string"`, `header_row=None`), with a memory cap and a time limit, and hand them back as
Arrow. What the checks cannot foresee (a lying `<dimension>`, a damaged stream) ends as "memory",
"timeout" or "unreadable" — never as a frozen or crashed app.

What fastexcel 0.21 gives for each kind of cell (as text): integers "17850" (not "17850.0"), other
numbers in shortest form ("1.1", 1e20 as "100000000000000000000"), date-formatted cells
"2024-03-15 00:00:00" (correct in 1904-system workbooks too: calamine applies the flag), time-only
cells "1899-12-31 13:45:30" (1904 system: "1904-01-01 13:45:30"), `[h]:mm` durations as a
date-time from the epoch ("1900-01-01 06:05:00" for 30:05), booleans "true"/"false", formulas
their cached value (none cached: missing). Error cells (#N/A, #DIV/0!) would come back missing;
`read_cells` puts Excel's text back ("#N/A") so validation can say "not a number" instead of
taking the cell as empty. Plain serial numbers in date columns stay numbers ("45366"):
`RawSheet.date1904` tells the caller which epoch to convert them with.
"""

from __future__ import annotations

import codecs
import contextlib
import posixpath
import re
import shutil
import struct
import tempfile
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO
from xml.etree import ElementTree

from kam_desktop.errors import ImportFileError
from kam_desktop.services.importing import sandbox

if TYPE_CHECKING:
    import pandas as pd

FORMATS = ("xlsx", "xlsm", "xls", "ods", "csv")

# Zip limits. A 200,000-row export is ~120 MB of sheet XML at a ratio of ~8; Excel's largest
# possible sheet is around 1-2 GB of XML. Deflate cannot exceed ~1030:1; bombs sit near that.
MAX_UNCOMPRESSED_BYTES = 2 * 2**30
MAX_COMPRESSION_RATIO = 100
RATIO_CHECKED_FROM_BYTES = 10 * 2**20  # small parts (styles, themes) may compress better
MAX_ZIP_ENTRIES = 10_000
XML_PROLOG_LIMIT = 64 * 1024  # a prolog longer than this is not something Excel wrote
MAX_WORKBOOK_PART_BYTES = 32 * 2**20
# What one cell of a dense read costs the reader (calamine's cell, Arrow's string, slack):
# a declared range larger than memory_mb / BYTES_PER_CELL cells is refused up front.
BYTES_PER_CELL = 64
LIST_TIMEOUT_S = 60.0
LIST_MEMORY_MB = 2048

_OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
_ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"
_MAGIC_KINDS: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"BM", "a bitmap image"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"{\\rtf", "an RTF document"),
)
_EXPORT_HINT = "Export the data from the ERP as Excel (.xlsx) or CSV and import that file."
_SAVE_AS_HINT = "Open it in Excel, save a copy as an Excel Workbook (.xlsx) and import the copy."


@dataclass(frozen=True)
class SheetInfo:
    name: str
    visible: bool
    rows: int | None  # the last used row number, when cheaply known (xlsx: <dimension>)


@dataclass
class RawSheet:
    """One sheet's cells, all text, exactly as they sit in the sheet (no header taken out).

    `cells` has columns 0..n-1 (pandas `str` dtype, missing for empty cells; whitespace-only
    cells are missing too); row i is Excel row `first_row + i`, column j is Excel column
    `first_col + j` (0-based, so 2 is "C").
    """

    path: Path
    sheet: str
    sheets: list[SheetInfo]
    cells: pd.DataFrame
    first_row: int
    first_col: int
    date1904: bool
    file_format: str
    encoding: str | None = None  # CSV only: the encoding detected
    delimiter: str | None = None  # CSV only
    error_cells: int = 0  # cells holding an Excel error (#N/A...), now as that text


@dataclass
class _Workbook:
    """What the pre-checks learned about a file."""

    path: Path
    file_format: str
    sheets: list[SheetInfo] | None = None  # None: only the reader can list them (xls, ods)
    date1904: bool = False
    ranges: dict[str, tuple[str, int, int]] = field(default_factory=dict)  # ref, rows, cols


# --- public API -----------------------------------------------------------------------------


def list_sheets(
    path: Path, *, timeout_s: float = LIST_TIMEOUT_S, memory_mb: int = LIST_MEMORY_MB
) -> list[SheetInfo]:
    """The sheets of a workbook, in workbook order, with their visibility.

    Safety checks first (`ImportFileError` on a bad file). For .xlsx this reads only the
    workbook part; .xls and .ods are listed by a reader in a child process (their sheet list is
    not separable from their cells). A CSV has one "sheet", named after the file.
    """
    path = Path(path)
    book = _inspect(path)
    if book.file_format == "csv":
        return [SheetInfo(path.stem, True, None)]
    if book.sheets is not None:
        sheets = book.sheets
    else:
        with _workdir() as workdir:
            result = _run(book, workdir, timeout_s=timeout_s, memory_mb=memory_mb,
                          cancelled=None, job_kwargs={"sheet": None, "candidates": None,
                                                      "list_sheets": True,
                                                      "include_hidden": True})
        sheets = [SheetInfo(n, v, r) for n, v, r in result["sheets"] or []]
    if not sheets:
        raise _no_sheets(path)
    return sheets


def read_cells(
    path: Path,
    sheet: str | None = None,
    *,
    include_hidden: bool = False,
    timeout_s: float = 60,
    memory_mb: int = 2048,
    cancelled: Callable[[], bool] | None = None,
) -> RawSheet:
    """All cells of one sheet as text, read safely (checks here, reading in a child process).

    `sheet` picks a sheet by name, hidden or not; by default the first visible sheet with any
    data is read (`include_hidden` lets hidden sheets be the default too). `timeout_s` and
    `memory_mb` bound the child; `cancelled()` (polled ~10 times a second) stops it early.
    Raises `ImportFileError` with a `code` for every way this can fail.
    """
    import pandas as pd
    import pyarrow as pa
    import pyarrow.ipc

    path = Path(path)
    book = _inspect(path)
    with _workdir() as workdir:
        out = workdir / "cells.arrow"
        if book.file_format == "csv":
            if sheet is not None and sheet != path.stem:
                raise _sheet_not_found(path, sheet, [SheetInfo(path.stem, True, None)])
            result = _run(book, workdir, timeout_s=timeout_s, memory_mb=memory_mb,
                          cancelled=cancelled, job_kwargs={})
            sheets = [SheetInfo(path.stem, True, result["rows"])]
            chosen, first_col = path.stem, 0
        else:
            candidates, too_large = _candidates(book, sheet, include_hidden, memory_mb)
            result = _run(book, workdir, timeout_s=timeout_s, memory_mb=memory_mb,
                          cancelled=cancelled,
                          job_kwargs={"sheet": sheet, "candidates": candidates,
                                      "list_sheets": False, "include_hidden": include_hidden})
            sheets = book.sheets if book.sheets is not None else [
                SheetInfo(n, v, r) for n, v, r in result["sheets"] or []]
            if result.get("not_found"):
                raise _sheet_not_found(path, result["not_found"], sheets)
            if result["sheet"] is None:
                if too_large is not None:
                    raise _too_large(path, too_large, *book.ranges[too_large], memory_mb)
                if not sheets:
                    raise _no_sheets(path)
                which = "sheet" if include_hidden else "visible sheet"
                raise _fail(path, "no_data", f'"{path.name}" has no {which} with any data'
                            f" ({_sheet_list(sheets)}). Choose a sheet by name, or check that"
                            " the right file was exported.")
            chosen, first_col = result["sheet"], result["first_col"]
        table = pyarrow.ipc.open_file(pa.py_buffer(out.read_bytes())).read_all()
    cells = pd.DataFrame({i: column.to_pandas() for i, column in enumerate(table.columns)})
    if cells.shape[1] == 0:
        cells = pd.DataFrame(index=pd.RangeIndex(table.num_rows))
    return RawSheet(
        path=path, sheet=chosen, sheets=list(sheets), cells=cells, first_row=1,
        first_col=first_col, date1904=book.date1904, file_format=book.file_format,
        encoding=result.get("encoding"), delimiter=result.get("delimiter"),
        error_cells=result.get("error_cells", 0),
    )


def sniff_format(path: Path) -> str:
    """The file's format from its content ("xlsx", "xlsm", "xls", "ods", "csv"), safety-checked."""
    return _inspect(Path(path)).file_format


# --- choosing the sheet ---------------------------------------------------------------------


def _candidates(
    book: _Workbook, sheet: str | None, include_hidden: bool, memory_mb: int
) -> tuple[list[str] | None, str | None]:
    """Sheets the child may read, in order, and the too-large sheet that cut the list short.

    For .xlsx the declared ranges are checked here; for .xls/.ods the child lists the sheets
    (None) and the memory cap is the only bound.
    """
    if book.sheets is None:
        return None, None
    if not book.sheets:
        raise _no_sheets(book.path)
    if sheet is not None:
        if sheet not in {s.name for s in book.sheets}:
            raise _sheet_not_found(book.path, sheet, book.sheets)
        if _is_too_large(book, sheet, memory_mb):
            raise _too_large(book.path, sheet, *book.ranges[sheet], memory_mb)
        return [sheet], None
    names = [s.name for s in book.sheets if s.visible or include_hidden]
    for i, name in enumerate(names):
        if _is_too_large(book, name, memory_mb):
            if i == 0:
                raise _too_large(book.path, name, *book.ranges[name], memory_mb)
            return names[:i], name
    return names, None


def _is_too_large(book: _Workbook, sheet: str, memory_mb: int) -> bool:
    if sheet not in book.ranges:
        return False
    _, rows, cols = book.ranges[sheet]
    return rows * cols > memory_mb * 2**20 // BYTES_PER_CELL


# --- running the reader ---------------------------------------------------------------------


@contextlib.contextmanager
def _workdir() -> Any:
    folder = Path(tempfile.mkdtemp(prefix="kam-import-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _run(book: _Workbook, workdir: Path, *, timeout_s: float, memory_mb: int,
         cancelled: Callable[[], bool] | None, job_kwargs: dict[str, Any]) -> dict[str, Any]:
    path = book.path
    csv_file = book.file_format == "csv"
    job = sandbox.read_csv_job if csv_file else sandbox.read_workbook_job
    try:
        result = sandbox.run_in_child(
            job, workdir, timeout_s=timeout_s, memory_mb=memory_mb, cancelled=cancelled,
            path=str(path), out=str(workdir / "cells.arrow"), **job_kwargs,
        )
    except sandbox.SandboxError as exc:
        raise _from_sandbox(path, exc, timeout_s, memory_mb) from None
    if csv_file and "error" in result:
        if result["error"] == "encoding":
            raise _fail(path, "unreadable", f'"{path.name}" is neither UTF-8 nor GB18030 text.'
                        " Save it again as \"CSV UTF-8\" (Excel: File › Save As) and import that.")
        if result["error"] == "binary":
            raise _not_excel(path, "not a text file")
        raise _fail(path, "unreadable", f'"{path.name}" cannot be read as CSV'
                    f" ({result['detail']}). {_SAVE_AS_HINT}")
    return result


def _from_sandbox(path: Path, exc: sandbox.SandboxError, timeout_s: float,
                  memory_mb: int) -> ImportFileError:
    name = path.name
    if exc.kind == "timeout":
        return _fail(path, "timeout", f'Reading "{name}" took longer than {timeout_s:g} s and'
                     " was stopped. The file may be damaged or unusually large: save it again"
                     " from Excel (or split it) and import the copy.")
    if exc.kind == "memory":
        return _fail(path, "memory", f'Reading "{name}" needed more than {memory_mb} MB of'
                     " memory and was stopped. Usually a sheet has a value or formatting far"
                     " below or right of the table (Ctrl+End in Excel shows where the sheet"
                     " ends): delete the unused rows and columns, save, and import again.")
    if exc.kind == "cancelled":
        return _fail(path, "cancelled", f'Reading "{name}" was cancelled.')
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else exc.kind
    lowered = str(exc).lower()
    if "password" in lowered or "encrypt" in lowered:
        return _encrypted(path)
    if exc.kind == "failed" and ("zip" in lowered or "end of stream" in lowered
                                 or "eof" in lowered):
        return _truncated(path)
    if exc.kind == "crashed":
        return _fail(path, "unreadable", f'The reader stopped unexpectedly on "{name}"'
                     f" ({detail}). The file is probably damaged. {_SAVE_AS_HINT}")
    return _fail(path, "unreadable", f'"{name}" cannot be read; it looks damaged ({detail}).'
                 f" {_SAVE_AS_HINT}")


# --- pre-checks -----------------------------------------------------------------------------


def _inspect(path: Path) -> _Workbook:
    """Identify the file by content and run every cheap safety check. Raises ImportFileError."""
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise _not_excel(path, "a folder")
        with path.open("rb") as f:
            head = f.read(65536)
    except FileNotFoundError:
        raise _fail(path, "not_found", f'"{path.name}" does not exist (any more): choose the'
                    " file again.") from None
    except PermissionError as exc:
        raise _no_access(path, exc) from None
    except OSError as exc:
        raise _no_access(path, exc) from None
    if size == 0:
        raise _fail(path, "empty", f'"{path.name}" is empty (0 bytes). Export the data from'
                    " the ERP again, or choose another file.")
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _inspect_zip(path)
    if head.startswith(_OLE_MAGIC):
        return _inspect_ole(path)
    for magic, kind in _MAGIC_KINDS:
        if head.startswith(magic):
            raise _not_excel(path, kind)
    if head.startswith(b"PK"):
        raise _truncated(path)
    text_kind = _text_kind(head)
    if text_kind == "html":
        raise _fail(path, "not_excel", f'"{path.name}" is a web page (HTML) saved with a'
                    f" spreadsheet name, as some ERPs export. {_SAVE_AS_HINT}")
    if text_kind == "xml-spreadsheet":
        raise _fail(path, "not_excel", f'"{path.name}" is an Excel 2003 XML spreadsheet,'
                    f" which cannot be read. {_SAVE_AS_HINT}")
    if text_kind == "text":
        return _Workbook(path, "csv")
    raise _not_excel(path, "not a spreadsheet (its content is not recognised)")


def _text_kind(head: bytes) -> str | None:
    """"text" when the start of the file is text (→ read as CSV), "html", or None (binary)."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = head.decode("utf-16", errors="replace")
    else:
        if b"\x00" in head:
            return None
        text = None
        for encoding in ("utf-8-sig", "gb18030"):
            decoder = codecs.getincrementaldecoder(encoding)()
            try:
                text = decoder.decode(head, final=False)
                break
            except UnicodeDecodeError:
                continue
        if text is None:
            return None
    start = text.lstrip()[:2048].lower()
    if start.startswith(("<!doctype html", "<html")) or "<table" in start[:1024]:
        return "html"
    if start.startswith("<?xml") and "urn:schemas-microsoft-com:office:spreadsheet" in start:
        return "xml-spreadsheet"
    if sum(ch.isprintable() or ch in "\r\n\t" for ch in text[:4096]) < 0.95 * len(text[:4096]):
        return None
    return "text"


def _inspect_zip(path: Path) -> _Workbook:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        raise _truncated(path) from None
    with archive:
        infos = archive.infolist()
        _check_zip_sizes(path, infos)
        if any(info.flag_bits & 0x1 for info in infos):
            raise _encrypted(path)
        names = {info.filename.lower(): info.filename for info in infos}
        for info in infos:
            if info.filename.lower().endswith((".xml", ".rels")):
                _check_prolog(path, archive, info)
        if "mimetype" in names:
            mime = _read_part(path, archive, names["mimetype"], 256).strip()
            if mime.startswith(_ODS_MIME):
                manifest = names.get("meta-inf/manifest.xml")
                if manifest and b"encryption-data" in _read_part(path, archive, manifest,
                                                                  MAX_WORKBOOK_PART_BYTES):
                    raise _encrypted(path)
                return _Workbook(path, "ods")
            kind = "an OpenDocument text document" if b"opendocument.text" in mime else \
                "an OpenDocument file that is not a spreadsheet"
            raise _not_excel(path, kind)
        workbook_part = _office_document(path, archive, names)
        if workbook_part is None:
            if "word/document.xml" in names:
                raise _not_excel(path, "a Word document")
            if "ppt/presentation.xml" in names:
                raise _not_excel(path, "a PowerPoint presentation")
            raise _not_excel(path, "a ZIP archive without a workbook in it")
        if workbook_part.lower().endswith(".bin"):
            raise _fail(path, "unsupported_format", f'"{path.name}" is an Excel binary workbook'
                        f" (.xlsb), which cannot be read. {_SAVE_AS_HINT}")
        return _inspect_xlsx(path, archive, names, workbook_part)


def _check_zip_sizes(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    name = path.name
    if len(infos) > MAX_ZIP_ENTRIES:
        raise _fail(path, "zip_bomb", f'"{name}" holds {len(infos):,} parts, far more than a'
                    f" workbook; it was not opened. {_SAVE_AS_HINT}")
    total = sum(info.file_size for info in infos)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise _fail(path, "zip_bomb", f'"{name}" would unpack to {_size(total)}, more than the'
                    f" {_size(MAX_UNCOMPRESSED_BYTES)} a workbook can sensibly hold; it was not"
                    " opened. If it is a genuine export, split it into smaller files.")
    for info in infos:
        if (info.file_size > RATIO_CHECKED_FROM_BYTES
                and info.file_size > MAX_COMPRESSION_RATIO * max(info.compress_size, 1)):
            ratio = info.file_size / max(info.compress_size, 1)
            raise _fail(path, "zip_bomb", f'"{name}" contains a part ({info.filename}) that'
                        f" unpacks to {_size(info.file_size)}, {ratio:,.0f} times its packed"
                        " size — a compression bomb, not an export; it was not opened."
                        f" {_SAVE_AS_HINT}")


_ROOT_START = re.compile(rb"<[A-Za-z_:]")
_ROOT_START_TEXT = re.compile(r"<[A-Za-z_:]")
_DTD = re.compile(r"<!\s*(?:DOCTYPE|ENTITY|ELEMENT|ATTLIST)", re.IGNORECASE)


def _check_prolog(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Refuse a part whose prolog has a DTD; reads only up to the root element's start."""
    buffer = b""
    try:
        with archive.open(info) as part:
            while len(buffer) < XML_PROLOG_LIMIT:
                chunk = part.read(4096)
                if not chunk:
                    break
                buffer += chunk
                if _ROOT_START.search(buffer.replace(b"\x00", b"")):
                    break
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError):
        raise _truncated(path) from None
    except NotImplementedError:  # an unknown compression method
        raise _fail(path, "unreadable", f'"{path.name}" uses a compression method that cannot'
                    f" be read. {_SAVE_AS_HINT}") from None
    if buffer.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or buffer[1:2] == b"\x00" \
            or buffer[0:1] == b"\x00":
        text = buffer.decode("utf-16-be" if buffer[0:1] == b"\x00" else "utf-16-le",
                             errors="replace")
    else:
        text = buffer.decode("latin-1")
    root = _ROOT_START_TEXT.search(text)
    prolog = text[: root.start()] if root else text
    if _DTD.search(prolog) or (root is None and len(buffer) >= XML_PROLOG_LIMIT):
        raise _fail(path, "xml_entities", f'"{path.name}" contains an XML document type'
                    f" declaration (DOCTYPE/ENTITY, in {info.filename}), which Excel never"
                    " writes; such files can be crafted to exhaust memory, so it was not opened."
                    f" {_SAVE_AS_HINT}")


def _read_part(path: Path, archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    try:
        with archive.open(name) as part:
            data = part.read(limit + 1)
    except KeyError:
        return b""
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError):
        raise _truncated(path) from None
    if len(data) > limit:
        raise _fail(path, "unreadable", f'"{path.name}": the part {name} is unusually large'
                    f" ({_size(limit)}+). {_SAVE_AS_HINT}")
    return data


def _parse_xml(path: Path, data: bytes) -> ElementTree.Element:
    try:
        return ElementTree.fromstring(data)  # no DTD: checked by _check_prolog
    except ElementTree.ParseError:
        raise _fail(path, "unreadable", f'"{path.name}" has a damaged workbook structure.'
                    f" {_SAVE_AS_HINT}") from None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _rels(path: Path, archive: zipfile.ZipFile, names: dict[str, str],
          part: str) -> dict[str, tuple[str, str]]:
    """Relationship id → (type, target part name) for `part` ("" for the package)."""
    folder, base = posixpath.split(part)
    rels_name = posixpath.join(folder, "_rels", base + ".rels")
    actual = names.get(rels_name.lower())
    if actual is None:
        return {}
    root = _parse_xml(path, _read_part(path, archive, actual, MAX_WORKBOOK_PART_BYTES))
    result = {}
    for rel in root:
        if _local(rel.tag) != "Relationship" or rel.get("TargetMode") == "External":
            continue
        target = rel.get("Target", "")
        target = target.lstrip("/") if target.startswith("/") else \
            posixpath.normpath(posixpath.join(folder, target))
        result[rel.get("Id", "")] = (rel.get("Type", ""), target)
    return result


def _office_document(path: Path, archive: zipfile.ZipFile,
                     names: dict[str, str]) -> str | None:
    for rel_type, target in _rels(path, archive, names, "").values():
        if rel_type.endswith("/officeDocument") and target.lower() in names:
            actual = names[target.lower()]
            if actual.lower().startswith("xl/") or actual.lower().endswith(
                    ("workbook.xml", "workbook.bin")):
                return actual
    for candidate in ("xl/workbook.xml", "xl/workbook.bin"):
        if candidate in names:
            return names[candidate]
    return None


_DIMENSION = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?dimension\b[^>]*?\bref\s*=\s*"([^"]*)"')
_CELL_REF = re.compile(r"^\$?([A-Za-z]{1,3})\$?(\d{1,7})$")


def _inspect_xlsx(path: Path, archive: zipfile.ZipFile, names: dict[str, str],
                  workbook_part: str) -> _Workbook:
    root = _parse_xml(path, _read_part(path, archive, workbook_part, MAX_WORKBOOK_PART_BYTES))
    rels = _rels(path, archive, names, workbook_part)
    content_types = _read_part(path, archive, names.get("[content_types].xml", ""),
                               MAX_WORKBOOK_PART_BYTES) if "[content_types].xml" in names else b""
    # Macro-enabled by content type, by a VBA part, or by name (openpyxl writes an .xlsm with
    # the plain content type); the cells are read the same way, macros never run.
    macro = (b"macroenabled" in content_types.lower() or "xl/vbaproject.bin" in names
             or path.suffix.lower() in (".xlsm", ".xltm"))
    book = _Workbook(path, "xlsm" if macro else "xlsx", sheets=[])
    assert book.sheets is not None
    for element in root.iter():
        tag = _local(element.tag)
        if tag == "workbookPr":
            book.date1904 = (element.get("date1904") or "").strip().lower() in ("1", "true")
        elif tag == "sheet":
            rel_id = next((v for k, v in element.attrib.items() if _local(k) == "id"), "")
            rel_type, target = rels.get(rel_id, ("", ""))
            if not rel_type.endswith("/worksheet"):
                continue  # chart sheets, dialog sheets, macro sheets: no cells to import
            name = element.get("name", "")
            visible = (element.get("state") or "visible") == "visible"
            ref = _declared_range(path, archive, names.get(target.lower()))
            rows = None
            if ref is not None:
                ref_text, n_rows, n_cols, last_row = ref
                book.ranges[name] = (ref_text, n_rows, n_cols)
                rows = last_row
            book.sheets.append(SheetInfo(name, visible, rows))
    return book


def _declared_range(path: Path, archive: zipfile.ZipFile,
                    part: str | None) -> tuple[str, int, int, int] | None:
    """The sheet's `<dimension ref>` as (ref, rows, columns, last row), from its first 64 KB."""
    if part is None:
        return None
    buffer = b""
    try:
        with archive.open(part) as f:
            while len(buffer) < XML_PROLOG_LIMIT:
                chunk = f.read(8192)
                if not chunk:
                    break
                buffer += chunk
                if _DIMENSION.search(buffer) or b"sheetData" in buffer:
                    break
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError):
        raise _truncated(path) from None
    match = _DIMENSION.search(buffer)
    if match is None:
        return None
    ref = match.group(1).decode("ascii", errors="replace").strip()
    corners = [_CELL_REF.match(p) for p in ref.split(":")]
    if not corners or not all(corners) or len(corners) > 2:
        return None
    coords = [(_column_index(m.group(1)), int(m.group(2))) for m in corners if m]
    (c0, r0), (c1, r1) = coords[0], coords[-1]
    return ref, abs(r1 - r0) + 1, abs(c1 - c0) + 1, max(r0, r1)


def _column_index(letters: str) -> int:
    index = 0
    for ch in letters.upper():
        index = index * 26 + ord(ch) - 64
    return index - 1


# --- compound files (.xls, encrypted OOXML) ----------------------------------------------------

_FILEPASS, _DATE1904, _EOF_RECORD, _BOF = 0x002F, 0x0022, 0x000A, 0x0809


def _inspect_ole(path: Path) -> _Workbook:
    try:
        with path.open("rb") as f:
            cfb = _Cfb(f, path.stat().st_size)
            streams = {name.lower(): name for name in cfb.entries}
            if "encryptedpackage" in streams or "encryptioninfo" in streams:
                raise _encrypted(path)
            name = streams.get("workbook") or streams.get("book")
            if name is None:
                if "worddocument" in streams:
                    raise _not_excel(path, "a Word 97-2003 document")
                if "powerpoint document" in streams:
                    raise _not_excel(path, "a PowerPoint 97-2003 presentation")
                raise _not_excel(path, "an Office file without a workbook in it")
            head = cfb.read_stream(name, 256 * 1024)
    except (ValueError, IndexError, KeyError, struct.error, OSError):
        raise _truncated(path) from None
    book = _Workbook(path, "xls")
    pos = 0
    while pos + 4 <= len(head):
        record, length = struct.unpack_from("<HH", head, pos)
        data = head[pos + 4:pos + 4 + length]
        if pos == 0 and record != _BOF:
            break  # not BIFF we understand; the reader will say what it is
        if record == _FILEPASS:
            raise _encrypted(path)
        if record == _DATE1904 and len(data) >= 2:
            book.date1904 = struct.unpack_from("<H", data)[0] == 1
        if record == _EOF_RECORD:
            break
        pos += 4 + length
    return book


class _Cfb:
    """Just enough of MS-CFB (compound files) to list stream names and read a stream's start.

    Every index read from the file is bounds-checked and every chain walk is bounded by the
    sector count, so a damaged or hostile file raises ValueError instead of looping.
    """

    _END = 0xFFFFFFFE

    def __init__(self, f: BinaryIO, size: int) -> None:
        self.f = f
        header = f.read(512)
        if len(header) < 512:
            raise ValueError("short header")
        _, _, byte_order, shift, mini_shift = struct.unpack_from("<HHHHH", header, 24)
        if byte_order != 0xFFFE or shift not in (9, 12):
            raise ValueError("not a compound file header")
        self.sector_size = 1 << shift
        self.mini_size = 1 << mini_shift
        (n_fat, first_dir, _, self.cutoff, first_minifat, n_minifat, first_difat,
         n_difat) = struct.unpack_from("<IIIIIIII", header, 44)
        self.n_sectors = -(-max(0, size - self.sector_size) // self.sector_size)  # ceil
        if n_fat > self.n_sectors:
            raise ValueError("FAT larger than the file")
        fat_sectors = [s for s in struct.unpack_from("<109I", header, 76)[: min(n_fat, 109)]]
        next_difat = first_difat
        for _ in range(min(n_difat, self.n_sectors)):
            if len(fat_sectors) >= n_fat or next_difat >= self.n_sectors:
                break
            block = self._sector(next_difat)
            values = struct.unpack(f"<{self.sector_size // 4}I", block)
            fat_sectors.extend(values[:-1])
            next_difat = values[-1]
        self.fat: list[int] = []
        for s in fat_sectors[:n_fat]:
            self.fat.extend(struct.unpack(f"<{self.sector_size // 4}I", self._sector(s)))
        directory = self._chain_bytes(first_dir, None)
        self.entries: dict[str, tuple[int, int, int]] = {}  # name -> (type, start, size)
        self.root: tuple[int, int] = (self._END, 0)
        for offset in range(0, len(directory) - 127, 128):
            entry = directory[offset:offset + 128]
            name_len = struct.unpack_from("<H", entry, 64)[0]
            kind = entry[66]
            start, size_ = struct.unpack_from("<IQ", entry, 116)
            if self.sector_size == 512:
                size_ &= 0xFFFFFFFF
            name = entry[: max(0, min(name_len, 64) - 2)].decode("utf-16-le", errors="replace")
            if kind == 5:
                self.root = (start, size_)
            elif kind == 2:
                self.entries[name] = (kind, start, size_)
        self.minifat: list[int] = []
        if n_minifat and first_minifat < self.n_sectors:
            data = self._chain_bytes(first_minifat, None)
            self.minifat = list(struct.unpack(f"<{len(data) // 4}I", data[: len(data) // 4 * 4]))

    def _sector(self, index: int) -> bytes:
        if index >= self.n_sectors:
            raise ValueError("sector out of range")
        self.f.seek((index + 1) * self.sector_size)
        block = self.f.read(self.sector_size)
        if not block:
            raise ValueError("file ends before a sector")
        return block.ljust(self.sector_size, b"\0")  # some writers do not pad the last one

    def _chain(self, start: int, table: list[int], bound: int) -> list[int]:
        chain = []
        current = start
        while current != self._END and len(chain) < bound:
            if current >= len(table):
                raise ValueError("broken sector chain")
            chain.append(current)
            current = table[current]
        return chain

    def _chain_bytes(self, start: int, limit: int | None) -> bytes:
        out = bytearray()
        for index in self._chain(start, self.fat, self.n_sectors):
            out += self._sector(index)
            if limit is not None and len(out) >= limit:
                break
        return bytes(out)

    def read_stream(self, name: str, limit: int) -> bytes:
        _, start, size = self.entries[name]
        limit = min(limit, size)
        if size >= self.cutoff:
            return self._chain_bytes(start, limit)[:limit]
        ministream = self._chain_bytes(self.root[0], None)[: self.root[1]]
        out = bytearray()
        for index in self._chain(start, self.minifat, len(self.minifat)):
            out += ministream[index * self.mini_size:(index + 1) * self.mini_size]
            if len(out) >= limit:
                break
        return bytes(out[:limit])


# --- messages -------------------------------------------------------------------------------


def _fail(path: Path, code: str, message: str) -> ImportFileError:
    return ImportFileError(message, path=path, code=code)


def _not_excel(path: Path, kind: str) -> ImportFileError:
    what = kind if kind.startswith("not ") else f"not a spreadsheet but {kind}"
    return _fail(path, "not_excel", f'"{path.name}" is {what}. {_EXPORT_HINT}')


def _truncated(path: Path) -> ImportFileError:
    return _fail(path, "truncated", f'"{path.name}" is damaged or incomplete (the file ends'
                 " too early, as when a download or copy is interrupted). Export or copy it"
                 " again and import the new file.")


def _encrypted(path: Path) -> ImportFileError:
    return _fail(path, "encrypted", f'"{path.name}" is password-protected. Open it in Excel,'
                 " remove the password (File › Info › Protect Workbook › Encrypt with Password,"
                 " clear the password) and save a copy, then import the copy.")


def _no_access(path: Path, exc: OSError) -> ImportFileError:
    return _fail(path, "no_access", f'"{path.name}" cannot be opened ({exc.strerror or exc}).'
                 " If another program has it open, close it there and try again.")


def _no_sheets(path: Path) -> ImportFileError:
    return _fail(path, "no_sheets", f'"{path.name}" contains no worksheets (only charts, or'
                 " nothing at all). Check that the right file was exported.")


def _sheet_list(sheets: list[SheetInfo]) -> str:
    return ", ".join(f'"{s.name}"' + ("" if s.visible else " (hidden)") for s in sheets) or \
        "none"


def _sheet_not_found(path: Path, sheet: str, sheets: list[SheetInfo]) -> ImportFileError:
    return _fail(path, "sheet_not_found", f'"{path.name}" has no sheet named "{sheet}". Its'
                 f" sheets are: {_sheet_list(sheets)}.")


def _too_large(path: Path, sheet: str, ref: str, rows: int, cols: int,
               memory_mb: int) -> ImportFileError:
    return _fail(path, "too_large_range", f'"{path.name}", sheet "{sheet}": the used range'
                 f" {ref} spans {rows:,} rows × {cols:,} columns ({rows * cols:,} cells), too"
                 f" many to read within {memory_mb} MB. Usually a stray value or formatting sits"
                 " far below or right of the table: in Excel, press Ctrl+End to find it, delete"
                 " the rows and columns beyond the table, save, and import again.")


def _size(n: int) -> str:
    if n < 1024:
        return f"{n:,} bytes"
    value = n / 1024
    for unit in ("KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:,.1f} {unit}"
        value /= 1024
    raise AssertionError("unreachable")
