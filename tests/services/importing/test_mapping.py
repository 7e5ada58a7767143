"""Header normalisation, synonyms and automatic column mapping for ERP exports."""

from __future__ import annotations

import re

import pytest

from kam_desktop.errors import InvalidInputError
from kam_desktop.services.importing.fields import ImportKindName, field_keys
from kam_desktop.services.importing.mapping import (
    SYNONYMS,
    apply_overrides,
    auto_map,
    header_signature,
    is_header_word,
    is_percent_header,
    normalise_header,
)


def mapped(kind: str, headers: list[str]) -> dict[str, str]:
    """auto_map's result as field → header text, easier to read in assertions."""
    return {field: headers[i] for field, i in auto_map(kind, headers).items()}


# --------------------------------------------------------------------------------------------
# normalise_header


@pytest.mark.parametrize("header", [
    "Customer ID", "customer_id", "CUSTOMER-ID", "CustomerID", " Customer  ID: ", "customer.id",
    "ＣｕｓｔｏｍｅｒＩＤ", "Ｃｕｓｔｏｍｅｒ　ＩＤ", "Customer/ID", "Customer #ID",
    "(Customer ID)",
])
def test_normalise_header_english(header: str) -> None:
    assert normalise_header(header) == "customerid"


@pytest.mark.parametrize("header", [
    "客户编码", "客户编码：", "客户编码:", "*客户编码", "客户编码（）", "客户 编码", "【客户编码】",
    "客户编码、", "客户-编码", "客户_编码", "客户.编码", "客户#编码", "客户/编码", "\n客户编码\t",
])
def test_normalise_header_chinese(header: str) -> None:
    assert normalise_header(header) == "客户编码"


@pytest.mark.parametrize(("header", "expected"), [
    ("折扣率(%)", "折扣率"),
    ("Sold-to party", "soldtoparty"),
    ("Doc. Currency", "doccurrency"),
    ("Währung", "währung"),
    ("STRASSE", "strasse"),
    ("Straße", "strasse"),  # case-folded
    ("", ""),
    ("---", ""),
    ("2024", "2024"),
])
def test_normalise_header_cases(header: str, expected: str) -> None:
    assert normalise_header(header) == expected


# --------------------------------------------------------------------------------------------
# The synonym table itself


@pytest.mark.parametrize("kind", list(ImportKindName))
def test_synonyms_cover_every_field_in_chinese_and_english(kind: ImportKindName) -> None:
    synonyms = SYNONYMS[kind.value]
    assert set(synonyms) == set(field_keys(kind))
    for field, words in synonyms.items():
        assert any(re.search(r"[\u4e00-\u9fff]", w) for w in words), (kind, field, "Chinese")
        assert any(re.fullmatch(r"[A-Za-z0-9 .#/_-]+", w) for w in words), (kind, field, "English")


@pytest.mark.parametrize("kind", list(ImportKindName))
def test_only_the_intended_headers_are_ambiguous(kind: ImportKindName) -> None:
    # A synonym listed under two fields of one kind is a conflict unless it is one of the
    # deliberate code-or-name words; this catches accidental duplicates.
    owners: dict[str, set[str]] = {}
    for field, words in SYNONYMS[kind.value].items():
        for word in words:
            owners.setdefault(normalise_header(word), set()).add(field)
    ambiguous = {norm: fields for norm, fields in owners.items() if len(fields) > 1}
    customer = {"customer_code", "customer_name"}
    expected = {w: customer for w in ("客户", "customer", "partner", "account")}
    if kind is ImportKindName.SALES:
        product = {"product_code", "product_name"}
        expected |= {w: product for w in ("产品", "商品", "存货", "物料", "货品", "product")}
    assert ambiguous == expected


# --------------------------------------------------------------------------------------------
# Every synonym the issue names, alone in a header row

