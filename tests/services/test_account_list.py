"""The Accounts page list: activity columns, filters, search by contact, formula-safe export."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
from openpyxl import load_workbook

from kam_desktop.services.account_list import (
    AccountFilter,
    export_accounts,
    filter_accounts,
    filter_choices,
    portfolio_table,
)
from kam_desktop.services.attention import Rule
from kam_desktop.storage.database import Database
from tests.services.conftest import NewAccount, NewContact

TODAY = date.today()


def test_filters_and_search(db: Database, new_account: NewAccount,
                            new_contact: NewContact) -> None:
    s = new_account("S1", tier="S", industry="制造业", region="华东", owner="李明")
    a = new_account("A1", tier="A", industry="零售", region="华北", owner="王芳",
                    name="Beta Retail")
    new_account("P1", industry="零售", region="华东", owner="李明", status="prospect",
                name="Gamma")
    new_contact(s, "Zhang Wei", relationship_strength=4)
    new_contact(a, "Chen Jing", relationship_strength=4)
    new_contact(a, "Liu Yang", relationship_strength=4)
    frame = portfolio_table(db, today=TODAY)
    assert frame["code"].tolist() == ["A1", "P1", "S1"]
    assert frame.loc[frame["code"] == "S1", "contact_names"].item() == "Zhang Wei"
    assert frame[Rule.SINGLE_THREADED.value].tolist() == [False, False, True]

    def codes(**spec: object) -> list[str]:
        return filter_accounts(frame, AccountFilter(**spec))["code"].tolist()  # type: ignore[arg-type]

    assert codes() == ["A1", "P1", "S1"]
    assert codes(tiers=frozenset({"S", "A"})) == ["A1", "S1"]
    assert codes(tiers=frozenset({"__none__"})) == ["P1"]
    assert codes(industries=frozenset({"零售"})) == ["A1", "P1"]
    assert codes(regions=frozenset({"华东"}), owners=frozenset({"李明"})) == ["P1", "S1"]
    assert codes(statuses=frozenset({"prospect"})) == ["P1"]
    assert codes(attention=True) == ["S1"]
    assert codes(attention=False) == ["A1", "P1"]
    assert codes(rules=frozenset({Rule.SINGLE_THREADED})) == ["S1"]
    assert codes(search="zhang") == ["S1"]  # a contact's name
    assert codes(search="RETAIL") == ["A1"]
    assert codes(search="liu beta") == ["A1"]  # every word, anywhere
    assert codes(search="p1") == ["P1"]
    assert codes(search="nobody") == []
    choices = filter_choices(frame)
    assert choices["tiers"] == ["S", "A"]
    assert choices["industries"] == ["制造业", "零售"]
    assert choices["statuses"] == ["active", "prospect"]


def test_export_is_formula_safe(db: Database, new_account: NewAccount, tmp_path: Path) -> None:
    new_account("=1+1", name="=HYPERLINK(\"http://x\")", owner="@me", industry="-5",
                company_size=12)
    frame = portfolio_table(db, today=TODAY)
    target = export_accounts(frame, tmp_path / "accounts.xlsx")
    sheet = load_workbook(target).active
    header = [c.value for c in sheet[1]]
    row = {h: c for h, c in zip(header, sheet[2], strict=True)}
    for column, text in (("code", "=1+1"), ("name", "=HYPERLINK(\"http://x\")"),
                         ("owner", "@me"), ("industry", "-5")):
        assert row[column].value == text
        assert row[column].data_type == "s"
    assert row["company_size"].value == 12
    assert not np.any([c.data_type == "f" for c in sheet[2]])
    csv = export_accounts(frame, tmp_path / "accounts.csv")
    assert csv.read_text(encoding="utf-8-sig").splitlines()[0].startswith("code,name,tier")
