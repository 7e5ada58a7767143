"""The account-plan PDF read back: text (pypdf), fonts (pdffonts), pages (pdftoppm), outline,
metadata, paper; the batch export (per-account files, merged, cancel, names, selection).

poppler-utils is installed by `python3 dev.py test`; the tests that need it are skipped, with
the reason, only where it could not be installed.
"""

from __future__ import annotations

import io
import math
import re
import shutil
import subprocess
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from kam_desktop.errors import InvalidInputError, KamError, NotFoundError
from kam_desktop.models import AccountPlan
from kam_desktop.models.plan import PlanAction
from kam_desktop.services.account_editing import create_account
from kam_desktop.services.contacts import create_contact
from kam_desktop.services.plan_export import (
    ExportResult,
    PdfOptions,
    export_plans,
    plan_file_name,
    render_plan_pdf,
    select_accounts,
    write_plan_file,
)
from kam_desktop.services.plan_pdf.fonts import has_glyph
from kam_desktop.services.plan_pdf.texts import EN, ZH, seed_characters, texts
from kam_desktop.storage.database import Database
from tests.services.test_plan_document import CONTACTS, NAME, make_account, make_plan

needs_poppler = pytest.mark.skipif(
    not (shutil.which("pdffonts") and shutil.which("pdftoppm")),
    reason="poppler-utils (pdffonts, pdftoppm) is not installed and `python3 dev.py test` "
           "could not install it here")

A4 = (595.28, 841.89)
LETTER = (612.0, 792.0)