ISSUE_SYNONYMS = [
    # The issue's own lists
    *[("sales", h, "customer_code") for h in (
        "客户编码", "客户代码", "客户编号", "Customer ID", "CustomerID", "Customer Code")],
    *[("sales", h, "order_date") for h in (
        "单据日期", "订单日期", "销售日期", "Order Date", "InvoiceDate", "Invoice Date")],
    *[("sales", h, "order_no") for h in ("单据编号", "订单号", "Order ID", "InvoiceNo", "Invoice")],
    *[("sales", h, "amount") for h in ("价税合计", "金额", "销售额", "Sales", "Amount")],
    *[("sales", h, "profit") for h in ("毛利", "利润", "Profit")],
    *[("sales", h, "quantity") for h in ("销售数量", "数量", "Qty", "Quantity")],
    *[("sales", h, "unit_price") for h in ("单价", "Price", "Unit Price", "UnitPrice")],
    *[("sales", h, "product_code") for h in ("存货编码", "物料编码", "StockCode", "Product ID")],
    # Kingdee (K/3, 云星空)
    ("sales", "客户", "customer_code"),  # alone: the code (see the Customer rule)
    ("sales", "客户名称", "customer_name"),
    ("sales", "日期", "order_date"),
    ("sales", "物料名称", "product_name"),
    ("sales", "含税单价", "unit_price"),
    ("sales", "折扣率(%)", "discount"),
    ("sales", "销售员", "salesperson"),
    # Yonyou (U8, NC)
    ("sales", "客户简称", "customer_name"),
    ("sales", "发票号", "order_no"),
    ("sales", "开票日期", "order_date"),
    ("sales", "存货名称", "product_name"),
    ("sales", "无税单价", "unit_price"),
    ("sales", "无税金额", "amount"),
    ("sales", "业务员", "salesperson"),
    ("receivables", "发票号", "invoice_no"),
    ("receivables", "开票日期", "invoice_date"),
    ("receivables", "到期日", "due_date"),
    ("receivables", "应收金额", "amount"),
    ("receivables", "已收金额", "paid_amount"),
    ("receivables", "余额", "outstanding"),
    # SAP (SD/FI, English and German)
    ("sales", "Sold-to party", "customer_code"),
    ("sales", "Customer", "customer_code"),
    ("sales", "Kunde", "customer_code"),
    ("sales", "Billing Document", "order_no"),
    ("sales", "Billing Date", "order_date"),
    ("sales", "Sales Document", "order_no"),
    ("sales", "Item", "line_no"),
    ("sales", "Material", "product_code"),
    ("sales", "Material Description", "product_name"),
    ("sales", "Net Value", "amount"),
    ("sales", "Order Quantity", "quantity"),
    ("sales", "Net Price", "unit_price"),
    ("sales", "Document Date", "order_date"),
    ("sales", "Amount in LC", "amount"),
    ("receivables", "Document Date", "invoice_date"),
    ("receivables", "Due Date", "due_date"),
    ("receivables", "Amount in LC", "amount"),
    ("receivables", "Cleared", "paid_amount"),
    ("receivables", "Clearing Date", "paid_date"),
    ("receivables", "Kunde", "customer_code"),
    # Odoo
    ("sales", "Partner", "customer_code"),
    ("sales", "Order Reference", "order_no"),
    ("sales", "Product", "product_code"),  # alone: the code
    ("sales", "Subtotal", "amount"),
    ("sales", "Total", "amount"),
    ("receivables", "Invoice Date", "invoice_date"),
    ("receivables", "Amount Due", "outstanding"),
    ("receivables", "Amount Paid", "paid_amount"),
    ("receivables", "Partner", "customer_code"),
    # Northwind (our test data)
    ("sales", "CompanyName", "customer_name"),
    ("sales", "OrderID", "order_no"),
    ("sales", "OrderDate", "order_date"),
    ("sales", "ProductID", "product_code"),
    ("sales", "Product Name", "product_name"),
    ("sales", "Discount", "discount"),
    ("accounts", "CustomerID", "customer_code"),
    ("accounts", "CompanyName", "customer_name"),
    ("contacts", "ContactName", "name"),
    ("contacts", "ContactTitle", "title"),
    # Receivables
    ("receivables", "发票号码", "invoice_no"),
    ("receivables", "到期日期", "due_date"),
    ("receivables", "收款日期", "paid_date"),
    ("receivables", "未收金额", "outstanding"),
    ("receivables", "欠款", "outstanding"),
    # Customer master
    ("accounts", "客户名称", "customer_name"),
    ("accounts", "所属行业", "industry"),
    ("accounts", "行业", "industry"),
    ("accounts", "地区", "region"),
    ("accounts", "区域", "region"),
    ("accounts", "城市", "city"),
    ("accounts", "地址", "address"),
    ("accounts", "网址", "website"),
    ("accounts", "客户经理", "owner"),
    ("accounts", "负责人", "owner"),
    ("accounts", "员工人数", "company_size"),
    ("accounts", "企业规模", "company_size"),
    ("accounts", "年营业额", "annual_revenue"),
    ("accounts", "营业收入", "annual_revenue"),
    ("accounts", "利润", "company_profit"),
    # Contacts
    ("contacts", "姓名", "name"),
    ("contacts", "联系人", "name"),
    ("contacts", "职务", "title"),
    ("contacts", "部门", "department"),
    ("contacts", "电话", "phone"),
    ("contacts", "手机", "mobile"),
    ("contacts", "邮箱", "email"),
    ("contacts", "电子邮件", "email"),
    ("contacts", "微信", "wechat"),
    ("contacts", "角色", "role"),
    ("contacts", "态度", "attitude"),
]


