"""The plan PDF itself: platypus story, page decoration, outline and metadata.

`write_plans(target, count, load, …)` typesets one plan, or several into one merged file.
Plans are loaded lazily: the story holds a marker per plan, and when the layout reaches it the
document template (`filterFlowables`) asks `load(i)` for the PlanDocument and puts the plan's
flowables in its place. So a merged batch never holds more than one plan's story, and progress and
Cancel follow the layout, which is where the time goes.

Each plan starts with a cover page; the other pages carry a running header (account, period) and
a footer ("page X of Y" counted within the plan, the confidentiality mark). Y is not known while
a page is drawn, so it is a form XObject that every page of the plan refers to and that is
filled in once the document is complete: one layout pass. Headings add outline entries as they
are drawn: the sections of one plan, or in a merged file one entry per account with its sections
beneath.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import IO, Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from kam_desktop import __version__
from kam_desktop.services.plan_document import (
    IndicatorPart,
    Objective,
    PlanDocument,
    quarters_up_to,
)
from kam_desktop.services.plan_pdf import buying_center
from kam_desktop.services.plan_pdf.charts import Bar, sales_profit_chart, satisfaction_chart
from kam_desktop.services.plan_pdf.fonts import fit_text, seed_subsets, string_width
from kam_desktop.services.plan_pdf.styles import (
    ACCENT,
    ATTITUDE,
    CELL,
    CELL_PAD,
    FAINT,
    GOOD,
    H1,
    H2,
    HAIRLINE,
    INK,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    RULE,
    SMALL,
    TA_LEFT,
    TINY,
    WARN,
    StylePair,
    Styles,
    page_size,
    styles,
)
from kam_desktop.services.plan_pdf.texts import (
    MONEY_INDICATORS,
    RATING_INDICATORS,
    SHARE_INDICATORS,
    Texts,
    seed_characters,
    texts,
)

Load = Callable[[int], PlanDocument]
OnPlan = Callable[[int, PlanDocument], None]
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BULLET = re.compile(r"^\s*(?:[-*•·]|\d+[.)、])\s+")


# --- writing -----------------------------------------------------------------------------------


def write_plans(target: str | IO[bytes], count: int, load: Load, *, lang: str = "en",
                paper: str = "a4", merged: bool = False, title: str = "", author: str = "",
                subject: str = "", keywords: Sequence[str] = (),
                on_plan: OnPlan | None = None) -> int:
    """Typeset `count` plans into `target` (a path or a binary file); returns the page count.

    `load(i)` gives plan i when the layout reaches it; `on_plan(i, document)` is called right
    after (progress; it may raise to abandon the file). `merged` nests each plan's sections
    under an outline entry for its account.
    """
    t = texts(lang)
    st = styles()
    size = page_size(paper)
    template = _PlanDocTemplate(
        target, t=t, st=st, load=load, on_plan=on_plan, merged=merged, pagesize=size,
        leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, title=title, author=author, subject=subject,
        creator=f"KAM Desktop {__version__}", keywords=list(keywords),
        lang="zh-CN" if t.chinese else "en", initialFontName=st.font,
        initialFontSize=CELL, displayDocTitle=True)
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, size[0] - 2 * MARGIN_X,
                  size[1] - MARGIN_TOP - MARGIN_BOTTOM, id="body", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    template.addPageTemplates([PageTemplate(id="page", frames=[frame],
                                            onPageEnd=template.decorate)])
    story: list[Flowable] = []
    for i in range(count):
        if i:
            story.append(PageBreak())
        story.append(_PlanStart(i))
    template.build(story, canvasmaker=_PlanCanvas)
    return sum(template.pages_of.values())


@dataclass(frozen=True)
class _PageInfo:
    plan: int
    name: str
    period: str
    cover: bool


class _PlanStart(Flowable):
    """Where plan `index` goes; replaced by its story when the layout gets here."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:  # pragma: no cover - always replaced
        pass


class _SetPage(Flowable):
    """Zero-size: tells the canvas which plan the page belongs to and whether it is a cover."""

    def __init__(self, info: _PageInfo) -> None:
        super().__init__()
        self.info = info

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.kam_info = self.info  # type: ignore[attr-defined]