def text_of(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def flat(text: str) -> str:
    """Whitespace runs as one space (the page count is a form: extracted on its own line)."""
    return re.sub(r"\s+", " ", text)


def fonts_of(path: Path) -> list[dict[str, str]]:
    """`pdffonts` rows as dicts (name, type, emb, sub, uni)."""
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    lines = out.stdout.splitlines()[2:]
    rows = []
    for line in lines:
        parts = line.split()
        # name type [type…] encoding emb sub uni object-id generation
        rows.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return rows


@pytest.fixture
def account(db: Database) -> str:
    account_id = make_account(db)
    make_plan(db, account_id, "2026")
    return account_id


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_text_holds_the_plan(db: Database, account: str, lang: str) -> None:
    data = render_plan_pdf(db, account, options=PdfOptions(lang=lang))
    pages = text_of(data)
    text = "\n".join(pages)
    assert NAME in text
    for name in CONTACTS[:3]:  # the inactive fourth is not in the buying center
        assert name in text
    assert "年度销售额目标" in text and "钱包份额" in text
    for i in range(1, 11):
        assert f"行动 {i:03d}" in text
    assert "本地服务团队" in text and "支持者离职" in text and "工业软件" in text
    t = texts(lang)
    assert re.search(rf"{t['tier']}\s*A\b", pages[0])  # the cover
    assert t["s_swot"] in text and t["s_actions"] in text
    assert t.f("page_of", page=2, pages=len(pages)) in flat(pages[1])
    assert t.f("page_of", page=len(pages), pages=len(pages)) in flat(pages[-1])
    assert t["confidential"] in pages[0]


def test_tier_and_explanation_after_a_run(db: Database, account: str) -> None:
    from kam_desktop.services.classification import ensure_builtin_policies
    from kam_desktop.services.classification.runs import classify

    make_account(db, "C900002", name="Second Account Ltd", tier=None)
    ensure_builtin_policies(db)
    classify(db, "Balanced scorecard")
    text = "\n".join(text_of(render_plan_pdf(db, account, options=PdfOptions(lang="en"))))
    assert "Why tier A" in text
    assert "Balanced scorecard" in text
    assert "Sales" in text and "Buying-center coverage" in text
    assert "战略合作协议已签署" in text  # the override's reason


def test_abc_explanation(db: Database) -> None:
    from kam_desktop.services.classification import ensure_builtin_policies
    from kam_desktop.services.classification.runs import classify

    account_id = make_account(db, tier=None)
    make_account(db, "C900002", name="Second Account Ltd", tier=None)
    ensure_builtin_policies(db)
    classify(db, "ABC by sales")
    for lang, words in (("en", ("ABC analysis", "Share before", "Why tier A", "ABC by sales")),
                        ("zh", ("ABC 分析", "前序累计占比", "为何为 A 级", "按销售额 ABC 分类"))):
        text = "\n".join(text_of(render_plan_pdf(db, account_id, options=PdfOptions(lang=lang))))
        for word in words:
            assert word in text


@needs_poppler
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_font_is_embedded(db: Database, account: str, lang: str,
                                tmp_path: Path) -> None:
    path = tmp_path / f"plan-{lang}.pdf"
    path.write_bytes(render_plan_pdf(db, account, options=PdfOptions(lang=lang)))
    fonts = fonts_of(path)
    assert fonts, "pdffonts found no font"
    assert all(f["emb"] == "yes" and f["sub"] == "yes" for f in fonts), fonts
    assert all("WenQuanYi" in f["name"] for f in fonts), fonts  # no Helvetica anywhere


def test_200_actions_split_across_pages_with_the_header_repeated(db: Database) -> None:
    account_id = make_account(db)
    make_plan(db, account_id, "2026", actions=200, what="Action item")
    pages = text_of(render_plan_pdf(db, account_id, options=PdfOptions(lang="en")))
    holding = [i for i, page in enumerate(pages) if re.search(r"Action item \d{3}", page)]
    assert len(holding) >= 4
    assert holding == list(range(holding[0], holding[-1] + 1))  # consecutive pages
    found = []
    for i in holding:
        lines = pages[i].splitlines()
        first = next(n for n, line in enumerate(lines) if re.search(r"Action item \d{3}", line))
        header = lines[max(0, first - 8):first]
        assert {"Action", "Owner", "Due", "Status"} <= {h.strip() for h in header}, (i, header)
        found += re.findall(r"Action item (\d{3})", pages[i])
    assert found == [f"{n:03d}" for n in range(1, 201)]  # every one, in order, once


def test_long_text_wraps_and_splits(db: Database) -> None:
    account_id = make_account(db)
    plan_id = make_plan(db, account_id, "2026", actions=1)
    long_zh = "客户要求在三个月内完成全部产线的改造并保证不停产" * 120  # no spaces at all
    long_en = " ".join(["modernisation"] * 900)
    with db.unit_of_work() as uow:
        plan = uow.session.get(AccountPlan, uuid.UUID(plan_id))
        plan.needs = long_zh
        plan.strategy = long_en
        uow.session.add(PlanAction(plan_id=plan.id, position=5, what=long_zh[:2000],
                                   status="open"))
        uow.commit()
    for lang in ("zh", "en"):
        pages = text_of(render_plan_pdf(db, account_id, options=PdfOptions(lang=lang)))
        text = "".join(pages).replace("\n", "")
        assert text.count("客户要求在三个月内完成全部产线的改造并保证不停产") >= 120 + 50
        assert len(pages) >= 8


def test_paper_sizes(db: Database, account: str) -> None:
    for paper, (width, height) in (("a4", A4), ("letter", LETTER)):
        reader = PdfReader(io.BytesIO(render_plan_pdf(db, account,
                                                      options=PdfOptions(paper=paper))))
        for page in reader.pages:
            assert float(page.mediabox.width) == pytest.approx(width, abs=0.5)
            assert float(page.mediabox.height) == pytest.approx(height, abs=0.5)


def test_metadata_and_outline(db: Database, account: str) -> None:
    reader = PdfReader(io.BytesIO(render_plan_pdf(db, account, options=PdfOptions(lang="zh"))))
    meta = reader.metadata
    assert meta.title == f"2026 客户计划 — {NAME}"
    assert meta.author == "张伟"
    assert NAME in meta.subject and "C900001" in meta.subject
    titles = [item.title for item in reader.outline]
    t = texts("zh")
    assert titles[0] == t["cover"]
    assert titles[1:] == [f"{i}  {t[k]}" for i, k in enumerate(
        ("s_profile", "s_figures", "s_buying_center", "s_visits", "s_objectives", "s_swot",
         "s_strategy", "s_white_space", "s_actions", "s_risks"), start=1)]
    pages = [reader.get_destination_page_number(item) for item in reader.outline]
    assert pages[0] == 0 and pages[1] == 1 and pages == sorted(pages)
    assert pages[-1] == len(reader.pages) - 1


def test_no_plan_and_a_bare_account(db: Database) -> None:
    bare = create_account(db, {"code": "B1", "name": "Bare Account Ltd"}).id
    pages = text_of(render_plan_pdf(db, bare, options=PdfOptions(lang="en")))
    text = "\n".join(pages)
    year = str(datetime.now().year)
    assert text.count(f"No plan for {year}.") == 6  # each plan section says so
    assert "No contacts recorded." in text
    assert "No sales records yet." in text
    assert "No satisfaction survey answers in the last three years." in text
    assert "The account has not been classified yet." in text
    assert "Not classified" in pages[0]


def test_wide_buying_center(db: Database) -> None:
    account_id = create_account(db, {"code": "W1", "name": "Wide Org Co"}).id
    boss = create_contact(db, account_id, {"name": "Boss Person", "influence": 5}).id
    names = [f"Person {i:02d}" for i in range(45)]
    for i, name in enumerate(names):
        create_contact(db, account_id, {"name": name, "reports_to_id": boss,
                                        "attitude": ("supporter", "neutral", "opponent")[i % 3],
                                        "influence": 1 + i % 5,
                                        "relationship_strength": 1 + i % 5})
    text = "\n".join(text_of(render_plan_pdf(db, account_id)))
    for name in names:
        assert name in text


@needs_poppler
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_pages_render(db: Database, account: str, lang: str, tmp_path: Path) -> None:
    path = tmp_path / "plan.pdf"
    path.write_bytes(render_plan_pdf(db, account, options=PdfOptions(lang=lang)))
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(path), str(tmp_path / "page")],
                   check=True, capture_output=True)
    images = sorted(tmp_path.glob("page-*.png"))
    assert len(images) == len(PdfReader(path).pages) >= 4
    for image in images:
        with Image.open(image) as picture:
            colours = picture.convert("L").getextrema()
            assert colours[0] < 100 and colours[1] > 250  # ink on white, not blank


