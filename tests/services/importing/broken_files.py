"""Generators of real and hostile spreadsheet files, for the import tests (and any other test).

Nothing here needs LibreOffice, Excel or a network: .xlsx/.xlsm come from openpyxl, and the
formats openpyxl cannot write are built by hand from their specifications, small enough to read:

- `write_cfb` — an OLE compound file (MS-CFB, version 3, 512-byte sectors, with a mini stream for
  streams under 4096 bytes), the container of .xls files and of password-protected OOXML;
- `write_xls` — a BIFF8 workbook (MS-XLS): BOF, BOUNDSHEET, LABEL/NUMBER cells, EOF; optionally with
  a FILEPASS record (what Excel writes for a password-protected .xls) or the DATE1904 flag;
- `write_ods` — an OpenDocument spreadsheet (mimetype, manifest, content.xml), hidden sheets via a
  `table:display="false"` table style.

Each hostile maker takes a folder and returns the path of the file it wrote there; `HOSTILE` maps
a name to `(maker, expected ImportFileError.code)` so other tests can run the whole zoo.
"""

from __future__ import annotations

import io
import math
import struct
import time
import zipfile
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import openpyxl

Cell = str | int | float | bool | None
Rows = Sequence[Sequence[Cell]]

# --- real workbooks -------------------------------------------------------------------------


