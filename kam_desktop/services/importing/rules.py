"""The row rules of each kind of import, applied after field parsing (see `prepare`)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from kam_desktop.models.enums import AccountStatus, Attitude, BuyingRole
from kam_desktop.services.importing.fields import ImportKindName
from kam_desktop.services.importing.prepare import Prepared, missing, require

# Words people and ERPs use for our closed vocabularies (matched after strip + casefold).
STATUS_WORDS: dict[str, str] = {
    **{w: AccountStatus.ACTIVE.value for w in
       ("active", "活跃", "正常", "有效", "启用", "合作中", "在用", "aktiv")},
    **{w: AccountStatus.INACTIVE.value for w in
       ("inactive", "停用", "冻结", "无效", "禁用", "流失", "closed", "blocked", "inaktiv")},
    **{w: AccountStatus.PROSPECT.value for w in
       ("prospect", "潜在", "潜在客户", "意向", "意向客户", "lead")},
}
ROLE_WORDS: dict[str, str] = {
    **{w: BuyingRole.DECISION_MAKER.value for w in
       ("decision_maker", "decision maker", "决策者", "决策人", "拍板人", "dm")},
    **{w: BuyingRole.ECONOMIC_BUYER.value for w in
       ("economic_buyer", "economic buyer", "经济决策者", "经济买家", "预算负责人")},
    **{w: BuyingRole.TECHNICAL_EVALUATOR.value for w in
       ("technical_evaluator", "technical evaluator", "技术评估者", "技术评估", "技术把关人")},
    **{w: BuyingRole.USER.value for w in ("user", "使用者", "用户", "最终用户", "end user")},
    **{w: BuyingRole.INFLUENCER.value for w in ("influencer", "影响者", "影响人")},
    **{w: BuyingRole.GATEKEEPER.value for w in ("gatekeeper", "把关者", "守门人", "守门员")},
    **{w: BuyingRole.CHAMPION.value for w in
       ("champion", "coach", "内部支持者", "教练", "内线")},
}
ATTITUDE_WORDS: dict[str, str] = {
    **{w: Attitude.SUPPORTER.value for w in ("supporter", "support", "支持", "支持者", "友好")},
    **{w: Attitude.NEUTRAL.value for w in ("neutral", "中立", "中立者", "一般")},
    **{w: Attitude.OPPONENT.value for w in ("opponent", "反对", "反对者", "敌对")},
}


def apply_rules(prepared: Prepared) -> None:
    {
        ImportKindName.SALES: _sales,
        ImportKindName.RECEIVABLES: _receivables,
        ImportKindName.ACCOUNTS: _accounts,
        ImportKindName.CONTACTS: _contacts,
    }[prepared.kind](prepared)


def customer_key_problems(prepared: Prepared) -> None:
    """A row needs a customer code or a customer name."""
    no_customer = missing(prepared.frame, "customer_code") & missing(prepared.frame,
                                                                      "customer_name")
    key = "customer_code" if prepared.has("customer_code") else "customer_name"
    prepared.flag(no_customer, key, "missing customer (no customer code or name)")


def _sales(p: Prepared) -> None:
    f = p.frame
    customer_key_problems(p)
    require(p, "order_date", "date missing")
    if p.has("discount"):
        discount = f["discount"]
        # A "折扣率(%)" column holds 15 for 15 %; a column already in fractions holds 0.15.
        if discount.max(skipna=True) > 1 and discount.max(skipna=True) <= 100:
            f["discount"] = discount = discount / 100
        p.flag(((discount < 0) | (discount > 1)).fillna(False).to_numpy(), "discount",
               "discount must be between 0 and 100 %")
    _derive_amount(p)
    _derive_profit(p)
    _order_numbers(p)
    _line_keys(p)


def _derive_amount(p: Prepared) -> None:
    f = p.frame
    derived = None
    if p.has("quantity") and p.has("unit_price"):
        discount = f["discount"].fillna(0.0) if p.has("discount") else 0.0
        derived = (f["quantity"] * f["unit_price"] * (1 - discount)).round(2)
    if not p.has("amount"):
        f["amount"] = derived if derived is not None else np.nan
    elif derived is not None:
        f["amount"] = f["amount"].fillna(derived)
    key = "amount" if "amount" in p.mapping else ("quantity" if p.has("quantity") else "")
    p.flag(missing(f, "amount"), key,
           "amount missing (no amount, and no quantity and unit price to compute it)")


def _derive_profit(p: Prepared) -> None:
    f = p.frame
    if not p.has("cost"):
        return
    computed = (f["amount"] - f["cost"]).round(2)
    f["profit"] = f["profit"].fillna(computed) if p.has("profit") else computed


def _order_numbers(p: Prepared) -> None:
    """Without an order-number column, one customer's lines on one date form one order."""
    f = p.frame
    if "order_no" in p.mapping:
        require(p, "order_no", "order number missing")
        return
    customer = _customer_text(f)
    day = f["order_date"].dt.strftime("%Y%m%d")
    f["order_no"] = (customer + "-" + day).where(customer.notna() & day.notna(), None)