def test_texts_complete_and_drawable() -> None:
    assert EN.keys() == ZH.keys()
    for key in EN:  # the same placeholders in both languages
        assert set(re.findall(r"{(\w+)}", EN[key])) == set(re.findall(r"{(\w+)}", ZH[key])), key
    missing = {c for table in (EN, ZH) for text in table.values() for c in text
               if not has_glyph(c)}
    assert missing == set()
    assert all(has_glyph(c) for c in seed_characters("zh") + seed_characters("en"))


def test_options_are_checked() -> None:
    with pytest.raises(InvalidInputError):
        PdfOptions(lang="fr")
    with pytest.raises(InvalidInputError):
        PdfOptions(paper="a3")


# --- batches -----------------------------------------------------------------------------------


@pytest.fixture
def portfolio(db: Database) -> list[str]:
    ids = [make_account(db, f"C90000{i}", name=f"{NAME[:-6]}{i}号有限公司",
                        tier="S" if i % 2 else "B") for i in range(1, 4)]
    for account_id in ids:
        make_plan(db, account_id, "2026", actions=3)
    return ids


def test_export_one_file_per_account(db: Database, portfolio: list[str], tmp_path: Path) -> None:
    calls: list[tuple[int, int, str]] = []
    out = tmp_path / "plans" / "2026"
    result = export_plans(db, portfolio, out, merged=False, options=PdfOptions(lang="zh"),
                          progress=lambda d, n, m: calls.append((d, n, m)))
    assert result.count == 3 and not result.cancelled
    assert [p.name for p in result.files] == [
        f"C90000{i} 上海精密仪器{i}号有限公司 2026.pdf" for i in range(1, 4)]
    assert sorted(out.iterdir()) == sorted(result.files)  # no temporary files left
    assert [c[:2] for c in calls] == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert "C900001" in calls[0][2]
    for path in result.files:
        assert NAME[:-6] in "".join(text_of(path.read_bytes()))


