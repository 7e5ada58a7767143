"""Which column of an export holds which field: header normalisation, synonyms, auto-mapping.

ERP exports name the same thing many ways: Kingdee writes 客户编码, Yonyou 客户编码 or 客户代码, SAP
"Sold-to party" or "Kunde", Odoo "Customer", Northwind "CustomerID". Headers also come with
decoration: full-width letters, "(必填)", "*", colons, line breaks in a bilingual header. This
module reduces headers to a normal form, knows the synonyms of every field of every import kind,
and proposes a mapping the user confirms (or corrects with `--map FIELD=HEADER`).

The matching is deliberately conservative. A wrong automatic mapping imports wrong numbers
silently; a missing one only asks the user for one more `--map`. So a header matches a field when
its normal form *is* one of the field's synonyms, or contains one and the rest is mere decoration
("客户编码(必填)", "价税合计(元)", "本币价税合计"). "本年累计销售额", "金额(万元)" and "毛利率" are
left alone: cumulative, in ten-thousands, a rate - not what the field means.

Rules for conflicts:

- Each column is used for at most one field and each field takes at most one column.
- A header that names one field wins over one that could mean two.
- Headers that could name two fields are "Customer", "客户", "Partner" and "Account" (the
  customer's code or name) and "Product", "产品", "商品", "存货", "物料", "货品" (the product's
  code or name). Such a header is the *code* unless another column is clearly the code
  ("Customer ID", "客户编码"); then it is the *name*, if no other column is clearly the name.
  An export with only "Customer" therefore keys accounts by what that column holds, which is
  what the user sees in the ERP too.
- Among several columns for one field the earlier synonym wins: 价税合计 (tax included) over 金额
  (Kingdee's amount before tax), 含税单价 over 单价, so that price x quantity matches the amount,
  and both match the receivables, which are always tax included. 税额 (tax) is never mapped.
- A header with a percent sign ("Margin %", "税率(%)") maps only to a rate field (discount).
"""

from __future__ import annotations

import difflib
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from kam_desktop.errors import InvalidInputError
from kam_desktop.services.importing.fields import ImportKindName, field_keys

__all__ = [
    "SYNONYMS",
    "apply_overrides",
    "auto_map",
    "header_signature",
    "is_header_word",
    "is_percent_header",
    "normalise_header",
]


def normalise_header(text: str) -> str:
    """The comparable core of a header: NFKC, case-folded, letters, digits and marks only.

    NFKC folds full-width forms ("ＣｕｓｔｏｍｅｒＩＤ", "（", "：") to ASCII; dropping every
    space, punctuation mark and symbol (Unicode categories Z, P, S, C) makes "Customer ID",
    "customer_id", "Customer-ID:" and "*客户编码：" compare equal to their plain forms.
    """
    folded = unicodedata.normalize("NFKC", str(text)).casefold()
    return "".join(ch for ch in folded if unicodedata.category(ch)[0] in "LNM")


def is_percent_header(text: str) -> bool:
    """True when the header says its values are percentages ("折扣率(%)", "Discount %").

    Kingdee's 折扣率(%) column holds 5 for 5%, while Northwind's "Discount" holds 0.05: the
    header is the only hint, so the pipeline should divide such a column by 100 (the cell
    parser does that only for cells written as "5%").
    """
    folded = unicodedata.normalize("NFKC", str(text)).casefold()
    return "%" in folded or "‰" in folded or "百分" in folded or "percent" in folded


# --------------------------------------------------------------------------------------------
# Synonyms, as people and ERPs write them. Order matters: within a field the earlier synonym
# wins when several columns match it. Kept as written (not normalised) so they read naturally.

# Could be the customer's code or name; see the module docstring for the rule.
_CUSTOMER_EITHER = ("客户", "Customer", "Partner", "Account")
_PRODUCT_EITHER = ("产品", "商品", "存货", "物料", "货品", "Product")