@pytest.mark.parametrize(("kind", "header", "field"), ISSUE_SYNONYMS)
def test_issue_synonyms_map_to_their_field(kind: str, header: str, field: str) -> None:
    assert auto_map(kind, [header]) == {field: 0}
    assert is_header_word(header)


@pytest.mark.parametrize("kind", list(ImportKindName))
def test_every_synonym_maps_to_its_field_when_alone(kind: ImportKindName) -> None:
    for field, words in SYNONYMS[kind.value].items():
        for word in words:
            result = auto_map(kind, [word])
            assert len(result) == 1, (word, result)
            assert field in result or normalise_header(word) in {
                "客户", "customer", "partner", "account", "产品", "商品", "存货", "物料", "货品",
                "product",
            }, (word, field, result)


@pytest.mark.parametrize(("kind", "header", "field"), [
    ("sales", "  ＯＲＤＥＲ＿ＤＡＴＥ：", "order_date"),
    ("sales", "unit-price", "unit_price"),
    ("sales", "UNIT PRICE", "unit_price"),
    ("sales", "客户编码(必填)", "customer_code"),
    ("sales", "*客户编码", "customer_code"),
    ("sales", "客户编码（必填）", "customer_code"),
    ("sales", "价税合计（元）", "amount"),
    ("sales", "本币价税合计", "amount"),
    ("sales", "金额(含税)", "amount"),
    ("sales", "Amount (USD)", "amount"),
    ("sales", "客户编码\nCustomer Code", "customer_code"),
    ("sales", "客户编码/Customer Code", "customer_code"),
    ("sales", "Discount %", "discount"),
    ("sales", "Billing Doc.", "order_no"),
    ("receivables", "Net due date", "due_date"),
    ("contacts", "E-Mail", "email"),
    ("contacts", "手机号码：", "mobile"),
])
def test_matching_tolerates_case_space_punctuation_width_and_decoration(
    kind: str, header: str, field: str
) -> None:
    assert auto_map(kind, [header]) == {field: 0}


