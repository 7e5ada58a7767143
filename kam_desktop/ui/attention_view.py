"""The attention list: accounts that need the account manager now, each with its rules in words.

`AttentionModel` is a `QAbstractTableModel` over a frame of flagged accounts as
`services.attention.attention_list(..., reasons=False)` returns it (indexed by account id, most
urgent first, `attrs` holding the rules and the day). `AttentionView` adds the filters (rule,
tier, text), the table and a panel with the current account's reasons; the Dashboard uses it,
and so can any page that holds an attention table.

Why filtering and sorting live in the model and not in a `QSortFilterProxyModel`: on 100,000
accounts tens of thousands are flagged, and a proxy calls `data()` from C++ into Python once
per row and comparison (seconds per click). Here both are numpy operations over the columns
(as in `accounts_model`), and only the visible rows are worded: the sentences come from
`services.attention.attention_items` on demand and are cached per account.

The service words its reasons in English; `reason_text` words the same `AttentionItem` (its
`params`) in the user's language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.services.attention import (
    RULES,
    AttentionItem,
    Rule,
    attention_items,
    tier_rank,
)
from kam_desktop.services.contacts import STRONG
from kam_desktop.ui import formatting, labels

# lupdate recognises `translate("Context", "text")` calls by name.
translate = QCoreApplication.translate

COLUMNS = ("code", "name", "tier", "attention", "sales", "owner", "rules", "reasons")
AccountIdRole = Qt.ItemDataRole.UserRole + 1
ALL = "__all__"
NOT_CLASSIFIED = "__none__"
VISIT_KINDS = ("on_site", "phone", "video", "email", "wechat", "event")

_Index = QModelIndex | QPersistentModelIndex
# Initial column widths in average character widths; the user can resize.
_COLUMN_CHARS = {"code": 8, "name": 20, "tier": 4, "attention": 5, "sales": 11, "owner": 8,
                 "rules": 30, "reasons": 60}


# --- words ---------------------------------------------------------------------------------------


def rule_label(rule: Rule | str) -> str:
    """The short name of a rule, as a filter and a column show it."""
    names = {
        Rule.VISIT_OVERDUE: translate("AttentionLabels", "Visit overdue"),
        Rule.FALLING_SATISFACTION: translate("AttentionLabels", "Falling satisfaction"),
        Rule.DETRACTOR_DECISION_MAKER: translate("AttentionLabels", "Detractor decision maker"),
        Rule.OVERDUE_RECEIVABLES: translate("AttentionLabels", "Overdue receivables"),
        Rule.SINGLE_THREADED: translate("AttentionLabels", "Single-threaded"),
        Rule.SALES_DOWN: translate("AttentionLabels", "Sales down"),
        Rule.NO_CONTACT: translate("AttentionLabels", "No recent contact"),
    }
    return names.get(Rule(rule), str(rule))


def rule_description(rule: Rule | str) -> str:
    """What a rule checks, in one sentence (Settings shows it under the rule)."""
    texts = {
        Rule.VISIT_OVERDUE: translate(
            "AttentionLabels", "The last visit is longer ago than the visit cadence of the "
                               "account's tier."),
        Rule.FALLING_SATISFACTION: translate(
            "AttentionLabels", "A respondent's latest NPS or CSAT is lower than their previous "
                               "answer by the set amount or more."),
        Rule.DETRACTOR_DECISION_MAKER: translate(
            "AttentionLabels", "A decision maker's latest NPS is 0–6 (a detractor)."),
        Rule.OVERDUE_RECEIVABLES: translate(
            "AttentionLabels", "Receivables past their due date add up to more than the set "
                               "amount."),
        Rule.SINGLE_THREADED: translate(
            "AttentionLabels", "At most one contact of the account has a relationship strength "
                               "of %1 or more with us.").replace("%1", str(STRONG)),
        Rule.SALES_DOWN: translate(
            "AttentionLabels", "Sales of the recent window are lower than in as many days "
                               "before by more than the set percentage."),
        Rule.NO_CONTACT: translate(
            "AttentionLabels", "No touch point of any kind (visit, call, e-mail, WeChat…) for "
                               "the set number of days."),
    }
    return texts.get(Rule(rule), "")


def visit_kind_label(kind: str) -> str:
    names = {
        "on_site": translate("AttentionLabels", "On-site visit"),
        "phone": translate("AttentionLabels", "Phone call"),
        "video": translate("AttentionLabels", "Video call"),
        "email": translate("AttentionLabels", "E-mail"),
        "wechat": translate("AttentionLabels", "WeChat"),
        "event": translate("AttentionLabels", "Event"),
    }
    return names.get(kind, kind)


def _amount(value: object) -> str:
    """A money amount in a sentence: whole units with group separators."""
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return formatting.EMPTY
    return QLocale().toString(round(float(value)))  # type: ignore[call-overload]


def _number(value: object) -> str:
    number = float(value)  # type: ignore[arg-type]
    return str(int(number)) if number.is_integer() else f"{number:g}"


def _date(value: object) -> str:
    """A date in a sentence: ISO, whether given as text, date or timestamp."""
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return formatting.EMPTY
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    if isinstance(value, str):
        return value[:10]
    return formatting.day(value)  # type: ignore[arg-type]


def _fill(text: str, *values: object) -> str:
    """`text` with %1, %2, … replaced (highest number first, so %1 never eats %10)."""
    for number in range(len(values), 0, -1):
        text = text.replace(f"%{number}", str(values[number - 1]))
    return text


def reason_text(item: AttentionItem) -> str:
    """One rule that fires, explained in a sentence in the user's language."""
    p = item.params
    rule = item.rule
    if rule is Rule.VISIT_OVERDUE:
        tier = p.get("tier")
        if p.get("last_visit") is not None:
            if tier:
                text = _fill(translate("AttentionReasons", "Last visit %1 days ago (%2); tier %3 "
                                       "calls for a visit every %4 days."),
                             p["days"], _date(p["last_visit"]), tier, p["cadence"])
            else:
                text = _fill(translate("AttentionReasons", "Last visit %1 days ago (%2); "
                                       "unclassified accounts call for a visit every %3 days."),
                             p["days"], _date(p["last_visit"]), p["cadence"])
        elif tier:
            text = _fill(translate("AttentionReasons", "Never visited in the %1 days since the "
                                   "account was created; tier %2 calls for a visit every %3 "
                                   "days."), p["days"], tier, p["cadence"])
        else:
            text = _fill(translate("AttentionReasons", "Never visited in the %1 days since the "
                                   "account was created; unclassified accounts call for a visit "
                                   "every %2 days."), p["days"], p["cadence"])
        if p.get("next_visit") is not None:
            plan = translate("AttentionReasons", "Next visit planned for %1.").replace(
                "%1", _date(p["next_visit"]))
        else:
            plan = translate("AttentionReasons", "No visit is planned.")
        return f"{text} {plan}"
    if rule is Rule.FALLING_SATISFACTION:
        measure = "NPS" if p.get("measure") == "nps" else "CSAT"
        person = p.get("contact") or translate("AttentionReasons", "an anonymous respondent")
        return _fill(translate("AttentionReasons", "%1 fell from %2 to %3 (%4, %5)."),
                     measure, _number(p["before"]), _number(p["after"]), person,
                     _date(p.get("date")))
    if rule is Rule.DETRACTOR_DECISION_MAKER:
        return _fill(translate("AttentionReasons", "Decision maker %1 is a detractor (NPS %2 on "
                               "%3)."), p.get("contact") or formatting.EMPTY, _number(p["nps"]),
                     _date(p.get("date")))
    if rule is Rule.OVERDUE_RECEIVABLES:
        return _fill(translate("AttentionReasons", "%1 of receivables overdue since %2 "
                               "(threshold %3)."), _amount(p["overdue"]), _date(p.get("since")),
                     _amount(p["threshold"]))
    if rule is Rule.SINGLE_THREADED:
        if p.get("contact"):
            return _fill(translate("AttentionReasons", "Single-threaded: only %1 has a strong "
                                   "relationship with us (strength %2 or more) in this tier %3 "
                                   "account."), p["contact"], STRONG, p.get("tier") or "")
        return _fill(translate("AttentionReasons", "Nobody has a strong relationship with us "
                               "(strength %1 or more) in this tier %2 account."), STRONG,
                     p.get("tier") or "")
    if rule is Rule.SALES_DOWN:
        return _fill(translate("AttentionReasons", "Sales down %1% (%2 from %3 to %4, against "
                               "%5 in as many days before; threshold %6%)."),
                     f"{float(p['percent']):.0f}", _amount(p["sales"]), _date(p.get("start")),
                     _date(p.get("end")), _amount(p["prior_sales"]), _number(p["threshold"]))
    if rule is Rule.NO_CONTACT:
        if p.get("last_contact") is not None:
            return _fill(translate("AttentionReasons", "No contact for %1 days (last on %2; "
                                   "threshold %3 days)."), p["days"], _date(p["last_contact"]),
                         p["threshold"])
        return _fill(translate("AttentionReasons", "No contact recorded in the %1 days since the "
                               "account was created (threshold %2 days)."), p["days"],
                     p["threshold"])
    return item.message  # pragma: no cover - a rule added to the service but not here