def test_export_merged_with_an_outline_entry_per_account(db: Database, portfolio: list[str],
                                                         tmp_path: Path) -> None:
    target = tmp_path / "all.pdf"
    result = export_plans(db, portfolio, target, merged=True, options=PdfOptions(lang="en"))
    assert result == ExportResult((target,), 3, False)
    reader = PdfReader(target)
    top = [item for item in reader.outline if not isinstance(item, list)]
    assert [item.title for item in top] == [f"C90000{i}  上海精密仪器{i}号有限公司"
                                            for i in range(1, 4)]
    nested = [item for item in reader.outline if isinstance(item, list)]
    assert len(nested) == 3 and nested[0][0].title == "Cover"
    starts = [reader.get_destination_page_number(item) for item in top]
    assert starts[0] == 0 and starts == sorted(starts)
    single = len(PdfReader(io.BytesIO(render_plan_pdf(db, portfolio[0]))).pages)
    assert starts[1] == single
    pages = [page.extract_text() for page in reader.pages]
    assert f"Page 2 of {single}" in flat(pages[1])  # numbered within each plan
    assert f"Page 2 of {single}" in flat(pages[single + 1])
    assert reader.metadata.title == "Account plans — 3 accounts"


@needs_poppler
def test_merged_fonts_embedded(db: Database, portfolio: list[str], tmp_path: Path) -> None:
    target = tmp_path / "all.pdf"
    export_plans(db, portfolio, target, merged=True, options=PdfOptions(lang="zh"))
    assert all(f["emb"] == "yes" for f in fonts_of(target))


def test_cancel_leaves_no_file(db: Database, portfolio: list[str], tmp_path: Path) -> None:
    asked = 0

    def cancel_on_second() -> bool:
        nonlocal asked
        asked += 1
        return asked >= 2

    target = tmp_path / "out" / "merged.pdf"
    result = export_plans(db, portfolio, target, merged=True, cancelled=cancel_on_second)
    assert result.cancelled and result.count == 0 and result.files == ()
    assert list(target.parent.iterdir()) == []

    folder = tmp_path / "each"
    result = export_plans(db, portfolio, folder, merged=False, cancelled=lambda: True)
    assert result.cancelled and result.count == 0
    assert list(folder.iterdir()) == []
    asked = 0
    result = export_plans(db, portfolio, folder, merged=False, cancelled=cancel_on_second)
    assert result.cancelled and result.count == 1
    assert list(folder.iterdir()) == list(result.files)  # the finished one, no partial file


def test_failure_leaves_no_partial_file(db: Database, portfolio: list[str],
                                        tmp_path: Path) -> None:
    target = tmp_path / "out" / "merged.pdf"
    with pytest.raises(NotFoundError):
        export_plans(db, [*portfolio, uuid.uuid4().hex], target, merged=True)
    assert list(target.parent.iterdir()) == []


def test_bad_paths(db: Database, portfolio: list[str], tmp_path: Path) -> None:
    a_file = tmp_path / "file.pdf"
    a_file.write_bytes(b"x")
    with pytest.raises(InvalidInputError, match="not a folder"):
        export_plans(db, portfolio, a_file, merged=False)
    with pytest.raises(InvalidInputError, match="is a folder"):
        export_plans(db, portfolio, tmp_path, merged=True)
    with pytest.raises(InvalidInputError, match="is a folder"):
        write_plan_file(db, portfolio[0], tmp_path)
    with pytest.raises(KamError):
        export_plans(db, portfolio, a_file / "inside", merged=False)
    with pytest.raises(InvalidInputError):
        export_plans(db, [], tmp_path / "x", merged=False)
    assert a_file.read_bytes() == b"x"


def test_write_plan_file_replaces_atomically(db: Database, portfolio: list[str],
                                             tmp_path: Path) -> None:
    target = tmp_path / "out" / "plan.pdf"
    target.parent.mkdir()
    target.write_bytes(b"old")
    write_plan_file(db, portfolio[0], target, options=PdfOptions(paper="letter"))
    assert target.read_bytes().startswith(b"%PDF")
    assert list(target.parent.iterdir()) == [target]


def test_select_accounts(db: Database, portfolio: list[str]) -> None:
    with db.unit_of_work() as uow:
        assert select_accounts(uow, codes=["C900003", "C900001"]) == [portfolio[2],
                                                                     portfolio[0]]
        assert select_accounts(uow, tier="S") == [portfolio[0], portfolio[2]]
        assert select_accounts(uow, tier="s") == [portfolio[0], portfolio[2]]
        assert select_accounts(uow, tier="A") == []
        assert select_accounts(uow, all_accounts=True) == portfolio
        with pytest.raises(NotFoundError, match="NOPE, ALSO"):
            select_accounts(uow, codes=["C900001", "NOPE", "ALSO"])
        with pytest.raises(InvalidInputError):
            select_accounts(uow)
        with pytest.raises(InvalidInputError):
            select_accounts(uow, codes=["C900001"], all_accounts=True)


