"""What can be imported: the kinds of import and the target fields of each, with their types."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ImportKindName(StrEnum):
    SALES = "sales"
    RECEIVABLES = "receivables"
    ACCOUNTS = "accounts"
    CONTACTS = "contacts"


class FieldType(StrEnum):
    CODE = "code"  # text key; numbers Excel stored as 17850.0 become "17850"; zeros kept
    TEXT = "text"
    DATE = "date"
    NUMBER = "number"  # money, quantities, percentages (a discount of 5% is 0.05)
    INTEGER = "integer"
    RATING = "rating"  # integer 1..5
    EMAIL = "email"


@dataclass(frozen=True)
class Field:
    key: str
    type: FieldType
    required: bool = False


def _f(key: str, type_: FieldType = FieldType.TEXT, required: bool = False) -> Field:
    return Field(key, type_, required)


C, T, D, N, INT, R, E = (FieldType.CODE, FieldType.TEXT, FieldType.DATE, FieldType.NUMBER,
                       FieldType.INTEGER, FieldType.RATING, FieldType.EMAIL)

# `customer_code` / `customer_name`: at least one of them must be mapped (checked by the
# pipeline); the other requirements are per field.
FIELDS: dict[ImportKindName, tuple[Field, ...]] = {
    ImportKindName.SALES: (
        _f("customer_code", C), _f("customer_name", T), _f("order_no", C),
        _f("line_no", INT), _f("order_date", D, required=True), _f("product_code", C),
        _f("product_name", T), _f("product_category", T), _f("quantity", N),
        _f("unit_price", N), _f("discount", N), _f("amount", N), _f("cost", N),
        _f("profit", N), _f("currency", T), _f("salesperson", T), _f("region", T),
        _f("industry", T), _f("segment", T),
    ),
    ImportKindName.RECEIVABLES: (
        _f("customer_code", C), _f("customer_name", T), _f("invoice_no", C, required=True),
        _f("invoice_date", D, required=True), _f("due_date", D), _f("amount", N, required=True),
        _f("paid_amount", N), _f("paid_date", D), _f("outstanding", N), _f("currency", T),
    ),
    ImportKindName.ACCOUNTS: (
        _f("customer_code", C, required=True), _f("customer_name", T), _f("industry", T),
        _f("segment", T), _f("region", T), _f("city", T), _f("address", T), _f("website", T),
        _f("owner", T), _f("status", T), _f("company_size", INT), _f("company_profit", N),
        _f("annual_revenue", N), _f("value_fit", R), _f("procurement_fit", R),
        _f("growth_potential", R), _f("influence", R), _f("notes", T),
    ),
    ImportKindName.CONTACTS: (
        _f("customer_code", C), _f("customer_name", T), _f("name", T, required=True),
        _f("title", T), _f("department", T), _f("phone", T), _f("mobile", T),
        _f("email", E), _f("wechat", T), _f("role", T), _f("attitude", T),
        _f("influence", R), _f("relationship_strength", R), _f("notes", T),
    ),
}


def fields_of(kind: ImportKindName | str) -> tuple[Field, ...]:
    return FIELDS[ImportKindName(kind)]


def field_keys(kind: ImportKindName | str) -> tuple[str, ...]:
    return tuple(f.key for f in fields_of(kind))