@pytest.mark.parametrize(("kind", "header"), [
    ("sales", "税额"),  # tax: not a field
    ("sales", "本币税额"),
    ("sales", "税率(%)"),
    ("sales", "毛利率"),  # a rate, not the profit
    ("sales", "毛利率(%)"),
    ("sales", "Margin %"),
    ("sales", "Margin (%)"),
    ("sales", "金额(万元)"),  # a different unit: the user must decide
    ("sales", "本年累计销售额"),  # a running total
    ("sales", "折扣额"),  # a discount amount, not the rate
    ("sales", "规格型号"),
    ("sales", "销售单位"),  # the unit of measure, not the customer
    ("sales", "部门"),
    ("sales", "序号"),
    ("sales", "ShipRegion"),
    ("sales", "RequiredDate"),
    ("sales", "EmployeeID"),
    ("sales", "Freight"),
    ("sales", "销售订单列表"),
    ("receivables", "Clearing Document"),
    ("receivables", "Document Type"),
    ("accounts", "PostalCode"),
    ("contacts", "Fax"),
    ("sales", ""),
    ("sales", "Unnamed: 3"),
])
def test_headers_that_are_left_alone(kind: str, header: str) -> None:
    assert auto_map(kind, [header]) == {}


# --------------------------------------------------------------------------------------------
# Realistic header rows


def test_kingdee_sales_order_list() -> None:
    headers = ["单据编号", "日期", "客户", "销售员", "销售部门", "物料编码", "物料名称", "规格型号",
               "销售单位", "销售数量", "单价", "含税单价", "价税合计", "税率(%)", "税额", "金额",
               "折扣率(%)", "折扣额", "币别", "单据状态"]
    assert mapped("sales", headers) == {
        "customer_code": "客户",  # no other customer column: the key is what the column holds
        "order_no": "单据编号",
        "order_date": "日期",
        "product_code": "物料编码",
        "product_name": "物料名称",
        "quantity": "销售数量",
        "unit_price": "含税单价",  # with tax, to match 价税合计
        "discount": "折扣率(%)",
        "amount": "价税合计",  # not 金额 (before tax in Kingdee)
        "currency": "币别",
        "salesperson": "销售员",
    }


def test_kingdee_with_customer_code_and_name() -> None:
    headers = ["单据编号", "日期", "客户编码", "客户名称", "物料编码", "物料名称", "销售数量",
               "含税单价", "价税合计", "金额", "销售员", "部门"]
    result = mapped("sales", headers)
    assert result["customer_code"] == "客户编码"
    assert result["customer_name"] == "客户名称"
    assert result["amount"] == "价税合计"
    assert "部门" not in result.values()


def test_yonyou_sales_invoice_list() -> None:
    headers = ["发票号", "开票日期", "客户编码", "客户简称", "存货编码", "存货名称", "规格型号",
               "数量", "无税单价", "含税单价", "无税金额", "税额", "价税合计", "业务员", "部门"]
    assert mapped("sales", headers) == {
        "customer_code": "客户编码",
        "customer_name": "客户简称",
        "order_no": "发票号",
        "order_date": "开票日期",
        "product_code": "存货编码",
        "product_name": "存货名称",
        "quantity": "数量",
        "unit_price": "含税单价",
        "amount": "价税合计",
        "salesperson": "业务员",
    }


def test_yonyou_receivables() -> None:
    headers = ["客户编码", "客户名称", "发票号", "开票日期", "到期日", "应收金额", "已收金额",
               "余额", "币种", "业务员"]
    assert mapped("receivables", headers) == {
        "customer_code": "客户编码",
        "customer_name": "客户名称",
        "invoice_no": "发票号",
        "invoice_date": "开票日期",
        "due_date": "到期日",
        "amount": "应收金额",
        "paid_amount": "已收金额",
        "outstanding": "余额",
        "currency": "币种",
    }


def test_sap_billing_report_english() -> None:
    headers = ["Sold-to party", "Name of sold-to party", "Billing Document", "Billing Date", "Item",
               "Material", "Material Description", "Billed Quantity", "Sales unit", "Net Price",
               "Net Value", "Doc. Currency", "Sales Document"]
    assert mapped("sales", headers) == {
        "customer_code": "Sold-to party",
        "customer_name": "Name of sold-to party",
        "order_no": "Billing Document",  # billing document, date and item belong together
        "line_no": "Item",
        "order_date": "Billing Date",
        "product_code": "Material",
        "product_name": "Material Description",
        "quantity": "Billed Quantity",
        "unit_price": "Net Price",
        "amount": "Net Value",
        "currency": "Doc. Currency",
    }