def column_label(key: str) -> str:
    names = {
        "code": translate("AttentionLabels", "Code"),
        "name": translate("AttentionLabels", "Account"),
        "tier": translate("AttentionLabels", "Tier"),
        "attention": translate("AttentionLabels", "Rules"),
        "rules": translate("AttentionLabels", "Needs attention for"),
        "sales": translate("AttentionLabels", "12-month sales"),
        "owner": translate("AttentionLabels", "Owner"),
        "reasons": translate("AttentionLabels", "Why, in words"),
    }
    return names.get(key, key)


# --- the model -----------------------------------------------------------------------------------


def _empty_frame() -> pd.DataFrame:
    frame = pd.DataFrame({
        "code": pd.Series(dtype=object), "name": pd.Series(dtype=object),
        "tier": pd.Series(dtype=object), "owner": pd.Series(dtype=object),
        "sales": pd.Series(dtype=float), "attention": pd.Series(dtype="int64"),
        **{r.value: pd.Series(dtype=bool) for r in RULES},
    })
    frame.index = pd.Index([], dtype=object, name="id")
    return frame


def _text_rank(values: np.ndarray) -> np.ndarray:
    """Each value's place in case-insensitive order (equal values share it); missing: n."""
    n = len(values)
    keys = pd.Series(values, dtype=object)
    present = keys.map(lambda v: isinstance(v, str) and bool(v)).to_numpy(dtype=bool)
    rank = np.full(n, n, dtype=np.int64)
    if present.any():
        folded = keys[present].astype(str).str.casefold().to_numpy(dtype=object)
        _, inverse = np.unique(folded, return_inverse=True)
        rank[present] = inverse
    return rank


