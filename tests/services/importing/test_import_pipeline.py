"""Imports end to end on generated files: quirks, validation, dry run, undo, profiles."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from kam_desktop.errors import ImportValidationError, RefusedError
from kam_desktop.models import Account
from kam_desktop.services.importing.fields import ImportKindName
from kam_desktop.services.importing.history import list_imports, undo_import
from kam_desktop.services.importing.pipeline import import_file
from kam_desktop.services.importing.profiles import list_profiles
from kam_desktop.services.importing.result import ImportRequest
from kam_desktop.storage.database import Database
from tests.helpers.sqlite_dump import dump
from tests.helpers.workbooks import write_xlsx

SALES = ImportKindName.SALES
HEADER = ["客户编码", "客户名称", "单据编号", "行号", "单据日期", "存货编码", "存货名称",
          "数量", "单价", "金额", "成本"]

DATA_TABLES = ("accounts", "contacts", "sales_lines", "receivables", "visits",
               "survey_responses", "import_profiles")


def data_dump(path: Path) -> list[str]:
    """The content of the user's data (import history and the change counter excluded)."""
    return [line for line in dump(path)
            if any(f'INSERT INTO "{t}"' in line for t in DATA_TABLES)]


def sales_rows(n: int = 6) -> list[list[object]]:
    rows = []
    for i in range(n):
        rows.append([f"{i % 3 + 1:05d}", f"客户{i % 3 + 1}有限公司", f"SO-{i // 2 + 1:04d}",
                     i % 2 + 1, dt.date(2025, 1, 1 + i), f"P{i:03d}", f"产品{i}",
                     i + 1, 10.0, (i + 1) * 10.0, (i + 1) * 7.0])
    return rows


def sales_file(tmp_path: Path, rows: list[list[object]] | None = None,
               name: str = "sales.xlsx") -> Path:
    return write_xlsx(tmp_path / name, [HEADER, *(rows or sales_rows())], sheet="销售明细")


def run(db: Database, path: Path, kind=SALES, **kw):
    return import_file(db, ImportRequest(kind=kind, path=path, **kw))


def test_sales_import_creates_accounts_lines_and_derives_profit(db: Database,
                                                                 tmp_path: Path) -> None:
    result = run(db, sales_file(tmp_path))
    assert (result.inserted, result.accounts_created, result.invalid) == (6, 3, 0)
    assert sorted(c for c, _ in result.new_accounts) == ["00001", "00002", "00003"]
    with db.unit_of_work() as uow:
        rows = uow.session.execute(text(
            "SELECT a.code, s.order_no, s.line_key, s.amount, s.cost, s.profit, s.order_date "
            "FROM sales_lines s JOIN accounts a ON a.id = s.account_id ORDER BY s.order_date"
        )).all()
        batch = uow.session.execute(text("SELECT count(*) FROM accounts "
                                         "WHERE created_by_batch_id IS NOT NULL")).scalar()
    assert rows[0] == ("00001", "SO-0001", "1", 10.0, 7.0, 3.0, "2025-01-01")
    assert batch == 3