def test_sap_sales_orders_german() -> None:
    headers = ["Kunde", "Name 1", "Verkaufsbeleg", "Belegdatum", "Position", "Material",
               "Bezeichnung", "Auftragsmenge", "Nettopreis", "Nettowert", "Währung"]
    assert mapped("sales", headers) == {
        "customer_code": "Kunde",
        "customer_name": "Name 1",
        "order_no": "Verkaufsbeleg",
        "line_no": "Position",
        "order_date": "Belegdatum",
        "product_code": "Material",
        "product_name": "Bezeichnung",
        "quantity": "Auftragsmenge",
        "unit_price": "Nettopreis",
        "amount": "Nettowert",
        "currency": "Währung",
    }


def test_sap_customer_line_items_fbl5n() -> None:
    headers = ["Customer", "Assignment", "Document Number", "Document Type", "Document Date",
               "Net Due Date", "Amount in local currency", "Local Currency", "Clearing Document",
               "Clearing date", "Text"]
    assert mapped("receivables", headers) == {
        "customer_code": "Customer",
        "invoice_no": "Document Number",
        "invoice_date": "Document Date",
        "due_date": "Net Due Date",
        "amount": "Amount in local currency",
        "paid_date": "Clearing date",
        "currency": "Local Currency",
    }


def test_odoo_sales_and_invoices() -> None:
    sales = ["Order Reference", "Customer", "Order Date", "Product", "Quantity", "Unit Price",
             "Subtotal", "Total", "Salesperson", "Currency", "Margin", "Margin (%)"]
    assert mapped("sales", sales) == {
        "customer_code": "Customer",
        "order_no": "Order Reference",
        "order_date": "Order Date",
        "product_code": "Product",
        "quantity": "Quantity",
        "unit_price": "Unit Price",
        "amount": "Total",  # tax included, like 价税合计
        "profit": "Margin",
        "currency": "Currency",
        "salesperson": "Salesperson",
    }
    invoices = ["Number", "Partner", "Invoice Date", "Due Date", "Total", "Amount Due",
                "Amount Paid", "Currency", "Status"]
    assert mapped("receivables", invoices) == {
        "customer_code": "Partner",
        "invoice_no": "Number",
        "invoice_date": "Invoice Date",
        "due_date": "Due Date",
        "amount": "Total",
        "paid_amount": "Amount Paid",
        "outstanding": "Amount Due",
        "currency": "Currency",
    }


def test_northwind_orders_and_order_details_combined() -> None:
    headers = ["OrderID", "CustomerID", "EmployeeID", "OrderDate", "RequiredDate", "ShippedDate",
               "ShipVia", "Freight", "ShipName", "ShipAddress", "ShipCity", "ShipRegion",
               "ShipPostalCode", "ShipCountry", "OrderID", "ProductID", "UnitPrice", "Quantity",
               "Discount", "Product Name"]
    result = auto_map("sales", headers)
    assert result == {
        "customer_code": 1,
        "order_no": 0,  # the first of the two OrderID columns
        "order_date": 3,
        "product_code": 15,
        "product_name": 19,
        "quantity": 17,
        "unit_price": 16,
        "discount": 18,
    }


def test_northwind_customers_as_accounts_and_contacts() -> None:
    headers = ["CustomerID", "CompanyName", "ContactName", "ContactTitle", "Address", "City",
               "Region", "PostalCode", "Country", "Phone", "Fax"]
    assert mapped("accounts", headers) == {
        "customer_code": "CustomerID", "customer_name": "CompanyName", "region": "Region",
        "city": "City", "address": "Address",
    }
    assert mapped("contacts", headers) == {
        "customer_code": "CustomerID", "customer_name": "CompanyName", "name": "ContactName",
        "title": "ContactTitle", "phone": "Phone",
    }


