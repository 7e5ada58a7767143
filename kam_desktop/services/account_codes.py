"""Suggesting the code of a new account from the codes in use (the form's default)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

_CODE = re.compile(r"^(.*?)(\d+)$")
DEFAULT_CODE = "A0001"


def suggest_account_code(codes: Iterable[str | None]) -> str:
    """The next free code in the most common pattern (prefix + zero-padded number):
    C001004 and C001023 in use → C001024. Codes of deleted accounts count as used (codes are
    unique across all accounts). Without numbered codes: A0001."""
    used: set[str] = set()
    numbered: list[tuple[str, int, int]] = []  # (prefix, width, number)
    for code in codes:
        if not code:
            continue
        used.add(code)
        match = _CODE.match(code)
        if match:
            numbered.append((match.group(1), len(match.group(2)), int(match.group(2))))
    if not numbered:
        return DEFAULT_CODE if DEFAULT_CODE not in used else _free("A", 4, 1, used)
    (prefix, width), _ = Counter((p, w) for p, w, _ in numbered).most_common(1)[0]
    top = max(n for p, w, n in numbered if p == prefix and w == width)
    return _free(prefix, width, top + 1, used)


def _free(prefix: str, width: int, number: int, used: set[str]) -> str:
    while True:
        code = f"{prefix}{number:0{width}d}"
        if code not in used:
            return code
        number += 1


__all__ = ["suggest_account_code"]