class _PlanDocTemplate(BaseDocTemplate):
    def __init__(self, target: Any, *, t: Texts, st: Styles, load: Load,
                 on_plan: OnPlan | None, merged: bool, **kw: Any) -> None:
        super().__init__(target, **kw)
        self.t, self.st, self.load, self.on_plan, self.merged = t, st, load, on_plan, merged
        self.pages_of: dict[int, int] = {}  # pages so far per plan

    def filterFlowables(self, flowables: list[Flowable]) -> None:  # platypus hook
        first = flowables[0] if flowables else None
        if isinstance(first, _PlanStart):
            document = self.load(first.index)
            if self.on_plan is not None:
                self.on_plan(first.index, document)
            builder = _Story(document, self.t, self.st, self.width, first.index, self.merged)
            flowables[0:1] = builder.build()

    def handle_documentBegin(self) -> None:
        super().handle_documentBegin()
        seed_subsets(self.canv._doc, seed_characters(self.t.lang))
        self.canv.showOutline()
        self.canv.kam_before_save = self.define_totals  # type: ignore[attr-defined]

    def decorate(self, canvas: Canvas, _doc: object) -> None:
        """At the end of each page: its running header and footer (none on a cover, which
        counts as the plan's page 1 all the same). "Page X of Y" draws Y as a form defined
        when the document is complete (`define_totals`), so one pass suffices."""
        info: _PageInfo | None = getattr(canvas, "kam_info", None)
        if info is None:
            return
        page = self.pages_of[info.plan] = self.pages_of.get(info.plan, 0) + 1
        if info.cover:
            return
        t, font = self.t, self.st.font
        width, height = self.pagesize
        left, right = MARGIN_X, width - MARGIN_X
        canvas.saveState()
        top = height - MARGIN_TOP + 7 * mm
        canvas.setFont(font, SMALL)
        canvas.setFillColor(MUTED)
        period = t.f("header_right", period=info.period)
        room = right - left - string_width(period, SMALL) - 12
        canvas.drawString(left, top + 2.5, fit_text(info.name, SMALL, room))
        canvas.drawRightString(right, top + 2.5, period)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, top, right, top)
        bottom = MARGIN_BOTTOM - 9 * mm
        canvas.line(left, bottom + 9, right, bottom + 9)
        prefix = t["page_of"].split("{pages}")[0].format(page=page)
        canvas.drawString(left, bottom, prefix)
        canvas.translate(left + string_width(prefix, SMALL), bottom)
        canvas.doForm(_total_form(info.plan))
        canvas.restoreState()
        canvas.saveState()
        canvas.setFont(font, SMALL)
        canvas.setFillColor(WARN)
        canvas.drawRightString(right, bottom, t["confidential_short"])
        canvas.restoreState()

    def define_totals(self, canvas: Canvas) -> None:
        """The "Y" of each plan's "page X of Y": its page count, and what follows it."""
        rest = self.t["page_of"].split("{pages}")[1]
        for plan, pages in self.pages_of.items():
            canvas.beginForm(_total_form(plan), lowerx=0, lowery=-4, upperx=120, uppery=12)
            canvas.setFont(self.st.font, SMALL)
            canvas.setFillColor(MUTED)
            canvas.drawString(0, 0, f"{pages}{rest}")
            canvas.endForm()


def _total_form(plan: int) -> str:
    return f"kamPages{plan}"