@dataclass
class AttentionRows:
    """Flagged accounts as arrays for display, filtering and sorting. No Qt: build it where the
    attention list is computed (`from_frame` costs about a second at 80,000 flagged accounts,
    which the UI thread should not pay)."""

    frame: pd.DataFrame
    ids: np.ndarray = field(init=False)
    values: dict[str, np.ndarray] = field(init=False)
    sales: np.ndarray = field(init=False)
    count: np.ndarray = field(init=False)
    flags: np.ndarray = field(init=False)  # one column per rule, in `RULES` order
    tier_rank: np.ndarray = field(init=False)
    text_rank: dict[str, np.ndarray] = field(init=False)
    haystack: pd.Series = field(init=False)  # code, name and owner, case-folded
    tiers: list[str | None] = field(init=False)  # present, in tier order; None: unclassified

    def __post_init__(self) -> None:
        f = self.frame
        n = len(f)
        self.ids = np.array([str(i) for i in f.index], dtype=object)
        self.values = {
            key: f[key].to_numpy(dtype=object) if key in f else np.full(n, None, dtype=object)
            for key in ("code", "name", "tier", "owner")
        }
        self.sales = f["sales"].to_numpy(dtype=float) if "sales" in f else np.zeros(n)
        self.count = (f["attention"].to_numpy(dtype=np.int64) if "attention" in f
                      else np.zeros(n, dtype=np.int64))
        self.flags = np.column_stack(
            [f[r.value].to_numpy(dtype=bool) if r.value in f else np.zeros(n, dtype=bool)
             for r in RULES]) if n else np.zeros((0, len(RULES)), dtype=bool)
        tiers = pd.Series(self.values["tier"], dtype=object)
        self.tier_rank = tier_rank(tiers).to_numpy(dtype=np.int64) if n else \
            np.zeros(0, dtype=np.int64)
        self.text_rank = {key: _text_rank(self.values[key]) for key in ("code", "name", "owner")}
        parts = [pd.Series(self.values[k], dtype=object).fillna("").astype(str)
                 for k in ("code", "name", "owner")]
        self.haystack = parts[0].str.cat(parts[1:], sep="\x1f").str.casefold() if n else \
            pd.Series([], dtype=object)
        present = {t if isinstance(t, str) and t else None for t in tiers.unique()}
        labelled = [t for t in present if t is not None]
        ranks = dict(zip(labelled, tier_rank(pd.Series(labelled, dtype=object)), strict=True))
        self.tiers = [*sorted(labelled, key=lambda t: (ranks[t], t)),
                      *([None] if None in present else [])]

    @classmethod
    def from_frame(cls, frame: pd.DataFrame | None) -> AttentionRows:
        return cls(_empty_frame() if frame is None else frame)

    def __len__(self) -> int:
        return len(self.ids)