def write_xlsx(
    path: Path,
    sheets: dict[str, Rows],
    *,
    hidden: Sequence[str] = (),
    origin: str = "A1",
    date1904: bool = False,
) -> Path:
    """An .xlsx (or .xlsm by name) with one sheet per entry, rows written from `origin`."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    if date1904:
        wb.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    col0, row0 = openpyxl.utils.cell.coordinate_from_string(origin)
    c0 = openpyxl.utils.cell.column_index_from_string(col0)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                if value is not None:
                    ws.cell(row=row0 + i, column=c0 + j, value=value)
        if name in hidden:
            ws.sheet_state = "hidden"
    wb.save(path)
    return path


def _biff(record: int, data: bytes = b"") -> bytes:
    return struct.pack("<HH", record, len(data)) + data


def _bof(kind: int) -> bytes:
    # BIFF8 (0x0600); kind 0x0005 = workbook globals, 0x0010 = worksheet.
    return _biff(0x0809, struct.pack("<HHHHII", 0x0600, kind, 0x0DBB, 0x07CC, 0x000100C1, 0x406))


def _xl_unicode(text: str, *, short: bool) -> bytes:
    raw = text.encode("utf-16-le")
    count = struct.pack("<B", len(text)) if short else struct.pack("<H", len(text))
    return count + b"\x01" + raw  # fHighByte = 1: the characters are UTF-16LE


def write_xls(
    path: Path,
    sheets: dict[str, Rows],
    *,
    hidden: Sequence[str] = (),
    date1904: bool = False,
    encrypted: bool = False,
    origin: tuple[int, int] = (0, 0),
) -> Path:
    """A BIFF8 .xls with text (LABEL) and number (NUMBER) cells; `origin` is (row0, col0).

    With `encrypted`, a FILEPASS record (RC4) follows the globals' BOF, as in a workbook saved with
    a password to open; the cells themselves are not actually encrypted — readers stop at FILEPASS.
    """
    globals_head = _bof(0x0005)
    if encrypted:
        globals_head += _biff(0x002F, struct.pack("<HHH", 1, 1, 1) + bytes(48))
    globals_head += _biff(0x0042, struct.pack("<H", 1200))  # CODEPAGE: UTF-16
    globals_head += _biff(0x0022, struct.pack("<H", 1 if date1904 else 0))  # DATE1904
    boundsheets_len = sum(4 + 6 + 2 + 2 * len(name) for name in sheets)
    eof = _biff(0x000A)
    offset = len(globals_head) + boundsheets_len + len(eof)
    boundsheets = b""
    substreams = b""
    r0, c0 = origin
    for name, rows in sheets.items():
        state = 1 if name in hidden else 0
        boundsheets += _biff(
            0x0085, struct.pack("<IBB", offset + len(substreams), state, 0)
            + _xl_unicode(name, short=True)
        )
        width = max((len(r) for r in rows), default=0)
        body = _bof(0x0010)
        body += _biff(0x0200, struct.pack("<IIHHH", r0, r0 + len(rows), c0, c0 + width, 0))
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                where = struct.pack("<HHH", r0 + i, c0 + j, 0)
                if value is None:
                    continue
                if isinstance(value, int | float) and not isinstance(value, bool):
                    body += _biff(0x0203, where + struct.pack("<d", float(value)))
                else:
                    body += _biff(0x0204, where + _xl_unicode(str(value), short=False))
        body += eof
        substreams += body
    stream = globals_head + boundsheets + eof + substreams
    return write_cfb(path, {"Workbook": stream})


_FREE, _END, _FATSECT, _NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
_SECTOR, _MINI, _CUTOFF = 512, 64, 4096


def write_cfb(path: Path, streams: dict[str, bytes]) -> Path:
    """A compound file holding `streams` (flat, under the root storage)."""
    names = list(streams)
    mini_data = b""
    mini_fat: list[int] = []
    regular: list[tuple[str, bytes]] = []
    starts: dict[str, int] = {}
    for name in names:
        data = streams[name]
        if len(data) < _CUTOFF:
            first = len(mini_fat)
            count = max(1, math.ceil(len(data) / _MINI))
            mini_fat += [first + k + 1 for k in range(count - 1)] + [_END]
            mini_data += data.ljust(count * _MINI, b"\0")
            starts[name] = first
        else:
            regular.append((name, data))

    def sectors(n_bytes: int) -> int:
        return math.ceil(n_bytes / _SECTOR)

    n_dir = sectors(128 * (len(names) + 1))
    n_minifat = sectors(4 * len(mini_fat))
    n_ministream = sectors(len(mini_data))
    n_regular = sum(sectors(len(d)) for _, d in regular)
    others = n_dir + n_minifat + n_ministream + n_regular
    n_fat = 1
    while n_fat * (_SECTOR // 4) < others + n_fat:
        n_fat += 1
    assert n_fat <= 109, "too big for a header-only DIFAT"

    fat: list[int] = [_FATSECT] * n_fat
    body = bytearray()

    def chain(data: bytes) -> int:
        start = len(fat)
        count = sectors(len(data))
        fat.extend([start + k + 1 for k in range(count - 1)] + [_END])
        body.extend(data.ljust(count * _SECTOR, b"\0"))
        return start

    # Directory entries: root, then each stream (linked through right siblings).
    def entry(name: str, kind: int, start: int, size: int, right: int, child: int) -> bytes:
        encoded = name.encode("utf-16-le") + b"\0\0"
        return (
            encoded.ljust(64, b"\0")
            + struct.pack("<HBB", len(encoded), kind, 1)
            + struct.pack("<III", _NOSTREAM, right, child)
            + bytes(16 + 4 + 16)
            + struct.pack("<IQ", start, size)
        )

    # Lay out: directory, mini FAT, mini stream, regular streams. Start sectors are known once
    # the sizes are, so compute them before writing the directory.
    dir_start = n_fat
    minifat_start = dir_start + n_dir if n_minifat else _END
    ministream_start = dir_start + n_dir + n_minifat if n_ministream else _END
    cursor = dir_start + n_dir + n_minifat + n_ministream
    for name, data in regular:
        starts[name] = cursor
        cursor += sectors(len(data))

    directory = entry("Root Entry", 5, ministream_start, len(mini_data), _NOSTREAM,
                      1 if names else _NOSTREAM)
    for i, name in enumerate(names):
        right = i + 2 if i + 1 < len(names) else _NOSTREAM
        directory += entry(name, 2, starts[name], len(streams[name]), right, _NOSTREAM)
    assert chain(directory) == dir_start
    if n_minifat:
        chain(b"".join(struct.pack("<I", v) for v in mini_fat))
    if n_ministream:
        chain(mini_data)
    for _, data in regular:
        chain(data)
    fat_bytes = b"".join(struct.pack("<I", v) for v in fat).ljust(n_fat * _SECTOR, b"\xff")

    difat = list(range(n_fat)) + [_FREE] * (109 - n_fat)
    header = (
        bytes.fromhex("D0CF11E0A1B11AE1") + bytes(16)
        + struct.pack("<HHHHH", 0x003E, 0x0003, 0xFFFE, 9, 6) + bytes(6)
        + struct.pack("<IIIIIIIII", 0, n_fat, dir_start, 0, _CUTOFF, minifat_start, n_minifat,
                      _END, 0)
        + b"".join(struct.pack("<I", v) for v in difat)
    )
    assert len(header) == _SECTOR
    path.write_bytes(header + fat_bytes + bytes(body))
    return path


def write_ods(path: Path, sheets: dict[str, Rows], *, hidden: Sequence[str] = ()) -> Path:
    """A minimal OpenDocument spreadsheet: strings as text cells, numbers as float cells."""
    tables = []
    for name, rows in sheets.items():
        style = ' table:style-name="hiddenTable"' if name in hidden else ""
        xml_rows = []
        for row in rows:
            cells = []
            for value in row:
                if value is None:
                    cells.append("<table:table-cell/>")
                elif isinstance(value, int | float) and not isinstance(value, bool):
                    cells.append(f'<table:table-cell office:value-type="float" '
                                 f'office:value="{value}"><text:p>{value}</text:p>'
                                 f"</table:table-cell>")
                else:
                    cells.append(f'<table:table-cell office:value-type="string"><text:p>'
                                 f"{escape(str(value))}</text:p></table:table-cell>")
            xml_rows.append(f"<table:table-row>{''.join(cells)}</table:table-row>")
        tables.append(f"<table:table table:name={quoteattr(name)}{style}>"
                      f"{''.join(xml_rows)}</table:table>")
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        "<office:automatic-styles>"
        '<style:style style:name="hiddenTable" style:family="table">'
        '<style:table-properties table:display="false"/></style:style>'
        "</office:automatic-styles>"
        f"<office:body><office:spreadsheet>{''.join(tables)}</office:spreadsheet></office:body>"
        "</office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return path


def write_csv(path: Path, rows: Rows, *, encoding: str = "utf-8", delimiter: str = ",") -> Path:
    """A CSV in the given encoding ("utf-8-sig" writes the BOM), quoting only when needed."""
    import csv

    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(
        ["" if v is None else v for v in row] for row in rows
    )
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


# --- hostile files --------------------------------------------------------------------------

SIMPLE = {"Sheet1": [["客户编码", "金额"], ["C001", 100]]}


def make_empty(folder: Path) -> Path:
    path = folder / "empty.xlsx"
    path.write_bytes(b"")
    return path


def make_random_bytes(folder: Path) -> Path:
    path = folder / "random.xlsx"
    # Deterministic pseudo-random bytes (no PK/OLE signature, with NULs, not text).
    path.write_bytes(bytes((i * 7919 + (i >> 3) * 31) % 251 for i in range(64 * 1024)))
    return path


def make_pdf_named_xlsx(folder: Path) -> Path:
    path = folder / "report.xlsx"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
                     b"trailer\n<< /Root 1 0 R >>\n%%EOF\n")
    return path


def make_png_named_xlsx(folder: Path) -> Path:
    path = folder / "picture.xlsx"
    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    chunk = struct.pack(">I", len(ihdr)) + b"IHDR" + ihdr + struct.pack(
        ">I", zlib.crc32(b"IHDR" + ihdr))
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk)
    return path


def make_truncated_xlsx(folder: Path) -> Path:
    full = write_xlsx(folder / "full.xlsx", SIMPLE)
    data = full.read_bytes()
    path = folder / "truncated.xlsx"
    path.write_bytes(data[: len(data) // 2])
    full.unlink()
    return path


def make_encrypted_ooxml(folder: Path) -> Path:
    """What Excel writes for "Encrypt with Password": a compound file, not a zip."""
    info = struct.pack("<HHI", 4, 4, 0x40) + b'<?xml version="1.0"?><encryption/>'
    package = struct.pack("<Q", 5000) + bytes(5008)
    return write_cfb(folder / "secret.xlsx", {"EncryptionInfo": info,
                                              "EncryptedPackage": package})


def make_encrypted_xls(folder: Path) -> Path:
    return write_xls(folder / "secret.xls", SIMPLE, encrypted=True)


def _xlsx_with_part(folder: Path, name: str, part: str, data: bytes,
                    compress: int = zipfile.ZIP_DEFLATED) -> Path:
    """A valid small workbook whose part `part` is replaced by `data`."""
    source = write_xlsx(folder / f"source-{name}", SIMPLE)
    path = folder / name
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            if item.filename == part:
                dst.writestr(zipfile.ZipInfo(part), data, compress_type=compress,
                             compresslevel=9)
            else:
                dst.writestr(item, src.read(item.filename))
    source.unlink()
    return path


def make_zip_bomb_ratio(folder: Path) -> Path:
    """A sheet part of 64 MiB of blanks that compresses ~1000:1 (about 64 KB on disk)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = (b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns='
            b'"http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
    chunk = b" " * (1 << 20)
    raw = compressor.compress(head)
    size, crc = len(head), zlib.crc32(head)
    for _ in range(64):
        raw += compressor.compress(chunk)
        size += len(chunk)
        crc = zlib.crc32(chunk, crc)
    tail = b"</sheetData></worksheet>"
    raw += compressor.compress(tail) + compressor.flush()
    size += len(tail)
    crc = zlib.crc32(tail, crc)
    return _write_raw_member_xlsx(folder, "bomb.xlsx", "xl/worksheets/sheet1.xml", raw, size, crc)


def make_zip_bomb_declared(folder: Path) -> Path:
    """Entries whose headers declare ~4 GB each (more than the limit in total), data tiny."""
    path = _xlsx_with_part(folder, "declared.xlsx", "xl/worksheets/sheet1.xml",
                           b"<worksheet/>")
    data = bytearray(path.read_bytes())
    # Central directory file headers: signature PK\1\2; uncompressed size at offset 24.
    pos = data.find(b"PK\x01\x02")
    while pos != -1:
        struct.pack_into("<I", data, pos + 24, 0xFFFF0000)
        pos = data.find(b"PK\x01\x02", pos + 4)
    path.write_bytes(bytes(data))
    return path


def _write_raw_member_xlsx(folder: Path, name: str, part: str, raw: bytes, size: int,
                           crc: int) -> Path:
    """Like `_xlsx_with_part`, but with an already-deflated member (no need to hold `size`)."""
    source = write_xlsx(folder / f"source-{name}", SIMPLE)
    path = folder / name
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            if item.filename != part:
                dst.writestr(item, src.read(item.filename))
    source.unlink()
    # Append the pre-compressed member by hand: local header + data, then rewrite the central
    # directory with one more entry.
    data = bytearray(path.read_bytes())
    eocd = data.rfind(b"PK\x05\x06")
    cd_size, cd_offset = struct.unpack_from("<II", data, eocd + 12)
    entries = struct.unpack_from("<H", data, eocd + 10)[0]
    central = bytes(data[cd_offset:cd_offset + cd_size])
    body = bytes(data[:cd_offset])
    encoded = part.encode()
    dos_time, dos_date = 0, (2024 - 1980) << 9 | 1 << 5 | 1
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, dos_time, dos_date, crc,
                        len(raw), size, len(encoded), 0) + encoded
    new_central = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, dos_time,
                              dos_date, crc, len(raw), size, len(encoded), 0, 0, 0, 0, 0,
                              len(body)) + encoded
    body += local + raw
    central += new_central
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, entries + 1, entries + 1, len(central),
                      len(body), 0)
    path.write_bytes(body + central + end)
    return path


