"""What a write changed, for the main window's app-wide `data_changed(changes)` signal.

After every write the widget that ran it emits a `Changes` set; each page decides whether it
shows any of that data and reloads (Anki's `OpChanges`). Strings, so a set prints readably.
"""

from __future__ import annotations

ACCOUNTS = "accounts"
SALES = "sales"
RECEIVABLES = "receivables"
CONTACTS = "contacts"
IMPORTS = "imports"

Changes = frozenset[str]

# Data an import (or its undo) of each kind writes. Sales and receivables imports may create
# accounts; every import adds a row to the history.
_BY_KIND: dict[str, Changes] = {
    "sales": frozenset({SALES, ACCOUNTS, IMPORTS}),
    "receivables": frozenset({RECEIVABLES, ACCOUNTS, IMPORTS}),
    "accounts": frozenset({ACCOUNTS, IMPORTS}),
    "contacts": frozenset({CONTACTS, ACCOUNTS, IMPORTS}),
}


def of_import(kind: str) -> Changes:
    """What importing (or undoing an import of) `kind` changes."""
    return _BY_KIND.get(kind, frozenset({ACCOUNTS, SALES, RECEIVABLES, CONTACTS, IMPORTS}))

VISITS = "visits"
SURVEYS = "surveys"
PLANS = "plans"
TIERS = "tiers"

# What an edit of each entity kind (services.edits.EntityKind values) changes.
_BY_ENTITY: dict[str, Changes] = {
    "account": frozenset({ACCOUNTS}),
    "contact": frozenset({CONTACTS, ACCOUNTS}),
    "visit": frozenset({VISITS}),
    "survey": frozenset({SURVEYS}),
}


def of_entity(kind: str) -> Changes:
    """What an edit (or its undo) of an entity of `kind` changes."""
    return _BY_ENTITY.get(str(kind), frozenset({ACCOUNTS, CONTACTS, VISITS, SURVEYS}))