class AttentionModel(QAbstractTableModel):
    """Flagged accounts, filtered and sorted (see the module docstring). The default order is
    the frame's own: most rules first, then higher tiers, then bigger sales."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data = AttentionRows.from_frame(None)
        self._rows = np.empty(0, dtype=np.int64)
        self._rule: Rule | None = None
        self._tier = ALL
        self._search = ""
        self._sort: tuple[str | None, bool] = (None, True)
        self._words: dict[str, list[str]] = {}

    # --- data ----------------------------------------------------------------------------

    def set_table(self, table: pd.DataFrame | AttentionRows | None) -> None:
        """Show flagged accounts: a frame as `attention_list` returns it, or the same prepared
        as `AttentionRows` (None: nothing). Filters and order stay."""
        rows = table if isinstance(table, AttentionRows) else AttentionRows.from_frame(table)
        self.beginResetModel()
        self._data = rows
        self._words = {}
        self._rows = self._compute_rows()
        self.endResetModel()

    @property
    def frame(self) -> pd.DataFrame:
        return self._data.frame

    def total_count(self) -> int:
        return len(self._data)

    def visible_count(self) -> int:
        return len(self._rows)

    def rule_counts(self) -> dict[Rule, int]:
        """Accounts per rule among those passing the tier and text filters."""
        mask = self._mask(rule=False)
        flags = self._data.flags if mask is None else self._data.flags[mask]
        return {rule: int(flags[:, i].sum()) for i, rule in enumerate(RULES)}

    def count_without_rule(self) -> int:
        """Accounts passing the tier and text filters, whatever the rule filter."""
        mask = self._mask(rule=False)
        return len(self._data) if mask is None else int(mask.sum())

    def tiers(self) -> list[str | None]:
        """The tiers present, in tier order (None: unclassified accounts, last)."""
        return list(self._data.tiers)

    def account_id(self, row: int) -> str | None:
        if 0 <= row < len(self._rows):
            return str(self._data.ids[self._rows[row]])
        return None

    def code_at(self, row: int) -> str | None:
        if 0 <= row < len(self._rows):
            return str(self._data.values["code"][self._rows[row]])
        return None

    def row_of(self, account_id: str) -> int | None:
        positions = np.flatnonzero(self._data.ids[self._rows] == account_id)
        return int(positions[0]) if len(positions) else None

    def visible_ids(self) -> list[str]:
        return [str(i) for i in self._data.ids[self._rows]]

    def items(self, row: int) -> list[AttentionItem]:
        account = self.account_id(row)
        return attention_items(self.frame, account) if account is not None else []

    def reasons(self, row: int) -> list[str]:
        """The sentences of the rules that fire for the account in `row` (cached)."""
        account = self.account_id(row)
        if account is None:
            return []
        if account not in self._words:
            self._words[account] = [reason_text(i) for i in attention_items(self.frame, account)]
        return self._words[account]

    # --- filters and order -----------------------------------------------------------------

    def set_rule_filter(self, rule: Rule | str | None) -> None:
        self._rule = Rule(rule) if rule not in (None, ALL) else None
        self._refilter()

    @property
    def rule_filter(self) -> Rule | None:
        return self._rule

    def set_tier_filter(self, tier: str | None) -> None:
        """A tier label, `NOT_CLASSIFIED`, or `ALL` / None for every tier."""
        self._tier = tier or ALL
        self._refilter()

    @property
    def tier_filter(self) -> str:
        return self._tier

    def set_search(self, text: str) -> None:
        self._search = text
        self._refilter()

    def _refilter(self) -> None:
        self.beginResetModel()
        self._rows = self._compute_rows()
        self.endResetModel()

    def _mask(self, *, rule: bool = True) -> np.ndarray | None:
        mask: np.ndarray | None = None

        def both(hit: np.ndarray) -> np.ndarray:
            return hit if mask is None else mask & hit

        if rule and self._rule is not None:
            mask = both(self._data.flags[:, RULES.index(self._rule)])
        if self._tier != ALL:
            tiers = self._data.values["tier"]
            if self._tier == NOT_CLASSIFIED:
                hit = np.array([not (isinstance(t, str) and t) for t in tiers], dtype=bool)
            else:
                hit = np.asarray(tiers == self._tier, dtype=bool)
            mask = both(hit)
        for term in self._search.casefold().split():
            mask = both(self._data.haystack.str.contains(term, regex=False)
                        .to_numpy(dtype=bool))
        return mask

    def _compute_rows(self) -> np.ndarray:
        perm = self._permutation()
        mask = self._mask()
        return perm if mask is None else perm[mask[perm]]

    def _permutation(self) -> np.ndarray:
        column, ascending = self._sort
        data = self._data
        n = len(data)
        urgency = np.arange(n)
        if column is None or (column in ("attention", "reasons") and not ascending):
            return urgency  # the frame's order: most urgent first
        if column in ("attention", "reasons"):
            return urgency[::-1].copy()
        if column == "sales":
            key = np.nan_to_num(data.sales, nan=-np.inf)
            return np.lexsort((urgency, key if ascending else -key))
        if column == "tier":
            return np.lexsort((urgency, data.tier_rank if ascending else -data.tier_rank))
        if column == "rules":
            # By which rules fire, in rule order (visit overdue first), then urgency.
            weights = 1 << np.arange(len(RULES) - 1, -1, -1)
            key = (data.flags * weights).sum(axis=1) if n else np.zeros(0, dtype=np.int64)
            return np.lexsort((urgency, -key if ascending else key))
        rank = data.text_rank[column]
        key = rank if ascending else np.where(rank == n, n, -rank)  # missing last either way
        return np.lexsort((urgency, key))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (`column` < 0: the default urgency order). Selection survives."""
        key = COLUMNS[column] if 0 <= column < len(COLUMNS) else None
        ascending = order == Qt.SortOrder.AscendingOrder
        self.layoutAboutToBeChanged.emit()
        persistent = [p for p in self.persistentIndexList() if 0 <= p.row() < len(self._rows)]
        positions = [int(self._rows[p.row()]) for p in persistent]
        self._sort = (key, ascending)
        self._rows = self._compute_rows()
        where = np.full(len(self._data), -1, dtype=np.int64)
        where[self._rows] = np.arange(len(self._rows))
        targets = [self.index(int(where[pos]), p.column()) if where[pos] >= 0 else QModelIndex()
                   for p, pos in zip(persistent, positions, strict=True)]
        self.changePersistentIndexList(persistent, targets)
        self.layoutChanged.emit()

    def refresh_texts(self) -> None:
        """Re-word headers and reasons after a language change."""
        self._words = {}
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if len(self._rows):
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(COLUMNS) - 1))

    # --- QAbstractTableModel -------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        key = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column_label(key)
        if role == Qt.ItemDataRole.ToolTipRole and key == "attention":
            return translate("AttentionLabels", "How many attention rules fire")
        if role == Qt.ItemDataRole.ToolTipRole and key == "sales":
            return translate("AttentionLabels", "Sales of the last 12 months of sales data")
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if not (0 <= row < len(self._rows) and 0 <= col < len(COLUMNS)):
            return None
        key = COLUMNS[col]
        pos = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(key, pos, row)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key in ("reasons", "rules", "attention"):
                return "\n".join(f"• {s}" for s in self.reasons(row))
            if key == "name":
                return formatting.text(self._data.values["name"][pos])
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key in ("sales", "attention"):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if key == "tier":
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "tier" and not isinstance(self._data.values["tier"][pos], str):
                return QColor(Qt.GlobalColor.gray)
            if key == "attention" and self._data.count[pos] >= 3:
                return QColor("#b3261e")
            return None
        if role == AccountIdRole:
            return str(self._data.ids[pos])
        return None

    def _display(self, key: str, pos: int, row: int) -> str:
        if key in ("code", "name", "owner"):
            return formatting.text(self._data.values[key][pos])
        if key == "tier":
            tier = self._data.values["tier"][pos]
            return tier if isinstance(tier, str) and tier else formatting.EMPTY
        if key == "attention":
            return QLocale().toString(int(self._data.count[pos]))
        if key == "sales":
            return _amount(self._data.sales[pos])
        if key == "rules":
            flags = self._data.flags[pos]
            return " · ".join(rule_label(r) for i, r in enumerate(RULES) if flags[i])
        if key == "reasons":
            return " ".join(self.reasons(row))
        return ""  # pragma: no cover