def test_online_retail_export() -> None:
    headers = ["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice",
               "CustomerID", "Country"]
    assert mapped("sales", headers) == {
        "customer_code": "CustomerID", "order_no": "InvoiceNo", "order_date": "InvoiceDate",
        "product_code": "StockCode", "product_name": "Description", "quantity": "Quantity",
        "unit_price": "UnitPrice", "region": "Country",
    }


def test_chinese_customer_master() -> None:
    headers = ["客户编码", "客户名称", "所属行业", "客户类型", "地区", "城市", "地址", "网址",
               "客户经理", "合作状态", "员工人数", "企业规模", "年营业额", "利润", "价值定位匹配度",
               "采购规范匹配度", "成长潜力", "行业影响力", "备注"]
    assert mapped("accounts", headers) == {
        "customer_code": "客户编码", "customer_name": "客户名称", "industry": "所属行业",
        "segment": "客户类型", "region": "地区", "city": "城市", "address": "地址",
        "website": "网址", "owner": "客户经理", "status": "合作状态",
        "company_size": "员工人数",  # over 企业规模, which is often a category
        "company_profit": "利润", "annual_revenue": "年营业额", "value_fit": "价值定位匹配度",
        "procurement_fit": "采购规范匹配度", "growth_potential": "成长潜力",
        "influence": "行业影响力", "notes": "备注",
    }


def test_chinese_contact_list() -> None:
    headers = ["客户编码", "客户名称", "姓名", "职务", "部门", "电话", "手机", "邮箱", "微信",
               "角色", "态度", "影响力", "关系强度", "备注"]
    assert mapped("contacts", headers) == {
        "customer_code": "客户编码", "customer_name": "客户名称", "name": "姓名", "title": "职务",
        "department": "部门", "phone": "电话", "mobile": "手机", "email": "邮箱",
        "wechat": "微信", "role": "角色", "attitude": "态度", "influence": "影响力",
        "relationship_strength": "关系强度", "notes": "备注",
    }


@pytest.mark.parametrize("kind", list(ImportKindName))
def test_no_column_is_used_twice_even_with_every_synonym_at_once(kind: ImportKindName) -> None:
    headers = [w for words in SYNONYMS[kind.value].values() for w in words]
    result = auto_map(kind, headers)
    assert len(set(result.values())) == len(result)
    assert set(result) == set(field_keys(kind))  # and every field finds a column
    assert list(result) == [k for k in field_keys(kind) if k in result]  # in field order


# --------------------------------------------------------------------------------------------
# Conflicts


def test_customer_alone_is_the_code() -> None:
    assert mapped("sales", ["Customer", "Amount"]) == {"customer_code": "Customer",
                                                       "amount": "Amount"}


def test_customer_is_the_name_when_another_column_is_the_code() -> None:
    assert mapped("sales", ["Customer", "Customer ID"]) == {
        "customer_code": "Customer ID", "customer_name": "Customer"}
    assert mapped("sales", ["客户编码(必填)", "客户"]) == {
        "customer_code": "客户编码(必填)", "customer_name": "客户"}


def test_customer_stays_the_code_when_another_column_is_the_name() -> None:
    assert mapped("receivables", ["Customer", "Customer Name"]) == {
        "customer_code": "Customer", "customer_name": "Customer Name"}


def test_customer_is_left_out_when_code_and_name_are_both_there() -> None:
    assert mapped("sales", ["客户", "客户编码", "客户名称"]) == {
        "customer_code": "客户编码", "customer_name": "客户名称"}


def test_product_follows_the_same_rule() -> None:
    assert mapped("sales", ["Product"]) == {"product_code": "Product"}
    assert mapped("sales", ["Product", "Product ID"]) == {
        "product_code": "Product ID", "product_name": "Product"}


def test_the_more_specific_field_wins() -> None:
    assert mapped("sales", ["客户名称"]) == {"customer_name": "客户名称"}
    assert mapped("sales", ["客户名称", "客户"]) == {
        "customer_code": "客户", "customer_name": "客户名称"}