class _PlanCanvas(Canvas):
    """Remembers which plan the page belongs to (`kam_info`, set by `_SetPage`) and lets the
    template define the page-count forms before saving."""

    def __init__(self, *args: Any, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self.kam_info: _PageInfo | None = None
        self.kam_before_save: Callable[[Canvas], None] | None = None

    def save(self) -> None:
        if self.kam_before_save is not None:
            self.kam_before_save(self)
        super().save()


# --- flowables ---------------------------------------------------------------------------------


class _Line(Flowable):
    """One line of text in a paragraph style, drawn with a single drawString.

    Most of the plan's short texts (headings, labels, "none recorded" lines, bullet items that
    fit) are one line; building and wrapping a Paragraph for each costs ten times as much.
    Optionally an outline entry (headings) and a rule under the text."""

    def __init__(self, text: str, style: Any, *, bullet: str = "", outline: str = "",
                 key: str = "", level: int = 0, rule: bool = False) -> None:
        super().__init__()
        self.text, self.style, self.bullet = text, style, bullet
        self.outline, self.key, self.level, self.rule = outline, key, level, rule
        self.spaceBefore, self.spaceAfter = style.spaceBefore, style.spaceAfter
        self.keepWithNext = getattr(style, "keepWithNext", 0)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.style.leading

    def draw(self) -> None:
        canvas, style = self.canv, self.style
        if self.key:
            canvas.bookmarkHorizontal(self.key, 0, style.leading + 4)
            canvas.addOutlineEntry(self.outline, self.key, level=self.level, closed=True)
        canvas.setFont(style.fontName, style.fontSize)
        canvas.setFillColor(style.textColor)
        baseline = style.leading - style.fontSize * 1.02
        if self.bullet:
            canvas.drawString(style.bulletIndent, baseline, self.bullet)
        canvas.drawString(style.leftIndent, baseline, self.text)
        if self.rule:
            canvas.setStrokeColor(ACCENT)
            canvas.setLineWidth(0.6)
            canvas.line(0, -3.5, self.width, -3.5)


class _Heading(Paragraph):
    """A heading too long for one line: adds itself to the outline and underlines itself."""

    def __init__(self, text: str, style: Any, key: str, level: int, *, rule: bool) -> None:
        super().__init__(escape(text), style)
        self.outline_text, self.key, self.level, self.rule = text, key, level, rule

    def draw(self) -> None:
        canvas = self.canv
        canvas.bookmarkHorizontal(self.key, 0, self.height + 4)
        canvas.addOutlineEntry(self.outline_text, self.key, level=self.level, closed=True)
        super().draw()
        if self.rule:
            canvas.saveState()
            canvas.setStrokeColor(ACCENT)
            canvas.setLineWidth(0.6)
            canvas.line(0, -3.5, self.width, -3.5)
            canvas.restoreState()


class _Tile(Flowable):
    """A key figure: a small label, the figure, and a note of at most two lines."""

    def __init__(self, label: str, value: str, note: str, st: Styles, width: float) -> None:
        super().__init__()
        self.label, self.value, self.st = label, value, st
        inner = width - 10
        self.label_text = fit_text(label, SMALL, inner)
        self.value_size = H1 if string_width(value, H1) <= inner else H2
        self.value_text = fit_text(value, self.value_size, inner)
        lines = simpleSplit(note, st.font, TINY, inner) if note else []
        if len(lines) > 2:
            lines = [lines[0], fit_text(" ".join(lines[1:]), TINY, inner)]
        self.notes = lines
        self.width = width
        self.height = SMALL + 4 + H1 * 1.2 + len(lines) * TINY * 1.3 + 2

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width - 10, self.height

    def draw(self) -> None:
        canvas, font = self.canv, self.st.font
        y = self.height - SMALL
        canvas.setFillColor(MUTED)
        canvas.setFont(font, SMALL)
        canvas.drawString(0, y, self.label_text)
        y -= H1 * 1.2
        canvas.setFillColor(INK)
        canvas.setFont(font, self.value_size)
        canvas.drawString(0, y, self.value_text)
        canvas.setFillColor(MUTED)
        canvas.setFont(font, TINY)
        for line in self.notes:
            y -= TINY * 1.3
            canvas.drawString(0, y, line)


class _Anchor(Flowable):
    """An outline entry without a visible heading (the cover, an account in a merged file)."""

    def __init__(self, text: str, key: str, level: int) -> None:
        super().__init__()
        self.text, self.key, self.level = text, key, level

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.bookmarkHorizontal(self.key, 0, 0)
        self.canv.addOutlineEntry(self.text, self.key, level=self.level, closed=self.level == 0)


class _BottomBox(Flowable):
    """The cover's confidentiality mark, set at the foot of the page: takes what room is left
    and draws a ruled box at its bottom."""

    def __init__(self, title: str, note: str, st: Styles) -> None:
        super().__init__()
        self.title, self.note, self.st = title, note, st

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, max(avail_height - 1, 40)

    def draw(self) -> None:
        canvas, font = self.canv, self.st.font
        canvas.saveState()
        canvas.setStrokeColor(WARN)
        canvas.setLineWidth(0.8)
        canvas.rect(0, 0, self.width, 34, stroke=1, fill=0)
        canvas.setFillColor(WARN)
        canvas.setFont(font, H2)
        canvas.drawString(10, 19, self.title)
        canvas.setFont(font, SMALL)
        canvas.setFillColor(INK)
        canvas.drawString(10, 8, fit_text(self.note, SMALL, self.width - 20))
        canvas.restoreState()




def _clean(text: str | None) -> str:
    return _CONTROL.sub("", text or "").strip()


def _markup(text: str) -> str:
    return escape(_clean(text)).replace("\n", "<br/>")


# --- the story of one plan ---------------------------------------------------------------------


class _Story:
    def __init__(self, doc: PlanDocument, t: Texts, st: Styles, width: float, index: int,
                 merged: bool) -> None:
        self.doc, self.t, self.st, self.width = doc, t, st, width
        self.index, self.merged = index, merged
        self.section = 0
        self.plan = doc.plan

    # --- helpers -----------------------------------------------------------------------------

    def p(self, text: str, pair: StylePair, *, bullet: str = "") -> Flowable:
        """Text in a style: a `_Line` when it fits on one line, else a Paragraph."""
        clean = _clean(text)
        style = pair.latin
        room = self.width - style.leftIndent - style.rightIndent
        if ("\n" not in clean and style.alignment == TA_LEFT
                and string_width(clean, style.fontSize) <= room):
            return _Line(clean, style, bullet=bullet)
        return Paragraph(_markup(clean), pair.pick(clean), bulletText=bullet or None)

    def empty(self, key: str, **values: object) -> Flowable:
        return self.p(self.t.f(key, **values), self.st.empty)

    def text_block(self, text: str | None) -> list[Flowable]:
        """Free text as paragraphs: blank lines separate them, "- " lines become bullets."""
        out: list[Flowable] = []
        for block in re.split(r"\n\s*\n", _clean(text)):
            lines: list[str] = []  # the running paragraph's lines
            for line in [*block.splitlines(), ""]:
                bullet = _BULLET.match(line)
                if (bullet or not line.strip()) and lines:
                    joined = "\n".join(lines)
                    out.append(Paragraph(_markup(joined), self.st.body.pick(joined)))
                    lines = []
                if bullet:
                    out.append(self.p(_BULLET.sub("", line), self.st.bullet, bullet="•"))
                elif line.strip():
                    lines.append(line)
        return out

    def heading(self, key: str) -> list[Flowable]:
        self.section += 1
        text = f"{self.section}  {self.t[key]}"
        anchor = f"p{self.index}-{key}"
        level = 1 if self.merged else 0
        style = self.st.h1.latin
        if string_width(text, style.fontSize) <= self.width:
            heading: Flowable = _Line(text, style, outline=text, key=anchor, level=level,
                                      rule=True)
        else:
            heading = _Heading(text, self.st.h1.pick(text), anchor, level, rule=True)
        return [CondPageBreak(110), heading]

    def sub(self, text: str) -> Flowable:
        return self.p(text, self.st.h2)

    def cell(self, value: object, width: float, pair: StylePair | None = None) -> Any:
        """A table cell: plain text when it fits on one line (fast), else a paragraph."""
        if value is None:
            return ""
        if not isinstance(value, str):
            return value
        text = _clean(value)
        pair = pair or self.st.cell
        style = pair.latin
        if "\n" not in text and string_width(text, style.fontSize) <= width - 2 * CELL_PAD:
            return text
        return Paragraph(_markup(text), pair.pick(text))

    def cell_text(self, text: str, width: float, pair: StylePair, *, bullet: str = ""
                  ) -> Flowable:
        """A flowable for text inside a cell `width` wide (one `_Line` when it fits)."""
        clean = _clean(text)
        style = pair.latin
        if "\n" not in clean and string_width(clean, style.fontSize) <= width - style.leftIndent:
            return _Line(clean, style, bullet=bullet)
        return Paragraph(_markup(clean), pair.pick(clean), bulletText=bullet or None)

    def table(self, header: Sequence[str], rows: Sequence[Sequence[object]],
              widths: Sequence[float], *, right: Sequence[int] = (),
              pairs: dict[int, StylePair] | None = None, extra: Sequence[tuple] = (),
              header_row: bool = True) -> Table:
        """A ruled table: header between two rules, hairlines between rows, the header repeated
        on every page, rows allowed to split when taller than a page."""
        total = sum(widths)
        widths = [w * self.width / total for w in widths]
        pairs = pairs or {}
        data: list[list[Any]] = []
        if header_row:
            data.append([self.cell(h, w, self.st.head) for h, w in zip(header, widths,
                                                                       strict=True)])
        for row in rows:
            data.append([self.cell(v, w, pairs.get(c)) for c, (v, w) in
                         enumerate(zip(row, widths, strict=True))])
        commands: list[tuple] = [
            ("FONT", (0, 0), (-1, -1), self.st.font, CELL, CELL * 1.38),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ("LINEBELOW", (0, 0), (-1, -1), 0.35, HAIRLINE),
        ]
        if header_row:
            commands += [
                ("FONT", (0, 0), (-1, 0), self.st.font, SMALL, SMALL * 1.3),
                ("TEXTCOLOR", (0, 0), (-1, 0), MUTED),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, INK),
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ]
        for c in right:
            commands.append(("ALIGN", (c, 0), (c, -1), "RIGHT"))
        commands += list(extra)
        return Table(data, colWidths=widths, repeatRows=1 if header_row else 0,
                     splitInRow=1, style=TableStyle(commands), hAlign="LEFT")

    # --- the document ------------------------------------------------------------------------

    def build(self) -> list[Flowable]:
        doc = self.doc
        info = _PageInfo(self.index, doc.account.name, doc.period, cover=True)
        story: list[Flowable] = [_SetPage(info)]
        if self.merged:
            story.append(_Anchor(f"{doc.account.code}  {doc.account.name}",
                                 f"p{self.index}", 0))
        story.append(_Anchor(self.t["cover"], f"p{self.index}-cover", 1 if self.merged else 0))
        story += self.cover()
        story += [PageBreak(), _SetPage(_PageInfo(self.index, doc.account.name, doc.period,
                                                  cover=False))]
        for part in (self.profile, self.figures, self.buying_center, self.visits,
                     self.objectives, self.swot, self.strategy, self.white_space,
                     self.actions, self.risks):
            story += part()
        return story

    def cover(self) -> list[Flowable]:
        doc, t, st = self.doc, self.t, self.st
        account, plan = doc.account, doc.plan
        out: list[Flowable] = [Spacer(1, 28 * mm), self.p(t["doc_kind"], st.kind),
                               self.p(account.name, st.title)]
        line = " · ".join(x for x in (account.code, account.industry, account.region,
                                       account.city) if x)
        out.append(self.p(line, st.cover_line))
        out.append(Spacer(1, 16 * mm))
        tier = doc.tier.tier or t["not_classified"]
        computed = doc.tier.computed_tier
        if doc.tier.overridden and computed and computed != doc.tier.tier:
            tier = t.f("tier_by_hand", tier=tier, computed=computed)
        facts: list[tuple[str, str]] = [
            (t["plan_period"], doc.period),
            (t["owner"], doc.owner or "—"),
            (t["tier"], tier),
        ]
        if plan is not None:
            facts.append((t["status"], t.label("plan", plan.status)))
            if plan.review_cadence:
                facts.append((t["review_cadence"], plan.review_cadence))
            if plan.updated_at is not None:
                facts.append((t["last_edited"], t.day(plan.updated_at.astimezone())))
        facts.append((t["prepared"], t.long_day(doc.today)))
        rows = [[label, self.cell(value, 300, st.body)] for label, value in facts]
        table = Table(rows, colWidths=[38 * mm, self.width - 38 * mm], hAlign="LEFT",
                      style=TableStyle([
                          ("FONT", (0, 0), (0, -1), st.font, SMALL + 0.5, 12),
                          ("FONT", (1, 0), (1, -1), st.font, H2, 14),
                          ("TEXTCOLOR", (0, 0), (0, -1), MUTED),
                          ("TEXTCOLOR", (1, 0), (1, -1), INK),
                          ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                          ("LEFTPADDING", (0, 0), (-1, -1), 0),
                          ("TOPPADDING", (0, 0), (-1, -1), 5),
                          ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                          ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK),
                          ("LINEBELOW", (0, 0), (-1, -1), 0.35, HAIRLINE),
                      ]))
        out.append(table)
        if plan is None:
            out += [Spacer(1, 6 * mm), self.empty("no_plan_cover", period=doc.period)]
        if account.deleted:
            out.append(self.p(t["deleted_account"], st.confidential))
        out.append(_BottomBox(t["confidential"], t["confidential_note"], st))
        return out

    # --- 1 profile and tier ------------------------------------------------------------------

    def profile(self) -> list[Flowable]:
        doc, t, st = self.doc, self.t, self.st
        a = doc.account
        place = " / ".join(x for x in (a.region, a.city) if x)
        pairs = [
            (t["code"], a.code), (t["industry"], a.industry),
            (t["segment"], a.segment), (t["region"], place),
            (t["account_owner"], a.owner), (t["account_status"], t.label("acc", a.status)),
            (t["company_size"], t.integer(a.company_size)),
            (t["annual_revenue"], t.money(a.annual_revenue)),
            (t["value_fit"], _dots(a.value_fit)),
            (t["procurement_fit"], _dots(a.procurement_fit)),
            (t["growth_potential"], _dots(a.growth_potential)),
            (t["influence_rating"], _dots(a.influence)),
        ]
        rows = []
        for i in range(0, len(pairs), 2):
            (l1, v1), (l2, v2) = pairs[i], pairs[i + 1]
            rows.append([l1, v1 or "—", l2, v2 or "—"])
        for label, value in ((t["address"], a.address), (t["website"], a.website)):
            if value:
                rows.append([label, value, "", ""])
        widths = [0.19, 0.31, 0.19, 0.31]
        spans = [("SPAN", (1, r), (3, r)) for r in range(6, len(rows))]
        table = self.table([], rows, widths, header_row=False,
                           pairs={0: st.cell_muted, 2: st.cell_muted},
                           extra=[("TEXTCOLOR", (0, 0), (0, -1), MUTED),
                                  ("TEXTCOLOR", (2, 0), (2, -1), MUTED),
                                  ("FONT", (0, 0), (0, -1), st.font, SMALL, CELL * 1.38),
                                  ("FONT", (2, 0), (2, -1), st.font, SMALL, CELL * 1.38),
                                  *spans])
        out = [*self.heading("s_profile"), table]
        out += self.tier_explanation()
        return out

    def tier_explanation(self) -> list[Flowable]:
        t, st, tier = self.t, self.st, self.doc.tier
        shown = tier.tier or t["not_classified"]
        out: list[Flowable] = [self.sub(t.f("tier_heading", tier=shown))]
        if tier.overridden:
            out.append(self.p(t.f("tier_override", tier=tier.tier, by=tier.override_by or "",
                                  computed=tier.computed_tier or t["not_classified"],
                                  on=t.day(tier.override_at), reason=tier.override_reason),
                              st.body))
        if tier.policy_name is None:
            out.append(self.empty("tier_never"))
            return out
        method = t.label("method", tier.method)
        lines = [t.f("tier_policy", policy=t.label("policy", tier.policy_name),
                     version=tier.policy_version,
                     method=method, ran=t.day(tier.ran_at), start=t.day(tier.window_start),
                     end=t.day(tier.window_end))]
        if tier.score is not None and tier.rank is not None:
            lines.append(t.f("tier_score", score=t.fixed(tier.score, 1), rank=tier.rank))
        elif tier.score is not None:
            lines.append(t.f("tier_score_only", score=t.fixed(tier.score, 1)))
        elif tier.rank is not None:
            lines.append(t.f("tier_rank_only", rank=tier.rank))
        if tier.since is not None:
            current = tier.computed_tier or shown
            if tier.previous_tier:
                lines.append(t.f("tier_since", tier=current, since=t.day(tier.since),
                                 previous=tier.previous_tier))
            else:
                lines.append(t.f("tier_since_first", tier=current, since=t.day(tier.since)))
        out.append(self.p(t.sentences(lines), st.body))
        if not tier.parts:
            out.append(self.empty("tier_no_parts"))
            return out
        if tier.method == "weighted":
            out.append(self.weighted_table(tier.parts, tier.score))
        else:
            part = tier.parts[0]
            label = part.label_zh if t.chinese else part.label
            rows = [[label, self.indicator_value(p), t.percent(p.cum_share)]
                    for p in tier.parts[:1]]
            if tier.method == "abc":
                out.append(self.table([t["indicator"], t["value"], t["share_before"]], rows,
                                      [0.5, 0.25, 0.25], right=(1, 2)))
                out.append(self.p(t.f("abc_note", indicator=label), st.small))
            else:
                out.append(self.table([t["indicator"], t["value"]], [r[:2] for r in rows],
                                      [0.6, 0.4], right=(1,)))
        return out

    def weighted_table(self, parts: Sequence[IndicatorPart], score: float | None) -> Table:
        t = self.t
        top = max((p.contribution or 0.0) for p in parts) or 1.0
        widths = [0.34, 0.17, 0.13, 0.09, 0.27]
        bar_width = self.width * widths[4] - 2 * CELL_PAD
        rows: list[list[object]] = []
        muted: list[tuple] = []
        for i, part in enumerate(parts, start=1):
            label = part.label_zh if t.chinese else part.label
            if part.excluded:
                rows.append([label, self.indicator_value(part), "", t.number(part.weight),
                             t["excluded"]])
                muted.append(("TEXTCOLOR", (0, i), (-1, i), FAINT))
                continue
            rows.append([label, self.indicator_value(part), t.number(part.norm, 1),
                         t.number(part.weight),
                         Bar((part.contribution or 0.0) / top, bar_width,
                             t.fixed(part.contribution, 1), label_width=26)])
        rows.append([t["points"], "", "", "", t.fixed(score, 1)])
        n = len(rows)
        return self.table([t["indicator"], t["value"], t["norm"], t["weight"], t["points"]],
                          rows, widths, right=(1, 2, 3),
                          extra=[*muted, ("LINEABOVE", (0, n), (-1, n), 0.6, INK),
                                 ("ALIGN", (4, n), (4, n), "LEFT")])

    def indicator_value(self, part: IndicatorPart) -> str:
        t, raw = self.t, part.raw
        if raw is None:
            return "—"
        if isinstance(raw, str):
            return raw
        if part.key in MONEY_INDICATORS:
            return t.money(raw)
        if part.key in SHARE_INDICATORS:
            return t.percent(raw, signed=part.key == "growth")
        if part.key in RATING_INDICATORS:
            return t.number(raw, 1) + " / 5"
        return t.number(raw, 1)

    # --- 2 key figures -----------------------------------------------------------------------

    def figures(self) -> list[Flowable]:
        doc, t, st = self.doc, self.t, self.st
        f = doc.figures
        growth = t.percent(f.growth, signed=True)
        tiles = [
            (t["fig_sales"], t.compact(f.sales) if f.window_start else "—",
             f"{growth} {t['fig_growth']}" if growth else ""),
            (t["fig_profit"], t.compact(f.profit) if f.profit is not None else "—",
             t.f("fig_margin", margin=t.percent(f.margin)) if f.margin is not None else ""),
            (t["fig_outstanding"], t.compact(f.outstanding) if f.outstanding else "0",
             t.f("fig_overdue", amount=t.compact(f.overdue)) if f.overdue else ""),
            (t["fig_nps"], str(f.latest_nps) if f.latest_nps is not None else "—",
             t.f("fig_on", day=t.day(f.latest_nps_date)) if f.latest_nps_date else ""),
            (t["fig_csat"], f"{f.latest_csat} / 5" if f.latest_csat is not None else "—",
             t.f("fig_on", day=t.day(f.latest_csat_date)) if f.latest_csat_date else ""),
            (t["fig_last_visit"], t.day(f.last_visit) if f.last_visit else "—",
             t.f("fig_next_visit", day=t.day(f.next_visit)) if f.next_visit
             else t["fig_no_next"]),
        ]
        tile_w = self.width / len(tiles)
        cells = [[_Tile(label, value, note, st, tile_w) for label, value, note in tiles]]
        grid = Table(cells, colWidths=[tile_w] * len(tiles), hAlign="LEFT",
                     style=TableStyle([
                         ("FONT", (0, 0), (-1, -1), st.font, CELL),
                         ("VALIGN", (0, 0), (-1, -1), "TOP"),
                         ("LEFTPADDING", (0, 0), (-1, -1), 6),
                         ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                         ("TOPPADDING", (0, 0), (-1, -1), 5),
                         ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                         ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK),
                         ("LINEBELOW", (0, 0), (-1, 0), 0.35, RULE),
                         ("LINEAFTER", (0, 0), (-2, 0), 0.35, HAIRLINE),
                     ]))
        out: list[Flowable] = [*self.heading("s_figures"), grid, Spacer(1, 3)]
        if f.window_start is not None:
            out.append(self.p(t.f("fig_window", start=t.day(f.window_start),
                                  end=t.day(f.window_end)), st.small))
        else:
            out.append(self.empty("fig_no_sales"))
        chart = sales_profit_chart(doc.quarters, t, self.width)
        out.append(self.sub(t["chart_sales_title"]))
        out.append(chart if chart is not None else self.empty("no_sales_chart"))
        axis = quarters_up_to(doc.today, len(doc.quarters) or 12)
        chart = satisfaction_chart(doc.satisfaction, axis, t, self.width)
        out.append(self.sub(t["chart_sat_title"]))
        out.append(chart if chart is not None else self.empty("no_surveys"))
        return out

    # --- 3 buying center ---------------------------------------------------------------------

    def buying_center(self) -> list[Flowable]:
        t, st = self.t, self.st
        center = self.doc.buying_center
        out = self.heading("s_buying_center")
        if not center.nodes:
            return [*out, self.empty("bc_empty")]
        summary = t.f("bc_summary", contacts=len(center.nodes), covered=len(center.roles_covered),
                      roles=center.total_roles, strong=center.strong_contacts)
        out.append(self.p(summary, st.body))
        if center.single_threaded or center.strong_contacts == 0:
            key = "bc_single" if center.single_threaded else "bc_none"
            out.append(self.p(t[key], st.confidential))
        drawings = buying_center.buying_center_drawings(center, t, self.width)
        out += [*drawings, Spacer(1, 4), buying_center.legend(t, self.width), Spacer(1, 8)]
        rows, colours = [], []
        for i, node in enumerate(center.nodes, start=1):
            border, _fill = ATTITUDE.get(node.attitude, (MUTED, None))
            colours.append(("TEXTCOLOR", (3, i), (3, i), border))
            rows.append([
                node.name,
                " / ".join(x for x in (node.title, node.department) if x),
                t.label("role", node.role),
                f"● {t.label('att', node.attitude)}",
                _dots(node.influence), _dots(node.relationship_strength),
                node.reports_to or "",
            ])
        out.append(self.table(
            [t["name"], t["title_dept"], t["role"], t["attitude"], t["influence"],
             t["strength"], t["reports_to"]], rows,
            [0.15, 0.25, 0.14, 0.11, 0.1, 0.11, 0.14], extra=colours))
        return out

    # --- 4 visits and follow-ups -------------------------------------------------------------

    def visits(self) -> list[Flowable]:
        t, doc = self.t, self.doc
        out = [*self.heading("s_visits"), self.sub(t["recent_visits"])]
        if doc.visits:
            rows = []
            for v in doc.visits:
                parts = [x for x in (v.purpose, v.outcome or v.summary) if x]
                rows.append([t.day(v.visit_at), t.label("visit", v.kind),
                             " — ".join(_clean(p) for p in parts), v.participants or ""])
            out.append(self.table([t["date"], t["kind"], t["purpose"], t["participants"]],
                                  rows, [0.12, 0.11, 0.52, 0.25]))
        else:
            out.append(self.empty("no_visits"))
        out.append(self.sub(t["follow_ups"]))
        if doc.follow_ups:
            rows, extra = [], []
            for i, item in enumerate(doc.follow_ups, start=1):
                due = t.day(item.due)
                if item.overdue:
                    due = f"{due} {t['overdue']}"
                    extra.append(("TEXTCOLOR", (0, i), (0, i), WARN))
                rows.append([due, t[f"item_{item.item}"], item.what or "",
                             t.label("visit", item.kind), item.owner or ""])
            out.append(self.table([t["due"], t["item"], t["what"], t["kind"], t["action_owner"]],
                                  rows, [0.16, 0.13, 0.45, 0.12, 0.14], extra=extra))
        else:
            out.append(self.empty("no_follow_ups"))
        return out

    # --- 5… the plan -------------------------------------------------------------------------

    def no_plan(self) -> Paragraph:
        return self.empty("no_plan_section", period=self.doc.period)

    def objectives(self) -> list[Flowable]:
        t, plan = self.t, self.plan
        out = self.heading("s_objectives")
        if plan is None:
            return [*out, self.no_plan()]
        out.append(self.sub(t["needs"]))
        out += self.text_block(plan.needs) or [self.empty("empty_needs")]
        out.append(self.sub(t["objectives"]))
        if not plan.objectives:
            return [*out, self.empty("empty_objectives")]
        widths = [0.36, 0.14, 0.14, 0.14, 0.22]
        bar_width = self.width * widths[4] / sum(widths) - 2 * CELL_PAD
        rows = []
        for o in plan.objectives:
            progress = o.progress
            rows.append([o.description, t.label("metric", o.metric), self.amount(o, o.current),
                         self.amount(o, o.target),
                         Bar(progress, bar_width, t.percent(progress, digits=0)
                             if progress is not None else "—", label_width=30)
                         ])
        out.append(self.table([t["objective"], t["metric"], t["current"], t["target"],
                               t["progress"]], rows, widths, right=(2, 3)))
        return out

    def amount(self, objective: Objective, value: float | None) -> str:
        if value is None:
            return "—"
        t = self.t
        unit = _clean(objective.unit)
        if objective.metric in ("revenue", "profit") and not unit:
            return t.money(value)
        if unit == "%":
            return f"{t.number(value, 1)}%"
        text = t.number(value, 2) if abs(value) < 1000 else t.money(value)
        return f"{text} {unit}" if unit else text

    def swot(self) -> list[Flowable]:
        t, st, plan = self.t, self.st, self.plan
        out = self.heading("s_swot")
        if plan is None:
            return [*out, self.no_plan()]
        if plan.swot.empty:
            return [*out, self.empty("empty_swot")]
        swot = plan.swot
        quads = [("strengths", swot.strengths), ("weaknesses", swot.weaknesses),
                 ("opportunities", swot.opportunities), ("threats", swot.threats)]

        def cell(key: str, items: Sequence[str]) -> list[Flowable]:
            flow: list[Flowable] = [self.p(t[key], st.swot_head)]
            if not items:
                flow.append(self.p(t["none_recorded"], st.empty))
            for item in items:
                flow.append(self.cell_text(item, half - 16, st.bullet, bullet="•"))
            return flow

        half = self.width / 2
        cells = [cell(k, v) for k, v in quads]
        grid = Table([[cells[0], cells[1]], [cells[2], cells[3]]], colWidths=[half, half],
                     hAlign="LEFT", splitInRow=1, style=TableStyle([
                         ("FONT", (0, 0), (-1, -1), st.font, CELL),
                         ("VALIGN", (0, 0), (-1, -1), "TOP"),
                         ("LEFTPADDING", (0, 0), (-1, -1), 8),
                         ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                         ("TOPPADDING", (0, 0), (-1, -1), 6),
                         ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                         ("LINEAFTER", (0, 0), (0, -1), 0.5, RULE),
                         ("LINEBELOW", (0, 0), (-1, 0), 0.5, RULE),
                         ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK),
                         ("LINEBELOW", (0, -1), (-1, -1), 0.8, INK),
                     ]))
        return [*out, grid]

    def strategy(self) -> list[Flowable]:
        t, plan = self.t, self.plan
        out = self.heading("s_strategy")
        if plan is None:
            return [*out, self.no_plan()]
        if not _clean(plan.strategy) and not _clean(plan.value_proposition):
            return [*out, self.empty("empty_strategy")]
        for key, text in (("strategy", plan.strategy),
                          ("value_proposition", plan.value_proposition)):
            out.append(self.sub(t[key]))
            out += self.text_block(text) or [self.p(t["none_recorded"], self.st.empty)]
        return out

    def white_space(self) -> list[Flowable]:
        t, plan = self.t, self.plan
        out = self.heading("s_white_space")
        if plan is None:
            return [*out, self.no_plan()]
        if not plan.white_space:
            return [*out, self.empty("empty_white_space")]
        rows = [[w.category, w.note or ""] for w in plan.white_space]
        return [*out, self.table([t["category"], t["note"]], rows, [0.3, 0.7])]

    def actions(self) -> list[Flowable]:
        t, plan, today = self.t, self.plan, self.doc.today
        out = self.heading("s_actions")
        if plan is None:
            return [*out, self.no_plan()]
        if not plan.actions:
            return [*out, self.empty("empty_actions")]
        rows, extra = [], []
        for i, a in enumerate(plan.actions, start=1):
            status = t.label("act", a.status)
            late = a.due_date is not None and a.due_date < today and a.status in (
                "open", "in_progress")
            if late:
                status = f"{status} · {t['overdue']}"
                extra.append(("TEXTCOLOR", (4, i), (4, i), WARN))
            elif a.status == "done":
                extra.append(("TEXTCOLOR", (4, i), (4, i), GOOD))
            elif a.status == "cancelled":
                extra.append(("TEXTCOLOR", (0, i), (-1, i), FAINT))
            rows.append([str(i), a.what, a.owner or "", t.day(a.due_date), status])
        return [*out, self.table(["#", t["action"], t["action_owner"], t["due_date"],
                                  t["action_status"]], rows, [0.05, 0.5, 0.15, 0.12, 0.18],
                                 right=(0,), extra=extra)]

    def risks(self) -> list[Flowable]:
        t, plan = self.t, self.plan
        out = self.heading("s_risks")
        if plan is None:
            return [*out, self.no_plan()]
        if plan.risks:
            rows = [[str(i), r.risk, r.mitigation or ""]
                    for i, r in enumerate(plan.risks, start=1)]
            out.append(self.table(["#", t["risk"], t["mitigation"]], rows, [0.05, 0.45, 0.5],
                                  right=(0,)))
        else:
            out.append(self.empty("empty_risks"))
        if plan.review_cadence:
            out += [Spacer(1, 6), self.p(t.f("review_line", cadence=plan.review_cadence),
                                         self.st.body_muted)]
        return out


def _dots(value: int | None) -> str:
    """A 1–5 rating as ●●●○○ (empty when unknown)."""
    if value is None:
        return ""
    value = max(0, min(5, int(value)))
    return "●" * value + "○" * (5 - value)


__all__ = ["write_plans"]
