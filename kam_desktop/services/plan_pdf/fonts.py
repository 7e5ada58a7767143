"""The one font of the plan PDFs: WenQuanYi Micro Hei (resources/fonts, Apache-2.0), and the
process-wide reportlab set-up.

It covers Simplified Chinese and Latin in one TrueType face, so every glyph of either language
comes from the same embedded (subset) font and the PDF prints the same everywhere; no base-14
font (Helvetica) may appear. The face has no bold or italic: the family maps every variant to the
regular face, so a stray `<b>` never pulls in Helvetica-Bold, and the styles make hierarchy with
size and colour instead.

Speed, for batches of hundreds of plans:
- parsing the 5 MB collection takes ~0.3 s, so it happens once per process;
- reportlab embeds a font as subsets of 256 glyphs, numbered in the order characters are first
  used. `seed_subsets` assigns the characters of the PDF's own texts first, in a fixed order, so
  the first subset of every plan in a language is identical, and building a subset (several ms)
  and compressing it (as long again) are cached by content;
- streams are written binary (Flate only), not also ASCII85-encoded: smaller and faster;
- chart shapes are not validated attribute by attribute (`shapeChecking`), a debugging aid that
  costs a third of the time of building a chart.
"""

from __future__ import annotations

import threading
import zlib
from functools import lru_cache

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kam_desktop import paths

FONT = "KamSans"  # the registered name
FONT_FILE = "wqy-microhei.ttc"
SUBSET_CACHE = 64  # subsets kept (a few tens of KiB each)

_lock = threading.Lock()
_registered = False


def ensure_fonts() -> str:
    """Register the font with reportlab (once, thread-safe); returns its name."""
    global _registered
    if _registered:
        return FONT
    with _lock:
        if not _registered:
            rl_config.useA85 = 0
            rl_config.shapeChecking = 0  # attribute validation of every chart shape: slow
            path = paths.resources_dir() / "fonts" / FONT_FILE
            font = TTFont(FONT, str(path), subfontIndex=0)
            _cache_subsets(font)
            pdfmetrics.registerFont(font)
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(FONT, bold, italic, FONT)
            _registered = True
    return FONT


class _CachedFlate:
    """reportlab's Flate filter, remembering what it compressed: the same font subset is
    embedded in plan after plan (see `seed_subsets`), and compressing it again each time
    costs more than building it."""

    pdfname = "FlateDecode"

    def __init__(self) -> None:
        self.encode = lru_cache(maxsize=SUBSET_CACHE)(zlib.compress)

    def decode(self, encoded: bytes) -> bytes:
        return zlib.decompress(encoded)


def _cache_subsets(font: TTFont) -> None:
    """Cache the font's subsets by content (`makeSubset`) and their compressed streams. Both
    hooks are on this font object only; if reportlab names its objects differently one day,
    the streams are simply compressed as usual."""
    face = font.face
    make = face.makeSubset
    cached = lru_cache(maxsize=SUBSET_CACHE)(lambda key: make(list(key)))
    face.makeSubset = lambda subset: cached(tuple(subset))  # type: ignore[method-assign]
    add_objects = face.addSubsetObjects
    flate = _CachedFlate()

    def add_subset_objects(doc, fontname, subset):  # type: ignore[no-untyped-def]
        reference = add_objects(doc, fontname, subset)
        stream = doc.idToObject.get(f"fontFile:{face.filename}({fontname})")
        if stream is not None and getattr(stream, "filters", None):
            stream.filters = [flate]
        return reference

    face.addSubsetObjects = add_subset_objects  # type: ignore[method-assign]


def seed_subsets(doc: object, chars: str) -> None:
    """Give `chars` the first subset positions of the font in the PDF document `doc` (a
    reportlab PDFDocument), in this order."""
    pdfmetrics.getFont(ensure_fonts()).splitString(chars, doc)


def has_glyph(char: str) -> bool:
    """Whether the font draws `char` (not a missing-glyph box)."""
    font = pdfmetrics.getFont(ensure_fonts())
    return ord(char) in font.face.charToGlyph  # type: ignore[attr-defined]


def string_width(text: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, ensure_fonts(), size)


def fit_text(text: str, size: float, width: float) -> str:
    """`text` cut with an ellipsis to `width` points at `size` (one line)."""
    if string_width(text, size) <= width:
        return text
    low, high = 0, len(text)  # the longest prefix that fits with the ellipsis
    while low < high:
        middle = (low + high + 1) // 2
        if string_width(text[:middle] + "…", size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"