_CUSTOMER_CODE = (
    "客户编码", "客户代码", "客户编号", "客户号", "客户ID", "客户代号", "客商编码", "客户档案编码",
    "往来单位编码", "往来单位代码", "单位编码",
    "Customer ID", "CustomerID", "Customer Code", "Customer No", "Customer Number", "Customer #",
    "Cust ID", "Cust No", "Cust Code", "Client ID", "Client Code", "Client No",
    "Account Number", "Account No", "Account Code", "Account ID", "Partner ID",
    "Sold-to party", "Sold-to", "Sold-to Pt", "Sold-to Party No", "Payer",  # SAP SD
    "Kunde", "Kundennummer", "Kundennr", "Debitor", "Auftraggeber",  # SAP, German labels
    *_CUSTOMER_EITHER,
)
_CUSTOMER_NAME = (
    "客户名称", "客户简称", "客户全称", "客户名", "客商名称", "往来单位名称", "往来单位",
    "单位名称", "购货单位", "购买方名称", "购方名称", "客户单位", "公司名称", "企业名称",
    "Customer Name", "CustomerName", "Customer Description", "Company Name", "CompanyName",
    "Client Name", "Client", "Account Name", "AccountName", "Partner Name",
    "Name of sold-to party", "Sold-to Name", "Sold-to Party Name", "Name 1", "Kundenname",
    *_CUSTOMER_EITHER,
)
_CURRENCY = (
    "币种", "币别", "货币", "币制", "结算币别", "结算币种", "交易币种", "原币币种",
    "Currency", "Currency Code", "Curr", "Crcy", "Doc. Currency", "Document Currency",
    "Local Currency", "Währung", "Waehrung",
)
_REGION = (
    "地区", "区域", "销售区域", "所属区域", "所属地区", "大区", "片区", "省份", "省", "国家",
    "Region", "Sales Region", "Territory", "Area", "Sales District", "District", "State",
    "Province", "Country", "Verkaufsgebiet", "Land",
)
_INDUSTRY = (
    "所属行业", "行业", "行业类别", "行业分类",
    "Industry", "Industry Sector", "Industry Key", "Sector", "Vertical", "Branche",
)
_SEGMENT = (
    "客户分类", "客户类别", "客户类型", "客户分组", "客户群", "细分市场", "市场细分",
    "Segment", "Customer Segment", "Market Segment", "Customer Group", "Customer Type",
    "Customer Class", "Customer Category", "Kundengruppe",
)
_NOTES = (
    "备注", "说明", "附注", "备注说明",
    "Notes", "Note", "Remarks", "Remark", "Comments", "Comment", "Memo", "Bemerkung", "Notiz",
)