def test_real_world_quirks(db: Database, tmp_path: Path) -> None:
    """Title rows, header in C4, totals rows, blank rows, text numbers, text dates, numeric
    codes, no amount column (derived), no order number (customer + date)."""
    rows = [
        ["XX 科技 销售明细表"],
        ["导出日期: 2025-03-01"],
        [],
        ["客户编码", "客户名称", "销售日期", "存货名称", "数量", "单价", "折扣率(%)"],
        [17850.0, "甲公司", "2025/3/5", "螺栓", "1,200", "¥1.50", 0],
        ["007850", "乙公司", "2025年3月6日", "螺母", "１０", "RMB 2.00", "10"],
        [None],
        [17850, "甲公司", 45722, "垫片", "(5)", "$3", 0],  # a return; serial date 2025-03-06
        ["合计", None, None, None, "1,205", None, None],
    ]
    path = write_xlsx(tmp_path / "quirks.xlsx", rows, start_col=3)
    result = run(db, path)
    assert result.invalid == 0, result.errors
    assert (result.rows_read, result.inserted, result.skipped_rows) == (3, 3, 1)
    with db.unit_of_work() as uow:
        got = uow.session.execute(text(
            "SELECT a.code, s.order_no, s.order_date, s.quantity, s.amount "
            "FROM sales_lines s JOIN accounts a ON a.id = s.account_id ORDER BY s.amount"
        )).all()
    assert got == [
        ("17850", "17850-20250306", "2025-03-06", -5.0, -15.0),
        ("007850", "007850-20250306", "2025-03-06", 10.0, 18.0),  # 10 × 2.00 × (1 − 10 %)
        ("17850", "17850-20250305", "2025-03-05", 1200.0, 1800.0),
    ]


def test_lines_repeated_in_one_document_stay_separate(db: Database, tmp_path: Path) -> None:
    header = ["客户编码", "订单号", "订单日期", "存货编码", "数量", "单价"]
    rows = [["C1", "SO1", dt.date(2025, 1, 1), "P1", 1, 5.0]] * 2 + \
           [["C1", "SO1", dt.date(2025, 1, 1), "P2", 1, 5.0]]
    path = write_xlsx(tmp_path / "repeat.xlsx", [header, *rows])
    assert run(db, path).inserted == 3
    again = run(db, path)
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 3)


def test_invalid_row_refuses_everything_and_writes_error_workbook(db: Database,
                                                                  tmp_path: Path) -> None:
    rows = sales_rows()
    rows[2][4] = "next tuesday"  # 单据日期 (column E), Excel row 4
    rows[4][7] = "lots"  # 数量 (column H), Excel row 6
    path = sales_file(tmp_path, rows)
    before = data_dump(db.path)
    with pytest.raises(ImportValidationError) as exc:
        run(db, path)
    assert data_dump(db.path) == before
    result = exc.value.result
    assert result.invalid == 2 and not result.committed
    located = {(p.sheet, p.row, p.column.split(" ")[0]) for p in result.errors}
    assert located == {("销售明细", 4, "E"), ("销售明细", 6, "H")}
    assert any("next tuesday" in p.message for p in result.errors)
    assert "nothing was imported" in str(exc.value)
    errors = load_workbook(result.error_workbook).active
    values = list(errors.values)
    assert values[0][: len(HEADER)] == tuple(HEADER)
    assert len(values) == 3 and values[1][4] == "next tuesday"


def test_skip_invalid_imports_the_rest_and_the_fixed_rows_later(db: Database,
                                                                 tmp_path: Path) -> None:
    rows = sales_rows()
    rows[2][4] = "next tuesday"
    result = run(db, sales_file(tmp_path, rows), skip_invalid=True)
    assert (result.inserted, result.invalid) == (5, 1)
    # The user fixes the date in the error workbook and imports it.
    book = load_workbook(result.error_workbook)
    book.active.cell(row=2, column=5, value="2025-01-03")
    book.save(result.error_workbook)
    fixed = run(db, result.error_workbook)
    assert (fixed.inserted, fixed.invalid) == (1, 0)


def test_dry_run_writes_nothing(db: Database, tmp_path: Path) -> None:
    before = data_dump(db.path)
    result = run(db, sales_file(tmp_path), dry_run=True)
    assert (result.inserted, result.accounts_created, result.committed) == (6, 3, False)
    assert data_dump(db.path) == before
    with db.unit_of_work() as uow:
        assert list_imports(uow) == []


