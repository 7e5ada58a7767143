"""Form validation for the editing services: every field checked, every problem reported at once.

A form with three mistakes should show three messages beside three fields, not one dialog per
attempt, so `Form` collects the problems of a whole record and raises one `FieldErrors` at the
end. The checks mirror the CHECK constraints of the schema (ratings 1–5, NPS 0–10, closed
vocabularies, non-blank names) and the column lengths, so the user never meets an
IntegrityError; the database still enforces them.

Values may come straight from widgets: text is stripped and a blank text is "no value"; numbers
may be given as text ("1,200" is accepted for a number); dates as `date` or ISO text.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from kam_desktop.errors import InvalidInputError

# A practical e-mail check (not RFC 5322): one @, no spaces, a dot in the domain.
_EMAIL = re.compile(r"^[^@\s<>(),;:\"]+@[^@\s<>(),;:\"]+\.[^@\s<>(),;:\".]{2,}$")
# Phone numbers as people write them: +86 138 1234 5678, 021-6123 4567, (0755) 8888-1234 ext. 12.
_PHONE = re.compile(r"^\+?[\d\s().\-/]+(?:\s*(?:ext\.?|x|转|分机)\s*\d{1,6})?$", re.IGNORECASE)
MIN_PHONE_DIGITS = 5
MAX_PHONE_DIGITS = 20


class FieldErrors(InvalidInputError):
    """A record the user entered has invalid fields. `errors` maps field name → message, so a
    form can show each message beside its field; the exception text lists them all."""

    def __init__(self, errors: Mapping[str, str], *, what: str = "record") -> None:
        self.errors: dict[str, str] = dict(errors)
        self.what = what
        listed = "; ".join(f"{name}: {message}" for name, message in self.errors.items())
        super().__init__(f"The {what} cannot be saved. {listed}")


def _blank(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    return isinstance(value, float) and math.isnan(value)


class Form:
    """Checks the fields of one record. Each method returns the cleaned value (None when
    blank or invalid) and records a message for an invalid one; `check()` raises them all."""

    def __init__(self, values: Mapping[str, Any], *, what: str = "record") -> None:
        self.values = values
        self.what = what
        self.errors: dict[str, str] = {}
        self.clean: dict[str, Any] = {}

    def fail(self, name: str, message: str) -> None:
        self.errors.setdefault(name, message)

    def check(self) -> dict[str, Any]:
        if self.errors:
            raise FieldErrors(self.errors, what=self.what)
        return self.clean

    def _take(self, name: str, label: str, required: bool) -> Any:
        value = self.values.get(name)
        if _blank(value):
            if required:
                self.fail(name, f"{label} is required.")
            self.clean[name] = None
            return None
        return value

    def _keep(self, name: str, value: Any) -> Any:
        self.clean[name] = value
        return value

    def text(self, name: str, label: str, *, required: bool = False,
             max_length: int | None = None, multiline: bool = False) -> str | None:
        value = self._take(name, label, required)
        if value is None:
            return None
        if not isinstance(value, str):
            self.fail(name, f"{label} must be text.")
            return self._keep(name, None)
        value = value.strip()
        if max_length is not None and len(value) > max_length:
            self.fail(name, f"{label} has {len(value)} characters; at most {max_length} fit.")
        elif not multiline and any(c in value for c in "\r\n\t"):
            self.fail(name, f"{label} must be on one line.")
        elif any(ord(c) < 32 and c not in "\r\n\t" for c in value):
            self.fail(name, f"{label} contains a control character.")
        return self._keep(name, value)

    def choice(self, name: str, label: str, enum: type[StrEnum], *,
               required: bool = False) -> str | None:
        value = self._take(name, label, required)
        if value is None:
            return None
        allowed = [m.value for m in enum]
        text = str(value).strip()
        if text not in allowed:
            self.fail(name, f"{label} must be one of {', '.join(allowed)} (not {text!r}).")
            return self._keep(name, None)
        return self._keep(name, text)

    def number(self, name: str, label: str, *, required: bool = False,
               minimum: float | None = None, maximum: float | None = None,
               integer: bool = False) -> float | int | None:
        value = self._take(name, label, required)
        if value is None:
            return None
        parsed = _parse_number(value)
        kind = "a whole number" if integer else "a number"
        if parsed is None or (integer and not float(parsed).is_integer()):
            self.fail(name, f"{label} must be {kind} (not {value!r}).")
            return self._keep(name, None)
        too_low = minimum is not None and parsed < minimum
        too_high = maximum is not None and parsed > maximum
        if too_low or too_high:
            self.fail(name, _range_message(label, minimum, maximum, integer))
        return self._keep(name, int(parsed) if integer else float(parsed))

    def rating(self, name: str, label: str, *, low: int = 1, high: int = 5,
               required: bool = False) -> int | None:
        value = self.number(name, label, required=required, minimum=low, maximum=high,
                            integer=True)
        return None if value is None else int(value)

    def email(self, name: str, label: str, *, max_length: int = 200) -> str | None:
        value = self.text(name, label, max_length=max_length)
        if value is not None and name not in self.errors and not _EMAIL.match(value):
            self.fail(name, f"{label} {value!r} is not an e-mail address (like name@example.com).")
        return value

    def phone(self, name: str, label: str, *, max_length: int = 50) -> str | None:
        value = self.text(name, label, max_length=max_length)
        if value is None or name in self.errors:
            return value
        digits = sum(c.isdigit() for c in value)
        if not _PHONE.match(value) or not MIN_PHONE_DIGITS <= digits <= MAX_PHONE_DIGITS:
            self.fail(name, f"{label} {value!r} is not a phone number: use digits with optional "
                            "+, spaces, dashes and brackets (like +86 21 6123 4567).")
        return value

    def day(self, name: str, label: str, *, required: bool = False) -> date | None:
        value = self._take(name, label, required)
        if value is None:
            return None
        if isinstance(value, datetime):
            return self._keep(name, value.date())
        if isinstance(value, date):
            return self._keep(name, value)
        try:
            return self._keep(name, date.fromisoformat(str(value).strip()))
        except ValueError:
            self.fail(name, f"{label} must be a date like 2025-03-31 (not {value!r}).")
            return self._keep(name, None)

    def moment(self, name: str, label: str, *, required: bool = False) -> datetime | None:
        """A local wall-clock time (naive); an aware time is converted to local time."""
        value = self._take(name, label, required)
        if value is None:
            return None
        if isinstance(value, datetime):
            parsed = value
        elif isinstance(value, date):
            parsed = datetime(value.year, value.month, value.day)
        else:
            try:
                parsed = datetime.fromisoformat(str(value).strip())
            except ValueError:
                self.fail(name, f"{label} must be a date and time like 2025-03-31 14:30 "
                                f"(not {value!r}).")
                return self._keep(name, None)
        if parsed.tzinfo is not None:
            parsed = parsed.astimezone().replace(tzinfo=None)
        return self._keep(name, parsed.replace(microsecond=0))

    def flag(self, name: str, label: str, *, default: bool) -> bool:
        value = self.values.get(name, default)
        if value is None:
            value = default
        if not isinstance(value, bool):
            self.fail(name, f"{label} must be yes or no.")
            return self._keep(name, default)
        return self._keep(name, value)


def _parse_number(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
    else:
        try:
            number = float(str(value).strip().replace(",", "").replace("_", ""))
        except ValueError:
            return None
    return number if math.isfinite(number) else None


def _range_message(label: str, minimum: float | None, maximum: float | None,
                   integer: bool) -> str:
    def show(x: float) -> str:
        return str(int(x)) if integer or float(x).is_integer() else str(x)

    if minimum is not None and maximum is not None:
        return f"{label} must be from {show(minimum)} to {show(maximum)}."
    if minimum is not None:
        return f"{label} must be {show(minimum)} or more."
    return f"{label} must be {show(maximum)} or less."  # type: ignore[arg-type]


def reject_unknown(values: Mapping[str, Any], known: Iterable[str], what: str) -> None:
    """A field name the record does not have is a programming error, not a user's."""
    unknown = sorted(set(values) - set(known))
    if unknown:
        raise ValueError(f"{what} has no field {', '.join(unknown)}")


__all__ = ["FieldErrors", "Form", "reject_unknown"]