_SALES: dict[str, tuple[str, ...]] = {
    "customer_code": _CUSTOMER_CODE,
    "customer_name": _CUSTOMER_NAME,
    "order_no": (
        "单据编号", "订单号", "订单编号", "订单号码", "销售订单号", "销售订单编号", "单据号",
        "单号", "销售单号", "出库单号", "发货单号", "发票号", "发票号码",
        "Order ID", "OrderID", "Order No", "Order Number", "Order #", "Order Reference",
        "Order Ref", "Order", "Sales Order", "Sales Order No", "Sales Order Number", "SO Number",
        "SO No", "Billing Document", "Billing Doc.", "Sales Document", "Sales Doc.",
        "Invoice", "InvoiceNo", "Invoice No", "Invoice Number", "Invoice #",
        "Document Number", "Document No", "Doc. No.", "Reference", "Number", "Transaction ID",
        "Belegnummer", "Verkaufsbeleg", "Fakturabeleg", "Faktura", "Auftrag", "Auftragsnummer",
    ),
    # Not 序号: that is the row counter of the printout, not the order line.
    "line_no": (
        "行号", "行项目", "分录号", "分录行号", "项次", "明细行号",
        "Line", "Line No", "Line Number", "Line Item", "Item", "Position", "Pos.",
        "Positionsnummer", "Posnr",
    ),
    "order_date": (
        "单据日期", "订单日期", "销售日期", "日期", "业务日期", "出库日期", "发货日期", "开票日期",
        "交易日期", "下单日期",
        "Order Date", "OrderDate", "Invoice Date", "InvoiceDate", "Billing Date",
        "Document Date", "Doc. Date", "Date", "Sales Date", "Transaction Date", "Posting Date",
        "Date Ordered", "Created On", "Belegdatum", "Fakturadatum", "Auftragsdatum",
        "Buchungsdatum",
    ),
    "product_code": (
        "存货编码", "物料编码", "商品编码", "产品编码", "货品编码", "物料代码", "存货代码",
        "产品代码", "商品代码", "产品编号", "商品编号", "物料编号", "货号", "料号", "品号",
        "StockCode", "Stock Code", "Product ID", "ProductID", "Product Code", "Product No",
        "Item Code", "Item No", "Item Number", "Item ID", "Material", "Material Number",
        "Material No", "Article", "Article No", "Article Number", "Part Number", "Part No",
        "SKU", "Internal Reference", "Materialnummer", "Artikelnummer", "Artikel",
        *_PRODUCT_EITHER,
    ),
    "product_name": (
        "存货名称", "物料名称", "商品名称", "产品名称", "货品名称", "品名", "产品名",
        "Product Name", "ProductName", "Item Name", "Item Description", "Description",
        "Material Description", "Material Desc.", "Article Description", "Product Description",
        "Bezeichnung", "Materialkurztext", "Materialbezeichnung", "Artikelbezeichnung",
        *_PRODUCT_EITHER,
    ),
    "product_category": (
        "存货分类", "存货类别", "物料分类", "物料类别", "商品类别", "商品分类", "产品类别",
        "产品分类", "产品线", "品类", "类别", "大类",
        "Category", "CategoryName", "Category Name", "Product Category", "Product Group",
        "Product Line", "Material Group", "Item Group", "Warengruppe", "Materialgruppe",
        "Produktgruppe",
    ),
    "quantity": (
        "销售数量", "数量", "实发数量", "出库数量", "发货数量", "开票数量", "订货数量", "订单数量",
        "基本数量", "主数量",
        "Qty", "Quantity", "Order Quantity", "Ordered Quantity", "Ordered Qty", "Billed Quantity",
        "Billed Qty", "Invoiced Quantity", "Delivered Quantity", "Sales Quantity", "Qty Ordered",
        "Units", "Menge", "Auftragsmenge", "Fakturierte Menge", "Liefermenge",
    ),
    "unit_price": (
        "含税单价", "单价", "本币含税单价", "销售单价", "成交单价", "成交价", "无税单价",
        "不含税单价", "本币无税单价", "售价", "价格",
        "Unit Price", "UnitPrice", "Price", "Net Price", "Sales Price", "Selling Price",
        "Price Unit", "Rate", "Nettopreis", "Preis", "Verkaufspreis",
    ),
    "discount": (
        "折扣率", "折扣", "扣率", "折扣百分比",
        "Discount", "Discount Rate", "Discount Percent", "Disc.", "Rabatt", "Rabattsatz",
    ),
    "amount": (
        "价税合计", "含税金额", "本币价税合计", "销售额", "销售金额", "金额", "总金额", "合计金额",
        "无税金额", "不含税金额", "本币无税金额", "本币金额", "开票金额", "销售收入", "收入",
        "Sales", "Amount", "Total", "Line Total", "Total Amount", "Sales Amount", "Gross Amount",
        "Revenue", "Net Value", "Net Amount", "Subtotal", "Extended Price", "Extended Amount",
        "Value", "Amount in LC", "Amount in Local Currency", "Nettowert", "Betrag", "Umsatz",
    ),
    "cost": (
        "成本", "成本金额", "销售成本", "总成本", "营业成本", "成本额",
        "Cost", "Costs", "Total Cost", "Cost Amount", "COGS", "Cost of Sales",
        "Cost of Goods Sold", "Kosten", "Herstellkosten",
    ),
    "profit": (
        "毛利", "毛利额", "毛利润", "销售毛利", "利润",
        "Profit", "Gross Profit", "Margin", "Gross Margin", "Margin Amount", "Deckungsbeitrag",
        "Rohertrag",
    ),
    "currency": _CURRENCY,
    "salesperson": (
        "销售员", "业务员", "销售代表", "销售人员", "业务员名称", "销售员名称", "经办人",
        "客户经理",
        "Salesperson", "Sales Person", "Sales Rep", "Sales Representative", "Salesman",
        "Sales Employee", "Sales Agent", "Seller", "Employee", "Account Manager", "Verkäufer",
        "Vertriebsmitarbeiter", "Sachbearbeiter",
    ),
    "region": _REGION,
    "industry": _INDUSTRY,
    "segment": _SEGMENT,
}

