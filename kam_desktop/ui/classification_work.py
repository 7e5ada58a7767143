"""The Classification page's background work: plain functions over the service, run by `Op`
on a worker thread. No Qt here; each returns plain data for the page to show."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd

from kam_desktop.errors import NotFoundError
from kam_desktop.services.classification import (
    Pareto,
    Policy,
    PolicyInfo,
    PolicyVersion,
    RunComparison,
    RunInfo,
    RunResult,
    TierLevel,
    WhatIf,
    Window,
    classify,
    compare_runs,
    ensure_builtin_policies,
    import_policy,
    list_policies,
    list_runs,
    pareto_curve,
    policy_versions,
    resolve_window,
    save_policy,
    tier_distribution,
    what_if,
)
from kam_desktop.storage.database import Database

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]

RUN_LIMIT = 500  # the history list shows this many runs, newest first


@dataclass(frozen=True)
class Library:
    policies: list[PolicyInfo]
    default_window: Window
    runs: list[RunInfo]

    def names(self) -> list[str]:
        return [p.name for p in self.policies]


def load_library(db: Database) -> Library:
    """The policies (installing the built-in ones the first time), the default window and the
    run history."""
    ensure_builtin_policies(db)
    with db.unit_of_work() as uow:
        return Library(list_policies(uow), resolve_window(uow), list_runs(uow, limit=RUN_LIMIT))


def load_runs(db: Database) -> list[RunInfo]:
    with db.unit_of_work() as uow:
        return list_runs(uow, limit=RUN_LIMIT)


def load_versions(db: Database, name: str) -> list[PolicyVersion]:
    """Every version of a policy, newest first."""
    with db.unit_of_work() as uow:
        return list(reversed(policy_versions(uow, name)))


@dataclass(frozen=True)
class ChartData:
    distribution: pd.DataFrame | None  # None: no run yet
    pareto: Pareto | None


def load_charts(db: Database, window: Window, indicator: str,
                levels: tuple[TierLevel, ...] | None) -> ChartData:
    """The newest run's tier distribution and the Pareto curve of `indicator` over `window`
    with the ABC cut-offs of `levels` (the default 80 % / 95 % when None)."""
    with db.unit_of_work() as uow:
        try:
            distribution = tier_distribution(uow)
        except NotFoundError:
            distribution = None
    if levels is None:
        pareto = pareto_curve(db, window, indicator=indicator)
    else:
        pareto = pareto_curve(db, window, indicator=indicator, levels=levels)
    return ChartData(distribution, pareto)


def preview(db: Database, policy: Policy, start: date, end: date, progress: Progress,
            cancelled: Cancelled) -> WhatIf:
    return what_if(db, policy, start=start, end=end, progress=progress, cancelled=cancelled)


@dataclass(frozen=True)
class Applied:
    result: RunResult
    comparison: RunComparison


def apply(db: Database, policy: Policy, start: date, end: date, progress: Progress,
          cancelled: Cancelled) -> Applied:
    """Classify and store the run (the policy is saved as a new version when it was edited),
    then compare it with the run before."""
    result = classify(db, policy, start=start, end=end, progress=progress, cancelled=cancelled)
    with db.unit_of_work() as uow:
        comparison = compare_runs(uow, result.run_id)
    return Applied(result, comparison)


def compare(db: Database, run_id: str) -> RunComparison:
    with db.unit_of_work() as uow:
        return compare_runs(uow, run_id)


def save(db: Database, policy: Policy) -> PolicyVersion:
    return save_policy(db, policy)


def import_file(db: Database, path: Path) -> PolicyVersion:
    return import_policy(db, path)
