"""Render the main window and dialogs to PNG files, offscreen, for the documentation.

    python -m kam_desktop.ui.screenshots OUTDIR [--db PATH] [--lang en|zh_CN]

Without `--db`, a temporary database is filled with the demo portfolio. Settings are redirected
to a temporary folder, so neither the user's window layout nor their language leaks into the
pictures (and nothing is written to their settings). Files: `main-<lang>.png` (Accounts page
with the first account selected), `dashboard-<lang>.png`, `settings-<lang>.png`,
`about-<lang>.png`, `first-run-<lang>.png`, where `<lang>` is `en` or `zh`.

The import is pictured on its own database, importing a generated ERP export
(`render_import_screenshots`): each wizard step `import-file`, `import-sheet`, `import-mapping`,
`import-check`, `import-summary`, a file that cannot be read (`import-error`), and the Import
page with its history (`import-page`).

The classification is pictured on a demo database of its own with two built-in policies applied
(ABC by sales, then the balanced scorecard) and one override (`render_classification_screenshots`):
the Classification page with its charts (`classification`), a weight edited and previewed with
the migration matrix (`classification-preview`), and the Accounts page with an account's tier
explanation in the detail panel (`account-tier`). It never writes to the `--db` database.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

SIZE = (1400, 860)
SAMPLE_PLAN_PERIOD = str(date.today().year + 1)  # the plan an account manager writes in autumn


def _wait_until(condition, timeout_s: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not finish loading")
        QApplication.processEvents()
        time.sleep(0.01)


def _settle() -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(5):
        QApplication.processEvents()


def render_screenshots(out_dir: Path, db_path: Path | None = None,
                       lang: str = "en") -> list[Path]:
    """Write the screenshots into `out_dir`; returns the files written."""
    from kam_desktop import paths
    from kam_desktop.services.database import open_database
    from kam_desktop.ui.about_dialog import AboutDialog
    from kam_desktop.ui.app import create_app
    from kam_desktop.ui.first_run_dialog import FirstRunDialog
    from kam_desktop.ui.main_window import MainWindow

    out_dir.mkdir(parents=True, exist_ok=True)
    tag = "zh" if lang == "zh_CN" else "en"
    written: list[Path] = []

    shown_default = paths.default_db_path()  # the user's real default, for the first-run text
    with tempfile.TemporaryDirectory(prefix="kam-screenshots-") as tmp:
        paths.set_home(Path(tmp) / "home")
        try:
            create_app(lang=lang)
            made_demo = db_path is None
            if db_path is None:
                from kam_desktop.services.demo_portfolio import create_demo_portfolio

                db_path = Path(tmp) / "demo.db"
                db = open_database(db_path)
                create_demo_portfolio(db)
            else:
                db = open_database(Path(db_path), create=False)

            window = MainWindow(db)
            window.resize(*SIZE)
            window.show_page("accounts")
            window.show()
            _wait_until(lambda: not window.accounts_page.is_loading)
            if window.accounts_page.model.rowCount():
                window.accounts_page.select_row(0)
            _wait_until(lambda: window.accounts_page.attention_ready, 120)  # its column too
            _settle()

            def save(widget, name: str) -> None:  # type: ignore[no-untyped-def]
                _settle()
                target = out_dir / f"{name}-{tag}.png"
                if not widget.grab().save(str(target), "PNG"):
                    raise OSError(f"could not write {target}")
                written.append(target)

            save(window, "main")
            _render_pages(window, save)
            window.show_page("settings")
            save(window, "settings")
            window.show_page("accounts")
            _render_account_tabs(window, db, save, lang if made_demo else None)
            _render_plans_page(window, save, SAMPLE_PLAN_PERIOD if made_demo else None)
            _render_dialogs(window, db, save)

            about = AboutDialog(window)
            about.show()
            about.adjustSize()
            save(about, "about")
            about.close()

            first_run = FirstRunDialog(shown_default, window)
            first_run.show()
            first_run.adjustSize()
            first_run.fit_to_contents()
            save(first_run, "first-run")
            first_run.close()

            _close(window)
        finally:
            paths.set_home(None)
    return written


def _close(window) -> None:  # type: ignore[no-untyped-def]
    """Close and delete the window now (its timers must not start work on a database that is
    about to be removed), after the reads still running have finished."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    _wait_until(lambda: not _busy(), 120)
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    _wait_until(lambda: not _busy(), 120)