_RECEIVABLES: dict[str, tuple[str, ...]] = {
    "customer_code": _CUSTOMER_CODE,
    "customer_name": _CUSTOMER_NAME,
    "invoice_no": (
        "发票号", "发票号码", "发票编号", "单据编号", "单据号", "应收单号", "单号",
        "Invoice", "Invoice No", "InvoiceNo", "Invoice Number", "Invoice #", "Billing Document",
        "Document Number", "Document No", "Doc. No.", "Reference", "Number",
        "Rechnungsnummer", "Belegnummer",
    ),
    "invoice_date": (
        "开票日期", "发票日期", "单据日期", "业务日期", "日期", "记账日期",
        "Invoice Date", "InvoiceDate", "Billing Date", "Document Date", "Doc. Date",
        "Posting Date", "Date", "Rechnungsdatum", "Belegdatum", "Buchungsdatum",
    ),
    "due_date": (
        "到期日", "到期日期", "收款到期日", "应收到期日", "付款到期日", "最迟收款日", "账期到期日",
        "Due Date", "DueDate", "Due", "Net Due Date", "Due On", "Date Due", "Payment Due Date",
        "Fälligkeit", "Fälligkeitsdatum", "Nettofälligkeit", "Nettofälligkeitsdatum",
    ),
    "amount": (
        "应收金额", "价税合计", "发票金额", "开票金额", "含税金额", "金额", "应收款", "原币金额",
        "本币金额",
        "Amount", "Invoice Amount", "Invoice Total", "Total", "Total Amount", "Gross Amount",
        "Amount in LC", "Amount in Local Currency", "Amount in DC", "Amount in Doc. Curr.",
        "Betrag", "Betrag in HW", "Rechnungsbetrag",
    ),
    "paid_amount": (
        "已收金额", "收款金额", "已收款", "实收金额", "已核销金额", "核销金额", "回款金额",
        "已回款",
        "Amount Paid", "Paid Amount", "Paid", "Payment Amount", "Amount Received", "Received",
        "Received Amount", "Cleared Amount", "Cleared", "Bezahlt", "Gezahlt",
    ),
    "paid_date": (
        "收款日期", "回款日期", "到账日期", "核销日期", "实收日期", "付款日期",
        "Paid Date", "Payment Date", "Date Paid", "Paid On", "Clearing Date", "Clearing",
        "Last Payment Date", "Ausgleichsdatum", "Zahlungsdatum",
    ),
    "outstanding": (
        "未收金额", "欠款", "欠款金额", "余额", "应收余额", "未核销金额", "剩余金额", "未收款",
        "未回款金额",
        "Outstanding", "Outstanding Amount", "Outstanding Balance", "Balance", "Balance Due",
        "Open Amount", "Amount Due", "Amount Residual", "Residual", "Remaining",
        "Remaining Amount", "Offener Betrag", "Offen", "Saldo",
    ),
    "currency": _CURRENCY,
}