# --- the view ------------------------------------------------------------------------------------


class AttentionView(QWidget):
    """Filters, the attention table and the selected account's reasons. Double-click or Enter
    on a row emits `open_account(account_id)`."""

    open_account = Signal(str)  # account id (32 hex digits)
    current_changed = Signal(object)  # account id or None

    def __init__(self, parent: QWidget | None = None, *, hidden_columns: tuple[str, ...] = ()
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("attentionView")
        self.model = AttentionModel(self)
        self._busy = False

        self.rule_label = QLabel()
        self.rule_combo = QComboBox()
        self.rule_combo.setObjectName("attentionRuleFilter")
        self.rule_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.rule_label.setBuddy(self.rule_combo)
        self.rule_combo.currentIndexChanged.connect(self._on_rule_chosen)
        self.tier_label = QLabel()
        self.tier_combo = QComboBox()
        self.tier_combo.setObjectName("attentionTierFilter")
        self.tier_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.tier_label.setBuddy(self.tier_combo)
        self.tier_combo.currentIndexChanged.connect(self._on_tier_chosen)
        self.search = QLineEdit()
        self.search.setObjectName("attentionSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.model.set_search)
        self.count_label = QLabel()
        self.count_label.setObjectName("attentionCount")

        self.table = QTableView()
        self.table.setObjectName("attentionTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setCornerButtonEnabled(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        char = self.table.fontMetrics().averageCharWidth()
        for col, key in enumerate(COLUMNS):
            self.table.setColumnWidth(col, _COLUMN_CHARS[key] * char + 16)
            self.table.setColumnHidden(col, key in hidden_columns)
        self.table.doubleClicked.connect(self._on_activated)
        self.table.installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.model.modelReset.connect(self._after_reset)

        self.details = QTextBrowser()
        self.details.setObjectName("attentionDetails")
        self.details.setOpenLinks(False)
        self.details.setFrameShape(QTextBrowser.Shape.StyledPanel)
        lines = self.details.fontMetrics().lineSpacing()
        self.details.setFixedHeight(lines * 5 + 14)

        bar = QHBoxLayout()
        bar.setSpacing(6)
        bar.addWidget(self.rule_label)
        bar.addWidget(self.rule_combo)
        bar.addSpacing(6)
        bar.addWidget(self.tier_label)
        bar.addWidget(self.tier_combo)
        bar.addSpacing(6)
        bar.addWidget(self.search, 1)
        bar.addSpacing(6)
        bar.addWidget(self.count_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        self.retranslate_ui()

    # --- data ------------------------------------------------------------------------------

    def set_table(self, table: pd.DataFrame | AttentionRows | None) -> None:
        """Show flagged accounts (see `AttentionModel.set_table`); the current account stays
        current when it is still listed."""
        current = self.current_account()
        self.model.set_table(table)
        self._fill_combos()
        if current is not None:
            self.select_account(current)
        self._update_count()

    def set_busy(self, busy: bool) -> None:
        """While busy (the list is being recomputed) the count says so."""
        self._busy = busy
        self._update_count()

    def set_rule_filter(self, rule: Rule | str | None) -> None:
        index = self.rule_combo.findData(Rule(rule).value if rule not in (None, ALL) else ALL)
        if index >= 0:
            self.rule_combo.setCurrentIndex(index)

    def set_tier_filter(self, tier: str | None) -> None:
        """A tier label, None for unclassified accounts, or `ALL`."""
        wanted = NOT_CLASSIFIED if tier is None else tier
        index = self.tier_combo.findData(wanted)
        if index < 0 and wanted != ALL:  # a tier none of whose accounts is flagged
            self.tier_combo.addItem(self._tier_text(wanted), wanted)
            index = self.tier_combo.count() - 1
        if index >= 0:
            self.tier_combo.setCurrentIndex(index)

    def current_account(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.account_id(index.row()) if index.isValid() else None

    def select_account(self, account_id: str) -> bool:
        row = self.model.row_of(account_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    # --- filters ---------------------------------------------------------------------------

    def _fill_combos(self) -> None:
        counts = self.model.rule_counts()
        total = self.model.count_without_rule()
        rule = self.rule_combo.currentData() or ALL
        self.rule_combo.blockSignals(True)
        self.rule_combo.clear()
        self.rule_combo.addItem(translate("AttentionView", "Any rule (%1)").replace(
            "%1", QLocale().toString(total)), ALL)
        for r in RULES:
            self.rule_combo.addItem(f"{rule_label(r)} ({QLocale().toString(counts[r])})", r.value)
        self.rule_combo.setCurrentIndex(max(self.rule_combo.findData(rule), 0))
        self.rule_combo.blockSignals(False)

        tier = self.tier_combo.currentData() or ALL
        self.tier_combo.blockSignals(True)
        self.tier_combo.clear()
        self.tier_combo.addItem(translate("AttentionView", "All tiers"), ALL)
        for t in self.model.tiers():
            key = NOT_CLASSIFIED if t is None else t
            self.tier_combo.addItem(self._tier_text(key), key)
        index = self.tier_combo.findData(tier)
        if index < 0 and tier != ALL:  # keep a chosen tier even when none of it is flagged
            self.tier_combo.addItem(self._tier_text(tier), tier)
            index = self.tier_combo.count() - 1
        self.tier_combo.setCurrentIndex(max(index, 0))
        self.tier_combo.blockSignals(False)

    @staticmethod
    def _tier_text(tier: str) -> str:
        if tier == NOT_CLASSIFIED:
            return labels.not_classified()
        return translate("AttentionView", "Tier %1").replace("%1", tier)

    def _on_rule_chosen(self, _index: int) -> None:
        self.model.set_rule_filter(self.rule_combo.currentData() or ALL)

    def _on_tier_chosen(self, _index: int) -> None:
        self.model.set_tier_filter(self.tier_combo.currentData() or ALL)
        self._fill_combos()  # the rule counts follow the tier

    def _after_reset(self) -> None:
        self._update_count()
        self._show_details(self.current_account())

    def _update_count(self) -> None:
        total, shown = self.model.total_count(), self.model.visible_count()
        locale = QLocale()
        if self._busy and total == 0:
            text = translate("AttentionView", "Computing…")
        elif total == 0:
            text = translate("AttentionView", "No account needs attention")
        elif shown == total:
            text = translate("AttentionView", "%1 accounts").replace("%1", locale.toString(total))
        else:
            text = translate("AttentionView", "%1 of %2 accounts").replace(
                "%1", locale.toString(shown)).replace("%2", locale.toString(total))
        if self._busy and total:
            text = translate("AttentionView", "%1 — updating…").replace("%1", text)
        self.count_label.setText(text)

    # --- selection -------------------------------------------------------------------------

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        account = self.model.account_id(current.row()) if current.isValid() else None
        self._show_details(account)
        self.current_changed.emit(account)

    def _show_details(self, account: str | None) -> None:
        row = self.model.row_of(account) if account is not None else None
        if row is None:
            if self.model.visible_count():
                hint = translate("AttentionView", "Select an account to read why it needs "
                                                  "attention; double-click or press Enter to "
                                                  "open it.")
            else:
                hint = ""
            self.details.setHtml(f"<span style='color:#5f6b7a'>{_escape(hint)}</span>")
            return
        code = self.model.code_at(row) or ""
        name = formatting.text(self.model.data(self.model.index(row, COLUMNS.index("name"))))
        items = "".join(f"<li>{_escape(s)}</li>" for s in self.model.reasons(row))
        self.details.setHtml(
            f"<b>{_escape(code)} {_escape(name)}</b>"
            f"<ul style='margin-left:-20px; margin-top:2px'>{items}</ul>")

    def _on_activated(self, index: QModelIndex) -> None:
        account = self.model.account_id(index.row()) if index.isValid() else None
        if account is not None:
            self.open_account.emit(account)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._on_activated(self.table.currentIndex())
                return True
        return super().eventFilter(watched, event)

    # --- language --------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.rule_label.setText(translate("AttentionView", "&Rule:"))
        self.tier_label.setText(translate("AttentionView", "T&ier:"))
        self.search.setPlaceholderText(translate("AttentionView", "Filter by code, name or "
                                                                  "owner"))
        self.model.refresh_texts()
        self._fill_combos()
        self._update_count()
        self._show_details(self.current_account())

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = [
    "ALL", "COLUMNS", "NOT_CLASSIFIED", "VISIT_KINDS", "AccountIdRole", "AttentionModel",
    "AttentionRows",
    "AttentionView", "reason_text", "rule_description", "rule_label", "visit_kind_label",
]