def test_earlier_synonym_wins_among_columns_for_one_field() -> None:
    assert mapped("sales", ["金额", "价税合计"]) == {"amount": "价税合计"}
    assert mapped("sales", ["单价", "含税单价", "无税单价"]) == {"unit_price": "含税单价"}
    assert mapped("sales", ["Subtotal", "Total"]) == {"amount": "Total"}


def test_earlier_synonym_wins_even_when_decorated_then_the_undecorated_header() -> None:
    assert mapped("sales", ["金额(元)", "价税合计"]) == {"amount": "价税合计"}
    assert mapped("sales", ["价税合计(元)", "金额"]) == {"amount": "价税合计(元)"}
    assert mapped("sales", ["金额(元)", "金额"]) == {"amount": "金额"}


def test_cost_and_tax_are_told_apart_from_amount() -> None:
    assert mapped("sales", ["金额", "税额", "成本金额"]) == {"amount": "金额", "cost": "成本金额"}


def test_percent_headers_only_map_to_rates() -> None:
    assert is_percent_header("折扣率(%)")
    assert is_percent_header("Discount ％")
    assert is_percent_header("Margin Percent")
    assert not is_percent_header("Discount")
    assert mapped("sales", ["折扣率(%)", "毛利(%)"]) == {"discount": "折扣率(%)"}


def test_blank_and_missing_headers_are_skipped() -> None:
    assert auto_map("sales", ["", None, "  ", "金额"]) == {"amount": 3}  # type: ignore[list-item]


def test_unknown_kind_is_a_user_error() -> None:
    with pytest.raises(InvalidInputError, match=r'Unknown import kind "orders".*sales'):
        auto_map("orders", ["金额"])


def test_kind_may_be_given_as_enum() -> None:
    assert auto_map(ImportKindName.SALES, ["金额"]) == {"amount": 0}


# --------------------------------------------------------------------------------------------
# is_header_word


@pytest.mark.parametrize("text", [
    "客户编码", "客户编码(必填)", "Customer ID", "ＣｕｓｔｏｍｅｒＩＤ", "金额", "邮箱",
    "Sold-to party", "Kunde", "客户编码\nCustomer Code", "Margin (%)",
])
def test_header_words(text: str) -> None:
    assert is_header_word(text)


@pytest.mark.parametrize("text", [
    "", "   ", None, "销售订单列表", "客户销售明细表", "ALFKI", "2024-03-15", "45366", "1,234.50",
    "北京某某科技有限公司", "Alfreds Futterkiste", "x" * 500, "打印日期：2024-03-15",
])
def test_not_header_words(text: str | None) -> None:
    assert not is_header_word(text)  # type: ignore[arg-type]


# --------------------------------------------------------------------------------------------
# header_signature


def test_signature_is_stable_under_whitespace_case_width_punctuation_and_order() -> None:
    base = header_signature(["客户编码", "Order Date", "Amount"])
    assert re.fullmatch(r"[0-9a-f]{16}", base)
    assert header_signature([" 客户编码：", "order_date", "AMOUNT "]) == base
    assert header_signature(["ＡＭＯＵＮＴ", "客户编码", "Order-Date"]) == base
    assert header_signature(["Amount", "客户编码", "", "Order Date", None]) == base  # type: ignore[list-item]
    assert header_signature(["Amount", "__UNNAMED__3", "客户编码", "Order Date"]) == base


def test_signature_differs_for_different_headers() -> None:
    base = header_signature(["客户编码", "Order Date", "Amount"])
    assert header_signature(["客户编码", "Order Date"]) != base
    assert header_signature(["客户代码", "Order Date", "Amount"]) != base
    assert header_signature(["客户编码", "Order Date", "Amount", "Amount"]) != base
    assert header_signature(["客户编码", "OrderDate2", "Amount"]) != base
    assert header_signature([]) != base