_ACCOUNTS: dict[str, tuple[str, ...]] = {
    # In a customer master, a bare 编码 / Code is the customer's.
    "customer_code": (*_CUSTOMER_CODE, "编码", "代码", "编号", "Code"),
    "customer_name": (
        *_CUSTOMER_NAME, "名称", "公司", "Name", "Company", "Organization", "Organisation", "Firma",
    ),
    "industry": _INDUSTRY,
    "segment": _SEGMENT,
    "region": _REGION,
    "city": ("城市", "所在城市", "所属城市", "市", "City", "Town", "Ort", "Stadt"),
    "address": (
        "地址", "详细地址", "公司地址", "办公地址", "通讯地址", "联系地址", "注册地址",
        "Address", "Street", "Street Address", "Address Line 1", "Address 1", "Straße",
        "Strasse", "Anschrift",
    ),
    "website": (
        "网址", "网站", "公司网址", "官网", "主页",
        "Website", "Web Site", "Homepage", "Home Page", "URL", "Web", "Internet",
    ),
    "owner": (
        "客户经理", "负责人", "客户负责人", "销售负责人", "归属人", "跟进人", "所属销售", "业务员",
        "销售员",
        "Owner", "Account Owner", "Account Manager", "Key Account Manager", "KAM",
        "Salesperson", "Sales Rep", "Responsible", "Betreuer",
    ),
    "status": ("状态", "客户状态", "合作状态", "Status", "Customer Status", "Account Status",
               "Active"),
    "company_size": (
        "员工人数", "员工数", "人数", "职工人数", "企业规模", "公司规模", "规模",
        "Employees", "Number of Employees", "No. of Employees", "Employee Count", "Headcount",
        "Company Size", "Size", "Mitarbeiter", "Mitarbeiterzahl",
    ),
    "company_profit": (
        "企业利润", "利润", "净利润", "利润总额", "年利润",
        "Company Profit", "Profit", "Net Profit", "Net Income", "Gewinn",
    ),
    "annual_revenue": (
        "年营业额", "营业收入", "营业额", "年销售额", "年收入", "营收", "年营收",
        "Annual Revenue", "Revenue", "Annual Sales", "Turnover", "Sales Revenue",
        "Jahresumsatz", "Umsatz",
    ),
    "value_fit": (
        "价值定位匹配度", "价值匹配度", "价值定位", "价值匹配",
        "Value Fit", "Value Positioning Fit", "Value Positioning", "Value Alignment",
    ),
    "procurement_fit": (
        "采购规范匹配度", "采购规范", "采购匹配度", "采购流程匹配度",
        "Procurement Fit", "Procurement Standards Fit", "Purchasing Fit",
        "Procurement Alignment",
    ),
    "growth_potential": (
        "成长潜力", "增长潜力", "合作潜力", "发展潜力", "潜力",
        "Growth Potential", "Potential", "Growth",
    ),
    "influence": ("行业影响力", "影响力", "Industry Influence", "Influence"),
    "notes": (*_NOTES, "Description"),
}

