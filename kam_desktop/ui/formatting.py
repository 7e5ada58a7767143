"""Numbers, money and dates for display, in the current language's locale.

`QLocale()` is the default locale, which `i18n.install_translator` sets with the language, so
numbers get that locale's group and decimal separators (`1,234,567.50` in both of ours).
"""

from __future__ import annotations

import math
from datetime import date, datetime

from PySide6.QtCore import QLocale

EMPTY = "—"


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def integer(value: float | None) -> str:
    if _missing(value):
        return EMPTY
    return QLocale().toString(int(value))  # type: ignore[arg-type]


def money(value: float | None) -> str:
    """Two decimals with thousands separators; the currency is the user's ERP currency."""
    if _missing(value):
        return EMPTY
    return QLocale().toString(float(value), "f", 2)  # type: ignore[arg-type]


def rating(value: int | None) -> str:
    """A 1–5 rating as `4 / 5`."""
    if _missing(value):
        return EMPTY
    return f"{QLocale().toString(int(value))} / 5"  # type: ignore[arg-type]


def day(value: date | datetime | None) -> str:
    """A date as ISO `2024-03-05`: unambiguous in both languages (a datetime by its local date).

    The locale's short formats are `3/5/24` (US English) and `2024/3/5` (Chinese); ERP exports
    and Chinese business documents use the ISO form, and it reads the same to everyone.
    """
    if value is None:
        return EMPTY
    if isinstance(value, datetime):
        value = value.astimezone().date() if value.tzinfo else value.date()
    return value.isoformat()


def text(value: str | None) -> str:
    return value if value else EMPTY