def _render_pages(window, save) -> None:  # type: ignore[no-untyped-def]
    """The Dashboard, Visits and Surveys pages, each once its data is shown."""
    dashboard = window.dashboard_page
    window.show_page("dashboard")
    _wait_until(lambda: dashboard.board is not None and not dashboard.is_computing, 120)
    save(window, "dashboard")
    for key, page in (("visits", window.visits_page), ("surveys", window.surveys_page)):
        window.show_page(key)
        _wait_until(lambda page=page: not _busy(), 60)
        save(window, key)


def _render_plans_page(window, save, period: str | None) -> None:  # type: ignore[no-untyped-def]
    """The Account plans page, on `period` when given (the sample plan's, written after the
    page first loaded)."""
    page = window.plans_page
    window.show_page("plans")
    _wait_until(lambda: not _busy(), 60)
    if period is not None:
        page.set_period(period)
        _wait_until(lambda: not _busy(), 60)
    save(window, "plans")


def _busy() -> bool:
    from kam_desktop.ui.operations import pending

    return pending() > 0


def write_sample_plan(db, account_id: str, lang: str) -> str:  # type: ignore[no-untyped-def]
    """A realistic account plan for the pictures (only ever on the demo database)."""
    from datetime import timedelta

    from kam_desktop.services.plan_editing import (
        ActionItem,
        Objective,
        PlanData,
        RiskItem,
        SwotItem,
        create_plan,
    )

    zh = lang == "zh_CN"
    today = date.today()

    def pick(en: str, cn: str) -> str:
        return cn if zh else en

    data = PlanData(
        period=SAMPLE_PLAN_PERIOD, owner=pick("Wang Fang", "王芳"),
        review_cadence=pick("Quarterly business review", "每季度业务回顾"),
        needs=pick("Cut unplanned downtime on the new line; one supplier for spare parts.",
                   "降低新产线的非计划停机；备件希望由一家供应商统一供应。"),
        strategy=pick("Move from parts supplier to maintenance partner for the new plant.",
                      "从零部件供应商转为新工厂的维保合作伙伴。"),
        value_proposition=pick("Spare parts within 24 hours and a shared stock at the plant.",
                               "24 小时内到货的备件，以及厂内共享库存。"),
        objectives=(
            Objective(pick("Grow revenue", "提升销售额"), "revenue", pick("CNY", "元"),
                      2_050_000, 2_600_000),
            Objective(pick("Share of wallet", "钱包份额"), "share_of_wallet", "%", 18, 30),
        ),
        swot=(
            SwotItem("strength", pick("Trusted by the plant's engineers", "深得工厂工程师信任")),
            SwotItem("weakness", pick("No contact in purchasing", "采购部门没有联系人")),
            SwotItem("opportunity", pick("Second production line in 2027", "2027 年第二条产线")),
            SwotItem("threat", pick("A competitor offers 8 % lower prices",
                                    "竞争对手报价低 8%")),
        ),
        actions=(
            ActionItem(pick("Meet the purchasing director", "拜访采购总监"),
                       pick("Wang Fang", "王芳"), today + timedelta(days=14), "open"),
            ActionItem(pick("Propose a shared spare-parts stock", "提交共享备件库存方案"),
                       pick("Li Wei", "李伟"), today + timedelta(days=45), "in_progress"),
        ),
        risks=(RiskItem(pick("Budget freeze in Q1", "一季度预算冻结"),
                        pick("Offer a pilot paid from the maintenance budget",
                             "提出由维保预算支付的试点")),),
    )
    return create_plan(db, account_id, data.period, owner=data.owner, data=data)


def _render_account_tabs(window, db, save, sample_plan_lang: str | None = None) -> None:  # type: ignore[no-untyped-def]
    """Each tab of the account detail, on the demo account with the most contacts (with a
    sample plan when `sample_plan_lang` is given: the database is the demo, not the user's)."""
    from kam_desktop.services.contacts import list_contacts

    page = window.accounts_page
    _wait_until(lambda: not page.is_loading)
    best, most = None, -1
    for row in range(min(page.model.rowCount(), 60)):
        page.select_row(row)
        account_id = page.selected_account_id()
        if account_id is None:
            continue
        with db.unit_of_work() as uow:
            count = len(list_contacts(uow, account_id))
        if count > most:
            best, most = row, count
    if best is not None:
        page.select_row(best)
        account_id = page.selected_account_id()
        if sample_plan_lang is not None and account_id is not None:
            write_sample_plan(db, account_id, sample_plan_lang)
            page.select_row(best + 1 if best + 1 < page.model.rowCount() else 0)
            page.select_row(best)  # shown again: the Plan tab reads the new plan
    detail = page.detail
    for key in detail.tab_keys():
        detail.set_current(key)
        _wait_until(lambda: not _busy(), 60)
        save(window, f"account-{key}")
    detail.set_current("overview")