_CONTACTS: dict[str, tuple[str, ...]] = {
    "customer_code": _CUSTOMER_CODE,
    "customer_name": (
        "客户名称", "客户简称", "公司名称", "公司", "单位", "单位名称", "所属客户", "所属公司",
        "工作单位", "企业名称",
        "Customer Name", "Company", "Company Name", "CompanyName", "Account Name",
        "Organization", "Organisation", "Firma", *_CUSTOMER_EITHER,
    ),
    "name": (
        "姓名", "联系人", "联系人姓名", "联系人名称", "名字",
        "Name", "Contact", "Contact Name", "ContactName", "Full Name", "Contact Person",
        "Person", "Ansprechpartner",
    ),
    "title": (
        "职务", "职位", "头衔", "职称", "岗位",
        "Title", "Job Title", "Contact Title", "ContactTitle", "Position", "Designation",
        "Funktion",
    ),
    "department": ("部门", "所属部门", "科室", "Department", "Dept", "Abteilung"),
    "phone": (
        "电话", "办公电话", "座机", "固定电话", "联系电话", "电话号码", "公司电话",
        "Phone", "Telephone", "Tel", "Phone Number", "Office Phone", "Work Phone",
        "Business Phone", "Telefon",
    ),
    "mobile": (
        "手机", "手机号", "手机号码", "移动电话",
        "Mobile", "Mobile Phone", "Mobile Number", "Cell", "Cell Phone", "Cellphone", "Handy",
        "Mobil",
    ),
    "email": (
        "邮箱", "电子邮件", "电子邮箱", "邮件", "邮件地址", "邮箱地址",
        "Email", "E-mail", "Email Address", "E-mail Address", "Mail", "E-Mail-Adresse",
    ),
    "wechat": ("微信", "微信号", "WeChat", "WeChat ID", "Weixin", "WX"),
    "role": (
        "角色", "决策角色", "采购角色", "购买角色",
        "Role", "Buying Role", "Decision Role", "Buying Center Role",
    ),
    "attitude": ("态度", "立场", "对我方态度", "支持度", "Attitude", "Stance", "Disposition"),
    "influence": ("影响力", "影响程度", "决策影响力", "Influence", "Influence Level"),
    "relationship_strength": (
        "关系强度", "关系程度", "关系紧密度", "亲密度", "关系",
        "Relationship Strength", "Relationship", "Relationship Level", "Relationship Score",
    ),
    "notes": _NOTES,
}

SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    ImportKindName.SALES.value: _SALES,
    ImportKindName.RECEIVABLES.value: _RECEIVABLES,
    ImportKindName.ACCOUNTS.value: _ACCOUNTS,
    ImportKindName.CONTACTS.value: _CONTACTS,
}

# Fields whose values are rates (0.05 for 5%): the only ones a "%" header may map to.
_RATE_FIELDS = frozenset({"discount"})

# What may surround a synonym in a header without changing its meaning: "(必填)", "*" (gone
# with the punctuation), "(元)", "本币", "(含税)", a currency code. Not "万元" (a different
# unit), not "率" (a rate), not "累计" (a running total).
_DECORATION = re.compile(
    r"(?:必填|必输|选填|可选|必须|本币|原币|人民币|元|rmb|cny|usd|eur|hkd|lc"
    r"|含税|不含税|无税)*"
)
# Longer normal forms are not headers but data (a note, an address): skip the containment test.
_LONGEST_HEADER = 40


# --------------------------------------------------------------------------------------------
# The index the matching runs on, built once.


@dataclass(frozen=True)
class _Synonym:
    norm: str
    field: str
    rank: int  # position in the field's list: lower is preferred


@dataclass(frozen=True)
class _KindIndex:
    exact: dict[str, tuple[_Synonym, ...]]  # normal form → synonyms (several fields: ambiguous)
    by_length: tuple[_Synonym, ...]  # for containment, longest first
    field_norms: dict[str, frozenset[str]]
    field_order: dict[str, int]


def _build_index(synonyms: Mapping[str, Iterable[str]], keys: tuple[str, ...]) -> _KindIndex:
    exact: dict[str, list[_Synonym]] = {}
    field_norms: dict[str, frozenset[str]] = {}
    for field, words in synonyms.items():
        seen: set[str] = set()
        for rank, word in enumerate(words):
            norm = normalise_header(word)
            if norm and norm not in seen:
                seen.add(norm)
                exact.setdefault(norm, []).append(_Synonym(norm, field, rank))
        field_norms[field] = frozenset(seen)
    every = [s for group in exact.values() for s in group]
    return _KindIndex(
        exact={norm: tuple(group) for norm, group in exact.items()},
        by_length=tuple(sorted(every, key=lambda s: (-len(s.norm), s.rank))),
        field_norms=field_norms,
        field_order={key: i for i, key in enumerate(keys)},
    )


