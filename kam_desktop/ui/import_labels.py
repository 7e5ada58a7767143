"""Translated names for the import: kinds, target fields, statuses and file problems.

The import services speak in stable English keys (`sales`, `order_date`, `committed`,
`encrypted`); the wizard and the Import page show them in the user's language. Each name is a
literal `translate` call so that `lupdate` finds it; an unknown key (from a newer version) is
shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kam_desktop.services.importing.fields import ImportKindName, fields_of
from kam_desktop.services.importing.pipeline import REQUIRED_MAPPING

# lupdate recognises `translate("Context", "text")` calls by name.
translate = QCoreApplication.translate

KINDS = (ImportKindName.SALES, ImportKindName.RECEIVABLES, ImportKindName.ACCOUNTS,
         ImportKindName.CONTACTS)


def kind_label(kind: str) -> str:
    names = {
        "sales": translate("ImportLabels", "Sales lines"),
        "receivables": translate("ImportLabels", "Receivables"),
        "accounts": translate("ImportLabels", "Customers"),
        "contacts": translate("ImportLabels", "Contacts"),
        "demo": translate("ImportLabels", "Demo portfolio"),
    }
    return names.get(kind, kind)


def kind_description(kind: str) -> str:
    """One line under the kind's name in the wizard: what such a file holds."""
    names = {
        "sales": translate(
            "ImportLabels", "Order or invoice lines: customer, date, product, quantity, amount"
        ),
        "receivables": translate(
            "ImportLabels", "Open invoices: customer, invoice number and date, amount, paid"
        ),
        "accounts": translate(
            "ImportLabels", "Customer master data: code, name, industry, region, owner"
        ),
        "contacts": translate(
            "ImportLabels", "People at your customers: name, title, phone, buying role"
        ),
    }
    return names.get(kind, "")


def status_label(status: str) -> str:
    names = {
        "committed": translate("ImportLabels", "Imported"),
        "undone": translate("ImportLabels", "Undone"),
    }
    return names.get(status, status)


def field_label(key: str) -> str:
    """The name of a target field, as the mapping page shows it."""
    names = {
        "customer_code": translate("ImportLabels", "Customer code"),
        "customer_name": translate("ImportLabels", "Customer name"),
        "order_no": translate("ImportLabels", "Order number"),
        "line_no": translate("ImportLabels", "Line number"),
        "order_date": translate("ImportLabels", "Order date"),
        "product_code": translate("ImportLabels", "Product code"),
        "product_name": translate("ImportLabels", "Product name"),
        "product_category": translate("ImportLabels", "Product category"),
        "quantity": translate("ImportLabels", "Quantity"),
        "unit_price": translate("ImportLabels", "Unit price"),
        "discount": translate("ImportLabels", "Discount"),
        "amount": translate("ImportLabels", "Amount"),
        "cost": translate("ImportLabels", "Cost"),
        "profit": translate("ImportLabels", "Gross profit"),
        "currency": translate("ImportLabels", "Currency"),
        "salesperson": translate("ImportLabels", "Salesperson"),
        "region": translate("ImportLabels", "Region"),
        "industry": translate("ImportLabels", "Industry"),
        "segment": translate("ImportLabels", "Segment"),
        "invoice_no": translate("ImportLabels", "Invoice number"),
        "invoice_date": translate("ImportLabels", "Invoice date"),
        "due_date": translate("ImportLabels", "Due date"),
        "paid_amount": translate("ImportLabels", "Amount paid"),
        "paid_date": translate("ImportLabels", "Date paid"),
        "outstanding": translate("ImportLabels", "Outstanding"),
        "city": translate("ImportLabels", "City"),
        "address": translate("ImportLabels", "Address"),
        "website": translate("ImportLabels", "Website"),
        "owner": translate("ImportLabels", "Account manager"),
        "status": translate("ImportLabels", "Status"),
        "company_size": translate("ImportLabels", "Employees"),
        "company_profit": translate("ImportLabels", "Company profit"),
        "annual_revenue": translate("ImportLabels", "Annual revenue"),
        "value_fit": translate("ImportLabels", "Value positioning fit (1–5)"),
        "procurement_fit": translate("ImportLabels", "Procurement standards fit (1–5)"),
        "growth_potential": translate("ImportLabels", "Growth potential (1–5)"),
        "influence": translate("ImportLabels", "Influence (1–5)"),
        "notes": translate("ImportLabels", "Notes"),
        "name": translate("ImportLabels", "Contact name"),
        "title": translate("ImportLabels", "Job title"),
        "department": translate("ImportLabels", "Department"),
        "phone": translate("ImportLabels", "Phone"),
        "mobile": translate("ImportLabels", "Mobile"),
        "email": translate("ImportLabels", "Email"),
        "wechat": translate("ImportLabels", "WeChat"),
        "role": translate("ImportLabels", "Buying role"),
        "attitude": translate("ImportLabels", "Attitude"),
        "relationship_strength": translate("ImportLabels", "Relationship strength (1–5)"),
    }
    return names.get(key, key)