def test_changed_values_are_updated_and_undo_restores_exactly(db: Database,
                                                              tmp_path: Path) -> None:
    first = run(db, sales_file(tmp_path))
    after_first = data_dump(db.path)
    rows = sales_rows()
    rows[0][9] = 999.0  # amount of one line changed in a later export
    rows.append(["00009", "新客户", "SO-0099", 1, dt.date(2025, 2, 1), "P9", "产品9", 1,
                 5.0, 5.0, 3.0])
    second = run(db, sales_file(tmp_path, rows, name="later.xlsx"))
    assert (second.inserted, second.updated, second.unchanged, second.accounts_created) == \
        (1, 1, 5, 1)
    with pytest.raises(RefusedError, match="undo that import first"):
        undo_import(db, first.batch_id)

    undone = undo_import(db, second.batch_id)
    assert (undone.rows_removed, undone.rows_restored, undone.accounts_removed) == (1, 1, 1)
    assert data_dump(db.path) == after_first

    undo_import(db, first.batch_id)
    assert data_dump(db.path) == []
    with db.unit_of_work() as uow:
        assert [b.status for b in list_imports(uow)] == ["undone", "undone"]
    with pytest.raises(RefusedError, match="already undone"):
        undo_import(db, first.batch_id)


def test_undo_keeps_an_account_the_user_has_since_used(db: Database, tmp_path: Path) -> None:
    result = run(db, sales_file(tmp_path))
    with db.unit_of_work() as uow:
        from kam_desktop.models import Contact

        account = uow.session.query(Account).filter_by(code="00001").one()
        uow.session.add(Contact(account_id=account.id, name="王伟"))
        uow.commit()
    undone = undo_import(db, result.batch_id)
    assert undone.accounts_kept == ["00001"] and undone.accounts_removed == 2


def test_missing_required_column_names_what_was_found(db: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "nodate.xlsx", [["客户编码", "金额"], ["C1", 5]])
    with pytest.raises(ImportValidationError, match=r"no column found for order_date") as exc:
        run(db, path)
    assert "A (客户编码)" in str(exc.value)


def test_map_override_and_saved_profile_offered_again(db: Database, tmp_path: Path) -> None:
    header = ["Kunde Nr", "Datum", "Betrag", "Beleg"]
    path = write_xlsx(tmp_path / "odd.xlsx", [header, ["K1", "2025-01-02", "100.50", "B1"]])
    result = run(db, path, overrides={"customer_code": "Kunde Nr", "order_date": "Datum",
                                      "amount": "Betrag", "order_no": "Beleg"},
                 save_profile="Odd ERP")
    assert result.inserted == 1
    with db.unit_of_work() as uow:
        assert [p.name for p in list_profiles(uow)] == ["Odd ERP"]
    later = write_xlsx(tmp_path / "odd2.xlsx", [header, ["K1", "2025-01-03", "7", "B2"]])
    again = run(db, later)  # no --map: the saved profile is found by its headers
    assert again.profile_used == "Odd ERP" and again.inserted == 1


def test_receivables_import(db: Database, tmp_path: Path) -> None:
    header = ["客户编码", "发票号码", "开票日期", "到期日期", "应收金额", "已收金额", "收款日期"]
    rows = [["C1", "INV-1", "2025-01-01", "2025-01-31", "1,000.00", "1,000.00", "2025-01-20"],
            ["C1", "INV-2", "2025-02-01", "2025-03-03", "500", None, None]]
    result = run(db, write_xlsx(tmp_path / "ar.xlsx", [header, *rows]),
                 kind=ImportKindName.RECEIVABLES)
    assert (result.inserted, result.accounts_created) == (2, 1)
    with db.unit_of_work() as uow:
        got = uow.session.execute(text(
            "SELECT invoice_no, amount, paid_amount, outstanding, due_date FROM receivables "
            "ORDER BY invoice_no")).all()
    assert got == [("INV-1", 1000.0, 1000.0, 0.0, "2025-01-31"),
                   ("INV-2", 500.0, 0.0, 500.0, "2025-03-03")]