_INDEX: dict[str, _KindIndex] = {
    kind: _build_index(SYNONYMS[kind.value], field_keys(kind)) for kind in ImportKindName
}


def _kind(kind: str) -> str:
    try:
        return ImportKindName(kind).value
    except ValueError:
        valid = ", ".join(k.value for k in ImportKindName)
        raise InvalidInputError(f'Unknown import kind "{kind}". Kinds: {valid}.') from None


@dataclass(frozen=True)
class _Match:
    field: str
    rank: int
    exact: bool
    length: int  # of the synonym found inside the header (containment only)


def _matches(index: _KindIndex, norm: str) -> list[_Match]:
    """The fields a normalised header can stand for in one kind (best synonym per field)."""
    if not norm:
        return []
    if norm in index.exact:
        return [_Match(s.field, s.rank, True, len(norm)) for s in index.exact[norm]]
    if len(norm) > _LONGEST_HEADER:
        return []
    best: dict[str, _Match] = {}
    for syn in index.by_length:
        if syn.field in best or syn.norm not in norm:
            continue
        rest = norm.replace(syn.norm, "", 1)
        # The rest is decoration, or the same field again: "客户编码 Customer Code".
        if _DECORATION.fullmatch(rest) or rest in index.field_norms[syn.field]:
            best[syn.field] = _Match(syn.field, syn.rank, False, len(syn.norm))
    # Only the most specific fields: the longest synonym found names the field.
    longest = max((m.length for m in best.values()), default=0)
    return [m for m in best.values() if m.length == longest]


@lru_cache(maxsize=4096)
def _is_header_norm(norm: str) -> bool:
    return any(_matches(index, norm) for index in _INDEX.values())


def is_header_word(text: str) -> bool:
    """True when the text is a header of some field of some import kind.

    Used to find the header row below an export's title lines: the row with the most header
    words is the header. Decorated headers count too ("客户编码(必填)"); a title such as
    "销售订单列表" or a data cell does not.
    """
    if text is None:
        return False
    return _is_header_norm(normalise_header(text))


def auto_map(kind: str, headers: list[str]) -> dict[str, int]:
    """Propose field → column index for an export's header row (see the module docstring).

    Candidates are taken best first: headers that name one field before those that could name
    two; then the earlier synonym of a field (价税合计 before 金额, even as "价税合计(元)"); then
    the undecorated header; then the leftmost column. Each column and each field is used once.
    Inside one header the longest synonym found names the field, so "客户名称" is the name even
    though it contains 客户. The result is in the field order of `fields.py`.
    """
    kind = _kind(kind)
    index = _INDEX[kind]
    ranked: list[tuple[tuple[int, ...], str, int]] = []
    for column, header in enumerate(headers):
        if header is None:
            continue
        percent = is_percent_header(header)
        matches = [
            m for m in _matches(index, normalise_header(header))
            if not percent or m.field in _RATE_FIELDS
        ]
        clear = len({m.field for m in matches}) == 1
        for m in matches:
            order = index.field_order[m.field]
            # A clear header: the earlier synonym decides, decorated or not. An ambiguous one
            # (Customer): the field order does, and code fields come before name fields.
            preference = (-m.rank, 0) if clear else (-order, -m.rank)
            key = (int(clear), *preference, int(m.exact), -column)
            ranked.append((key, m.field, column))
    ranked.sort(reverse=True)

    mapping: dict[str, int] = {}
    used: set[int] = set()
    for _, field, column in ranked:
        if field not in mapping and column not in used:
            mapping[field] = column
            used.add(column)
    return {key: mapping[key] for key in field_keys(kind) if key in mapping}


# fastexcel's and pandas' names for a column whose header cell is empty.
_PLACEHOLDER = re.compile(r"__unnamed__\d+|unnamed:\s*\d+", re.IGNORECASE)