def _render_dialogs(window, db, save) -> None:  # type: ignore[no-untyped-def]
    """The account form, the contact form, the quick visit form and the survey form."""
    from kam_desktop.services.contacts import list_contacts
    from kam_desktop.ui.account_form import AccountFormDialog
    from kam_desktop.ui.contact_dialog import ContactDialog
    from kam_desktop.ui.survey_dialog import SurveyDialog
    from kam_desktop.ui.visit_dialog import QuickVisitDialog

    page = window.accounts_page
    account_id = page.selected_account_id()
    if account_id is None:
        return
    with db.unit_of_work() as uow:
        contacts = list_contacts(uow, account_id)
    dialogs = [
        ("account-form", page.edit_account(account_id)),
        ("contact-form", ContactDialog(db, account_id, contacts[0].id if contacts else None,
                                       parent=window)),
        ("quick-visit", QuickVisitDialog(db, account_id, parent=window)),
        ("survey-form", SurveyDialog(db, account_id, parent=window)),
    ]
    for name, dialog in dialogs:
        if dialog is None:
            continue
        assert isinstance(dialog, AccountFormDialog | ContactDialog | QuickVisitDialog
                          | SurveyDialog)
        dialog.show()
        _settle()
        save(dialog, name)
        dialog.reject() if name != "account-form" else dialog.done(0)


def write_example_export(path: Path) -> Path:
    """A Kingdee-style sales export: title and period lines above the header in row 4, 24 order
    lines (one with a date the import cannot read), and a totals row."""
    from openpyxl import Workbook

    customers = [("KH001", "中大机械有限公司"), ("KH002", "华东化工集团"),
                 ("KH003", "新星电子科技"), ("KH004", "远航物流股份"), ("KH005", "金桥医药")]
    products = [("WL-1001", "不锈钢球阀 DN50", 380.0), ("WL-1002", "离心泵 IS80", 5200.0),
                ("WL-2001", "压力变送器", 1450.0), ("WL-3005", "密封件套装", 96.0)]
    book = Workbook()
    sheet = book.active
    sheet.title = "销售出库序时簿"
    sheet.append(["销售出库单序时簿"])
    sheet.append(["日期：2024-03-01 至 2024-03-31"])
    sheet.append([])
    sheet.append(["日期", "单据编号", "客户编码", "客户名称", "物料编码", "物料名称", "数量",
                  "单价", "价税合计", "业务员"])
    total_qty = total = 0.0
    for n in range(24):
        code, name = customers[n % len(customers)]
        item, item_name, price = products[(n * 3) % len(products)]
        qty = (n % 7 + 1) * 5
        day = "2024-03-32" if n == 9 else f"2024-03-{n + 3:02d}"
        sheet.append([day, f"XSCK{240301 + n}", code, name, item, item_name, qty, price,
                      qty * price, ("王磊", "李娜", "张伟")[n % 3]])
        total_qty += qty
        total += qty * price
    sheet.append(["合计", None, None, None, None, None, total_qty, None, total, None])
    book.save(path)
    return path