# --- file names --------------------------------------------------------------------------------


@pytest.mark.parametrize(("code", "name", "period", "expected"), [
    ("C001", "上海精密仪器有限公司", "2026", "C001 上海精密仪器有限公司 2026.pdf"),
    ("C/2", 'A<b>c:d"e/f\\g|h?i*j', "2026", "C_2 A_b_c_d_e_f_g_h_i_j 2026.pdf"),
    ("C3", "Tab\tand\nnewline", "2026", "C3 Tab and newline 2026.pdf"),
    ("C4", "Trailing dots...", "2026. ", "C4 Trailing dots 2026.pdf"),
    ("CON", "", "", "_CON.pdf"),
    ("nul", "", "", "_nul.pdf"),
    ("COM1", "", "", "_COM1.pdf"),
    ("", "", "", "plan.pdf"),
    ("C5", "...", "2026", "C5 2026.pdf"),
])
def test_plan_file_name(code: str, name: str, period: str, expected: str) -> None:
    assert plan_file_name(code, name, period) == expected


def test_plan_file_name_length() -> None:
    name = plan_file_name("C001", "很长的公司名称" * 60, "2026")
    assert name.startswith("C001 很长的公司名称") and name.endswith(" 2026.pdf")
    assert len(name.encode()) <= 180
    assert "\ufffd" not in name
    windows = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
    assert not windows.search(name)


def test_file_names_unique_in_a_batch(db: Database, tmp_path: Path) -> None:
    ids = [create_account(db, {"code": code, "name": "Same Name"}).id
           for code in ("x1", "X1")]
    result = export_plans(db, ids, tmp_path / "out", merged=False)
    names = [p.name.casefold() for p in result.files]
    assert len(set(names)) == 2


def test_plan_updated_at_is_on_the_cover(db: Database, account: str) -> None:
    with db.unit_of_work() as uow:
        plan = uow.session.query(AccountPlan).one()
        plan.updated_at = datetime(2026, 1, 31, 12, 0, tzinfo=UTC)
        uow.commit()
    first = text_of(render_plan_pdf(db, account, options=PdfOptions(lang="en")))[0]
    assert "Last edited" in first and "2026-01-31" in first
    assert "Final" in first and "每季度" in first


# --- charts ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("low", "high"), [(0, 1), (0, 7.3), (-120, 980), (0, 1_234_567),
                                           (5, 5), (-3e6, -1e6)])
def test_nice_ticks(low: float, high: float) -> None:
    from kam_desktop.services.plan_pdf.charts import nice_ticks

    ticks = nice_ticks(low, high)
    assert ticks[0] <= low and ticks[-1] >= high and 2 <= len(ticks) <= 7
    step = ticks[1] - ticks[0]
    mantissa = step / 10 ** math.floor(math.log10(step))
    assert round(mantissa, 6) in (1, 2, 2.5, 5, 10)


def test_empty_charts_say_so(db: Database) -> None:
    from kam_desktop.services.plan_document import QuarterFigures
    from kam_desktop.services.plan_pdf.charts import sales_profit_chart, satisfaction_chart

    t = texts("en")
    quarters = [QuarterFigures(2026, q, 0.0, None) for q in (1, 2, 3, 4)]
    assert sales_profit_chart(quarters, t, 400) is None
    assert satisfaction_chart([], [(2026, 1)], t, 400) is None


def test_fast_drawing_matches_the_shapes() -> None:
    """Plain shapes are drawn directly; anything else falls back to renderPDF."""
    from reportlab.graphics.shapes import Group, String
    from reportlab.platypus import SimpleDocTemplate

    from kam_desktop.services.plan_pdf.styles import drawing, styles

    plain, other = drawing(200, 50), drawing(200, 50)
    plain.add(String(10, 10, "direct 直接", fontName=styles().font, fontSize=9))
    group = Group(String(10, 10, "through renderPDF", fontName=styles().font, fontSize=9))
    other.add(group)
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, initialFontName=styles().font).build([plain, other])
    text = PdfReader(io.BytesIO(buffer.getvalue())).pages[0].extract_text()
    assert "direct 直接" in text and "through renderPDF" in text