def header_signature(headers: list[str]) -> str:
    """A stable 16-hex-digit hash of the header row, to recognise the same export next time.

    Built from the normalised, non-empty headers, *sorted*: order-insensitive, because a user
    who drags a column in the ERP's list view still has the same export, and a saved profile
    should refer to columns by header, not position. Duplicates count ("金额" twice differs
    from once). Changing `normalise_header` changes signatures; saved profiles then simply
    stop being offered.
    """
    norms = sorted(
        norm for header in headers
        if header is not None and not _PLACEHOLDER.fullmatch(str(header).strip())
        and (norm := normalise_header(header))
    )
    return hashlib.sha256("\x1f".join(norms).encode("utf-8")).hexdigest()[:16]


# --------------------------------------------------------------------------------------------
# User corrections


def _column_of(header: str, headers: list[str]) -> int:
    """The index of the column the user named: exactly, else by normal form, else "#N"."""
    texts = ["" if h is None else str(h) for h in headers]
    for candidates in (
        [i for i, h in enumerate(texts) if h == header],
        [i for i, h in enumerate(texts) if h.strip() == header.strip()],
        [i for i, h in enumerate(texts) if normalise_header(h) == normalise_header(header)
         and normalise_header(header)],
    ):
        if len(candidates) == 1:
            return candidates[0]
        if len(candidates) > 1:
            places = ", ".join(f"#{i + 1}" for i in candidates)
            raise InvalidInputError(
                f'The header "{header}" names {len(candidates)} columns ({places}). '
                f"Name the column by its number instead, e.g. {places.split(', ')[0]}."
            )
    number = re.fullmatch(r"\s*#\s*(\d+)\s*", header)
    if number and 1 <= int(number.group(1)) <= len(texts):
        return int(number.group(1)) - 1
    available = ", ".join(f'"{h}"' for h in texts if h.strip()) or "(none)"
    close = difflib.get_close_matches(header, [h for h in texts if h.strip()], n=1)
    hint = f' Did you mean "{close[0]}"?' if close else ""
    raise InvalidInputError(
        f'No column "{header}" in the header row.{hint} Columns: {available}. '
        f"A column can also be named by its number, e.g. #1."
    )


def apply_overrides(
    kind: str, headers: list[str], mapping: dict[str, int], overrides: dict[str, str]
) -> dict[str, int]:
    """The mapping corrected by the user's `--map FIELD=HEADER` choices; `mapping` is not changed.

    HEADER is matched against the header row exactly, then after stripping, then by normal form
    ("customer id" finds "Customer ID"); "#N" names the N-th column (1-based) when headers
    repeat. An empty HEADER unmaps the field. A column given to a field is taken away from any
    field it was automatically mapped to. Raises `InvalidInputError` for an unknown field or
    header, listing the valid fields or the available headers, and for two fields given one
    column.
    """
    kind = _kind(kind)
    keys = field_keys(kind)
    result = dict(mapping)
    chosen: dict[int, str] = {}
    for field, header in overrides.items():
        if field not in keys:
            close = difflib.get_close_matches(field, keys, n=1)
            hint = f' Did you mean "{close[0]}"?' if close else ""
            raise InvalidInputError(
                f'Unknown field "{field}" for a {kind} import.{hint} '
                f"Fields: {', '.join(keys)}."
            )
        if header is None or not str(header).strip():
            result.pop(field, None)
            continue
        column = _column_of(str(header), headers)
        if column in chosen:
            raise InvalidInputError(
                f'Column "{headers[column]}" is given to both "{chosen[column]}" and "{field}"; '
                f"a column can hold one field only."
            )
        chosen[column] = field
        result[field] = column
    # Automatic mappings that lost their column to an override.
    for field, column in list(result.items()):
        if column in chosen and chosen[column] != field:
            del result[field]
    return {key: result[key] for key in keys if key in result}