# --------------------------------------------------------------------------------------------
# apply_overrides

HEADERS = ["单据编号", "日期", "客户", "Customer Name", "金额", "价税合计", "备注"]


def test_override_maps_a_field_to_a_header_exactly() -> None:
    mapping = auto_map("sales", HEADERS)
    assert mapping["amount"] == 5
    result = apply_overrides("sales", HEADERS, mapping, {"amount": "金额"})
    assert result["amount"] == 4
    assert mapping["amount"] == 5  # the input is not changed


def test_override_header_is_matched_by_normal_form() -> None:
    result = apply_overrides("sales", HEADERS, {}, {"customer_name": "customer_name",
                                                    "cost": " 价税合计："})
    assert result == {"customer_name": 3, "cost": 5}


def test_override_with_empty_header_unmaps() -> None:
    mapping = auto_map("sales", HEADERS)
    result = apply_overrides("sales", HEADERS, mapping, {"order_date": "", "amount": "  "})
    assert "order_date" not in result and "amount" not in result
    assert result["order_no"] == 0
    assert apply_overrides("sales", HEADERS, {}, {"cost": ""}) == {}  # unmapping nothing is fine


def test_override_takes_the_column_away_from_another_field() -> None:
    mapping = auto_map("sales", HEADERS)
    assert mapping["customer_code"] == 2
    result = apply_overrides("sales", HEADERS, mapping, {"customer_name": "客户"})
    assert result["customer_name"] == 2
    assert "customer_code" not in result
    assert len(set(result.values())) == len(result)


def test_overrides_can_swap_two_columns() -> None:
    mapping = {"customer_code": 2, "customer_name": 3}
    result = apply_overrides("sales", HEADERS, mapping,
                             {"customer_code": "Customer Name", "customer_name": "客户"})
    assert result == {"customer_code": 3, "customer_name": 2}


def test_override_result_is_in_field_order() -> None:
    result = apply_overrides("sales", HEADERS, {"amount": 5}, {"order_no": "单据编号"})
    assert list(result) == ["order_no", "amount"]


def test_unknown_field_lists_the_valid_fields() -> None:
    with pytest.raises(InvalidInputError) as caught:
        apply_overrides("sales", HEADERS, {}, {"amout": "金额"})
    message = str(caught.value)
    assert '"amout"' in message
    assert 'Did you mean "amount"' in message
    assert "customer_code" in message and "segment" in message


def test_field_of_another_kind_is_unknown() -> None:
    with pytest.raises(InvalidInputError, match='Unknown field "invoice_no" for a sales import'):
        apply_overrides("sales", HEADERS, {}, {"invoice_no": "单据编号"})


def test_unknown_header_lists_the_available_headers() -> None:
    with pytest.raises(InvalidInputError) as caught:
        apply_overrides("sales", HEADERS, {}, {"amount": "Betrag"})
    message = str(caught.value)
    assert 'No column "Betrag"' in message
    assert all(f'"{h}"' in message for h in HEADERS)


def test_repeated_header_asks_for_the_column_number() -> None:
    headers = ["客户编码", "金额", "金额"]
    with pytest.raises(InvalidInputError, match=r"names 2 columns \(#2, #3\)"):
        apply_overrides("sales", headers, {}, {"amount": "金额"})
    assert apply_overrides("sales", headers, {}, {"amount": "#3"}) == {"amount": 2}


def test_column_number_out_of_range_is_unknown() -> None:
    with pytest.raises(InvalidInputError, match='No column "#9"'):
        apply_overrides("sales", HEADERS, {}, {"amount": "#9"})


def test_one_column_for_two_fields_is_refused() -> None:
    with pytest.raises(InvalidInputError, match="given to both"):
        apply_overrides("sales", HEADERS, {}, {"amount": "金额", "cost": "金额"})


def test_overrides_on_an_unknown_kind() -> None:
    with pytest.raises(InvalidInputError, match="Unknown import kind"):
        apply_overrides("orders", HEADERS, {}, {})
