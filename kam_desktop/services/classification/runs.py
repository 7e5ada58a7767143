"""Classification runs: compute, apply (store) or try (what-if), compare with the run before.

`classify` reads the indicators for the window (in parallel, see indicators.py), applies the
policy in pandas, and — unless it is a dry run — stores the run and one result per account in a
single transaction. The tier in force of a result is the account's override when one is in force,
else the computed tier; both are always stored and returned.

Runs are history: nothing here deletes one. "The tier in force" shown across the app is the
active override, else the newest run's `tier` (services/accounts.py `_TIER_SQL`); the override
functions (overrides.py) keep the newest run's `tier` equal to that.
"""

from __future__ import annotations

import getpass
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

import numpy as np
import pandas as pd

from kam_desktop.errors import KamError, NotFoundError
from kam_desktop.services.classification.builtin import builtin_policies, ensure_builtin_policies
from kam_desktop.services.classification.indicators import (
    Window,
    compute_indicators,
)
from kam_desktop.services.classification.library import (
    PolicyVersion,
    find_version,
    get_policy_version,
    policy_version_by_id,
    store_policy,
)
from kam_desktop.services.classification.policy import Policy, validate_policy
from kam_desktop.services.classification.results import (
    active_overrides,
    breakdown_blobs,
    breakdown_raws,
    current_tiers,
    insert_results,
    insert_run,
    next_ran_at,
    parse_utc,
    utc_text,
)
from kam_desktop.services.classification.tiering import Tiering, apply_policy
from kam_desktop.storage.bulk import bulk_cache
from kam_desktop.storage.database import Database
from kam_desktop.storage.unit_of_work import UnitOfWork

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
NOT_CLASSIFIED = "—"  # the "from" of an account no run has classified yet
TABLE_COLUMNS = ("code", "name", "tier", "computed_tier", "score", "rank")
INDICATOR_STEPS = 10  # progress units for reading the indicators (most of the time)