def render_import_screenshots(out_dir: Path, lang: str = "en") -> list[Path]:
    """The import wizard's steps and the Import page, on a fresh database (see the module
    docstring); returns the files written."""
    from kam_desktop import paths
    from kam_desktop.services.database import open_database
    from kam_desktop.ui.app import create_app
    from kam_desktop.ui.import_wizard import ImportWizard
    from kam_desktop.ui.main_window import MainWindow

    out_dir.mkdir(parents=True, exist_ok=True)
    tag = "zh" if lang == "zh_CN" else "en"
    written: list[Path] = []

    def save(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        _settle()
        target = out_dir / f"{name}-{tag}.png"
        if not widget.grab().save(str(target), "PNG"):
            raise OSError(f"could not write {target}")
        written.append(target)

    with tempfile.TemporaryDirectory(prefix="kam-screenshots-") as tmp:
        paths.set_home(Path(tmp) / "home")
        try:
            create_app(lang=lang)
            db = open_database(Path(tmp) / "import.db")
            window = MainWindow(db)
            window.resize(*SIZE)
            window.show()
            example = write_example_export(Path(tmp) / "2024年3月销售出库.xlsx")
            wizard = window.open_import_wizard(example)
            assert wizard is not None
            save(wizard, "import-file")
            wizard.next()
            _wait_until(lambda: not wizard.sheet_page.is_busy())
            save(wizard, "import-sheet")
            wizard.next()
            save(wizard, "import-mapping")
            wizard.next()
            _wait_until(lambda: not wizard.check_page.is_busy())
            save(wizard, "import-check")
            wizard.check_page.skip_box.setChecked(True)
            wizard.next()
            _wait_until(lambda: wizard.current_key() == "summary")
            save(wizard, "import-summary")
            wizard.accept()

            broken = Path(tmp) / "客户资料.xlsx"
            broken.write_bytes(os.urandom(4096))
            other = ImportWizard(db, window, broken)
            other.show()
            other.next()
            _wait_until(lambda: not other.sheet_page.is_busy())
            save(other, "import-error")
            other.close()

            window.show_page("import")
            _wait_until(lambda: window.import_page.model.rowCount() == 1)
            window.import_page.select_batch(window.import_page.model.batch_at(0).batch_id)
            save(window, "import-page")
            _close(window)
        finally:
            paths.set_home(None)
    return written


def render_classification_screenshots(out_dir: Path, lang: str = "en", *,
                                      accounts: int = 300) -> list[Path]:
    """The Classification page and an account's tier explanation, on a demo database with real
    runs (see the module docstring); returns the files written."""

    from kam_desktop import paths
    from kam_desktop.services.classification import (
        ABC_BY_SALES,
        BALANCED_SCORECARD,
        classify,
        run_results,
        set_override,
    )
    from kam_desktop.services.database import open_database
    from kam_desktop.services.demo import generate_demo
    from kam_desktop.ui.app import create_app
    from kam_desktop.ui.main_window import MainWindow

    out_dir.mkdir(parents=True, exist_ok=True)
    tag = "zh" if lang == "zh_CN" else "en"
    written: list[Path] = []

    def save(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        _settle()
        target = out_dir / f"{name}-{tag}.png"
        if not widget.grab().save(str(target), "PNG"):
            raise OSError(f"could not write {target}")
        written.append(target)

    with tempfile.TemporaryDirectory(prefix="kam-screenshots-") as tmp:
        paths.set_home(Path(tmp) / "home")
        try:
            create_app(lang=lang)
            db = open_database(Path(tmp) / "classification.db")
            generate_demo(db, accounts=accounts)
            classify(db, ABC_BY_SALES, user="wang.fang")
            classify(db, BALANCED_SCORECARD, user="wang.fang")
            with db.unit_of_work() as uow:
                results = run_results(uow)
            code = str(results[results["computed_tier"] == "A"]["code"].iloc[0])
            reason = ("已签订明年的框架合同，战略标杆客户" if lang == "zh_CN"
                      else "Framework contract for next year signed; strategic reference")
            set_override(db, code, "S", reason, user="li.wei")

            window = MainWindow(db)
            window.resize(*SIZE)
            window.show()
            page = window.classification_page
            window.show_page("classification")
            _wait_until(lambda: page.is_loaded and page.charts is not None)
            page.results.tabs.setCurrentWidget(page.results.charts_tab)
            save(window, "classification")

            page.editor.rules.set_weight("sales", 24)
            page.editor.rules.set_weight("nps", 10)
            op = page.preview()
            assert op is not None
            _wait_until(op.finished.is_set)
            page.changes_view.movers.scrollToTop()
            save(window, "classification-preview")

            window.show_page("accounts")
            accounts_page = window.accounts_page
            _wait_until(lambda: not accounts_page.is_loading)
            accounts_page.select_code(code)
            overview = accounts_page.detail.overview
            _settle()
            box = overview.tier_box
            top = box.mapTo(overview.widget(), box.rect().topLeft()).y()
            overview.verticalScrollBar().setValue(max(top - 8, 0))
            save(window, "account-tier")
            _close(window)
        finally:
            paths.set_home(None)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m kam_desktop.ui.screenshots",
        description="Render KAM Desktop's windows to PNG files (offscreen).",
    )
    parser.add_argument("out_dir", type=Path, metavar="OUTDIR")
    parser.add_argument("--db", type=Path, help="database to show (default: the demo portfolio)")
    parser.add_argument("--lang", choices=("en", "zh", "zh_CN"), default="en")
    args = parser.parse_args(argv)
    if args.lang == "zh":
        args.lang = "zh_CN"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for path in render_screenshots(args.out_dir, args.db, args.lang):
        print(path)
    for path in render_import_screenshots(args.out_dir, args.lang):
        print(path)
    for path in render_classification_screenshots(args.out_dir, args.lang):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