def test_customer_master_blank_cells_keep_stored_values(db: Database, tmp_path: Path) -> None:
    header = ["客户编码", "客户名称", "行业", "城市", "员工人数", "状态"]
    run(db, write_xlsx(tmp_path / "m1.xlsx", [header, ["001", "甲", "制造业", "上海", 120,
                                                        "活跃"]]),
        kind=ImportKindName.ACCOUNTS)
    result = run(db, write_xlsx(tmp_path / "m2.xlsx",
                                [header, ["001", None, "汽车零部件", None, None, "停用"]]),
                 kind=ImportKindName.ACCOUNTS)
    assert (result.inserted, result.updated) == (0, 1)
    with db.unit_of_work() as uow:
        row = uow.session.execute(text("SELECT name, industry, city, company_size, status "
                                       "FROM accounts WHERE code = '001'")).one()
    assert tuple(row) == ("甲", "汽车零部件", "上海", 120, "inactive")


def test_contacts_import_by_customer_name(db: Database, tmp_path: Path) -> None:
    with db.unit_of_work() as uow:
        uow.session.add(Account(code="A1", name="上海华信精密制造有限公司"))
        uow.commit()
    header = ["客户名称", "姓名", "职务", "邮箱", "角色", "态度", "影响力"]
    rows = [["上海华信精密制造 有限公司", "王伟", "总经理", "Wang.Wei@HX.cn", "决策者", "支持", 5],
            ["上海华信精密制造有限公司", "李娜", "采购经理", None, "economic buyer", "中立", 4]]
    result = run(db, write_xlsx(tmp_path / "c.xlsx", [header, *rows]),
                 kind=ImportKindName.CONTACTS)
    assert (result.inserted, result.accounts_created) == (2, 0)
    again = run(db, write_xlsx(tmp_path / "c2.xlsx", [header, *rows]),
                kind=ImportKindName.CONTACTS)
    assert (again.inserted, again.unchanged) == (0, 2)
    with db.unit_of_work() as uow:
        got = uow.session.execute(text("SELECT name, email, role, attitude, influence "
                                       "FROM contacts ORDER BY influence DESC")).all()
    assert got[0] == ("王伟", "wang.wei@hx.cn", "decision_maker", "supporter", 5)
    assert got[1][2:] == ("economic_buyer", "neutral", 4)


def test_gb18030_csv(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "kingdee.csv"
    path.write_bytes("客户编码,客户名称,单据日期,价税合计,单据编号\n"
                     "C01,深圳宏立乳业股份有限公司,2025-01-05,\"1,234.50\",XS-1\n"
                     .encode("gb18030"))
    result = run(db, path)
    assert (result.inserted, result.invalid) == (1, 0)
    with db.unit_of_work() as uow:
        assert uow.session.scalar(text("SELECT name FROM accounts")) == "深圳宏立乳业股份有限公司"


def test_profile_for_blank_and_repeated_headers_is_reusable(db: Database,
                                                            tmp_path: Path) -> None:
    header = ["客户编码", None, "金额", "金额", "单据日期"]
    rows = [["C1", "ignored", 5, 7, "2025-01-02"]]
    path = write_xlsx(tmp_path / "dup.xlsx", [header, *rows])
    first = run(db, path, overrides={"amount": "#4"}, save_profile="Dup headers")
    assert first.mapping["amount"] == "#4"
    again = run(db, write_xlsx(tmp_path / "dup2.xlsx", [header, *rows]), dry_run=True)
    assert again.profile_used == "Dup headers"
    assert (again.inserted, again.unchanged) == (0, 1)


def test_profile_name_cannot_silently_replace_another_kind(db: Database,
                                                           tmp_path: Path) -> None:
    from kam_desktop.errors import InvalidInputError

    run(db, sales_file(tmp_path), save_profile="Kingdee")
    header = ["客户编码", "姓名"]
    with pytest.raises(InvalidInputError, match="already exists for sales imports"):
        run(db, write_xlsx(tmp_path / "c.xlsx", [header, ["00001", "王伟"]]),
            kind=ImportKindName.CONTACTS, save_profile="Kingdee")