@dataclass
class RunResult:
    """One classification, applied or tried. `rows` is indexed by account id and ordered by
    rank: code, name, tier (in force), computed_tier, score (NaN for ABC and thresholds), rank,
    override_reason (None without an override), then each indicator's raw value by key."""

    policy: Policy
    policy_version: int | None  # None: a dry run of a policy that is not stored as it is
    window: Window
    ran_at: datetime
    dry_run: bool
    run_id: str | None  # None for a dry run
    user: str | None
    rows: pd.DataFrame
    tiering: Tiering
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def keys(self) -> tuple[str, ...]:
        return self.policy.keys

    def table(self) -> pd.DataFrame:
        """The command line's table: code, name, tier, computed_tier, score, rank, then one
        column per indicator (raw value), one row per account, by rank; score rounded to 2."""
        frame = self.rows[[*TABLE_COLUMNS, *self.keys]].reset_index(drop=True)
        frame["score"] = frame["score"].round(2)
        return frame

    def counts(self, column: str = "tier") -> dict[str, int]:
        """Accounts per tier, in the policy's tier order (override labels outside it last)."""
        counts = self.rows[column].value_counts()
        return {label: int(counts.get(label, 0)) for label in label_order(
            self.policy.labels, counts.index)}

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready summary (without the rows)."""
        return {
            "run_id": self.run_id, "dry_run": self.dry_run, "policy": self.policy.name,
            "policy_version": self.policy_version, "method": self.policy.method,
            "window": {"start": self.window.start.isoformat(),
                       "end": self.window.end.isoformat()},
            "ran_at": self.ran_at.isoformat(), "user": self.user, "accounts": len(self.rows),
            "tiers": self.counts(), "computed_tiers": self.counts("computed_tier"),
            "overrides": int(self.rows["override_reason"].notna().sum()),
            "seconds": round(sum(self.timings.values()), 3),
        }


@dataclass(frozen=True)
class RunInfo:
    run_id: str
    ran_at: datetime
    policy_id: str
    policy_name: str
    policy_version: int
    method: str
    window_start: date
    window_end: date
    account_count: int
    user: str | None

    def to_dict(self) -> dict[str, object]:
        return {"run_id": self.run_id, "ran_at": self.ran_at.isoformat(),
                "policy": self.policy_name, "policy_version": self.policy_version,
                "method": self.method, "window_start": self.window_start.isoformat(),
                "window_end": self.window_end.isoformat(), "accounts": self.account_count,
                "user": self.user}


@dataclass
class Migration:
    """From → to: `matrix` counts accounts (rows: from, columns: to, "—" = not classified);
    `movers` lists the accounts whose tier differs: code, name, from_tier, to_tier, score,
    previous_score, rank."""

    matrix: pd.DataFrame
    movers: pd.DataFrame

    @property
    def moved(self) -> int:
        return len(self.movers)


@dataclass
class WhatIf:
    """A policy tried without saving: its results and how they differ from the tiers in force."""

    result: RunResult
    migration: Migration

    @property
    def matrix(self) -> pd.DataFrame:
        return self.migration.matrix

    @property
    def movers(self) -> pd.DataFrame:
        return self.migration.movers


@dataclass
class RunComparison:
    run: RunInfo
    previous: RunInfo | None
    migration: Migration


# --- classify ----------------------------------------------------------------------------------


def default_user() -> str | None:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name on this system
        return None


def _resolve_policy(uow: UnitOfWork, policy: Policy | PolicyVersion | str,
                    version: int | None) -> tuple[Policy, PolicyVersion | None]:
    """The policy to run and, when it is stored as it is, its stored version."""
    if isinstance(policy, PolicyVersion):
        return policy.policy, policy
    if isinstance(policy, str):
        try:
            stored = get_policy_version(uow, policy, version)
        except NotFoundError:
            # A builtin not installed yet (a dry run installs nothing): use it as shipped.
            for builtin in builtin_policies():
                if version is None and builtin.name.casefold() == policy.strip().casefold():
                    return builtin, None
            raise
        return stored.policy, stored
    policy = validate_policy(policy)
    return policy, find_version(uow, policy)


def classify(db: Database, policy: Policy | PolicyVersion | str, *, start: date | None = None,
             end: date | None = None, dry_run: bool = False, version: int | None = None,
             user: str | None = None, progress: Progress | None = None,
             cancelled: Cancelled | None = None) -> RunResult:
    """Classify every account in scope with `policy` (a Policy, a stored version, or a stored
    policy's name — then `version`, default the newest).

    `start`/`end` override the policy's window, each on its own; what is still missing
    defaults to the trailing twelve months up to the latest sales line. Without `dry_run` the
    run is stored (an unsaved or edited Policy is first saved as a new version, so every result
    records the version that produced it); a dry run writes nothing. `cancelled()` is polled
    between steps: when it returns True, KamError is raised and nothing is written.
    """
    timings: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[name] = now - clock
        clock = now

    user = user or default_user()
    with db.unit_of_work() as uow:
        policy_obj, resolved = _resolve_policy(uow, policy, version)
    total = INDICATOR_STEPS + 3

    def step(done: int, message: str) -> None:
        if cancelled is not None and cancelled():
            raise KamError("Classification cancelled; nothing was saved.")
        if progress is not None:
            progress(done, total, message)

    step(0, f"Classifying with {policy_obj.name!r}…")
    # The window is worked out beside the first queries (the latest sales date is a scan).
    frame = compute_indicators(
        db, None, policy_obj.keys, start=start or policy_obj.window_start,
        end=end or policy_obj.window_end, cancelled=cancelled,
        progress=lambda d, t, m: step(1 + INDICATOR_STEPS * d // max(t, 1), m),
    )
    window: Window = frame.attrs["window"]
    lap("indicators")
    step(1 + INDICATOR_STEPS, "Applying the tiers…")
    tiering = apply_policy(policy_obj, frame)
    lap("tiers")
    if dry_run:
        with db.unit_of_work() as uow:
            conn = uow.session.connection().connection.driver_connection
            rows = _rows(frame, tiering, active_overrides(conn))
        lap("overrides")
        step(total, "Done.")
        return RunResult(policy=policy_obj,
                         policy_version=resolved.version if resolved else None, window=window,
                         ran_at=datetime.now(UTC), dry_run=True, run_id=None,
                         user=user, rows=rows, tiering=tiering, timings=timings)
    step(2 + INDICATOR_STEPS, f"Saving {len(frame):,} results…")
    breakdown = breakdown_blobs(tiering)
    lap("breakdown")
    with db.unit_of_work() as uow:
        conn = uow.session.connection().connection.driver_connection
        ensure_builtin_policies(uow)
        # A stored version runs as that version (an older one too); anything else is saved as
        # the next version of its name first.
        stored = resolved if resolved is not None else store_policy(
            uow, policy_obj, builtin=any(policy_obj == b for b in builtin_policies()))
        rows = _rows(frame, tiering, active_overrides(conn))
        ran_at = next_ran_at(conn)
        run_id = insert_run(conn, policy_id=stored.id, window_start=window.start,
                            window_end=window.end, ran_at=ran_at, account_count=len(rows),
                            user=user)
        with bulk_cache(conn):
            insert_results(conn, run_id, rows, _in_row_order(breakdown, tiering),
                           utc_text(ran_at))
        lap("write")
        step(2 + INDICATOR_STEPS, "Saving…")
        uow.commit()
    lap("commit")
    step(total, "Done.")
    return RunResult(policy=policy_obj, policy_version=stored.version, window=window,
                     ran_at=ran_at, dry_run=False, run_id=run_id, user=user, rows=rows,
                     tiering=tiering, timings=timings)


def _rank_order(tiering: Tiering) -> np.ndarray:
    """Positions in the indicator frame, best rank first: ranks are 1..N, so no sort."""
    rank = tiering.rank.to_numpy(dtype=np.int64)
    order = np.empty(len(rank), dtype=np.int64)
    order[rank - 1] = np.arange(len(rank))
    return order


def _in_row_order(breakdown: list[bytes], tiering: Tiering) -> list[bytes]:
    """The breakdowns (in the indicator frame's order) in the order of `_rows` (by rank)."""
    return np.asarray(breakdown, dtype=object)[_rank_order(tiering)].tolist()


def _rows(frame: pd.DataFrame, tiering: Tiering, overrides: pd.DataFrame) -> pd.DataFrame:
    """The result rows by rank. `tiering` is in the order of `frame` (apply_policy keeps it), so
    columns are taken by position; only the few overridden accounts are looked up by id."""
    if tiering.tier.index is not frame.index and not tiering.tier.index.equals(frame.index):
        raise ValueError("the tiering is not of this indicator frame")
    n = len(frame)
    rank = tiering.rank.to_numpy(dtype=np.int64)
    order = _rank_order(tiering)
    computed = tiering.tier.to_numpy(dtype=object)
    tier = computed.copy()
    reason = np.full(n, None, dtype=object)
    if len(overrides):
        position = frame.index.get_indexer(overrides.index)
        found = position >= 0
        tier[position[found]] = overrides["tier"].to_numpy(dtype=object)[found]
        reason[position[found]] = overrides["reason"].to_numpy(dtype=object)[found]

    def taken(column: str) -> pd.Series:  # in its own dtype (text stays Arrow-backed)
        return pd.Series(frame[column].array.take(order), copy=False)

    def text(values: np.ndarray) -> pd.Series:  # plain objects, as before: no str inference
        return pd.Series(values[order], dtype=object, copy=False)

    columns: dict[str, pd.Series] = {
        "code": taken("code"), "name": taken("name"), "tier": text(tier),
        "computed_tier": text(computed),
        "score": pd.Series(tiering.score.to_numpy(dtype=float)[order], copy=False),
        "rank": pd.Series(rank[order], copy=False), "override_reason": text(reason),
    }
    for key in tiering.policy.keys:
        columns[key] = taken(key)
    rows = pd.DataFrame(columns)
    rows.index = frame.index[order]
    return rows


# --- what-if and comparisons -------------------------------------------------------------------


def label_order(first: Sequence[str], present: Iterable[object]) -> list[str]:
    """The policy's tiers in order, then any other label present (overrides, older
    policies) alphabetically."""
    labels = list(dict.fromkeys(first))
    extra = {str(v) for v in present if v is not None and not pd.isna(v)} - set(labels)
    return labels + sorted(extra - {NOT_CLASSIFIED})


def migration(before: pd.DataFrame, after: pd.DataFrame, labels: Sequence[str],
              tier_column: str = "tier") -> Migration:
    """Compare two per-account frames (indexed by account id; `code`, `name`, the tier column,
    `score`, and in `after` also `rank`) account by account."""
    index = after.index.union(before.index)
    b = before.reindex(index)
    a = after.reindex(index)
    from_tier = b[tier_column].astype(object).where(b[tier_column].notna(), NOT_CLASSIFIED)
    to_tier = a[tier_column].astype(object).where(a[tier_column].notna(), NOT_CLASSIFIED)
    order = label_order(labels, pd.concat([from_tier, to_tier]).unique())
    axis = [*order, NOT_CLASSIFIED]
    matrix = pd.crosstab(from_tier, to_tier).reindex(index=axis, columns=axis, fill_value=0)
    # Keep the not-classified row/column only when used.
    if matrix.loc[NOT_CLASSIFIED].sum() == 0:
        matrix = matrix.drop(index=NOT_CLASSIFIED)
    if matrix[NOT_CLASSIFIED].sum() == 0:
        matrix = matrix.drop(columns=NOT_CLASSIFIED)
    matrix.index.name, matrix.columns.name = "from", "to"
    matrix = matrix.astype(np.int64)
    moved = from_tier != to_tier
    code = a["code"].where(a["code"].notna(), b["code"])
    name = a["name"].where(a["name"].notna(), b["name"])
    movers = pd.DataFrame({
        "code": code, "name": name, "from_tier": from_tier, "to_tier": to_tier,
        "score": a["score"].astype(float), "previous_score": b["score"].astype(float),
        "rank": a.get("rank", np.nan),
    })[moved]
    movers = movers.sort_values(["rank", "code"], kind="stable", na_position="last")
    return Migration(matrix=matrix, movers=movers.reset_index(names="account_id"))


def what_if(db: Database, policy: Policy | PolicyVersion | str, *, start: date | None = None,
            end: date | None = None, version: int | None = None,
            progress: Progress | None = None, cancelled: Cancelled | None = None) -> WhatIf:
    """Run `policy` without saving and compare with the tiers in force now: the migration
    matrix (from → to counts) and the accounts that would move. Overrides still win, so an
    overridden account does not move."""
    result = classify(db, policy, start=start, end=end, dry_run=True, version=version,
                      progress=progress, cancelled=cancelled)
    with db.unit_of_work() as uow:
        current = current_tiers(uow.session.connection().connection.driver_connection)
    # Accounts out of scope (inactive) are not part of the comparison.
    current = current.reindex(result.rows.index)
    return WhatIf(result, migration(current, result.rows, result.policy.labels))


def _run_info(row: tuple) -> RunInfo:
    (run_id, ran_at, policy_id, name, version, method, start, end, count, user) = row
    return RunInfo(run_id=run_id, ran_at=parse_utc(ran_at), policy_id=policy_id,  # type: ignore[arg-type]
                   policy_name=name, policy_version=version, method=method,
                   window_start=date.fromisoformat(start), window_end=date.fromisoformat(end),
                   account_count=count, user=user)


_RUN_SQL = """
    SELECT r.id, r.ran_at, r.policy_id, p.name, p.version, p.method, r.window_start,
           r.window_end, r.account_count, r.user
      FROM tier_runs r JOIN tier_policies p ON p.id = r.policy_id
"""


def list_runs(uow: UnitOfWork, *, limit: int | None = None) -> list[RunInfo]:
    """Stored runs, newest first."""
    conn = uow.session.connection().connection.driver_connection
    sql = _RUN_SQL + " ORDER BY r.ran_at DESC" + (f" LIMIT {int(limit)}" if limit else "")
    return [_run_info(r) for r in conn.execute(sql).fetchall()]


def get_run(uow: UnitOfWork, run_id: str | None = None) -> RunInfo:
    """A stored run by id (a unique prefix will do), or the newest run."""
    conn = uow.session.connection().connection.driver_connection
    if run_id is None:
        rows = conn.execute(_RUN_SQL + " ORDER BY r.ran_at DESC LIMIT 1").fetchall()
        if not rows:
            raise NotFoundError("No classification has been run yet.")
    else:
        key = run_id.replace("-", "").lower()
        rows = conn.execute(_RUN_SQL + " WHERE r.id LIKE ? ORDER BY r.ran_at DESC LIMIT 2",
                            (key + "%",)).fetchall()
        if len(rows) != 1:
            raise NotFoundError(f"No run {run_id!r}." if not rows else
                                f"Run id {run_id!r} is ambiguous; give more of it.")
    return _run_info(rows[0])


def previous_run(uow: UnitOfWork, run: RunInfo) -> RunInfo | None:
    """The run stored just before `run` (whatever its policy)."""
    conn = uow.session.connection().connection.driver_connection
    rows = conn.execute(_RUN_SQL + " WHERE r.ran_at < ? ORDER BY r.ran_at DESC LIMIT 1",
                        (utc_text(run.ran_at),)).fetchall()
    return _run_info(rows[0]) if rows else None


def run_results(uow: UnitOfWork, run_id: str | None = None, *,
                with_indicators: bool = False) -> pd.DataFrame:
    """A stored run's results indexed by account id, by rank: code, name, tier, computed_tier,
    score, rank — and with `with_indicators` each indicator's raw value (parsed from the
    breakdowns: slower)."""
    run = get_run(uow, run_id)
    conn = uow.session.connection().connection.driver_connection
    columns = "r.account_id, a.code, a.name, r.tier, r.computed_tier, r.score, r.rank"
    if with_indicators:
        columns += ", r.breakdown_json"
    rows = conn.execute(
        f"SELECT {columns} FROM tier_results r JOIN accounts a ON a.id = r.account_id "
        "WHERE r.run_id = ? ORDER BY r.rank, a.code", (run.run_id,),
    ).fetchall()
    names = ["account_id", *TABLE_COLUMNS] + (["breakdown_json"] if with_indicators else [])
    frame = pd.DataFrame.from_records(rows, columns=names, coerce_float=True)
    frame = frame.set_index("account_id")
    frame["score"] = frame["score"].astype(float)
    if with_indicators:
        policy = policy_version_by_id(uow, run.policy_id).policy
        raws = breakdown_raws(frame.pop("breakdown_json").tolist(), policy)
        for key in policy.keys:
            frame[key] = raws[key]
    return frame


def compare_runs(uow: UnitOfWork, run_id: str | None = None, previous_id: str | None = None,
                 *, basis: str = "tier") -> RunComparison:
    """A run (default the newest) against the one before it (or `previous_id`): migration
    matrix and movers. `basis` "tier" compares tiers in force, "computed_tier" computed ones."""
    if basis not in ("tier", "computed_tier"):
        raise ValueError(f"basis must be 'tier' or 'computed_tier', not {basis!r}")
    run = get_run(uow, run_id)
    previous = get_run(uow, previous_id) if previous_id else previous_run(uow, run)
    after = run_results(uow, run.run_id)
    before = after.iloc[0:0] if previous is None else run_results(uow, previous.run_id)
    labels = policy_version_by_id(uow, run.policy_id).policy.labels
    if previous is not None:
        prior_labels = policy_version_by_id(uow, previous.policy_id).policy.labels
        labels = tuple(dict.fromkeys([*labels, *prior_labels]))
    return RunComparison(run, previous, migration(before, after, labels, basis))


__all__ = [
    "NOT_CLASSIFIED", "TABLE_COLUMNS", "Migration", "RunComparison", "RunInfo", "RunResult",
    "WhatIf", "classify", "compare_runs", "default_user", "get_run", "list_runs", "migration",
    "previous_run", "run_results", "what_if",
]