def _customer_text(f: pd.DataFrame) -> pd.Series:
    code = f["customer_code"] if "customer_code" in f else pd.Series(None, index=f.index)
    name = f["customer_name"] if "customer_name" in f else pd.Series(None, index=f.index)
    return code.astype("object").where(code.notna(), name.astype("object"))


def _line_keys(p: Prepared) -> None:
    """The identity of a line within its order: its line number, or else its position among
    the lines of the same order and product (so a repeated line stays a separate line)."""
    f = p.frame
    if p.has("line_no"):
        require(p, "line_no", "line number missing")
        f["line_key"] = f["line_no"].astype("string").astype("object")
        _flag_duplicates(p, ["order_no", "line_key"], "line_no",
                         lambda first: f"this order line also appears in row {first}")
        return
    product = (
        f["product_code"].astype("object") if p.has("product_code")
        else pd.Series(None, index=f.index, dtype="object")
    )
    if p.has("product_name"):
        product = product.where(product.notna(), f["product_name"].astype("object"))
    product = product.fillna("")
    position = f.assign(_p=product).groupby(["order_no", "_p"], sort=False,
                                           dropna=False).cumcount() + 1
    f["line_key"] = product + "#" + position.astype(str)


def _flag_duplicates(p: Prepared, keys: list[str], column: str, message) -> None:
    """Later rows with the same identity as an earlier row are invalid (nothing merged)."""
    f = p.frame
    usable = f[keys].notna().all(axis=1)
    dup = f.duplicated(keys, keep="first") & usable
    if not dup.any():
        return
    first_row = f[usable].groupby(keys, sort=False)["_row"].transform("first")
    firsts = first_row.reindex(f.index).to_numpy()
    p.flag(dup.to_numpy(), column, lambda i: message(int(firsts[i])))


def _receivables(p: Prepared) -> None:
    f = p.frame
    customer_key_problems(p)
    require(p, "invoice_no", "invoice number missing")
    require(p, "invoice_date", "invoice date missing")
    require(p, "amount", "amount missing")
    if p.has("paid_amount"):
        f["paid_amount"] = f["paid_amount"].fillna(0.0)
    elif p.has("outstanding"):
        f["paid_amount"] = (f["amount"] - f["outstanding"].fillna(f["amount"])).round(2)
    else:
        f["paid_amount"] = 0.0
    if not p.has("outstanding"):
        f["outstanding"] = (f["amount"] - f["paid_amount"]).round(2)
    else:
        f["outstanding"] = f["outstanding"].fillna((f["amount"] - f["paid_amount"]).round(2))
    key = "paid_amount" if "paid_amount" in p.mapping else "outstanding"
    p.flag((f["paid_amount"] < 0).fillna(False).to_numpy(), key,
           "paid amount cannot be negative")
    _flag_duplicates(p, ["invoice_no"], "invoice_no",
                     lambda first: f"this invoice also appears in row {first}")


def _vocabulary(p: Prepared, key: str, words: dict[str, str], what: str) -> None:
    if not p.has(key):
        return
    raw = p.frame[key]
    mapped = raw.astype("string").str.strip().str.casefold().map(words)
    unknown = raw.notna() & mapped.isna()
    allowed = ", ".join(sorted(set(words.values())))
    p.flag(unknown.to_numpy(), key,
           lambda i: f"unknown {what} {raw.iloc[i]!r} (use one of: {allowed})")
    p.frame[key] = mapped.astype("object")


def _accounts(p: Prepared) -> None:
    f = p.frame
    require(p, "customer_code", "customer code missing")
    _vocabulary(p, "status", STATUS_WORDS, "status")
    for key in ("company_size", "annual_revenue"):
        if p.has(key):
            p.flag((f[key] < 0).fillna(False).to_numpy(), key, "cannot be negative")
    _flag_duplicates(p, ["customer_code"], "customer_code",
                     lambda first: f"this customer also appears in row {first}")


def _contacts(p: Prepared) -> None:
    customer_key_problems(p)
    require(p, "name", "contact name missing")
    _vocabulary(p, "role", ROLE_WORDS, "buying-center role")
    _vocabulary(p, "attitude", ATTITUDE_WORDS, "attitude")