BILLION_LAUGHS = b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">
<si><t>&lol9;</t></si></sst>"""


def make_billion_laughs(folder: Path) -> Path:
    """A valid workbook whose shared-strings part declares the classic nested entities."""
    source = write_xlsx(folder / "source-laughs.xlsx", SIMPLE)
    path = folder / "laughs.xlsx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item.filename))
        dst.writestr("xl/sharedStrings.xml", BILLION_LAUGHS)
    source.unlink()
    return path


def make_far_cell(folder: Path) -> Path:
    """ "x" in A1 and 1 in XFD1048576: a dense read would need 17 billion cells."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "x"
    ws["XFD1048576"] = 1
    path = folder / "far.xlsx"
    wb.save(path)
    return path


def make_far_cell_hidden_dimension(folder: Path) -> Path:
    """Like `make_far_cell`, but the sheet declares `<dimension ref="A1"/>`: only the child's
    memory cap stands between the dense read and the machine."""
    far = make_far_cell(folder)
    path = folder / "far-lying.xlsx"
    with zipfile.ZipFile(far) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b'<dimension ref="A1:XFD1048576"', b'<dimension ref="A1"')
            dst.writestr(item, data)
    far.unlink()
    return path


def make_xlsx_without_sheets(folder: Path) -> Path:
    source = write_xlsx(folder / "source-nosheets.xlsx", SIMPLE)
    path = folder / "nosheets.xlsx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/workbook.xml":
                start, end = data.find(b"<sheets>"), data.find(b"</sheets>") + len(b"</sheets>")
                data = data[:start] + b"<sheets/>" + data[end:]
            dst.writestr(item, data)
    source.unlink()
    return path


