"""The attention table computed from only the tables some rules need.

`attention_table` reads six source tables for seven rules; its costliest read is two million
sales lines. A view that shows only visit cadence (the Visits page) or only satisfaction alerts
(the Surveys page) needs two of them: accounts and visits, or accounts and surveys. Reading
only those takes about a tenth of the time at 100,000 accounts, and the flags come from the
same code as the attention list's, so the pages and the list never disagree.

The rules that need a table that was not read are switched off in the result (their columns
are False, `attention` counts only the rules computed), and the figures of those tables are as
if the tables were empty: use only the columns of the rules asked for.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import Any

import pandas as pd

from kam_desktop.services import attention
from kam_desktop.services.attention import AttentionRules, Rule, Source
from kam_desktop.services.edits import parse_id

# The source tables each rule reads (besides accounts, which every rule reads).
RULE_TABLES: dict[Rule, frozenset[str]] = {
    Rule.VISIT_OVERDUE: frozenset({"visits"}),
    Rule.NO_CONTACT: frozenset({"visits"}),
    Rule.FALLING_SATISFACTION: frozenset({"surveys"}),
    Rule.DETRACTOR_DECISION_MAKER: frozenset({"surveys"}),
    Rule.OVERDUE_RECEIVABLES: frozenset({"receivables"}),
    Rule.SINGLE_THREADED: frozenset({"contacts"}),
    Rule.SALES_DOWN: frozenset({"sales"}),
}
_EMPTY_TABLES = ("visits", "receivables", "contacts", "surveys")


def attention_subset(source: Source, rules_wanted: Iterable[Rule], *,
                     today: date | None = None, rules: AttentionRules | None = None,
                     account_id: str | None = None) -> pd.DataFrame:
    """`attention_table` for `rules_wanted` only (reading only the tables they need).

    Same index, columns, `attrs` and flags for those rules as `attention_table`; every other
    rule is off. `account_id` restricts it to one account, as in `attention_table`.
    """
    today = today or date.today()
    rules = rules or AttentionRules()
    wanted = frozenset(Rule(r) for r in rules_wanted)
    tables = frozenset().union(*(RULE_TABLES[r] for r in wanted)) if wanted else frozenset()
    rules = replace(rules, enabled=rules.enabled & wanted)
    scoped = account_id is not None
    params: tuple[Any, ...] = (parse_id(account_id, "account").hex,) if scoped else ()
    sales_end: dict[str, date | None] = {"end": None}

    def build(conn: sqlite3.Connection) -> dict[str, tuple[str, tuple[Any, ...]]]:
        if "sales" in tables:
            sales_end["end"] = attention.sales_end_date(conn, today)
        queries = attention._queries(today, rules, sales_end["end"], scoped)
        return {name: query for name, query in queries.items()
                if name == "accounts" or name in tables}

    results = attention.run_queries(source, build, params)
    for name in _EMPTY_TABLES:
        results.setdefault(name, [])
    return attention._assemble(results, today, rules, sales_end["end"])


__all__ = ["RULE_TABLES", "attention_subset"]