def required_groups(kind: str) -> tuple[tuple[str, ...], ...]:
    """What must be mapped: each group needs one of its fields (most groups have one)."""
    return REQUIRED_MAPPING[ImportKindName(kind)]


def required_keys(kind: str) -> set[str]:
    """Every field that is required alone or as one of a group."""
    keys = {k for group in required_groups(kind) for k in group}
    keys.update(f.key for f in fields_of(kind) if f.required)
    return keys


def either(keys: tuple[str, ...]) -> str:
    """`Customer code or Customer name` in the user's language."""
    text = field_label(keys[0])
    for key in keys[1:]:
        text = translate("ImportLabels", "%1 or %2").replace("%1", text).replace(
            "%2", field_label(key)
        )
    return text


def missing_text(kind: str, mapped: set[str]) -> str:
    """Which required fields still need a column ("" when the mapping is enough)."""
    missing = [g for g in required_groups(kind) if not any(k in mapped for k in g)]
    if not missing:
        return ""
    wanted = translate("ImportLabels", "; ").join(either(g) for g in missing)
    return translate("ImportLabels", "Choose a column for: %1.").replace("%1", wanted)


def file_error_heading(code: str) -> str:
    """What is wrong with a file that cannot be read, by `ImportFileError.code`."""
    names = {
        "empty": translate("ImportLabels", "The file is empty."),
        "not_excel": translate(
            "ImportLabels", "This file is not a spreadsheet (Excel, OpenDocument or CSV)."
        ),
        "truncated": translate(
            "ImportLabels", "The file is incomplete or damaged (perhaps a download or copy "
            "that did not finish)."
        ),
        "encrypted": translate(
            "ImportLabels", "The file is protected by a password. Save a copy without the "
            "password in Excel and import that."
        ),
        "zip_bomb": translate(
            "ImportLabels", "The file would unpack to an unreasonable size; it was not opened."
        ),
        "xml_entities": translate(
            "ImportLabels", "The file contains constructs a spreadsheet never needs; it was "
            "not opened."
        ),
        "too_large_range": translate("ImportLabels", "The sheet is too large to import."),
        "memory": translate("ImportLabels", "The file needs too much memory to read."),
        "no_sheets": translate("ImportLabels", "The workbook has no sheets."),
        "timeout": translate("ImportLabels", "Reading the file took too long; it was stopped."),
        "cancelled": translate("ImportLabels", "Reading the file was cancelled."),
        "not_found": translate("ImportLabels", "The file does not exist (any more)."),
        "no_access": translate("ImportLabels", "The file cannot be opened."),
        "unsupported_format": translate("ImportLabels", "This kind of file cannot be imported."),
        "no_data": translate("ImportLabels", "The file has no sheet with data."),
        "sheet_not_found": translate("ImportLabels", "The sheet does not exist."),
    }
    return names.get(code) or translate("ImportLabels", "The file cannot be read.")
