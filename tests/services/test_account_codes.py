"""The suggested code of a new account."""

from __future__ import annotations

from kam_desktop.services.account_codes import suggest_account_code


def test_next_in_the_most_common_pattern() -> None:
    assert suggest_account_code(["C001004", "C001023", "C001008", "X9", None, ""]) == "C001024"
    assert suggest_account_code(["007849", "007850"]) == "007851"  # leading zeros kept
    assert suggest_account_code(["K-99", "K-100"]) == "K-101"


def test_grows_past_the_width_and_skips_codes_in_use() -> None:
    # C98 and C99 are the common (prefix, width); C100 is taken, so C101.
    assert suggest_account_code(["C98", "C99", "C100"]) == "C101"


def test_without_numbered_codes() -> None:
    assert suggest_account_code([]) == "A0001"
    assert suggest_account_code(["ACME", "A0001"]) == "A0002"