def make_word_document(folder: Path) -> Path:
    """A .docx renamed to .xlsx: a valid zip, but no workbook in it."""
    path = folder / "letter.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<document/>")
    return path


def make_damaged_xml(folder: Path) -> Path:
    """A sound zip whose sheet XML stops in the middle of a cell."""
    return _xlsx_with_part(
        folder, "damaged.xlsx", "xl/worksheets/sheet1.xml",
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>'
        b'<row r="2"><c r="A2"><v>1</v',
    )


def make_xlsb(folder: Path) -> Path:
    """The skeleton of a binary workbook (.xlsb): a zip whose workbook part is workbook.bin."""
    path = folder / "binary.xlsb"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("_rels/.rels", (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Target="xl/workbook.bin" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>'
            "</Relationships>"))
        z.writestr("xl/workbook.bin", b"\x83\x01\x00")
    return path


Maker = Callable[[Path], Path]

# name -> (maker, the ImportFileError.code that reading it must raise)
HOSTILE: dict[str, tuple[Maker, str]] = {
    "empty": (make_empty, "empty"),
    "random_bytes": (make_random_bytes, "not_excel"),
    "pdf": (make_pdf_named_xlsx, "not_excel"),
    "png": (make_png_named_xlsx, "not_excel"),
    "word": (make_word_document, "not_excel"),
    "truncated": (make_truncated_xlsx, "truncated"),
    "encrypted_ooxml": (make_encrypted_ooxml, "encrypted"),
    "encrypted_xls": (make_encrypted_xls, "encrypted"),
    "zip_bomb_ratio": (make_zip_bomb_ratio, "zip_bomb"),
    "zip_bomb_declared": (make_zip_bomb_declared, "zip_bomb"),
    "billion_laughs": (make_billion_laughs, "xml_entities"),
    "far_cell": (make_far_cell, "too_large_range"),
    "far_cell_hidden_dimension": (make_far_cell_hidden_dimension, "memory"),
    "no_sheets": (make_xlsx_without_sheets, "no_sheets"),
    "damaged_xml": (make_damaged_xml, "unreadable"),
    "xlsb": (make_xlsb, "unsupported_format"),
}


# --- misbehaving children, for the sandbox tests ---------------------------------------------


def sleep_forever(**_: object) -> dict[str, object]:
    """A child job that never returns (the time limit must end it)."""
    while True:
        time.sleep(1)


def allocate(*, mb: int, **_: object) -> dict[str, object]:
    """A child job that asks for `mb` megabytes (the memory cap must stop it)."""
    blocks = [bytearray(1 << 20) for _ in range(mb)]
    return {"blocks": len(blocks)}


def burn_cpu(*, cpu_s: int = 1, **_: object) -> dict[str, object]:
    """A child job that spins after lowering its own CPU limit (the orphan backstop)."""
    from kam_desktop.services.importing.sandbox import limit_cpu

    limit_cpu(cpu_s)
    while True:
        pass


def crash(**_: object) -> dict[str, object]:
    """A child job that dies without a word, like a crash in native code."""
    import os

    os.abort()
